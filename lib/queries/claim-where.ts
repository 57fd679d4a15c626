import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimFilters } from "@/lib/validations/claim-filters";

/** The Prisma filter for the claim filters of the URL (pure; unit-tested). */
export function claimWhere(f: ClaimFilters): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.id.length) and.push({ id: { in: f.id } });
  if (f.source.length) and.push({ sourceId: { in: f.source } });
  if (f.subject) and.push({ subject: f.subject });
  if (f.property) and.push({ property: f.property });
  if (f.kind) and.push({ kind: f.kind });
  if (f.disagreement)
    and.push({
      OR: [{ disagreementsAsA: { some: { type: f.disagreement } } }, { disagreementsAsB: { some: { type: f.disagreement } } }],
    });
  if (f.flag.includes("disagreement"))
    and.push({ OR: [{ disagreementsAsA: { some: {} } }, { disagreementsAsB: { some: {} } }] });
  if (f.flag.includes("implausible")) and.push({ implausibleReason: { not: null } });
  if (f.flag.includes("inconsistent")) and.push({ inconsistentReason: { not: null } });
  return and.length ? { AND: and } : {};
}

/** The disagreement filter for the same URL filters (the "disagreements only" view). */
export function disagreementWhere(f: ClaimFilters): Prisma.DisagreementWhereInput {
  const and: Prisma.DisagreementWhereInput[] = [];
  if (f.disagreement) and.push({ type: f.disagreement });
  if (f.subject) and.push({ subject: f.subject });
  if (f.property) and.push({ property: f.property });
  if (f.kind) and.push({ claimA: { kind: f.kind } });
  if (f.source.length) and.push({ OR: [{ claimA: { sourceId: { in: f.source } } }, { claimB: { sourceId: { in: f.source } } }] });
  if (f.id.length) and.push({ OR: [{ claimAId: { in: f.id } }, { claimBId: { in: f.id } }] });
  if (f.flag.includes("implausible"))
    and.push({ OR: [{ claimA: { implausibleReason: { not: null } } }, { claimB: { implausibleReason: { not: null } } }] });
  if (f.flag.includes("inconsistent"))
    and.push({ OR: [{ claimA: { inconsistentReason: { not: null } } }, { claimB: { inconsistentReason: { not: null } } }] });
  return and.length ? { AND: and } : {};
}

