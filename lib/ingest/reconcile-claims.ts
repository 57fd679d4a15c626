import type { Prisma } from "@/lib/generated/prisma/client";
import { checkConsistency, checkPlausibility, findDisagreements, machineWrittenSignals, sourceReliabilityAll } from "@/lib/reconcile";
import { toClaim } from "@/lib/claim-row";

type Tx = Prisma.TransactionClient;

/**
 * How a source is named inside reconcile's explanations ("… (talks, Dec 2025; Amazon's $10B+
 * OpenAI Inves… #1)"): readable, and unique because of the id.
 */
function sourceLabel(source: { id: number; title: string }): string {
  const title = source.title.length > 40 ? source.title.slice(0, 39).trimEnd() + "…" : source.title;
  return `${title} #${source.id}`;
}

/**
 * Recomputes what lib/reconcile says about the claims of the given subjects: their
 * disagreements (stored as Disagreement rows) and each source's contradiction rate.
 * Runs inside the ingest transaction, after the new claims are written.
 */
export async function reconcileSubjects(tx: Tx, subjects: string[]): Promise<void> {
  if (subjects.length === 0) return;
  const rows = await tx.claim.findMany({
    where: { subject: { in: subjects }, reviewState: { not: "rejected" } },
    include: { source: { select: { id: true, title: true, publishedOn: true } } },
    orderBy: { id: "asc" },
  });
  const sourced = rows.map((r) => ({ ...toClaim(r), source: sourceLabel(r.source), sourceDate: r.source.publishedOn }));
  await tx.disagreement.deleteMany({ where: { subject: { in: subjects } } });
  const found = findDisagreements(sourced);
  if (found.length > 0) {
    await tx.disagreement.createMany({
      data: found.map((d) => ({
        claimAId: rows[d.a].id,
        claimBId: rows[d.b].id,
        type: d.type,
        explanation: d.explanation,
        subject: rows[d.a].subject,
        property: rows[d.a].property,
      })),
    });
  }
}

/** Per-claim flags of one article: implausible figures and figures its own arithmetic contradicts. */
export async function flagSourceClaims(tx: Tx, sourceId: number): Promise<void> {
  const source = await tx.source.findUniqueOrThrow({
    where: { id: sourceId },
    include: { claims: { orderBy: { start: "asc" } } },
  });
  const claims = source.claims.map(toClaim);
  const inconsistent = new Map<number, string>();
  for (const i of checkConsistency(claims)) {
    for (const k of [i.a, i.b]) if (!inconsistent.has(k)) inconsistent.set(k, i.reason);
  }
  for (const [k, row] of source.claims.entries()) {
    const plausibility = checkPlausibility(claims[k]);
    const implausibleReason = plausibility.ok ? null : plausibility.reason;
    const inconsistentReason = inconsistent.get(k) ?? null;
    if (implausibleReason !== row.implausibleReason || inconsistentReason !== row.inconsistentReason)
      await tx.claim.update({ where: { id: row.id }, data: { implausibleReason, inconsistentReason } });
  }
  const report = machineWrittenSignals(source.text);
  await tx.source.update({
    where: { id: sourceId },
    data: { machineSignals: JSON.stringify(report.flagged ? report.signals.map((s) => s.detail) : []) },
  });
}

/**
 * Each source's contradiction rate: the share of its claims contradicted by better-supported
 * claims, implausible or inconsistent. Needs every claim, so it runs once after a batch of ingests.
 */
export async function updateContradictionRates(tx: Tx): Promise<void> {
  const rows = await tx.claim.findMany({
    where: { reviewState: { not: "rejected" } },
    include: { source: { select: { id: true, title: true, publishedOn: true } } },
    orderBy: { id: "asc" },
  });
  const idOf = new Map<string, number>();
  const sourced = rows.map((r) => {
    const source = sourceLabel(r.source);
    idOf.set(source, r.sourceId);
    return { ...toClaim(r), source, sourceDate: r.source.publishedOn };
  });
  for (const r of sourceReliabilityAll(sourced)) {
    await tx.source.update({ where: { id: idOf.get(r.source)! }, data: { contradictionRate: r.share } });
  }
}
