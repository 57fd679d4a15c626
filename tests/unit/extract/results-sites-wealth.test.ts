import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const has = (text: string, subject: string, property: string, value: number, valueMax: number | null = null) => {
  const cs = claimsOf(text, "2026-02-10");
  const found = cs.find((c) => c.subject === subject && c.property === property && Math.abs(c.value - value) <= value * 0.001 && (valueMax === null || Math.abs((c.value_max ?? 0) - valueMax) <= valueMax * 0.001));
  expect(found, `${subject} ${property} ${value} in ${JSON.stringify(cs.map((c) => [c.subject, c.property, c.value]))}`).toBeTruthy();
  return found!;
};
const none = (text: string, pred: (c: { subject: string; property: string; value: number }) => boolean) => {
  const cs = claimsOf(text, "2026-02-10");
  expect(cs.filter(pred), JSON.stringify(cs.map((c) => [c.subject, c.property, c.value]))).toHaveLength(0);
};

describe("results: growth to an amount", () => {
  const story = "CoreWeave reported results on Monday. Second-quarter revenue jumped 207 per cent to $1.21bn, beating forecasts.";
  it("reads the growth and the quarterly revenue of '<period> revenue rose N per cent to $X'", () => {
    has(story, "CoreWeave", "revenue_growth_pct_yoy", 207);
    has(story, "CoreWeave", "quarterly_revenue_usd", 1.21e9);
  });
  it("reads analysts' average estimate for the quarter's revenue", () => {
    has("Oracle reported on Tuesday. Fourth-quarter total revenue rose 9% to $16.2 billion, above analysts' average estimate of $15.9 billion.", "Oracle", "consensus_quarterly_revenue_usd", 15.9e9);
  });
  it("reads revenue booked last quarter", () => {
    has("CoreWeave booked $1.4 billion of revenue last quarter, the company said.", "CoreWeave", "quarterly_revenue_usd", 1.4e9);
  });
  it("reads a listed giant 'valued at' trillions as its market value, not a private valuation", () => {
    has("Intel struck a deal with Microsoft, valued at about $3.9 trillion, on Thursday.", "Microsoft", "market_cap_usd", 3.9e12);
    none("OpenAI, valued at $500 billion, is private.", (c) => c.property === "market_cap_usd");
  });
  it("reads net income growing to an amount in the quarter", () => {
    const t = "Broadcom posted its results on Thursday. Net income climbed 40% to $9.2 billion in the quarter.";
    has(t, "Broadcom", "quarterly_net_income_usd", 9.2e9);
    has(t, "Broadcom", "net_income_growth_pct_yoy", 40);
  });
  it("reads a segment business growing to an amount", () => {
    const t = "AMD's data center business grew 22% to $4.3 billion, the chipmaker said.";
    has(t, "AMD", "quarterly_data_center_revenue_usd", 4.3e9);
    has(t, "AMD", "data_center_revenue_growth_pct_yoy", 22);
    has("AMD reported on Tuesday. The gaming segment posted $1.1 billion in sales, down from a year before.", "AMD", "quarterly_gaming_revenue_usd", 1.1e9);
  });
  it("reads revenue for the three months ended a date", () => {
    has("Oracle said on Monday that revenue for the three months ended June 30 rose 45% from a year earlier to $310 million.", "Oracle", "quarterly_revenue_usd", 3.1e8);
  });
  it("reads a net loss of a named year", () => {
    has("Oracle, which lost $2 billion last year, is cutting jobs.", "Oracle", "net_loss_usd", 2e9);
    none("Oracle lost $2 billion on the bond trade.", (c) => c.property.startsWith("net_loss"));
  });
  it("does not read a share move or a future segment figure as results", () => {
    none("AMD shares rose 4% to $160.20 on Friday.", (c) => /revenue/.test(c.property));
    none("Microsoft said its cloud business will grow to $10 billion in 2027.", (c) => /cloud_revenue/.test(c.property));
  });
  it("reads the lines of a by-the-numbers list", () => {
    const t = "Broadcom reported results on Thursday.\n\nBroadcom by the numbers\n- Revenue: $14.1 billion\n- Data center: $3.2 billion\n- Gross margin: 54.3%\n- Q3 gross margin outlook: 55%, plus or minus a point\n";
    has(t, "Broadcom", "quarterly_data_center_revenue_usd", 3.2e9);
    has(t, "Broadcom", "gross_margin_pct", 54.3);
    has(t, "Broadcom", "gross_margin_guidance_pct", 55);
  });
});

