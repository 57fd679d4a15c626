import { describe, expect, it } from "vitest";
import { findMoney } from "@/lib/extract/money";
import { findNumbers } from "@/lib/extract/numbers";
import { claimsOf, only } from "./helpers";

const amount = (t: string) => findMoney(t).map((q) => [q.value, q.valueMax, q.detail]);

describe("money amounts", () => {
  it.each([
    ["Amazon's $10B+ OpenAI investment", 10e9],
    ["a $10 billion check", 10e9],
    ["US$10bn was wired", 10e9],
    ["a $1.5bn bond", 1.5e9],
    ["USD 15 billion in total", 15e9],
    ["$41bln investment", 41e9],
    ["$41 bil investment", 41e9],
    ["Amazon’s $10 B+ stake", 10e9],
    ["a $120k budget", 120e3],
    ["a $1.5M grant", 1.5e6],
    ["more than ten billion dollars", 10e9],
    ["a quarter of a trillion dollars", 0.25e12],
    ["half a trillion dollars", 0.5e12],
    ["Rs 5,000 crore", 5e10],
    ["₹2 lakh crore", 2e12],
  ])("%s", (t, v) => {
    const q = findMoney(t);
    expect(q).toHaveLength(1);
    expect(q[0].value).toBeCloseTo(v as number, -3);
  });

  it("ranges in one or two amounts", () => {
    expect(amount("$10-15 billion")).toEqual([[10e9, 15e9, "usd"]]);
    expect(amount("$5 billion to $8 billion")).toEqual([[5e9, 8e9, "usd"]]);
    expect(amount("a range between $500 B and $750 B")).toEqual([[500e9, 750e9, "usd"]]);
    expect(amount("anywhere from $20–25 billion")).toEqual([[20e9, 25e9, "usd"]]);
  });

  it("keeps other currencies", () => {
    expect(amount("€1.3 billion")).toEqual([[1.3e9, null, "eur"]]);
    expect(amount("1.3 billion euros")).toEqual([[1.3e9, null, "eur"]]);
    expect(amount("an 11.7 billion-euro valuation")).toEqual([[11.7e9, null, "eur"]]);
    expect(amount("£2bn")).toEqual([[2e9, null, "gbp"]]);
  });

  it("reads per-unit prices", () => {
    const q = findMoney("$2.50 per chip-hour");
    expect(q[0].value).toBe(2.5);
    expect(q[0].per).toMatch(/chip-hour/);
  });

  it("numbers in words", () => {
    expect(findNumbers("ten billion").map((n) => n.value)).toEqual([10e9]);
    expect(findNumbers("a quarter of a trillion").map((n) => n.value)).toEqual([0.25e12]);
    expect(findNumbers("half a million").map((n) => n.value)).toEqual([0.5e6]);
    expect(findNumbers("two and a half billion").map((n) => n.value)).toEqual([2.5e9]);
  });
});

