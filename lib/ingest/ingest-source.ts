import type { Db } from "@/lib/db";
import type { Claim } from "@/lib/validations/claim";
import { ClaimSchema } from "@/lib/validations/claim";
import { ArticleInputSchema, type ArticleInput } from "@/lib/validations/source";
import { toClaimRow } from "@/lib/claim-row";
import { datePrecision, normaliseText, sha256 } from "@/lib/ingest/text";
import { chipIdFor, companyIdFor, ensureRegistry, knownCompany } from "@/lib/ingest/registry";
import { splitFlow } from "@/lib/ingest/record-keys";
import { rebuildRecords } from "@/lib/ingest/rebuild-records";
import { flagSourceClaims, reconcileSubjects, updateContradictionRates } from "@/lib/ingest/reconcile-claims";

export interface ClaimOrigin {
  origin: "extractor" | "manual";
  extractorName?: string;
  extractorVersion?: string;
  reviewState: "proposed" | "accepted";
}

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

  const claims = claimsOf(text).map((c) => ClaimSchema.parse(c));
  for (const c of claims) {
    if (text.slice(c.start, c.end) !== c.quote)
      throw new Error(`claim quote is not verbatim at ${c.start}-${c.end}: "${c.quote.slice(0, 60)}"`);
  }

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
        },
      });
      const seen = new Set<string>();
      let count = 0;
      for (const claim of claims) {
        const key = `${claim.start}:${claim.end}:${claim.subject}:${claim.property}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const flow = splitFlow(claim.subject);
        await tx.claim.create({
          data: {
            ...toClaimRow(claim),
            asOfPrecision: datePrecision(claim.as_of),
            sourceId: source.id,
            origin: origin.origin,
            extractorName: origin.extractorName ?? null,
            extractorVersion: origin.extractorVersion ?? null,
            reviewState: origin.reviewState,
            fromCompanyId: flow ? await companyIdFor(tx, flow.from) : null,
            toCompanyId: flow ? await companyIdFor(tx, flow.to) : null,
            companyId: !flow && (knownCompany(claim.subject) || claim.kind === "valuation") ? await companyIdFor(tx, claim.subject) : null,
            chipId: !flow && claim.kind === "chip_spec" ? await chipIdFor(tx, claim.subject) : null,
          },
        });
        count++;
      }
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
