import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseClaimFilters, hasClaimFilters } from "@/lib/validations/claim-filters";
import { parseDealFilters } from "@/lib/validations/deal-filters";
import { parseSourceFilters } from "@/lib/validations/source-filters";
import { endOfPartialDate, fromUrlSearchParams, parseAmount } from "@/lib/validations/search-params";
import { claimWhere, disagreementWhere } from "@/lib/queries/claim-where";
import { dealOrder, dealWhere } from "@/lib/queries/deal-where";
import { hrefWith } from "@/lib/url";

describe("claim filters", () => {
  it("reads repeated and comma-separated sources, blank values as absent, and defaults", () => {
    const r = parseClaimFilters(new URLSearchParams("source=4&source=7,9&subject=&kind=valuation&flag=implausible"));
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      id: [],
      source: [4, 7, 9],
      subject: undefined,
      property: undefined,
      kind: "valuation",
      disagreement: undefined,
      flag: ["implausible"],
      view: "cards",
      page: 1,
    });
    expect(hasClaimFilters(r.data!)).toBe(true);
  });

  it("takes the same shape from Next's searchParams object as from a URL", () => {
    const fromPage = parseClaimFilters({ source: ["1", "2"], page: "3", view: "disagreements" });
    const fromUrl = parseClaimFilters(new URLSearchParams("source=1&source=2&page=3&view=disagreements"));
    expect(fromPage.data).toEqual(fromUrl.data);
    expect(fromPage.data?.page).toBe(3);
  });

  it("refuses unknown kinds, flags, disagreement types, bad ids and pages with a message naming the field", () => {
    for (const query of ["kind=rumour", "flag=spicy", "disagreement=vibes", "source=abc", "source=-1", "page=0", "property=Amount USD"]) {
      const r = parseClaimFilters(new URLSearchParams(query));
      expect(r.success, query).toBe(false);
      expect(z.prettifyError(r.error!), query).toMatch(new RegExp(query.split("=")[0]));
    }
  });

  it("turns into a Prisma filter that ANDs every condition", () => {
    const f = parseClaimFilters(new URLSearchParams("source=1&source=2&subject=Amazon -> OpenAI&disagreement=temporal&flag=inconsistent")).data!;
    expect(claimWhere(f)).toEqual({
      AND: [
        { sourceId: { in: [1, 2] } },
        { subject: "Amazon -> OpenAI" },
        { OR: [{ disagreementsAsA: { some: { type: "temporal" } } }, { disagreementsAsB: { some: { type: "temporal" } } }] },
        { inconsistentReason: { not: null } },
      ],
    });
    expect(claimWhere(parseClaimFilters({}).data!)).toEqual({});
    expect(disagreementWhere(f)).toMatchObject({ AND: expect.arrayContaining([{ type: "temporal" }, { subject: "Amazon -> OpenAI" }]) });
  });
});

describe("deal filters", () => {
  it("reads amounts written as people write them", () => {
    expect(parseAmount("10B")).toBe(10e9);
    expect(parseAmount("$1.5bn")).toBe(1.5e9);
    expect(parseAmount("500M")).toBe(500e6);
    expect(parseAmount("2,500,000,000")).toBe(2.5e9);
    expect(parseAmount("lots")).toBeNull();
    const r = parseDealFilters(new URLSearchParams("min=10B&max=$60bn&sort=amount&dir=asc"));
    expect(r.data).toMatchObject({ min: 10e9, max: 60e9, sort: "amount", dir: "asc", page: 1 });
  });

  it("refuses an unreadable amount, an inverted range, a bad date or sort", () => {
    expect(z.prettifyError(parseDealFilters({ min: "lots" }).error!)).toContain('"lots" is not an amount');
    expect(z.prettifyError(parseDealFilters({ min: "60B", max: "10B" }).error!)).toContain("minimum amount is above the maximum");
    expect(z.prettifyError(parseDealFilters({ from: "2026", to: "2025-12" }).error!)).toContain("start date is after the end date");
    expect(parseDealFilters({ from: "Dec 2025" }).success).toBe(false);
    expect(parseDealFilters({ sort: "vibes" }).success).toBe(false);
    expect(parseDealFilters({ stage: "rumoured" }).success).toBe(false);
  });

  it("bounds partial dates inclusively and limits amounts to money deals", () => {
    expect(endOfPartialDate("2025-12")).toBe("2025-12~");
    expect("2025-12-31" <= endOfPartialDate("2025-12")).toBe(true);
    expect("2026-01" <= endOfPartialDate("2025-12")).toBe(false);
    expect(endOfPartialDate("2025-12-17")).toBe("2025-12-17");
    const f = parseDealFilters({ party: "Amazon", to: "2025", min: "1B" }).data!;
    expect(dealWhere(f)).toEqual({
      AND: [
        { OR: [{ fromCompany: { name: "Amazon" } }, { toCompany: { name: "Amazon" } }] },
        { firstReported: { lte: "2025~" } },
        { estimateUsd: { gte: 1e9, lte: undefined } },
      ],
    });
  });
});

describe("source filters and links", () => {
  it("parses sort and flag", () => {
    expect(parseSourceFilters({ sort: "contradiction", flagged: "machine" }).data).toEqual({ sort: "contradiction", flagged: "machine", page: 1 });
    expect(parseSourceFilters({ flagged: "everything" }).success).toBe(false);
  });

  it("builds links that keep the filters, repeat arrays and drop nulls", () => {
    expect(hrefWith("/claims", { source: ["1", "2"], page: "3", kind: "valuation" }, { page: null, view: "disagreements" })).toBe(
      "/claims?source=1&source=2&kind=valuation&view=disagreements",
    );
    expect(hrefWith("/deals", {}, {})).toBe("/deals");
    expect(fromUrlSearchParams(new URLSearchParams("a=1&a=2&b=3"))).toEqual({ a: ["1", "2"], b: "3" });
  });
});
