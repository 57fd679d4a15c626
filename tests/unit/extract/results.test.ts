import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const rows = (text: string, re: RegExp) => claimsOf(text).filter((c) => re.test(c.property)).map((c) => [c.subject, c.property, c.value]);

describe("results stories", () => {
  it("revenue that 'rose N% from a year earlier to' a figure, with its printed dollar conversion and the consensus", () => {
    const t = "Kallvik Cloud reported results on Thursday. Third-quarter revenue rose 38% from a year earlier to €820 million ($890 million), ahead of analysts' forecasts of €790 million.";
    expect(rows(t, /revenue_(?:eur|usd)$/)).toEqual([
      ["Kallvik Cloud", "quarterly_revenue_eur", 820e6],
      ["Kallvik Cloud", "quarterly_revenue_usd", 890e6],
      ["Kallvik Cloud", "consensus_quarterly_revenue_eur", 790e6],
    ]);
  });
  it("a period put first ('For the full year, revenue reached'), earnings per share and adjusted operating profit", () => {
    const t = "Kallvik Cloud reported results on Thursday. Earnings per share came to €0.27. For the full year, revenue reached €2.9 billion, while adjusted operating profit came to €340 million.";
    expect(rows(t, /^(?:eps|annual_revenue|adjusted_operating_profit)_/)).toEqual([
      ["Kallvik Cloud", "eps_eur", 0.27],
      ["Kallvik Cloud", "annual_revenue_eur", 2.9e9],
      ["Kallvik Cloud", "adjusted_operating_profit_eur", 340e6],
    ]);
  });
  it("an order book that swelled to a figure is the contracted backlog", () => {
    expect(only("Kallvik Cloud's order book swelled to six billion euros at the end of 2025.", "contracted_backlog_eur").subject).toBe("Kallvik Cloud");
  });
  it("a price target 'on the stock' is the listed company's, not the analysts' firm's", () => {
    const t = "Shares in Kallvik Cloud closed up 3% at €31.50. Analysts at Sundby Securities raised their price target on the stock to €40 from €36, citing a new Brixel AI contract.";
    expect(rows(t, /^price_target_/)).toEqual([
      ["Kallvik Cloud", "price_target_eur", 40],
      ["Kallvik Cloud", "price_target_eur", 36],
    ]);
  });
  it("revenue with its period after the figure ('had revenue of €85 million in 2025', 'in FY25'); a company's own forecast for a year is that year's revenue, as the gold names it", () => {
    const t = "Kallvik Cloud, which raised €200 million last year, had revenue of €64 million in 2025. Sundby Industries reported consolidated revenue of ₹3.1 lakh crore in FY25. Kallvik expects revenue of €150 million in 2027.";
    expect(rows(t, /revenue/)).toEqual([
      ["Kallvik Cloud", "annual_revenue_eur", 64e6],
      ["Sundby Industries", "annual_revenue_inr", 3.1e12],
      ["Kallvik Cloud", "annual_revenue_eur", 150e6],
    ]);
  });
  it("annualised revenue that 'climbed from $X … to $Y' gives both figures", () => {
    const t = "Quenta Labs shipped its second model. Its annualised revenue climbed from roughly $120 million at the end of 2024 to $700 million by December 2025.";
    expect(rows(t, /revenue/)).toEqual([
      ["Quenta Labs", "annualized_revenue_usd", 120e6],
      ["Quenta Labs", "annualized_revenue_usd", 700e6],
    ]);
  });
  it("a company that 'went from $X to $Y' with no metric named: its valuations", () => {
    const t = "How Quenta Labs Went From $900 Million to $30 Billion in Four Years\n\nQuenta Labs raised $300 million in 2022.";
    expect(rows(t, /valuation/)).toEqual([
      ["Quenta Labs", "valuation_usd", 9e8],
      ["Quenta Labs", "valuation_usd", 30e9],
    ]);
    expect(rows("Quenta Labs's revenue went from $90 million to $400 million.", /valuation/)).toEqual([]);
  });
});
