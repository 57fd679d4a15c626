import { db } from "@/lib/db";
import { DEALS_PER_PAGE, type DealFilters } from "@/lib/validations/deal-filters";
import { dealOrder, dealWhere } from "@/lib/queries/deal-where";
import { claimCardInclude } from "@/lib/queries/claim-include";

const dealListInclude = {
  fromCompany: { select: { name: true, slug: true } },
  toCompany: { select: { name: true, slug: true } },
  _count: { select: { claims: true } },
} as const;

export type DealListItem = Awaited<ReturnType<typeof listDealsPage>>["deals"][number];

/** One page of /deals: the deals matching the URL filters, in the URL's order. */
export async function listDealsPage(f: DealFilters, perPage = DEALS_PER_PAGE) {
  const where = dealWhere(f);
  const [total, deals] = await Promise.all([
    db.deal.count({ where }),
    db.deal.findMany({ where, orderBy: dealOrder(f), include: dealListInclude, skip: (f.page - 1) * perPage, take: perPage }),
  ]);
  return { total, deals, page: f.page, perPage };
}

/** Every deal matching the URL filters (exports), capped. */
export async function listAllDeals(f: DealFilters, cap = 50_000) {
  return db.deal.findMany({ where: dealWhere(f), orderBy: dealOrder(f), include: dealListInclude, take: cap });
}

/** The choices the deal filters offer: companies that take part in a deal, and sources that state one. */
export async function listDealFacets() {
  const [parties, sources] = await Promise.all([
    db.company.findMany({
      where: { OR: [{ dealsOut: { some: {} } }, { dealsIn: { some: {} } }] },
      select: { name: true },
      orderBy: { name: "asc" },
    }),
    db.source.findMany({
      where: { claims: { some: { dealId: { not: null } } } },
      select: { id: true, title: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { parties: parties.map((p) => p.name), sources };
}

export type DealFacets = Awaited<ReturnType<typeof listDealFacets>>;

/** What the deal page derives its estimate, stage history and tranches from: every claim, scalars only. */
const dealClaimSelect = {
  id: true,
  sourceId: true,
  kind: true,
  subject: true,
  property: true,
  value: true,
  valueMax: true,
  qualifier: true,
  status: true,
  asOf: true,
  quote: true,
  start: true,
  end: true,
  source: { select: { publishedOn: true } },
} as const;

/**
 * One deal with its parties and the scalar fields of every claim behind it, or null. A deal stated
 * by hundreds of articles stays one light query; the cards shown are loaded by listClaimCards.
 */
export async function getDeal(id: number) {
  return db.deal.findUnique({
    where: { id },
    include: {
      fromCompany: { select: { name: true, slug: true } },
      toCompany: { select: { name: true, slug: true } },
      claims: {
        select: dealClaimSelect,
        orderBy: [{ asOf: { sort: "asc", nulls: "last" } }, { sourceId: "asc" }, { start: "asc" }],
      },
    },
  });
}

export type DealDetail = NonNullable<Awaited<ReturnType<typeof getDeal>>>;

/** The cards of the given claims (what a claim card shows), keyed by id. */
export async function listClaimCards(ids: number[]) {
  const cards = await db.claim.findMany({ where: { id: { in: ids } }, include: claimCardInclude });
  return new Map(cards.map((c) => [c.id, c]));
}

/** The deal's claims that take part in a disagreement, with their pairs (capped: one line per distinct pair is shown). */
export async function listDealDisagreementClaims(dealId: number, cap = 200) {
  return db.claim.findMany({
    where: { dealId, OR: [{ disagreementsAsA: { some: {} } }, { disagreementsAsB: { some: {} } }] },
    include: claimCardInclude,
    orderBy: { id: "asc" },
    take: cap,
  });
}
