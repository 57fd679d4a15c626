import type { Prisma } from "@/lib/generated/prisma/client";

/** The other claim of a disagreement, as a card shows it. */
const otherClaim = {
  select: {
    id: true,
    property: true,
    value: true,
    valueMax: true,
    qualifier: true,
    status: true,
    asOf: true,
    sourceId: true,
    source: { select: { title: true, publishedOn: true } },
  },
} as const satisfies Prisma.ClaimDefaultArgs;

/**
 * Everything a claim card needs: its source, the first few disagreements it takes part in
 * (a figure stated by many articles can be in hundreds) and how many there are in all.
 */
export const claimCardInclude = {
  source: { select: { id: true, title: true, publisher: true, publishedOn: true } },
  disagreementsAsA: { include: { claimB: otherClaim }, orderBy: { id: "asc" }, take: 4 },
  disagreementsAsB: { include: { claimA: otherClaim }, orderBy: { id: "asc" }, take: 4 },
  _count: { select: { disagreementsAsA: true, disagreementsAsB: true } },
} as const satisfies Prisma.ClaimInclude;

/** The same with every disagreement (exports). */
export const claimExportInclude = {
  ...claimCardInclude,
  disagreementsAsA: { include: { claimB: otherClaim }, orderBy: { id: "asc" } },
  disagreementsAsB: { include: { claimA: otherClaim }, orderBy: { id: "asc" } },
} as const satisfies Prisma.ClaimInclude;

export type ClaimCardData = Prisma.ClaimGetPayload<{ include: typeof claimCardInclude }>;
export type OtherClaim = Prisma.ClaimGetPayload<typeof otherClaim>;

/** A disagreement with both claims, as the grouped view and the source page list it. */
export const disagreementPairInclude = { claimA: otherClaim, claimB: otherClaim } as const satisfies Prisma.DisagreementInclude;
export type DisagreementPair = Prisma.DisagreementGetPayload<{ include: typeof disagreementPairInclude }>;
