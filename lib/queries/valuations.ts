import { db } from "@/lib/db";

/** Valuation records, by company then period. */
export async function listValuations({ limit = 50 }: { limit?: number } = {}) {
  return db.valuation.findMany({
    take: limit,
    orderBy: [{ company: { name: "asc" } }, { period: "desc" }],
    include: { company: { select: { name: true, slug: true } }, _count: { select: { claims: true } } },
  });
}

export type ValuationListItem = Awaited<ReturnType<typeof listValuations>>[number];
