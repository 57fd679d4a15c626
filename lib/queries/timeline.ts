import "server-only";
import { db } from "@/lib/db";
import type { TimelineClaim } from "@/lib/timeline/points";

const COMPANY = { select: { name: true, slug: true } } as const;

/**
 * Claims behind deals and valuations (with their article and record), optionally only those
 * involving one company (as either party of a deal, or the company valued).
 */
export async function listTimelineClaims({ company }: { company?: string | null } = {}): Promise<TimelineClaim[]> {
  const involving = company
    ? {
        OR: [
          { deal: { fromCompany: { slug: company } } },
          { deal: { toCompany: { slug: company } } },
          { valuation: { company: { slug: company } } },
        ],
      }
    : {};
  return db.claim.findMany({
    where: { AND: [{ OR: [{ dealId: { not: null } }, { valuationId: { not: null } }] }, involving] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      subject: true,
      property: true,
      value: true,
      valueMax: true,
      qualifier: true,
      status: true,
      asOf: true,
      asOfPrecision: true,
      quote: true,
      source: { select: { id: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true } },
      deal: { select: { id: true, estimateProperty: true, fromCompany: COMPANY, toCompany: COMPANY } },
      valuation: { select: { id: true, basis: true, company: COMPANY } },
    },
  });
}

/** Companies that are a party to a deal or have a valuation, by name (the company filter). */
export async function listTimelineCompanies() {
  return db.company.findMany({
    where: { OR: [{ dealsOut: { some: {} } }, { dealsIn: { some: {} } }, { valuations: { some: {} } }] },
    orderBy: { name: "asc" },
    select: { name: true, slug: true },
  });
}
