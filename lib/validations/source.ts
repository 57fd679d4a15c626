import { z } from "zod";
import { PartialDate } from "@/lib/validations/claim";

export const MAX_ARTICLE_BYTES = 2_000_000;

/** An article as it arrives (file, paste, upload, CLI): checked before anything is written. */
export const ArticleInputSchema = z.object({
  title: z.string().trim().min(1, "the article needs a title").max(500),
  publisher: z.string().trim().max(200).nullish(),
  url: z.url("not a valid URL").nullish(),
  publishedOn: PartialDate.nullish(),
  fileName: z.string().max(300).nullish(),
  provenance: z.string().max(1000).nullish(),
  text: z
    .string()
    .refine((t) => t.trim().length > 0, "the article text is empty")
    .refine((t) => !t.includes("\u0000"), "the text contains NUL bytes: it looks like a binary file, not an article")
    .refine((t) => Buffer.byteLength(t, "utf8") <= MAX_ARTICLE_BYTES, "the article is larger than 2 MB"),
});

export type ArticleInput = z.infer<typeof ArticleInputSchema>;
