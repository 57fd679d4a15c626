import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property);
const has = (text: string, subject: string, property: string, value: number) =>
  expect(claimsOf(text, "2026-03-01").some((c) => c.subject === subject && c.property === property && c.value === value), `${subject} ${property} ${value} in: ${text}`).toBe(true);

describe("commitments split or changed (lib/extract/money-commitments.ts)", () => {
  it("reads an investor's own part and the part syndicated to co-investors", () => {
    const t = "Amazon invested $8 billion in Anthropic last year, of which $6 billion was its own and $2 billion was syndicated to co-investors.";
    has(t, "Amazon -> Anthropic", "direct_amount_usd", 6e9);
    has(t, "Amazon -> Anthropic", "syndicated_to_coinvestors_usd", 2e9);
    expect(find(t, "amount_usd").map((c) => c.value)).toEqual([8e9]);
  });
  it("reads 'of its own money' and a syndicated amount in a later sentence", () => {
    const t = "Nvidia agreed to back xAI this spring. Nvidia has now put $4 billion of its own money into xAI. Including $1.5 billion syndicated to co-investors, its total commitment reached $5.5 billion.";
    has(t, "Nvidia -> xAI", "direct_amount_usd", 4e9);
    has(t, "Nvidia -> xAI", "syndicated_to_coinvestors_usd", 1.5e9);
  });
  it("reads a commitment cut to a lower figure", () => {
    const t = "Google agreed to invest $12 billion in Anthropic. Google could have reduced its commitment to $9 billion.";
    has(t, "Google -> Anthropic", "reduced_commitment_usd", 9e9);
  });
  it("reads an employee share sale as the company's secondary sale", () => {
    has("Anthropic hits $350B valuation after $4.1B employee share sale", "Anthropic", "secondary_sale_usd", 4.1e9);
    has("Anthropic finished a share sale this week. The deal let current and former staff cash out about $4.1 billion worth of stock.", "Anthropic", "secondary_sale_usd", 4.1e9);
    expect(find("Anthropic hits $350B valuation after $4.1B employee share sale", "valuation_usd").map((c) => c.value)).toEqual([350e9]);
  });
  it("does not read a tender or an own valuation as a split", () => {
    expect(find("Anthropic let employees sell up to $900 million of stock in a tender offer.", "secondary_sale_usd")).toHaveLength(0);
    expect(find("Amazon invested $8 billion in Anthropic, which puts its own valuation at $60 billion.", "direct_amount_usd")).toHaveLength(0);
  });
});

describe("stakes held by a participle or a relative clause (lib/extract/stakes.ts, money-stakes.ts)", () => {
  it("reads 'with X holding a stake of N% worth $Y'", () => {
    const t = "xAI said on Monday it had finished its restructuring, with Nvidia holding a stake of roughly 11% worth about $25 billion.";
    has(t, "Nvidia -> xAI", "stake_pct", 11);
    has(t, "Nvidia -> xAI", "stake_value_usd", 25e9);
  });
  it("reads the antecedent of 'in which it owns' as the stake's company", () => {
    const t = "Google, for its part, keeps backing Anthropic, in which it owns a roughly 14% stake worth about $48 billion after the latest round.";
    has(t, "Google -> Anthropic", "stake_pct", 14);
    has(t, "Google -> Anthropic", "stake_value_usd", 48e9);
  });
  it("reads 'in which X holds a stake of N per cent'", () => {
    has("And then there is Lambda, in which Nvidia holds a stake of roughly 5 per cent.", "Nvidia -> Lambda", "stake_pct", 5);
  });
  it("gives a venture's remaining share to the party that keeps it", () => {
    const t = "Funds managed by Apollo Global Management will own 70% of the joint venture that owns the Abilene campus and Oracle will keep the remaining 30%.";
    has(t, "Apollo Global Management -> Abilene", "stake_pct", 70);
    has(t, "Oracle -> Abilene", "stake_pct", 30);
    expect(claimsOf(t, "2026-03-01").some((c) => c.subject === "Apollo Global Management -> Abilene" && c.value === 30)).toBe(false);
  });
});

