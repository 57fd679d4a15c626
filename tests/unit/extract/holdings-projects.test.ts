import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const has = (text: string, subject: string, property: string, value: number) =>
  claimsOf(text, "2026-03-01").some((c) => c.subject === subject && c.property === property && c.value === value);
const props = (text: string, subject: string) => claimsOf(text, "2026-03-01").filter((c) => c.subject === subject).map((c) => c.property);

describe("what a holding is worth", () => {
  it("a possessive stake worth an amount", () => {
    expect(has("Alphabet's stake in Helix Labs is now worth roughly $42 billion.", "Alphabet -> Helix Labs", "stake_value_usd", 42e9)).toBe(true);
  });
  it("an apposition after a stake percentage", () => {
    const t = "Samsung Electronics now owns about 18% of Corvane Systems, a stake valued at approximately $6 billion.";
    expect(has(t, "Samsung -> Corvane Systems", "stake_pct", 18)).toBe(true);
    expect(has(t, "Samsung -> Corvane Systems", "stake_value_usd", 6e9)).toBe(true);
    expect(claimsOf(t).some((c) => c.property.includes("valuation"))).toBe(false);
  });
  it("an investment's current worth and its share restated as a percentage", () => {
    const t = "Quill AI completed its restructuring on Monday. Intel's investment in the new company is valued at about $9 billion, representing roughly 12% on a diluted basis.";
    expect(has(t, "Intel -> Quill AI", "stake_value_usd", 9e9)).toBe(true);
    expect(has(t, "Intel -> Quill AI", "stake_pct", 12)).toBe(true);
  });
  it("a round's valuation is still a valuation", () => {
    expect(has("Nvidia invested $2 billion in Quill AI at a valuation of $40 billion.", "Quill AI", "valuation_usd", 40e9)).toBe(true);
  });
  it("shares worth an amount that are sold are no holding", () => {
    expect(claimsOf("Employees sold shares worth $3 billion to SoftBank.").some((c) => c.property.startsWith("stake_value"))).toBe(false);
  });
});

describe("stakes in ventures and by holders that are no company", () => {
  it("warrants stated as a share of the company", () => {
    const t = "Broadcom's 4GW deal with Perplexity came with warrants for up to 90 million Broadcom shares, or roughly 2% of the company.";
    expect(has(t, "Perplexity -> Broadcom", "stake_pct", 2)).toBe(true);
    expect(claimsOf(t).some((c) => c.property === "stock_change_pct")).toBe(false);
  });
  it("a share bought with stock is no round", () => {
    expect(claimsOf("Perplexity also picked up $200 million of Nebius stock ahead of the listing.").some((c) => c.property === "round_size_usd")).toBe(false);
  });
  it("shares of an unnamed joint venture are not stakes in a partner", () => {
    const t = "Corvane Systems raised $2 billion. Arden Capital will own 70% of the joint venture while Corvane Systems keeps the remaining 30%.";
    expect(claimsOf(t).some((c) => c.property === "stake_pct")).toBe(false);
  });
  it("'keeps' and 'of the company' after a deal", () => {
    const t = "Quill AI raised $3 billion from Oracle. Oracle keeps around 22% of the company.";
    expect(has(t, "Oracle -> Quill AI", "stake_pct", 22)).toBe(true);
  });
  it("holders that are not companies do not inherit the last investor", () => {
    const t = "Quill AI raised $3 billion from Oracle. Staff and early backers own the remaining 40%.";
    expect(claimsOf(t).some((c) => c.property === "stake_pct")).toBe(false);
  });
});

