"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { decodeArticleBytes } from "@/lib/ingest/text";
import { ArticleInputSchema, MAX_ARTICLE_BYTES } from "@/lib/validations/source";

export interface IngestFormState {
  message: string | null;
  errors: Partial<Record<"title" | "publisher" | "url" | "publishedOn" | "text", string[]>>;
  /** what the user typed, given back so nothing is lost when the input is refused */
  values: Record<string, string>;
  existingSourceId?: number;
}

const blankToNull = (v: FormDataEntryValue | null) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Ingests a pasted or uploaded article; zod-checked here on the server whatever the form did. */
export async function createSourceFromForm(_prev: IngestFormState, form: FormData): Promise<IngestFormState> {
  const values = Object.fromEntries(
    ["title", "publisher", "url", "publishedOn", "text"].map((k) => [k, String(form.get(k) ?? "")]),
  );
  let text = values.text;
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_ARTICLE_BYTES)
      return { message: "The file is larger than 2 MB.", errors: { text: ["file too large"] }, values };
    try {
      text = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      return { message: `The file was refused: ${(error as Error).message}.`, errors: {}, values };
    }
  }
  const parsed = ArticleInputSchema.safeParse({
    title: values.title,
    publisher: blankToNull(values.publisher),
    url: blankToNull(values.url),
    publishedOn: blankToNull(values.publishedOn),
    fileName: file instanceof File && file.size > 0 ? file.name : null,
    provenance: "Added through the ingest page",
    text,
  });
  if (!parsed.success) {
    return {
      message: "The article was not stored: fix the fields marked below.",
      errors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  }
  let result;
  try {
    result = await ingestArticle(db, parsed.data);
  } catch (error) {
    return { message: `The article could not be stored: ${(error as Error).message}`, errors: {}, values };
  }
  if (!result.created) {
    return {
      message: "This article is already in Dealscope (same text); nothing was added.",
      errors: {},
      values,
      existingSourceId: result.sourceId,
    };
  }
  revalidatePath("/", "layout");
  redirect(`/sources/${result.sourceId}?ingested=${result.claimCount}`);
}
