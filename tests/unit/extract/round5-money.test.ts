import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const rows = (text: string) => claimsOf(text).map((c) => [c.subject, c.property, c.value]);
const money = (text: string) => rows(text).filter(([, p]) => /_usd$|_eur$/.test(String(p)));

describe("round 5: passive voice, relative clauses and lists", () => {
  it("'$N was committed by X to Y': the passive's agent invests", () => {
    const t = "$2 billion was committed by Microsoft to Anthropic in the deal, according to people familiar with the matter.";
    expect(money(t)).toEqual([["Microsoft -> Anthropic", "amount_usd", 2e9]]);
  });
  it("'…, in which X is investing $N': the relative clause's own investor, not the sentence's subject", () => {
    const t = "Microsoft, which has poured $13 billion into OpenAI, said it would not take part in the new round, in which SoftBank is investing $30 billion.";
    expect(money(t)).toEqual([
      ["Microsoft -> OpenAI", "amount_usd", 13e9],
      ["SoftBank -> OpenAI", "amount_usd", 30e9],
    ]);
  });
  it("'The company, which X values at $N': the valuer is not the company valued", () => {
    const t = "The company, which Google values at $20 billion, received $2 billion from the search giant.";
    expect(rows(t).filter(([s]) => s === "Google")).toEqual([]);
  });
  it("'Investors include A, with $N, B, with $M': a list item's amount is no round of the next name", () => {
    const t = "Investors in the round include Nvidia, with $2 billion, Microsoft, with $1 billion, and SoftBank, with $500 million.";
    expect(rows(t).filter(([, p]) => p === "round_size_usd")).toEqual([]);
  });
  it("'The startup, backed by A, B and C, had been valued at $N': no backer's valuation", () => {
    const t = "The startup, backed by Nvidia, Microsoft and Amazon, had previously been valued at $61.5 billion, and Anthropic said the new money would fund research.";
    expect(rows(t).filter(([s]) => s === "Nvidia" || s === "Microsoft" || s === "Amazon")).toEqual([]);
  });
  it("'agreed to sell its $N stake in Y': a holding sold is no investment", () => {
    const t = "SoftBank agreed to sell its $5.8 billion stake in Nvidia to fund its OpenAI commitment.";
    expect(rows(t).filter(([, p]) => p === "amount_usd")).toEqual([]);
  });
  it("'A, valued at $N, went public; B, its rival, raised $M': the rival's round is its own", () => {
    const t = "CoreWeave, valued at $23 billion in its last private round, went public in March; Nebius, its rival, raised $1 billion.";
    expect(money(t)).toEqual([
      ["CoreWeave", "valuation_usd", 23e9],
      ["Nebius", "round_size_usd", 1e9],
    ]);
  });
  it("'weighing a bid for a chip startup valued at $N': an unnamed company's value is not the bidder's", () => {
    const t = "Meta, which spent $14.3 billion on Scale AI, is now said to be weighing a bid for a chip startup valued at $4 billion.";
    expect(rows(t).filter(([, p]) => p === "valuation_usd")).toEqual([]);
  });
});

describe("round 5: headlines, respectively, negations and hypotheticals", () => {
  it("a headline with a round and a valuation", () => {
    const t = "Anthropic Raises $13 Billion at $183 Billion Valuation";
    expect(money(t)).toEqual([
      ["Anthropic", "round_size_usd", 13e9],
      ["Anthropic", "valuation_usd", 183e9],
    ]);
  });
  it("'A and B have invested $N and $M in C respectively, and D has put in $K'", () => {
    const t = "Amazon and Google have invested $8 billion and $3 billion in Anthropic respectively, and Microsoft has put in $5 billion.";
    const got = money(t);
    expect(got).toContainEqual(["Google -> Anthropic", "amount_usd", 3e9]);
    expect(got).toContainEqual(["Microsoft -> Anthropic", "amount_usd", 5e9]);
    expect(got).not.toContainEqual(["Amazon -> Anthropic", "amount_usd", 3e9]);
  });
  it("'X did not invest in the round, which valued Y at $N': only Y's valuation", () => {
    const t = "Google did not invest in the round, which valued xAI at $50 billion.";
    expect(money(t)).toEqual([["xAI", "valuation_usd", 50e9]]);
  });
  it("a denial in a quote gives no claim", () => {
    const t = "\"Nvidia did not invest $100 billion in OpenAI, and we have not agreed on terms,\" chief executive Jensen Huang said.";
    expect(money(t)).toEqual([]);
  });
  it("'Amazon has not committed the additional $4 billion': no claim", () => {
    expect(money("Amazon has not committed the additional $4 billion, a spokesperson said.")).toEqual([]);
  });
  it("'Investors including A and B, which each contributed about $N': the round is the raiser's", () => {
    const t = "xAI raised $6 billion from investors including Nvidia and AMD, which each contributed about $100 million.";
    expect(money(t)).toEqual([["xAI", "round_size_usd", 6e9]]);
  });
  it("a figure about another company in a 'whose' clause stays that company's", () => {
    const t = "Nvidia invested $1 billion in Nokia, whose market value is $40 billion, and $2 billion in Synopsys.";
    const got = money(t);
    expect(got).toContainEqual(["Nvidia -> Nokia", "amount_usd", 1e9]);
    expect(got.filter(([s, p]) => s === "Nvidia" && p !== "amount_usd")).toEqual([]);
  });
  it("'which could value OpenAI at $N, while Nvidia may put in $M'", () => {
    const t = "Microsoft is not expected to invest in the round, which could value OpenAI at $850 billion, while Nvidia may put in $30 billion.";
    expect(money(t)).toEqual([
      ["OpenAI", "valuation_usd", 850e9],
      ["Nvidia -> OpenAI", "amount_usd", 30e9],
    ]);
  });
});

describe("round 5: stakes and leaders", () => {
  it("'could see its stake valued at more than $N': a holding's worth is not the holder's valuation", () => {
    const t = "Google, which owns 14% of Anthropic, could see its stake valued at more than $50 billion if the round closes.";
    expect(rows(t).filter(([, p]) => p === "valuation_usd")).toEqual([]);
  });
  it("'X led the $N round': the leader's name is not the raiser's", () => {
    const t = "SoftBank led the $40 billion round, contributing $30 billion, while other investors, including Microsoft, supplied the rest.";
    expect(rows(t).filter(([s, p]) => s === "SoftBank" && p === "round_size_usd")).toEqual([]);
  });
});

describe("round 5: sums over several investors", () => {
  it("'A, B and C are investing a combined $N in D': no one investor's amount", () => {
    const t = "Nvidia, Microsoft and Amazon are investing a combined $15 billion in Anthropic.";
    expect(rows(t).filter(([, p]) => p === "amount_usd")).toEqual([]);
  });
});
