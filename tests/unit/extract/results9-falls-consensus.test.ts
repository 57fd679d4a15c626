import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const has = (text: string, property: string, value: number, subject?: string) => {
  const found = claimsOf(text).filter((c) => c.property === property && c.value === value);
  expect(found, `${property}=${value} in: ${text}`).toHaveLength(1);
  if (subject) expect(found[0].subject).toBe(subject);
};
const none = (text: string, re: RegExp) => expect(claimsOf(text).filter((c) => re.test(c.property)).map((c) => `${c.property}=${c.value}`)).toEqual([]);

describe("a fall in revenue or profit is a negative growth", () => {
  it("signs falls by verb and by noun", () => {
    has("Samsung reported third-quarter results. Sales fell 5% to $52 billion in the quarter.", "revenue_growth_pct_yoy", -5, "Samsung");
    has("Intel's revenue declined 7% year over year.", "revenue_growth_pct_yoy", -7, "Intel");
    has("Intel said quarterly profit dropped 12% to $310 million.", "net_income_growth_pct_yoy", -12, "Intel");
    has("Micron said net income decreased by 18% to $950 million.", "net_income_growth_pct_yoy", -18, "Micron");
    has("Marvell reported a 4% slide in revenue to $1.2 billion.", "revenue_growth_pct_yoy", -4, "Marvell");
    has("Marvell posted a 9% drop in quarterly profit.", "net_income_growth_pct_yoy", -9, "Marvell");
  });
  it("keeps rises positive and share falls as stock moves", () => {
    has("Micron said net income rose 18% to $950 million.", "net_income_growth_pct_yoy", 18, "Micron");
    has("Marvell reported a 4% rise in revenue to $1.2 billion.", "revenue_growth_pct_yoy", 4, "Marvell");
    none("Intel shares fell 6% after the report.", /growth/);
    none("Marvell reported second-quarter results. The company forecast a 10% decline in revenue.", /growth/);
  });
});

describe("analysts' revenue expectations for a year", () => {
  it("is an annual consensus when the year follows the amount", () => {
    has("Micron reports results on Tuesday. Analysts expect revenue of $48.2 billion this year.", "consensus_annual_revenue_usd", 48.2e9, "Micron");
    has("Micron reports results on Tuesday. Analysts expect revenue of $31.5 billion for fiscal 2026, according to LSEG.", "consensus_annual_revenue_usd", 31.5e9, "Micron");
    has("Marvell reports results on Thursday. Analysts expect Marvell to post revenue of $8.4 billion for the full year.", "consensus_annual_revenue_usd", 8.4e9, "Marvell");
  });
  it("stays quarterly for a quarter or with no period", () => {
    has("Micron reports results on Tuesday. Analysts expect revenue of $12.3 billion for the quarter.", "consensus_quarterly_revenue_usd", 12.3e9, "Micron");
    has("Micron reports results on Tuesday. Analysts expect revenue of $12.3 billion for fiscal 2026's third quarter.", "consensus_quarterly_revenue_usd", 12.3e9, "Micron");
    has("Micron reports results on Tuesday. Analysts expect revenue of $12.3 billion.", "consensus_quarterly_revenue_usd", 12.3e9, "Micron");
    none("Micron reports results on Tuesday. Analysts expect revenue of $12.3 billion for the quarter.", /consensus_annual/);
  });
});

describe("capacity taken from a named vendor's hardware", () => {
  it("is the buyer's deal with the vendor", () => {
    has("Tessera AI, a Dubai lab, plans to deploy 300 megawatts of AMD MI450 racks from 2027.", "capacity_gw", 0.3, "Tessera AI -> AMD");
    has("Tessera AI will use about 1 gigawatt of Nvidia's Vera Rubin systems.", "capacity_gw", 1, "Tessera AI -> Nvidia");
  });
  it("leaves capacity with no vendor's hardware alone, and never gives a company a deal with its own cloud", () => {
    none("Tessera AI plans to deploy 300 megawatts of capacity at its Texas campus.", /capacity/);
    const flows = claimsOf("Microsoft signed a $9 billion contract with Halcyon Compute. The Microsoft contract will be served from new data centers supporting 250 MW of IT load.").filter((c) => c.property === "capacity_gw");
    expect(flows.map((c) => c.subject)).not.toContain("Microsoft -> Microsoft Azure");
  });
});
