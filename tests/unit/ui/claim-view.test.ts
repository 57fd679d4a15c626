import { describe, expect, it } from "vitest";
import { figureSpan } from "@/lib/claims/figure-span";
import { emptyClaimsReason, emptyDealsReason } from "@/lib/claims/empty-reason";
import { parseClaimFilters } from "@/lib/validations/claim-filters";
import { parseDealFilters } from "@/lib/validations/deal-filters";
import { dealEstimate, stageHistory, tranches, type DealClaim } from "@/lib/deals/deal-detail";

const marked = (quote: string, value: number, max: number | null = null) => {
  const s = figureSpan(quote, value, max);
  return s ? quote.slice(s.start, s.end) : null;
};

describe("the figure inside a quote", () => {
  it("marks the number that states the claim's value, with its currency sign and plus", () => {
    expect(marked("Amazon's potential $10B+ OpenAI investment", 10e9)).toBe("$10B+");
    expect(marked("beginning with an initial tranche of $15 billion, of a total $50 billion", 50e9)).toBe("$50 billion");
    expect(marked("delivers 40 FP8 petaflops per chip", 40000)).toBe("40");
    expect(marked("between $15 billion and $25 billion", 15e9, 25e9)).toBe("$15 billion and $25 billion");
    expect(marked("no digits here", 5)).toBeNull();
  });
});

describe("empty states say why", () => {
  it("names the sources and the filters", () => {
    const f = parseClaimFilters({ source: "3", kind: "valuation" }).data!;
    expect(emptyClaimsReason(f, () => "AMD's MI355X")).toBe('No claims match: source "AMD\'s MI355X" has no valuation claims.');
    const g = parseClaimFilters({ subject: "OpenAI", flag: ["implausible", "inconsistent"] }).data!;
    expect(emptyClaimsReason(g, () => undefined)).toBe("No claims match: there are no claims about OpenAI that are flagged implausible and flagged inconsistent.");
    const d = parseDealFilters({ party: "Amazon", kind: "equity", min: "60B" }).data!;
    expect(emptyDealsReason(d, () => undefined)).toBe("No deals match: there are no equity deals involving Amazon of at least $60B.");
  });
});

const claim = (id: number, o: Partial<DealClaim>): DealClaim => ({
  id,
  sourceId: id,
  source: { publishedOn: null },
  kind: "investment",
  subject: "Amazon -> OpenAI",
  property: "amount_usd",
  value: 10e9,
  valueMax: null,
  qualifier: "at least",
  status: "talks",
  asOf: "2025-12-17",
  quote: "Amazon's $10B+ investment",
  start: 0,
  end: 25,
  ...o,
});

describe("the deal page", () => {
  const claims = [
    claim(1, {}),
    claim(2, { qualifier: "about" }),
    claim(3, { value: 50e9, qualifier: "exact", status: "announced", asOf: "2026-02", quote: "a $50 billion investment" }),
    claim(4, { property: "initial_tranche_usd", value: 15e9, qualifier: "exact", status: "announced", asOf: "2026-02", quote: "an initial $15 billion" }),
  ];

  it("picks the announced $50B over the $10B talks and says why each lost", () => {
    const e = dealEstimate("equity", claims)!;
    expect(e.property).toBe("amount_usd");
    expect(e.value).toBe(50e9);
    expect(e.supporting).toEqual([3]);
    expect([...e.superseded.keys()]).toEqual([1, 2]);
    expect(e.superseded.get(1)).toMatch(/earlier stage/);
    expect(e.reason).toMatch(/latest deal stage/);
  });

  it("lists stages in order with their dates and figures, and the tranches", () => {
    const steps = stageHistory(claims, "amount_usd");
    expect(steps.map((s) => s.status)).toEqual(["talks", "announced"]);
    expect(steps[0]).toMatchObject({ first: "2025-12-17", claimIds: [1, 2] });
    expect(steps[1].figures).toEqual([{ property: "amount_usd", value: 50e9, valueMax: null, qualifier: "exact" }]);
    expect(tranches(claims)).toEqual([{ property: "initial_tranche_usd", value: 15e9, valueMax: null, qualifier: "exact", claimIds: [4], sources: 1 }]);
  });

  it("has no estimate when no claim states the headline figure", () => {
    expect(dealEstimate("equity", [claims[3]])).toBeNull();
  });
});