describe("sites and projects", () => {
  it("gives a site named before its site noun its capacity", () => {
    const t = "Google is financing its Borealis data center with private credit. Borealis, on a 900-acre plot, is designed to deliver more than 1.5 gigawatts by 2029 and could eventually scale to 3GW.";
    has(t, "Borealis", "capacity_gw", 1.5);
    has(t, "Borealis", "capacity_gw", 3);
  });
  it("does not take a place for a site name", () => {
    none("Oracle is expanding its Abilene campus in Abilene, Texas. Abilene, the company said, will reach 1.2 gigawatts.", (c) => c.subject === "Abilene");
  });
  it("gives 'the cluster' the program the article named before", () => {
    const t = "Google said Project Tidewater, the training cluster it built for xAI, is live. The cluster came online with about 200,000 TPUs, Google said, and is expected to grow past 400,000 TPUs next year.";
    has(t, "Project Tidewater", "chip_count", 200000);
    has(t, "Project Tidewater", "chip_count", 400000);
  });
  it("leaves a later clause's own subject its chips", () => {
    none("Project Tidewater went live in May with 200,000 TPUs, and xAI is expected to be using more than 400,000 TPUs by December.", (c) => c.subject === "Project Tidewater" && c.value === 400000);
  });
  it("reads contracted, connected and added power", () => {
    const t = "CoreWeave raised its target for contracted power to 3.1 gigawatts, of which it expects 900 megawatts to 1.2 gigawatts to be connected by December.";
    has(t, "CoreWeave", "contracted_power_gw", 3.1);
    const r = has(t, "CoreWeave", "connected_power_gw", 0.9, 1.2);
    expect(r.qualifier).toBe("range");
    has("Microsoft added more than 2 gigawatts of capacity in the past year.", "Microsoft", "capacity_added_gw", 2);
  });
  it("gives 'the two companies' gigawatts to the deal just reported", () => {
    const t = "xAI has agreed to buy $20 billion of computing capacity from Oracle over five years. In May, the two companies agreed to build 1.2 gigawatts of data center capacity as part of Stargate.";
    has(t, "xAI -> Oracle", "capacity_gw", 1.2);
  });
});

describe("valuation histories", () => {
  const t = "Anthropic Valuation Timeline: From $4 Billion to $183 Billion\n\nBy Staff | 5 min read\n\n1. May 2023: $4 Billion\n\nThe lab raised a Series C.\n\n2. September 2025: $183 Billion\n\nThe lab raised a Series F.\n";
  it("reads the headline's two amounts and each dated line as the company's valuation", () => {
    const vals = claimsOf(t, "2026-02-10").filter((c) => c.subject === "Anthropic" && c.property === "valuation_usd").map((c) => c.value);
    expect(vals.filter((v) => v === 4e9)).toHaveLength(2);
    expect(vals.filter((v) => v === 183e9)).toHaveLength(2);
  });
  it("reads a round that 'lifted that' to a new valuation", () => {
    const t2 = "xAI was valued at $50 billion in late 2024, and its May round lifted that to $80 billion.";
    has(t2, "xAI", "valuation_usd", 8e10);
    none(t2, (c) => c.property === "round_size_usd");
  });
  it("does not read dated lines without a valuation heading", () => {
    none("Microsoft capex by year\n\n1. 2024: $55 Billion\n2. 2025: $88 Billion\n", (c) => /valuation/.test(c.property));
  });
});

describe("wealth", () => {
  const t = "The rally lifted co-founder Jensen Huang's fortune by about $25 billion. Huang, who owns roughly 3.5% of Nvidia, was worth $150 billion on Friday, ahead of Sergey Brin's $140 billion. Huang's $25 billion gain was his largest ever.";
  it("reads a person's wealth change and net worth under the full name", () => {
    has(t, "Jensen Huang", "wealth_change_usd", 25e9);
    has(t, "Jensen Huang", "net_worth_usd", 150e9);
    has(t, "Sergey Brin", "net_worth_usd", 140e9);
    expect(claimsOf(t, "2026-02-10").filter((c) => c.subject === "Jensen Huang" && c.property === "wealth_change_usd")).toHaveLength(2);
  });
  it("does not read a company's gain as a person's wealth", () => {
    none("Nvidia's $25 billion gain in market value came on Friday.", (c) => /wealth|net_worth/.test(c.property));
    none("Nvidia was worth $4 trillion on Friday.", (c) => /wealth|net_worth/.test(c.property));
  });
});