describe("subjects of money across clauses", () => {
  it("a relative clause's head invests, not a company named in the next clause", () => {
    const t = "Quill AI is also backed by Oracle, which has invested a total of $4 billion in the startup, and by Intel, which owns about 9% of the company.";
    expect(has(t, "Oracle -> Quill AI", "amount_usd", 4e9)).toBe(true);
    expect(claimsOf(t).some((c) => c.subject === "Intel -> Quill AI" && c.property === "amount_usd")).toBe(false);
  });
  it("a company named right before 'stake' receives, not one in a later clause", () => {
    expect(has("SoftBank seals $3bn Cohere stake as the lab also turns to Nvidia chips", "SoftBank -> Cohere", "amount_usd", 3e9)).toBe(true);
  });
  it("an adjective between 'into' and the recipient", () => {
    expect(has("Last week AMD said it would put $2 billion into embattled rival Intel.", "AMD -> Intel", "amount_usd", 2e9)).toBe(true);
  });
  it("a compute buyer is not a company named in a later clause", () => {
    const t = "Perplexity has grown fast. It agreed this month to buy $20 billion of computing power from Oracle, and last week Nvidia said it would invest $1 billion in Cohere.";
    expect(claimsOf(t).some((c) => c.subject === "Nvidia -> Oracle")).toBe(false);
  });
  it("'that would value it at' is the valuation of the company named before", () => {
    const t = "Cohere raised $500 million. The raise comes as rival Perplexity negotiates a share sale that would value it at $30 billion.";
    expect(has(t, "Perplexity", "valuation_usd", 30e9)).toBe(true);
    expect(has(t, "Cohere", "valuation_usd", 30e9)).toBe(false);
  });
  it("a market value that stands at an amount is the company's, not a lab's valuation", () => {
    const t = "Perplexity is a customer. Broadcom shares rose 2% to $350.10, adding $30 billion to a market value that now stands at about $1.6 trillion.";
    expect(has(t, "Broadcom", "market_cap_usd", 1.6e12)).toBe(true);
    expect(claimsOf(t).some((c) => c.property === "valuation_usd")).toBe(false);
  });
});

describe("debt, orders, compute contracts, capex and per-gigawatt money", () => {
  it("debt raised named after the amount", () => {
    expect(has("CoreWeave fell 2%. Investors are weighing the $9 billion of debt raised to build its Texas sites.", "CoreWeave", "debt_raised_usd", 9e9)).toBe(true);
  });
  it("a cloud contract named after the amount is no round", () => {
    const t = "Oracle fell 2%. Investors are weighing the $9 billion of debt raised to serve Meta's $20 billion, four-year cloud contract.";
    expect(claimsOf(t).some((c) => c.property === "round_size_usd")).toBe(false);
  });
  it("orders for named hardware worth an amount", () => {
    expect(has("Broadcom rose 1%. The company said Perplexity has placed orders for custom accelerator racks worth $4 billion.", "Perplexity -> Broadcom", "order_value_usd", 4e9)).toBe(true);
  });
  it("a hyphenated capital-spending forecast is capex, not a round", () => {
    const t = "Meta shares fell 4%. The social network raised its capital-spending forecast to about $70 billion.";
    expect(has(t, "Meta", "capex_usd", 70e9)).toBe(true);
    expect(claimsOf(t).some((c) => c.property === "round_size_usd")).toBe(false);
  });
  it("money per gigawatt", () => {
    const t = "AMD will invest up to $20 billion in Cohere. Under the plan, AMD puts in $4 billion for each gigawatt that comes online.";
    expect(has(t, "AMD -> Cohere", "amount_per_gw_usd", 4e9)).toBe(true);
    expect(has(t, "AMD -> Cohere", "amount_usd", 4e9)).toBe(false);
  });
});

describe("projects", () => {
  it("a named project is its own entity", () => {
    expect(has("Known as Project Larkspur, the campus will be built on 90 hectares with a total capacity of up to 600 megawatts.", "Project Larkspur", "capacity_gw", 0.6)).toBe(true);
  });
  it("a program's own spending plan in a relative clause", () => {
    const t = "The pact is separate from Stargate, the joint venture of SoftBank and Oracle, which aims to spend $200 billion on data centres.";
    expect(has(t, "Stargate", "planned_investment_usd", 200e9)).toBe(true);
    expect(props(t, "OpenAI -> Oracle")).toEqual([]);
  });
  it("a job title is no project", () => {
    expect(claimsOf("Project Manager Ana Ruiz said Quill AI raised $5 million.").some((c) => c.subject.startsWith("Project"))).toBe(false);
  });
});
