import type { Prisma } from "@/lib/generated/prisma/client";
import { bestEstimate } from "@/lib/reconcile";
import { toClaim } from "@/lib/claim-row";
import { headlineProperty, isHeadlineProperty, recordOf, slugify, type RecordRef } from "@/lib/ingest/record-keys";
import { resolveChip } from "@/lib/extract/entities";

type Tx = Prisma.TransactionClient;
type Row = Prisma.ClaimGetPayload<{ include: { source: { select: { publishedOn: true } }; chip: true } }>;

const STAGE_RANK: Record<string, number> = { reported: 0, talks: 1, announced: 2, closed: 3 };

/**
 * Rebuilds the Deal, Valuation and ChipSpec records of the given subjects from their claims.
 * Records hold no figure of their own: their estimate columns are recomputed here, from the
 * claims, every time those claims change.
 */
export async function rebuildRecords(tx: Tx, subjects: string[]): Promise<void> {
  if (subjects.length === 0) return;
  // Claims are filed again from scratch, so a rejected claim leaves its record.
  await tx.claim.updateMany({
    where: { subject: { in: subjects } },
    data: { dealId: null, valuationId: null, chipSpecId: null },
  });
  const rows: Row[] = await tx.claim.findMany({
    where: { subject: { in: subjects }, reviewState: { not: "rejected" } },
    include: { source: { select: { publishedOn: true } }, chip: true },
    orderBy: { id: "asc" },
  });
  const groups = new Map<string, { ref: NonNullable<RecordRef>; rows: Row[] }>();
  for (const row of rows) {
    const ref = recordOf(row, row.source.publishedOn, (name) => row.chip !== null || resolveChip(name) !== undefined);
    if (!ref) continue;
    const key = recordKey(ref, row);
    const group = groups.get(key) ?? { ref, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  for (const [key, { ref, rows: members }] of groups) {
    const ids = members.map((r) => r.id);
    const { status: estimateStatus, ...summary } = summarise(ref, members);
    if (ref.record === "deal") {
      const { fromCompanyId, toCompanyId } = members[0];
      if (fromCompanyId === null || toCompanyId === null) continue;
      const deal = await tx.deal.upsert({
        where: { key },
        create: { key, fromCompanyId, toCompanyId, kind: ref.kind, ...summary, estimateUsd: usdOf(summary), ...stages(members, estimateStatus) },
        update: { ...summary, estimateUsd: usdOf(summary), ...stages(members, estimateStatus) },
      });
      await tx.claim.updateMany({ where: { id: { in: ids } }, data: { dealId: deal.id } });
    } else if (ref.record === "valuation") {
      const companyId = members[0].companyId;
      if (companyId === null) continue;
      const valuation = await tx.valuation.upsert({
        where: { key },
        create: { key, companyId, period: ref.period, basis: ref.basis, ...summary },
        update: summary,
      });
      await tx.claim.updateMany({ where: { id: { in: ids } }, data: { valuationId: valuation.id } });
    } else {
      const chipId = members[0].chipId;
      if (chipId === null) continue;
      const { estimateProperty: _property, ...specSummary } = summary;
      const spec = await tx.chipSpec.upsert({
        where: { chipId_property: { chipId, property: ref.property } },
        create: { chipId, property: ref.property, ...specSummary },
        update: specSummary,
      });
      await tx.claim.updateMany({ where: { id: { in: ids } }, data: { chipSpecId: spec.id } });
    }
  }
  await Promise.all([
    tx.deal.deleteMany({ where: { claims: { none: {} } } }),
    tx.valuation.deleteMany({ where: { claims: { none: {} } } }),
    tx.chipSpec.deleteMany({ where: { claims: { none: {} } } }),
  ]);
}

function recordKey(ref: NonNullable<RecordRef>, row: Row): string {
  if (ref.record === "deal") return `${slugify(ref.from)}->${slugify(ref.to)}:${ref.kind}`;
  if (ref.record === "valuation") return `${slugify(ref.company)}:${ref.period}:${ref.basis}`;
  return `${row.chipId}:${ref.property}`;
}

/** A deal's estimate in USD when it is a dollar amount, for sorting deals of all units by amount. */
const usdOf = (s: { estimateValue: number | null; estimateProperty: string | null }) =>
  s.estimateValue !== null && s.estimateProperty?.endsWith("_usd") ? s.estimateValue : null;

/** The record's headline figure: the best estimate over the claims that state it. */
function summarise(ref: NonNullable<RecordRef>, rows: Row[]) {
  const headline = ref.record === "deal" ? rows.filter((r) => isHeadlineProperty(ref.kind, r.property)) : rows;
  const sourceCount = new Set(rows.map((r) => r.sourceId)).size;
  const none = { estimateValue: null, estimateValueMax: null, estimateQualifier: null, estimateProperty: null, sourceCount, status: null };
  if (headline.length === 0) return none;
  // A deal's headline may mix units (USD and EUR, GW and chips): estimate the most stated one.
  const property =
    ref.record === "deal" ? headlineProperty(ref.kind, headline.map((r) => r.property))! : mostStated(headline.map((r) => r.property));
  const best = bestEstimate(headline.filter((r) => r.property === property).map(toClaim));
  if (!best) return none;
  return {
    estimateValue: best.value,
    estimateValueMax: best.value_max,
    estimateQualifier: best.qualifier,
    estimateProperty: property,
    sourceCount,
    /** the stage most of the chosen figure's claims state */
    status: best.status,
  };
}

/** Latest stage, first time reported and first time announced, from the claims' dates. */
function stages(rows: Row[], estimateStatus: string | null) {
  const dated = rows.map((r) => ({ status: r.status, date: r.asOf ?? r.source.publishedOn }));
  const top = dated.reduce<string | null>(
    (best, r) => (r.status && (best === null || STAGE_RANK[r.status] > STAGE_RANK[best]) ? r.status : best),
    null,
  );
  const earliest = (xs: (string | null)[]) => xs.filter((d): d is string => !!d).sort()[0] ?? null;
  return {
    // The deal's stage is the one the best estimate's claims state (one article's odd wording does
    // not move it); without an estimate, the latest stage any claim states.
    status: estimateStatus ?? top,
    firstReported: earliest(dated.map((r) => r.date)),
    announced: earliest(dated.filter((r) => r.status === "announced" || r.status === "closed").map((r) => r.date)),
  };
}

function mostStated(properties: string[]): string {
  const counts = new Map<string, number>();
  for (const p of properties) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
