import type { Db } from "@/lib/db";
import { extractClaims, findPublicationDate } from "@/lib/extract";
import { ingestSource, type ClaimOrigin, type IngestResult } from "@/lib/ingest/ingest-source";
import type { ArticleInput } from "@/lib/validations/source";

export const EXTRACTOR_NAME = "dealscope-extract";
/** Bumped when the extractor changes what it proposes: stored articles read by an older version are re-read (lib/ingest/reextract-sources.ts). */
export const EXTRACTOR_VERSION = "4";

export const extractorOrigin: ClaimOrigin = {
  origin: "extractor",
  extractorName: EXTRACTOR_NAME,
  extractorVersion: EXTRACTOR_VERSION,
  reviewState: "proposed",
};

/** Claims the extractor proposes for an article, dated by the article when it states its own date. */
export function proposeClaims(text: string, publishedOn: string | null | undefined) {
  return extractClaims(text, { publishedAt: publishedOn ?? findPublicationDate(text) });
}

/**
 * A new article into the database: the extractor proposes its claims, and the source, claims,
 * records and disagreements are written in one transaction (lib/ingest/ingest-source.ts).
 */
export async function ingestArticle(
  db: Db,
  input: ArticleInput,
  options?: { updateRates?: boolean },
): Promise<IngestResult> {
  const publishedOn = input.publishedOn ?? findPublicationDate(input.text);
  return ingestSource(db, { ...input, publishedOn }, (text) => proposeClaims(text, publishedOn), extractorOrigin, options);
}
