import type { Db } from "@/lib/db";
import type { Claim } from "@/lib/validations/claim";
import { ArticleInputSchema, type ArticleInput } from "@/lib/validations/source";
import { datePrecision, normaliseText, sha256 } from "@/lib/ingest/text";
import { ensureRegistry } from "@/lib/ingest/registry";
import { rebuildRecords } from "@/lib/ingest/rebuild-records";
import { flagSourceClaims, reconcileSubjects, updateContradictionRates } from "@/lib/ingest/reconcile-claims";
import { checkedClaims, storeClaims, type ClaimOrigin } from "@/lib/ingest/store-claims";

export type { ClaimOrigin } from "@/lib/ingest/store-claims";

export interface IngestResult {
  sourceId: number;
  created: boolean;
  claimCount: number;
}

/**
 * One article in, one Source with its claims out, in a single transaction: either all of it
 * is stored (and the deal, valuation and chip records it touches are rebuilt) or nothing is.
 * The same text twice is a no-op (its sha256 is unique).
 */
export async function ingestSource(
  db: Db,
  input: ArticleInput,
  claimsOf: (text: string) => Claim[],
  origin: ClaimOrigin,
  { updateRates = true }: { updateRates?: boolean } = {},
): Promise<IngestResult> {
  const article = ArticleInputSchema.parse(input);
  const text = normaliseText(article.text);
  const hash = sha256(text);
  const existing = await db.source.findUnique({ where: { sha256: hash }, select: { id: true } });
  if (existing) return { sourceId: existing.id, created: false, claimCount: 0 };

  const claims = checkedClaims(text, claimsOf(text));

  return db.$transaction(
    async (tx) => {
      await ensureRegistry(tx);
      const source = await tx.source.create({
        data: {
          title: article.title,
          publisher: article.publisher ?? null,
          url: article.url ?? null,
          publishedOn: article.publishedOn ?? null,
          publishedPrecision: datePrecision(article.publishedOn),
          fileName: article.fileName ?? null,
          provenance: article.provenance ?? null,
          text,
          sha256: hash,
          extractorVersion: origin.origin === "extractor" ? (origin.extractorVersion ?? null) : null,
        },
      });
      const count = await storeClaims(tx, source.id, claims, origin);
      const subjects = [...new Set(claims.map((c) => c.subject))];
      await rebuildRecords(tx, subjects);
      await reconcileSubjects(tx, subjects);
      await flagSourceClaims(tx, source.id);
      // A batch (the seed) updates every source's rate once at its end instead.
      if (updateRates) await updateContradictionRates(tx);
      return { sourceId: source.id, created: true, claimCount: count };
    },
    { timeout: 60_000 },
  );
}
