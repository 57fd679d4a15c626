import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const has = (text: string, subject: string, property: string, value: number) =>
  claimsOf(text, "2026-03-01").some((c) => c.subject === subject && c.property === property && c.value === value);

describe("stake sales (lib/extract/money-sales.ts)", () => {
  it("reads a holding sold for an amount as the seller's stake sale", () => {
    const c = only("Alphabet sold its entire stake in Oracle Corp. for $4.2 billion last quarter.", "stake_sale_usd");
    expect(c.subject).toBe("Alphabet -> Oracle");
    expect(c.value).toBe(4.2e9);
    expect(has("Meta dumped its remaining AMD position for about $1.1 billion in May.", "Meta -> AMD", "stake_sale_usd", 1.1e9)).toBe(true);
  });
  it("does not read a stake bought as a sale", () => {
    const cs = claimsOf("Alphabet bought a stake in Oracle for $4.2 billion last quarter.", "2026-03-01");
    expect(cs.some((c) => c.property === "stake_sale_usd")).toBe(false);
  });
});

describe("acquisitions (lib/extract/money-sales.ts)", () => {
  it("reads the price of a company bought as the buyer's amount for it", () => {
    expect(has("Oracle completed its $2.3 billion acquisition of chip designer Ampere Computing in May.", "Oracle -> Ampere Computing", "amount_usd", 2.3e9)).toBe(true);
    expect(has("Nvidia said on Tuesday it agreed to acquire networking startup Quellix Networks for about $900 million.", "Nvidia -> Quellix Networks", "amount_usd", 9e8)).toBe(true);
  });
  it("reads the per-share price stated with the purchase", () => {
    const text = "Broadcom reported results. On Friday it agreed to acquire software maker Vertex Systems for $6 billion, or $31 a share.";
    expect(has(text, "Broadcom -> Vertex Systems", "price_per_share_usd", 31)).toBe(true);
  });
  it("leaves compute bought from a cloud and equipment bought from a vendor alone", () => {
    const a = claimsOf("Anthropic announced a $12 billion purchase of dedicated Azure compute capacity.", "2026-03-01");
    expect(a.some((c) => c.subject === "Anthropic -> Microsoft Azure" && c.property === "amount_usd")).toBe(false);
    const b = claimsOf("Lambda will buy servers and networking gear from Dell Technologies for about $1.2 billion.", "2026-03-01");
    expect(b.some((c) => c.property === "amount_usd" && c.subject.endsWith("-> Dell Technologies"))).toBe(false);
  });
});

describe("bond sales (lib/extract/money-debt.ts)", () => {
  it("reads money raised in a bond sale as debt, not a round", () => {
    const c = only("Microsoft raised $12bn in a bond sale in March.", "debt_raised_usd");
    expect(c.subject).toBe("Microsoft");
    expect(claimsOf("Microsoft raised $12bn in a bond sale in March.").some((x) => x.property === "round_size_usd")).toBe(false);
  });
  it("reads a bond sale of an amount and a single bond issue", () => {
    const c = only("Amazon was in the market on Monday with a bond sale of at least $20 billion.", "debt_raised_usd");
    expect(c.value).toBe(2e10);
    expect(c.qualifier).toBe("at least");
    expect(only("Oracle followed last week with a $9.5bn US bond.", "debt_raised_usd").subject).toBe("Oracle");
  });
  it("does not read the bond market as a bond sale", () => {
    const cs = claimsOf("Investors fret about the $40 billion bond market for data centres.");
    expect(cs.some((c) => c.property === "debt_raised_usd")).toBe(false);
  });
});

describe("two investors named together (lib/extract/money-subjects.ts)", () => {
  it("gives an amount two companies agree to invest to the pair", () => {
    expect(has("Google and Amazon agreed to invest up to $8 billion in Mistral AI.", "Google + Amazon -> Mistral AI", "amount_usd", 8e9)).toBe(true);
  });
  it("keeps one claim per party when each invests the amount", () => {
    const cs = claimsOf("Google and Amazon have each agreed to invest $4 billion in Mistral AI.", "2026-03-01");
    expect(cs.some((c) => c.subject === "Google + Amazon -> Mistral AI")).toBe(false);
    expect(cs.some((c) => c.subject === "Amazon -> Mistral AI")).toBe(true);
  });
});
