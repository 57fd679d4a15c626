import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const rows = (text: string, re: RegExp) => claimsOf(text, "2026-02-05").filter((c) => re.test(c.property)).map((c) => [c.subject, c.property, Number(c.value.toPrecision(12))]);

describe("a business unit's results stay with the unit", () => {
  it("a cloud arm's backlog, revenue, operating income and growth are the arm's, not the parent's", () => {
    const t = "Amazon posted fourth-quarter earnings on Thursday. AWS's order backlog stood at $244 billion at the end of December. AWS posted operating income of $12.9 billion.";
    expect(rows(t, /backlog|operating/)).toEqual([
      ["AWS", "contracted_backlog_usd", 244e9],
      ["AWS", "quarterly_operating_income_usd", 12.9e9],
    ]);
    const rivals = "Alphabet reported third-quarter results. Amazon said revenue from its AWS cloud grew 22%, while Google Cloud revenue rose 31% to $17.1 billion.";
    expect(rows(rivals, /revenue/)).toEqual([
      ["AWS", "revenue_growth_pct_yoy", 22],
      ["Google Cloud", "revenue_growth_pct_yoy", 31],
      ["Google Cloud", "quarterly_revenue_usd", 17.1e9],
    ]);
  });
  it("'Revenue at <unit>, <apposition>, jumped N% to $X' and '<parent>'s cloud unit posted revenue growth of N%'", () => {
    const t = "Microsoft released second-quarter results. Revenue at Microsoft Azure, the group's fastest-growing business, climbed 39% to $28.4 billion.";
    expect(rows(t, /revenue/)).toEqual([
      ["Microsoft Azure", "revenue_growth_pct_yoy", 39],
      ["Microsoft Azure", "quarterly_revenue_usd", 28.4e9],
    ]);
    expect(rows("Google's cloud unit reported revenue growth of 28% in the second quarter.", /growth/)).toEqual([["Google Cloud", "revenue_growth_pct_yoy", 28]]);
  });
  it("'cloud infrastructure' revenue is the company's cloud arm's, with its growth after 'up'", () => {
    const t = "Oracle reported fiscal second-quarter results on Monday. Cloud infrastructure revenue in the quarter was $4.1 billion, up 68%.";
    expect(rows(t, /revenue/)).toEqual([
      ["Oracle Cloud Infrastructure", "quarterly_revenue_usd", 4.1e9],
      ["Oracle Cloud Infrastructure", "revenue_growth_pct_yoy", 68],
    ]);
  });
  it("negative: a company's own segment or its guidance is not moved to a unit or read as reported revenue", () => {
    const t = "Velmora Systems reported third-quarter results. Its software revenue rose 12% to $2.2 billion. For the fourth quarter, Velmora guided to revenue of $9 billion to $9.4 billion.";
    const props = claimsOf(t, "2026-02-05").map((c) => c.property);
    expect(props).not.toContain("quarterly_revenue_usd");
    expect(claimsOf(t, "2026-02-05").every((c) => !/AWS|Azure|Google Cloud/.test(c.subject))).toBe(true);
  });
});

describe("periods of results figures", () => {
  it("in a quarter's results story, revenue, net and operating income with no period named are the quarter's", () => {
    const t = "Velmora Systems shares rose after it reported third-quarter results.\n\nTotal revenue climbed 9% from a year earlier to $61.3 billion. Net income rose to $8.8 billion. Operating income of $10.2 billion was hurt by restructuring costs.";
    expect(rows(t, /revenue_usd|income/)).toEqual([
      ["Velmora Systems", "quarterly_revenue_usd", 61.3e9],
      ["Velmora Systems", "quarterly_net_income_usd", 8.8e9],
      ["Velmora Systems", "quarterly_operating_income_usd", 10.2e9],
    ]);
  });
  it("capital spending in the quarter is quarterly capex", () => {
    expect(rows("Velmora Systems reported quarterly results. Capital expenditures, mostly servers, came to $6.3 billion in the quarter.", /capex/)).toEqual([["Velmora Systems", "quarterly_capex_usd", 6.3e9]]);
  });
  it("negative: outside a results story a bare revenue figure gets no quarter", () => {
    const t = "Velmora Systems is a maker of storage gear. Net income rose to $1.1 billion.";
    expect(rows(t, /quarterly/)).toEqual([]);
  });
});

describe("revenue forecasts for named fiscal years", () => {
  it("a forecast to reach $X in fiscal YYYY, and bullets of further years under it, are those years' revenue", () => {
    const t = "Oracle said it now expects OCI revenue rising 70% to $19 billion in fiscal 2027, followed by:\n\n - $35 billion in fiscal 2028\n - $60 billion in fiscal 2029\n\nShares rose.";
    expect(rows(t, /annual_revenue/)).toEqual([
      ["Oracle Cloud Infrastructure", "annual_revenue_usd", 19e9],
      ["Oracle Cloud Infrastructure", "annual_revenue_usd", 35e9],
      ["Oracle Cloud Infrastructure", "annual_revenue_usd", 60e9],
    ]);
  });
  it("negative: bullets under a line that forecasts no revenue are not revenue", () => {
    const t = "Velmora Systems listed its debt maturities:\n\n - $3 billion in fiscal 2028\n - $4 billion in fiscal 2029\n";
    expect(rows(t, /revenue/)).toEqual([]);
  });
});

describe("chips a company will use from a chip-making cloud", () => {
  it("the user takes the chips from the cloud that makes them, even when a program runs them", () => {
    const t = "Trainium2 demand is strong. Mistral AI is expected to be running on more than 300,000 Trainium2 chips by mid-2026, mostly through Project Ceiba.";
    expect(claimsOf(t, "2026-02-05").filter((c) => c.property === "chip_count").map((c) => [c.subject, c.value])).toEqual([["Mistral AI -> AWS", 300000]]);
    expect(claimsOf("Anthropic will tap up to 400,000 TPUs next year.", "2026-02-05").filter((c) => c.property === "chip_count").map((c) => c.subject)).toEqual(["Anthropic -> Google Cloud"]);
  });
  it("negative: the cloud's own use of its chips is no such deal", () => {
    const t = "AWS will use 200,000 Trainium2 chips in its own data centers.";
    expect(claimsOf(t, "2026-02-05").some((c) => c.subject.includes("->") && c.property === "chip_count")).toBe(false);
  });
});
