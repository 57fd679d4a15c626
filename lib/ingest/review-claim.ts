import type { Db } from "@/lib/db";
import { rebuildRecords } from "@/lib/ingest/rebuild-records";
import { reconcileSubjects, updateContradictionRates } from "@/lib/ingest/reconcile-claims";

/**
 * Records a reviewer's decision on a claim and recomputes what depends on it, in one
 * transaction: the records of its subject (a rejected claim no longer counts towards a deal,
 * valuation or chip spec), the subject's disagreements and every source's contradiction rate.
 */
export async function reviewClaim(db: Db, claimId: number, reviewState: "proposed" | "accepted" | "rejected") {
  return db.$transaction(
    async (tx) => {
      const claim = await tx.claim.update({ where: { id: claimId }, data: { reviewState }, select: { subject: true } });
      await rebuildRecords(tx, [claim.subject]);
      await reconcileSubjects(tx, [claim.subject]);
      await updateContradictionRates(tx);
      return claim;
    },
    { timeout: 60_000 },
  );
}