describe("several investors (lib/extract/money-subjects.ts, properties.ts)", () => {
  it("reads a headline's comma pair as joint investors", () => {
    has("Google, Amazon to invest up to $20 billion in Anthropic as lab expands", "Google + Amazon -> Anthropic", "amount_usd", 20e9);
    // a fronted phrase is no pair
    expect(claimsOf("In a deal with Oracle, Nvidia to invest $2 billion in xAI", "2026-03-01").map((c) => c.subject)).toEqual(["Nvidia -> xAI"]);
  });
  it("reads 'the two companies … combined' and each investor's part after 'from'", () => {
    const t = "Google and Amazon announced a pact with Anthropic on Monday. The two companies will invest as much as $20 billion combined in Anthropic — up to $8 billion from Google and up to $12 billion from Amazon — as part of the pact.";
    has(t, "Google + Amazon -> Anthropic", "amount_usd", 20e9);
    has(t, "Google -> Anthropic", "amount_usd", 8e9);
    has(t, "Amazon -> Anthropic", "amount_usd", 12e9);
  });
  it("leaves 'the two companies' alone when no pair was named", () => {
    expect(find("The two companies will invest as much as $20 billion combined in the venture.", "amount_usd")).toHaveLength(0);
  });
});

describe("headline contracts, pledges into countries, generic openers", () => {
  it("reads a provider landing a customer's deal in title case", () => {
    has("Lambda Lands $2 Billion Microsoft AI Deal Weeks After Nvidia Pact", "Microsoft -> Lambda", "compute_commitment_usd", 2e9);
    expect(find("Lambda Lands $2 Billion Microsoft AI Deal Weeks After Nvidia Pact", "round_size_usd")).toHaveLength(0);
    // a round is still a round
    has("Lambda lands $480 million in Series D funding", "Lambda", "round_size_usd", 480e6);
  });
  it("reads money pledged into a country", () => {
    has("Amazon said it will invest £8bn in the UK over the next five years.", "Amazon -> UK", "amount_gbp", 8e9);
    has("Qatar pledged $500bn of investment in the US.", "Qatar -> US", "amount_usd", 500e9);
    // a company named first is the recipient
    has("Amazon will invest $3bn in Anthropic to grow its data centres in the US.", "Amazon -> Anthropic", "amount_usd", 3e9);
  });
  it("does not take a spending plan or a generic plural as a party", () => {
    expect(claimsOf("Meta plans to spend $300 billion in the U.S. through 2030.", "2026-03-01").some((c) => c.subject === "Meta -> US")).toBe(false);
    expect(claimsOf("Lenders led by Citi and Barclays have lined up a $20bn debt package for the campus.", "2026-03-01").some((c) => c.subject === "Lenders")).toBe(false);
  });
});

describe("lists and lead investors (lib/extract/money-lists.ts, money-wording.ts)", () => {
  it("reads a list of clouds under a commitments lead-in as the article's company's contracts", () => {
    const t = "Anthropic has signed up for a lot of compute.\n\nCommitments. The company now puts the total at about $200 billion. The main ones:\n\n- Google Cloud: $60 billion, starting in 2026\n- AWS: an additional $45 billion, signed in March\n- Nebius: $9 billion across two contracts\n";
    has(t, "Anthropic -> Google Cloud", "compute_commitment_usd", 60e9);
    has(t, "Anthropic -> AWS", "compute_commitment_usd", 45e9);
    has(t, "Anthropic -> Nebius", "total_compute_commitment_usd", 9e9);
  });
  it("leaves a list of non-clouds or without a compute lead-in alone", () => {
    const t = "Anthropic raised money from many backers.\n\nThe quarter in brief:\n\n- AWS: $45 billion, up 20%\n";
    expect(claimsOf(t, "2026-03-01").some((c) => c.property.includes("compute_commitment"))).toBe(false);
  });
  it("reads the leader's cheque in a round as its investment", () => {
    const t = "Reflection AI raised $2 billion in October. Sequoia Capital led the October round with a $400mn cheque.";
    expect(claimsOf(t, "2026-03-01").some((c) => c.property === "amount_usd" && c.value === 400e6 && c.subject.endsWith("-> Reflection AI"))).toBe(true);
    expect(claimsOf(t, "2026-03-01").some((c) => c.property === "round_size_usd" && c.value === 400e6)).toBe(false);
  });
});
