import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { ArticleInputSchema } from "@/lib/validations/source";

/** POST an article as JSON ({ title, text, publisher?, url?, publishedOn? }) → 201 with its source id. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "the body is not valid JSON" }, { status: 400 });
  }
  const parsed = ArticleInputSchema.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: "invalid article", issues: z.flattenError(parsed.error).fieldErrors }, { status: 422 });
  }
  const result = await ingestArticle(db, parsed.data);
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
}
