import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const has = (text: string, property: string, value: number, subject?: string) => {
  const found = claimsOf(text).filter((c) => c.property === property && c.value === value);
  expect(found, `${property}=${value} in: ${text}`).toHaveLength(1);
  if (subject) expect(found[0].subject).toBe(subject);
};
const none = (text: string, re: RegExp) => expect(claimsOf(text).filter((c) => re.test(c.property)).map((c) => `${c.property}=${c.value}`)).toEqual([]);

describe("results growth without an amount after it", () => {
  it("reads a profit or revenue move with no amount, a noun of growth and a move from a prior figure", () => {
    has("Micron reported its fiscal fourth-quarter results. Micron Profit Soars 61% on Memory Demand", "net_income_growth_pct_yoy", 61, "Micron");
    has("Marvell reported fiscal second-quarter results on Thursday. Marvell posted a 27% rise in quarterly revenue.", "revenue_growth_pct_yoy", 27, "Marvell");
    has("Samsung reported third-quarter results. Samsung said net profit rose 21% year over year, beating forecasts.", "net_income_growth_pct_yoy", 21, "Samsung");
    has("Marvell reported fiscal second-quarter results. Sales grew 58%, the chipmaker said.", "revenue_growth_pct_yoy", 58, "Marvell");
    has("Micron reported fourth-quarter results. Revenue climbed 46% from $7.75 billion in the year-ago quarter.", "revenue_growth_pct_yoy", 46, "Micron");
  });
  it("keeps forecasts, segments and operating profit out", () => {
    none("Micron reported fourth-quarter results. Analysts expect revenue to rise 15% next year.", /growth/);
    none("Marvell reported second-quarter results. The company forecast a 10% rise in revenue.", /growth/);
    none("Samsung reported third-quarter results. Operating profit rose 32%.", /growth/);
  });
});

describe("a results figure's year-earlier value after 'from'", () => {
  it("reads the earlier quarter's revenue or net income", () => {
    has("Micron reported fourth-quarter results. Revenue climbed 46% from $7.75 billion in the year-ago quarter.", "quarterly_revenue_usd", 7.75e9, "Micron");
    has("Marvell reported second-quarter results. Net income jumped 40% from $210 million in the same quarter last year.", "quarterly_net_income_usd", 2.1e8, "Marvell");
    has("Samsung reported third-quarter results. Sales rose 9% from €6.1 billion in the prior-year period.", "quarterly_revenue_eur", 6.1e9, "Samsung");
  });
  it("gives no claim for an amount after 'from' with no earlier period named", () => {
    none("Micron reported fourth-quarter results. Revenue climbed 46% from $7.75 billion.", /revenue_usd$/);
  });
});

describe("cash burn by period", () => {
  it("names a cumulative, half-year or full-year burn", () => {
    has("Cohere expects to burn $9 billion in cash through 2028, according to people familiar.", "cumulative_cash_burn_usd", 9e9, "Cohere");
    has("Perplexity said it would burn about $3 billion of cash by the end of 2027.", "cumulative_cash_burn_usd", 3e9, "Perplexity");
    has("Mistral AI generated $180 million in revenue in the first half of 2025 and burned $400 million in cash over the same period.", "half_year_cash_burn_usd", 4e8, "Mistral AI");
    has("Cohere burned $250 million of cash in the first half, the filing shows.", "half_year_cash_burn_usd", 2.5e8, "Cohere");
    has("Perplexity expects sales of about $600 million for the full year, while its cash burn is projected at about $1.2 billion.", "annual_cash_burn_usd", 1.2e9, "Perplexity");
  });
  it("keeps an unqualified burn as cash_burn", () => {
    const c = only("Cohere burned about $700 million in cash last year.", "cash_burn_usd");
    expect(c.value).toBe(7e8);
  });
});

describe("a company's forecast of a year's revenue", () => {
  it("reads single-figure forecasts for a named year", () => {
    has("Perplexity expects revenue of around $650 million for the full year, people familiar said.", "annual_revenue_usd", 6.5e8, "Perplexity");
    has("Cohere has projected revenue as high as $2 billion in 2027.", "annual_revenue_usd", 2e9, "Cohere");
    has("Investors backed Mistral AI, which is on track for $500 million in revenue this year.", "annual_revenue_usd", 5e8, "Mistral AI");
    has('Cohere would book "well more than $300 million" in revenue this year, its chief said.', "annual_revenue_usd", 3e8, "Cohere");
    has("Perplexity is targeting $1 billion in sales for 2026.", "annual_revenue_usd", 1e9, "Perplexity");
  });
  it("leaves run rates, per-year contract revenue and analysts' expectations alone", () => {
    none("Cohere expects the contract to bring in $200 million a year.", /^annual_revenue/);
    none("Perplexity expects to exit 2025 above $1 billion in annualized revenue run rate.", /^annual_revenue/);
    none("Analysts expect Cohere to post revenue of $400 million this year.", /^annual_revenue/);
  });
});

describe("a quarter's capital spending and a program's size", () => {
  it("reads capex in a named fiscal quarter as the quarter's", () => {
    has("Alphabet reported results. Capital expenditures hit $24 billion in its fiscal third quarter alone.", "quarterly_capex_usd", 24e9, "Alphabet");
    has("Meta reported results. Capital spending reached $19.4 billion in the second quarter.", "quarterly_capex_usd", 19.4e9, "Meta");
  });
  it("sizes a program named right after its amount, with a noun of two words", () => {
    has("SoftBank promised a lot, including the $500 billion Stargate data-center venture.", "planned_investment_usd", 5e11, "Stargate");
    has("Investors backed the $40 billion Stargate AI infrastructure project.", "planned_investment_usd", 4e10, "Stargate");
    none("He toured the $20 billion Stargate campus in Texas.", /planned_investment/);
  });
  it("does not give a job count to a program the article names only later", () => {
    const t = "Cohere said it will spend $5 billion on data centers in Canada. The project is expected to create about 600 permanent jobs. Separately, Amazon trains models at Project Rainier.";
    expect(claimsOf(t).filter((c) => /job/.test(c.property) && c.subject === "Project Rainier")).toEqual([]);
  });
});

describe("the buyer of a capacity deal in a sentence opened by 'It'", () => {
  it("is the previous sentence's subject, not the article's last buyer", () => {
    has("Mistral AI signed a deal with Nvidia in June. Cohere, for its part, has been adding capacity. It has signed more than $2 billion of cloud deals, including a $900 million, 200-megawatt agreement with CoreWeave this month.", "capacity_gw", 0.2, "Cohere -> CoreWeave");
    has("Perplexity signed a deal with Oracle in May. Cohere has been adding capacity. It also agreed to a 300-megawatt contract with Lambda in July.", "capacity_gw", 0.3, "Cohere -> Lambda");
  });
  it("leaves a supplier's own capacity alone", () => {
    none("Mistral AI signed a deal with Nvidia in June. Cohere has been stacking up compute. CoreWeave said its own fleet tops 1.3 gigawatts of power.", /^capacity_gw$/);
  });
});
