import { db } from "@/lib/db";

/** Deals for the home page and /deals, newest first. */
export async function listDeals({ limit = 50 }: { limit?: number } = {}) {
  return db.deal.findMany({
    take: limit,
    orderBy: [{ firstReported: { sort: "desc", nulls: "last" } }, { estimateValue: { sort: "desc", nulls: "last" } }],
    include: {
      fromCompany: { select: { name: true, slug: true } },
      toCompany: { select: { name: true, slug: true } },
      _count: { select: { claims: true } },
    },
  });
}

export type DealListItem = Awaited<ReturnType<typeof listDeals>>[number];