describe("money claims", () => {
  it("investor -> recipient with a verb", () => {
    const c = only("Globex Ventures aside, Microsoft will invest $2 billion in Anthropic.", "amount_usd");
    expect(c).toMatchObject({ subject: "Microsoft -> Anthropic", value: 2e9, qualifier: "exact", status: "announced", kind: "investment" });
  });
  it("possessive investor and modifier recipient (fixture)", () => {
    expect(only("Amazon's $10B+ OpenAI Investment: A Strategic Shift", "amount_usd")).toMatchObject({ subject: "Amazon -> OpenAI", qualifier: "at least" });
  });
  it("possessive investor (own sentence)", () => {
    expect(only("Google's $3 billion Anthropic investment was finalized.", "amount_usd")).toMatchObject({ subject: "Google -> Anthropic", value: 3e9 });
  });
  it("a cloud arm invests through its parent", () => {
    expect(only("AWS invests $4 B in Anthropic.", "amount_usd").subject).toBe("Amazon -> Anthropic");
  });
  it("investment from X", () => {
    expect(only("Anthropic secured a $6 billion infusion of capital from Google.", "amount_usd").subject).toBe("Google -> Anthropic");
  });
  it("euro amounts are not converted", () => {
    const c = only("ASML has invested 1.3 billion euros in Mistral AI.", "amount_eur");
    expect(c).toMatchObject({ subject: "ASML -> Mistral AI", value: 1.3e9, status: "closed" });
    expect(claimsOf("ASML has invested €1.3 billion in Mistral AI.")[0].property).toBe("amount_eur");
  });
  it("a stated conversion in brackets is its own claim; a same-currency restatement is not", () => {
    const cs = claimsOf("ASML has invested 1.3 billion euros ($1.5 billion) in Mistral AI.");
    expect(cs.map((c) => [c.property, c.value, c.subject])).toEqual([
      ["amount_eur", 1.3e9, "ASML -> Mistral AI"],
      ["amount_usd", 1.5e9, "ASML -> Mistral AI"],
    ]);
    expect(claimsOf("Google invested $2 billion (about $2.0 billion) in Anthropic.")).toHaveLength(1);
  });
  it("round sizes belong to the company raising", () => {
    expect(only("xAI raised $6 billion in a Series C round.", "round_size_usd").subject).toBe("xAI");
    expect(only("OpenAI Raises $110B as Valuation Soars to $730B", "round_size_usd")).toMatchObject({ subject: "OpenAI", value: 110e9 });
  });
  it("valuations", () => {
    expect(only("The round valued Anthropic at $61.5 billion.", "valuation_usd")).toMatchObject({ subject: "Anthropic", value: 61.5e9 });
    expect(only("Meta invested $14.3 billion in Scale AI, valuing it at over $29 billion.", "valuation_usd")).toMatchObject({ subject: "Scale AI", qualifier: "at least" });
    expect(only("xAI is raising at a $230 billion pre-money valuation.", "pre_money_valuation_usd").subject).toBe("xAI");
  });
  it("ranges of money", () => {
    expect(only("Intel will invest $10-15 billion in OpenAI.", "amount_usd")).toMatchObject({ value: 10e9, value_max: 15e9, qualifier: "range" });
    expect(only("Nvidia could invest $5 billion to $8 billion in xAI.", "amount_usd")).toMatchObject({ value: 5e9, value_max: 8e9, qualifier: "range", status: "talks" });
  });
  it("tranches", () => {
    expect(only("Amazon will invest $50 billion in OpenAI, beginning with an initial tranche of $15 billion.", "initial_tranche_usd").value).toBe(15e9);
    expect(only("Google will invest $9 billion in Anthropic, with an initial $2 billion this year.", "initial_tranche_usd").value).toBe(2e9);
  });
  it("compute commitments: buyer -> cloud", () => {
    expect(only("OpenAI signed a contract with Oracle to purchase $300 billion in computing power.", "compute_commitment_usd").subject).toBe("OpenAI -> Oracle");
    expect(only("Anthropic will spend $30 billion on compute from Microsoft Azure.", "compute_commitment_usd").subject).toBe("Anthropic -> Microsoft Azure");
  });
  it("per-share prices", () => {
    expect(only("Broadcom shares jumped 9.9% to close at $356.70.", "share_price_usd")).toMatchObject({ subject: "Broadcom", value: 356.7 });
  });
  it("stakes", () => {
    expect(only("Meta has completed a $14.3 billion investment in Scale AI, acquiring a 49% stake in the startup.", "stake_pct")).toMatchObject({ subject: "Meta -> Scale AI", value: 49 });
    expect(only("SoftBank lifts OpenAI stake to 11% with $41bln investment", "stake_pct").subject).toBe("SoftBank -> OpenAI");
  });
  it("pronouns and descriptions resolve to the company", () => {
    expect(only("For Amazon, the deal matters: it has previously invested $8 billion in Anthropic.", "amount_usd").subject).toBe("Amazon -> Anthropic");
    expect(only("Microsoft will invest $1 billion in the ChatGPT maker.", "amount_usd").subject).toBe("Microsoft -> OpenAI");
  });
  it("ignores money with no role", () => {
    expect(claimsOf("The museum cost $10 billion to build.")).toEqual([]);
  });
});
