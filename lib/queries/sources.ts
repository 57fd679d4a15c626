import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SOURCES_PER_PAGE, type SourceFilters } from "@/lib/validations/source-filters";
import { disagreementPairInclude } from "@/lib/queries/claim-include";

/** One article with its claims in text order, or null when there is no such source. */
export async function getSource(id: number) {
  return db.source.findUnique({
    where: { id },
    include: { claims: { orderBy: [{ start: "asc" }, { end: "desc" }] } },
  });
}

export type SourceWithClaims = NonNullable<Awaited<ReturnType<typeof getSource>>>;

/** The disagreements one article's claims take part in, with both claims. */
export async function listSourceDisagreements(sourceId: number) {
  return db.disagreement.findMany({
    where: { OR: [{ claimA: { sourceId } }, { claimB: { sourceId } }] },
    include: disagreementPairInclude,
    orderBy: [{ subject: "asc" }, { property: "asc" }, { id: "asc" }],
  });
}

const inDisagreement: Prisma.ClaimWhereInput = { OR: [{ disagreementsAsA: { some: {} } }, { disagreementsAsB: { some: {} } }] };

const sourceListSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  publishedOn: true,
  fileName: true,
  machineSignals: true,
  contradictionRate: true,
  _count: { select: { claims: true } },
} as const satisfies Prisma.SourceSelect;

function sourceWhere(f: Pick<SourceFilters, "flagged">): Prisma.SourceWhereInput {
  if (f.flagged === "machine") return { machineSignals: { not: "[]" } };
  if (f.flagged === "contradicted") return { contradictionRate: { gt: 0 } };
  return {};
}

function sourceOrder(f: Pick<SourceFilters, "sort">): Prisma.SourceOrderByWithRelationInput[] {
  if (f.sort === "claims") return [{ claims: { _count: "desc" } }, { id: "asc" }];
  if (f.sort === "contradiction") return [{ contradictionRate: "desc" }, { id: "asc" }];
  return [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }];
}

/** One page of articles with claim counts, contradiction rate and machine-written signals. */
export async function listSources(f: SourceFilters = { sort: "date", flagged: undefined, page: 1 }, perPage = SOURCES_PER_PAGE) {
  const where = sourceWhere(f);
  const [total, sources] = await Promise.all([
    db.source.count({ where }),
    db.source.findMany({ where, orderBy: sourceOrder(f), select: sourceListSelect, skip: (f.page - 1) * perPage, take: perPage }),
  ]);
  // Claims in a disagreement, per source on this page (one grouped query).
  const disputed = sources.length
    ? await db.claim.groupBy({
        by: ["sourceId"],
        where: { AND: [{ sourceId: { in: sources.map((s) => s.id) } }, inDisagreement] },
        _count: { _all: true },
      })
    : [];
  const disputedBy = new Map(disputed.map((d) => [d.sourceId, d._count._all]));
  return {
    total,
    page: f.page,
    perPage,
    sources: sources.map((s) => ({ ...s, disputedClaims: disputedBy.get(s.id) ?? 0 })),
  };
}

export type SourceListItem = Awaited<ReturnType<typeof listSources>>["sources"][number];

/** Every article matching the filters (exports). */
export async function listAllSources(f: SourceFilters) {
  return listSources({ ...f, page: 1 }, 50_000);
}
