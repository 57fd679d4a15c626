import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";
import { findMoney } from "@/lib/extract/money";
import { findNumbers } from "@/lib/extract/numbers";

const find = (text: string, property: string) => claimsOf(text, "2026-02-10").filter((c) => c.property === property);

describe("market shares said with a verb or a possessive", () => {
  it("reads 'X held N% of the … market' as X's market share", () => {
    const [c] = find("Micron held 21% of the DRAM market by revenue in the third quarter, TrendForce said.", "market_share_pct");
    expect(c).toMatchObject({ subject: "Micron", value: 21, kind: "other" });
  });
  it("reads a relative clause and a bracketed market name", () => {
    const [a] = find("Buyers are looking past AMD, which by most counts still commands more than 80 percent of the server CPU market in Korea.", "market_share_pct");
    expect(a).toMatchObject({ subject: "AMD", value: 80, qualifier: "at least" });
    const [b] = find("Marvell owns about 15% of the custom accelerator (XPU) market.", "market_share_pct");
    expect(b).toMatchObject({ subject: "Marvell", value: 15, qualifier: "about" });
    expect(find("Marvell owns about 15% of the custom accelerator (XPU) market.", "stake_pct")).toEqual([]);
  });
  it("reads 'is the leader with N% market share' and 'put X's share … at N%'", () => {
    expect(find("In networking silicon Broadcom is the dominant supplier with roughly 60% market share.", "market_share_pct")[0]).toMatchObject({ subject: "Broadcom", value: 60 });
    const text = "Samsung held 40% of the NAND market. A second tracker put Micron's share for the period at 14%.";
    expect(find(text, "market_share_pct").map((c) => [c.subject, c.value])).toEqual([["Samsung", 40], ["Micron", 14]]);
  });
  it("leaves stakes in companies as stakes", () => {
    const claims = claimsOf("SoftBank owns about 90% of Arm.", "2026-02-10");
    expect(claims.filter((c) => c.property === "market_share_pct")).toEqual([]);
    expect(claims.find((c) => c.property === "stake_pct")).toMatchObject({ subject: "SoftBank -> Arm", value: 90 });
  });
});

describe("share moves in two clauses", () => {
  it("gives each company the direction of its own clause", () => {
    const moves = find("AMD shares slid 4% in early trading while Oracle stock gained 1.9%.", "stock_change_pct");
    expect(moves.map((c) => [c.subject, c.value])).toEqual([["AMD", -4], ["Oracle", 1.9]]);
  });
});

describe("key points repeated in the body", () => {
  it("keeps only the first of a bullet and the same sentence later", () => {
    const text = "Key points:\n- Intel owns about 65% of the PC processor market.\n\nThe details.\n\nIntel owns about 65% of the PC processor market.\n";
    expect(find(text, "market_share_pct")).toHaveLength(1);
  });
});

describe("site land and jobs", () => {
  it("reads acres and hectares of a named project", () => {
    expect(find("Project Juniper will rise on roughly 900 acres of former cropland.", "site_area_acres")[0]).toMatchObject({ subject: "Project Juniper", value: 900 });
    expect(find("Project Osprey sits on a 240-hectare parcel near the river.", "site_area_hectares")[0]).toMatchObject({ subject: "Project Osprey", value: 240 });
  });
  it("reads permanent and construction jobs a project creates", () => {
    const text = "Project Juniper is expected to create about 350 permanent jobs and 1,500 construction jobs.";
    expect(find(text, "permanent_job_count")[0]).toMatchObject({ subject: "Project Juniper", value: 350, qualifier: "about" });
    expect(find(text, "construction_job_count")[0]).toMatchObject({ subject: "Project Juniper", value: 1500 });
  });
  it("reads a company's job cuts", () => {
    expect(find("Intel will cut about 2,000 jobs in its foundry unit.", "job_cut_count")[0]).toMatchObject({ subject: "Intel", value: 2000 });
  });
  it("gives no site figure without a site", () => {
    expect(claimsOf("Farmers in the county planted 900 acres of corn and hired 40 workers.", "2026-02-10")).toEqual([]);
    expect(find("Intel said the new jobs board lists 300 jobs.", "job_cut_count")).toEqual([]);
  });
});

describe("currencies and exact scaled values", () => {
  const money = (t: string) => findMoney(t, findNumbers(t)).map((q) => [q.value, q.detail]);
  it("reads NT$ as New Taiwan dollars, never US dollars", () => {
    expect(money("profit of NT$310.5 billion (US$10.2 billion)")).toEqual([[310500000000, "twd"], [10200000000, "usd"]]);
    expect(money("about 120 billion New Taiwan dollars")).toEqual([[120000000000, "twd"]]);
    expect(money("a $3 billion loan")).toEqual([[3000000000, "usd"]]);
  });
  it("reads francs, riyals and dirhams", () => {
    expect(money("CHF 2.4 billion")).toEqual([[2400000000, "chf"]]);
    expect(money("7 billion Saudi riyals")).toEqual([[7000000000, "sar"]]);
    expect(money("AED 3 billion")).toEqual([[3000000000, "aed"]]);
  });
  it("scales decimals without binary noise", () => {
    expect(findNumbers("2.16 trillion and 8.2 billion and 0.7 million").map((n) => n.value)).toEqual([2160000000000, 8200000000, 700000]);
  });
});
