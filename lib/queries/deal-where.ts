import type { Prisma } from "@/lib/generated/prisma/client";
import type { DealFilters } from "@/lib/validations/deal-filters";
import { endOfPartialDate } from "@/lib/validations/search-params";

/** The Prisma filter for the deal filters of the URL (pure; unit-tested). Amounts apply to money deals only. */
export function dealWhere(f: DealFilters): Prisma.DealWhereInput {
  const and: Prisma.DealWhereInput[] = [];
  if (f.party) and.push({ OR: [{ fromCompany: { name: f.party } }, { toCompany: { name: f.party } }] });
  if (f.kind) and.push({ kind: f.kind });
  if (f.stage) and.push({ status: f.stage });
  if (f.from) and.push({ firstReported: { gte: f.from } });
  if (f.to) and.push({ firstReported: { lte: endOfPartialDate(f.to) } });
  if (f.min !== undefined || f.max !== undefined)
    and.push({ estimateUsd: { gte: f.min, lte: f.max } });
  if (f.source) and.push({ claims: { some: { sourceId: f.source } } });
  return and.length ? { AND: and } : {};
}

/** The Prisma order for the sort of the URL; ties broken by id so pages never overlap. */
export function dealOrder(f: Pick<DealFilters, "sort" | "dir">): Prisma.DealOrderByWithRelationInput[] {
  const dir = f.dir;
  const nulls = { sort: dir, nulls: "last" } as const;
  const by: Record<DealFilters["sort"], Prisma.DealOrderByWithRelationInput[]> = {
    date: [{ firstReported: nulls }],
    // dollar amounts first, then the other units grouped (EUR, GW, chips), each by value
    amount: [{ estimateUsd: nulls }, { estimateProperty: "asc" }, { estimateValue: nulls }],
    parties: [{ fromCompany: { name: dir } }, { toCompany: { name: dir } }],
    kind: [{ kind: dir }],
    stage: [{ status: nulls }],
    sources: [{ sourceCount: dir }],
  };
  return [...by[f.sort], { id: "asc" }];
}
