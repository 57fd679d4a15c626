import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const pick = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property).map((c) => [c.subject, c.value]);

describe("round shorthand (lib/extract/money-rounds.ts)", () => {
  it("reads the figure after 'round at' as the raising company's valuation, not the joiner's round", () => {
    const t = "Lumora, the robotics startup, raised $40 million in 2023 at a $300 million valuation. A year later Sequoia Capital’s growth fund joined a $120 million round at $1.4 billion.";
    expect(pick(t, "round_size_usd")).toEqual([["Lumora", 40e6], ["Lumora", 120e6]]);
    expect(pick(t, "valuation_usd")).toEqual([["Lumora", 300e6], ["Lumora", 1.4e9]]);
  });

  it("reads an amount led by an investor at a price, an extension at a price, and a raise that lifted it", () => {
    const t = "Orbital Labs raised $50 million last year. The round that closed in June was bigger: $400 million led by Greylock at $6 billion, before the latest raise lifted it to $9 billion. In May the startup tacked on a $75 million extension at $10 billion.";
    expect(pick(t, "round_size_usd")).toEqual([["Orbital Labs", 50e6], ["Orbital Labs", 400e6], ["Orbital Labs", 75e6]]);
    expect(pick(t, "valuation_usd")).toEqual([["Orbital Labs", 6e9], ["Orbital Labs", 9e9], ["Orbital Labs", 10e9]]);
  });

  it("gives a valuation 'of just over' a figure to the valuation, not to the round before it", () => {
    const t = "Halvex raised $30 million in March. By June it was a unicorn, pulling in $45 million at a valuation of just over $1 billion.";
    expect(pick(t, "round_size_usd")).toEqual([["Halvex", 30e6], ["Halvex", 45e6]]);
    expect(pick(t, "valuation_usd")).toEqual([["Halvex", 1e9]]);
  });

  it("reads all raised since the founding as total funding", () => {
    expect(pick("Orbital Labs has raised about $700 million since its 2021 founding.", "total_funding_usd")).toEqual([["Orbital Labs", 700e6]]);
  });

  it("does not read a smaller second figure, or a per-share price, as a valuation", () => {
    expect(pick("Orbital Labs raised $200 million at $100 million.", "valuation_usd")).toEqual([]);
    expect(pick("Orbital Labs agreed to sell $90 million of shares to its staff at $12 each.", "valuation_usd")).toEqual([]);
  });

  it("leaves a pre-money valuation after 'funding at' to the valuation rules", () => {
    const c = claimsOf("Corvane is raising about $3 billion in equity funding at a $40 billion pre-money valuation.", "2026-03-01");
    expect(c.filter((x) => x.property === "valuation_usd")).toEqual([]);
    expect(c.some((x) => x.property === "pre_money_valuation_usd" && x.value === 40e9)).toBe(true);
  });
});

describe("parties of rounds told in shorthand", () => {
  it("gives a bullet's round to the company its heading names", () => {
    const t = "My notes on the labs\n\n**Orbital Labs**\n- raised $90M in 2023\n\n**xAI (Musk)**\n- $300M seed at a $2B valuation, Greylock led\n\n**Orbital Labs**\n- €90M seed, then €250M at ~€1.5B in 2024\n";
    expect(pick(t, "round_size_usd")).toEqual([["Orbital Labs", 90e6], ["xAI", 300e6]]);
    expect(pick(t, "valuation_usd")).toEqual([["xAI", 2e9]]);
    expect(pick(t, "round_size_eur")).toEqual([["Orbital Labs", 90e6], ["Orbital Labs", 250e6]]);
    expect(pick(t, "valuation_eur")).toEqual([["Orbital Labs", 1.5e9]]);
  });

  it("does not give a bullet's round to a heading that names two companies", () => {
    const t = "Orbital Labs raised $90M in 2023.\n\n**xAI / Anthropic**\n- $300M seed at a $2B valuation\n";
    expect(pick(t, "round_size_usd").filter(([s]) => s === "xAI" || s === "Anthropic")).toEqual([]);
  });

  it("reads 'the $X [that] Investor has invested in the company' with the investor after the amount", () => {
    const t = "Halvex raised $500 million this week. That includes the $2 billion Nvidia has invested in the company, as well as money from Microsoft, which agreed in May to put in another $300 million.";
    const a = pick(t, "amount_usd");
    expect(a).toEqual([["Nvidia -> Halvex", 2e9], ["Microsoft -> Halvex", 300e6]]);
  });

  it("does not value the company as a backer named only as having invested", () => {
    const t = "Orbital Labs raised $2 billion in April at a $30 billion valuation. Alphabet and Nvidia also invested. The company had been valued at $5 billion when it raised $1 billion last year.";
    expect(pick(t, "valuation_usd")).toEqual([["Orbital Labs", 30e9], ["Orbital Labs", 5e9]]);
  });

  it("gives the portions and valuation of a round led by an investor to the raising company", () => {
    const t = "Orbital Labs raised €50 million in 2023. Its largest round closed in 2024: €600 million, of which €500 million in equity and €100 million in debt, led by Greylock Partners, at a valuation of €4 billion.";
    const c = claimsOf(t, "2026-03-01");
    expect(c.filter((x) => /portion|valuation/.test(x.property)).map((x) => x.subject)).toEqual(["Orbital Labs", "Orbital Labs", "Orbital Labs"]);
  });

  it("does not read a gain on an investment as money invested", () => {
    const c = claimsOf("Amazon's profit was helped by a $9.5 billion pre-tax gain from its investment in Anthropic.", "2026-03-01");
    expect(c.filter((x) => x.property === "amount_usd")).toEqual([]);
  });
});
