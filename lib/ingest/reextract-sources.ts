import type { Db } from "@/lib/db";
import type { Claim } from "@/lib/validations/claim";
import { rebuildRecords } from "@/lib/ingest/rebuild-records";
import { flagSourceClaims, reconcileSubjects, updateContradictionRates } from "@/lib/ingest/reconcile-claims";
import { checkedClaims, claimKey, storeClaims, type ClaimOrigin } from "@/lib/ingest/store-claims";

export interface ReextractReport {
  sources: number;
  added: number;
  removed: number;
  kept: number;
}

/**
 * Runs a newer extractor over the articles an older one read, so that a database seeded or fed
 * before an upgrade gets the better claims. Per source, in one transaction: the older extractor's
 * claims nobody reviewed are replaced by the new proposals; reviewed claims (accepted or rejected)
 * and hand-entered ones stay, and a new proposal repeating one of them is not added twice. Records,
 * disagreements and flags are rebuilt for every subject touched. Sources with hand-entered claims,
 * or already read by this version (Source.extractorVersion), are left alone.
 */
export async function reextractSources(
  db: Db,
  propose: (text: string, publishedOn: string | null) => Claim[],
  extractor: { name: string; version: string },
): Promise<ReextractReport> {
  const origin: ClaimOrigin = { origin: "extractor", extractorName: extractor.name, extractorVersion: extractor.version, reviewState: "proposed" };
  const report: ReextractReport = { sources: 0, added: 0, removed: 0, kept: 0 };
  // read by another version (or by none), and not typed in by hand
  const candidates = await db.source.findMany({
    where: { OR: [{ extractorVersion: { not: extractor.version } }, { extractorVersion: null }], claims: { none: { origin: "manual" } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const { id } of candidates) {
    const changed = await db.$transaction(
      async (tx) => {
        const source = await tx.source.findUniqueOrThrow({ where: { id }, include: { claims: true } });
        const stale = source.claims.filter((c) => c.origin === "extractor" && c.reviewState === "proposed");
        const kept = source.claims.filter((c) => !stale.includes(c));
        const proposals = checkedClaims(source.text, propose(source.text, source.publishedOn));
        await tx.source.update({ where: { id }, data: { extractorVersion: extractor.version } });
        if (stale.length === 0 && proposals.every((c) => kept.some((k) => claimKey(k) === claimKey(c)))) return false;
        await tx.claim.deleteMany({ where: { id: { in: stale.map((c) => c.id) } } });
        const added = await storeClaims(tx, id, proposals, origin, new Set(kept.map(claimKey)));
        const subjects = [...new Set([...stale, ...proposals].map((c) => c.subject))];
        await rebuildRecords(tx, subjects);
        await reconcileSubjects(tx, subjects);
        await flagSourceClaims(tx, id);
        report.added += added;
        report.removed += stale.length;
        report.kept += kept.length;
        return true;
      },
      { timeout: 60_000 },
    );
    if (changed) report.sources++;
  }
  if (report.sources > 0) await db.$transaction((tx) => updateContradictionRates(tx), { timeout: 60_000 });
  return report;
}
