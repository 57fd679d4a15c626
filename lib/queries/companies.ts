import "server-only";
import { db } from "@/lib/db";
import type { FlowDeal } from "@/lib/graph/flows";

const COMPANY = { select: { name: true, slug: true } } as const;
const PARTY = { select: { name: true, slug: true, parent: COMPANY } } as const;

const DEAL_FIELDS = {
  id: true,
  kind: true,
  status: true,
  firstReported: true,
  estimateValue: true,
  estimateValueMax: true,
  estimateQualifier: true,
  estimateProperty: true,
  sourceCount: true,
  fromCompany: PARTY,
  toCompany: PARTY,
  claims: { select: { sourceId: true }, orderBy: { sourceId: "asc" } },
} as const;

type DealRow = { claims: { sourceId: number }[] } & Omit<FlowDeal, "sourceIds">;

function toFlowDeal({ claims, ...deal }: DealRow): FlowDeal {
  return { ...deal, sourceIds: [...new Set(claims.map((c) => c.sourceId))] };
}

/** Every deal as a flow between two companies, optionally only of some kinds. */
export async function listDealFlows({ kinds }: { kinds?: string[] } = {}): Promise<FlowDeal[]> {
  const deals = await db.deal.findMany({
    where: kinds && kinds.length > 0 ? { kind: { in: kinds } } : {},
    orderBy: { id: "asc" },
    select: DEAL_FIELDS,
  });
  return deals.map(toFlowDeal);
}

/** One company with its deals both ways and its valuations, or null. */
export async function getCompany(slug: string) {
  const company = await db.company.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      dealsOut: { select: DEAL_FIELDS, orderBy: [{ firstReported: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
      dealsIn: { select: DEAL_FIELDS, orderBy: [{ firstReported: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
    },
  });
  if (!company) return null;
  return { ...company, dealsOut: company.dealsOut.map(toFlowDeal), dealsIn: company.dealsIn.map(toFlowDeal) };
}

export type CompanyDetail = NonNullable<Awaited<ReturnType<typeof getCompany>>>;
