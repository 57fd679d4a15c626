import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const has = (text: string, subject: string, property: string, value: number, valueMax: number | null = null) => {
  const c = claimsOf(text).find((x) => x.subject === subject && x.property === property && x.value === value);
  expect(c, `${subject} ${property} ${value} in: ${text}`).toBeDefined();
  if (valueMax !== null) expect(c!.value_max).toBe(valueMax);
  return c!;
};
const none = (text: string, property: RegExp) => expect(claimsOf(text).filter((c) => property.test(c.property))).toEqual([]);

describe("debt: loans, bonds, notes", () => {
  it("reads a loan, bonds and notes as debt raised", () => {
    has("Nebius reported a loss. It also took out a $900m loan from a group of lenders in May.", "Nebius", "debt_raised_usd", 9e8);
    has("Meta sold $25bn of bonds last week to fund its data centres.", "Meta", "debt_raised_usd", 25e9);
    has("In June Oracle issued $4 billion of senior unsecured notes.", "Oracle", "debt_raised_usd", 4e9);
    has("CoreWeave priced a $2 billion bond offering on Tuesday.", "CoreWeave", "debt_raised_usd", 2e9);
  });
  it("reads the debt a company carries as total debt", () => {
    has("Oracle carries about $100 billion of debt.", "Oracle", "total_debt_usd", 1e11);
  });
  it("names the lender of a loan from a named lender, and its rate", () => {
    const text = "Corvane Labs builds chips. The fab was paid for with a €400 million loan from Helvion Bank, a state development bank, at 2.8 percent.";
    has(text, "Helvion Bank -> Corvane Labs", "loan_amount_eur", 4e8);
    has(text, "Helvion Bank -> Corvane Labs", "debt_interest_rate_pct", 2.8);
  });
  it("reads an interest rate after debt raised", () => {
    has("Nebius raised $1 billion of debt in March at about 7.5 percent.", "Nebius", "debt_interest_rate_pct", 7.5);
  });
  it("does not read repaid debt or cash as borrowing", () => {
    none("CoreWeave repaid a $2 billion loan in April.", /debt|loan/);
    none("Nebius has $3 billion in cash.", /debt|loan/);
  });
});

describe("revenue: ARR and periods around the figure", () => {
  it("reads annual recurring revenue", () => {
    has("Pellor Labs said annual recurring revenue passed $35 million in May.", "Pellor Labs", "annual_recurring_revenue_usd", 35e6);
    has("Pellor Labs said its ARR is now $35 million.", "Pellor Labs", "annual_recurring_revenue_usd", 35e6);
  });
  it("reads the period written after the word or after the figure", () => {
    has("CoreWeave reported revenue of $1.2 billion for the second quarter.", "CoreWeave", "quarterly_revenue_usd", 1.2e9);
    has("Nebius's revenue last year was $600 million.", "Nebius", "annual_revenue_usd", 6e8);
    has("CoreWeave said revenue for the third quarter was $1.4 billion.", "CoreWeave", "quarterly_revenue_usd", 1.4e9);
  });
  it("leaves forecasts and segments alone", () => {
    // a company's forecast of a quarter is its guidance, not its revenue
    none("CoreWeave expects revenue of $1.5 billion for the fourth quarter.", /^(?:quarterly|annual)_revenue_usd$/);
    none("Nvidia said gaming revenue was $4 billion for the second quarter.", /^quarterly_revenue/);
  });
  it("reads a backlog that has grown, or is named after the figure", () => {
    has("CoreWeave said its backlog had grown to $55 billion.", "CoreWeave", "contracted_backlog_usd", 55e9);
  });
});

describe("investor lists", () => {
  const text = [
    "Pellor Labs has closed a $900 million Series C.",
    "",
    "Investors in the round:",
    "- Nvidia: $300 million",
    "- Harlan Ridge Capital: $200 million",
    "- Brisk Harbor and Tallis Growth: $100 million combined",
    "- Valuation: $6 billion",
  ].join("\n");
  it("reads each line as that investor's amount in the round", () => {
    has(text, "Nvidia -> Pellor Labs", "amount_usd", 3e8);
    has(text, "Harlan Ridge Capital -> Pellor Labs", "amount_usd", 2e8);
    has(text, "Brisk Harbor + Tallis Growth -> Pellor Labs", "amount_usd", 1e8);
  });
  it("does not read generic lines or lists without a lead-in as investors", () => {
    expect(claimsOf(text).filter((c) => c.subject.startsWith("Valuation"))).toEqual([]);
    none("Segment results:\n- Nvidia: $300 million\n- AMD: $200 million", /^amount_/);
  });
});

describe("other currencies, orders and stakes", () => {
  it("reads won with the article's dollar conversion", () => {
    const text = "SoftBank will invest 2 trillion won ($1.4 billion) in OpenAI.";
    has(text, "SoftBank -> OpenAI", "amount_krw", 2e12);
    has(text, "SoftBank -> OpenAI", "amount_usd", 1.4e9);
  });
  it("does not read the verb 'won' as a currency", () => {
    none("Samsung won 3 billion contracts? No: Samsung won the bid for 2,000 servers.", /_krw$/);
  });
  it("prices an order for chips in the clause after it", () => {
    has("Tarsier Cloud placed an order for 20,000 Nvidia Blackwell GPUs, worth about €700 million, last week.", "Tarsier Cloud -> Nvidia", "order_value_eur", 7e8);
  });
  it("reads a stake held in an absolute clause", () => {
    has("Daewon Labs will put $1 billion into OpenAI for a 5% stake, with Microsoft holding the remaining 27%.", "Microsoft -> OpenAI", "stake_pct", 27);
  });
  it("reads an earlier range given as 'previously'", () => {
    has("Nebius raised its capex guidance to $5 billion to $6 billion, from $3 billion to $4 billion previously.", "Nebius", "capex_usd", 3e9, 4e9);
  });
  it("gives a one-word company the full name the article writes", () => {
    const c = only("SoftBank set up Kitakaze Compute with Korea's Hanbit Dataworks. Hanbit, a Seoul-based operator, will contribute $2 billion to Kitakaze Compute.", "amount_usd");
    expect(c.subject).toBe("Hanbit Dataworks -> Kitakaze Compute");
  });
});
