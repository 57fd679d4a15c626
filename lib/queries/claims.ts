import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { CLAIMS_PER_PAGE, DISAGREEMENT_GROUPS_PER_PAGE, type ClaimFilters } from "@/lib/validations/claim-filters";
import { claimCardInclude, claimExportInclude, disagreementPairInclude } from "@/lib/queries/claim-include";
import { claimWhere, disagreementWhere } from "@/lib/queries/claim-where";

const claimOrder: Prisma.ClaimOrderByWithRelationInput[] = [{ sourceId: "asc" }, { start: "asc" }, { id: "asc" }];

/** One page of claims matching the filters, with what their cards show. */
export async function listClaims(f: ClaimFilters, perPage = CLAIMS_PER_PAGE) {
  const where = claimWhere(f);
  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({ where, include: claimCardInclude, orderBy: claimOrder, skip: (f.page - 1) * perPage, take: perPage }),
  ]);
  return { total, claims, page: f.page, perPage };
}

export type ClaimCard = Awaited<ReturnType<typeof listClaims>>["claims"][number];

/** Every claim matching the filters (exports), capped. */
export async function listAllClaims(f: ClaimFilters, cap = 50_000) {
  return db.claim.findMany({ where: claimWhere(f), include: claimExportInclude, orderBy: claimOrder, take: cap });
}

/** One page of subject+property groups that have disagreements, each with its pairs. */
export async function listDisagreementGroups(f: ClaimFilters, perPage = DISAGREEMENT_GROUPS_PER_PAGE) {
  const where = disagreementWhere(f);
  const keys = await db.disagreement.groupBy({
    by: ["subject", "property"],
    where,
    orderBy: [{ subject: "asc" }, { property: "asc" }],
  });
  const pageKeys = keys.slice((f.page - 1) * perPage, f.page * perPage);
  const pairs = pageKeys.length
    ? await db.disagreement.findMany({
        where: { AND: [where, { OR: pageKeys.map((k) => ({ subject: k.subject, property: k.property })) }] },
        include: disagreementPairInclude,
        orderBy: [{ type: "asc" }, { id: "asc" }],
      })
    : [];
  const groups = pageKeys.map((k) => ({
    subject: k.subject,
    property: k.property,
    pairs: pairs.filter((p) => p.subject === k.subject && p.property === k.property),
  }));
  return { total: keys.length, groups, page: f.page, perPage };
}

/** Every disagreement matching the filters (exports), capped. */
export async function listAllDisagreements(f: ClaimFilters, cap = 50_000) {
  return db.disagreement.findMany({
    where: disagreementWhere(f),
    include: disagreementPairInclude,
    orderBy: [{ subject: "asc" }, { property: "asc" }, { id: "asc" }],
    take: cap,
  });
}

/** The choices the claim filters offer: sources, the most common subjects and properties. */
export async function listClaimFacets() {
  const [sources, subjects, properties] = await Promise.all([
    db.source.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" } }),
    db.claim.groupBy({ by: ["subject"], _count: { _all: true }, orderBy: { _count: { subject: "desc" } }, take: 300 }),
    db.claim.groupBy({ by: ["property"], _count: { _all: true }, orderBy: { _count: { property: "desc" } }, take: 300 }),
  ]);
  return {
    sources,
    subjects: subjects.map((s) => s.subject).sort((a, b) => a.localeCompare(b)),
    properties: properties.map((p) => p.property).sort(),
  };
}

export type ClaimFacets = Awaited<ReturnType<typeof listClaimFacets>>;
