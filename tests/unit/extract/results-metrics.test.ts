import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const rows = (text: string, re: RegExp) => claimsOf(text).filter((c) => re.test(c.property)).map((c) => [c.subject, c.property, c.value, c.value_max]);

describe("market capitalisation", () => {
  it("market value, market cap and market capitalisation are one metric; a stock that tops a trillion-dollar mark is its market cap", () => {
    expect(only("Shares of Velmora Systems Inc. rose 3%, giving the company a market value of about $210 billion.", "market_cap_usd")).toMatchObject({ subject: "Velmora Systems", value: 210e9 });
    expect(only("Kestrel Software shares rose 2%, pushing its market capitalization above $3 trillion.", "market_cap_usd").value).toBe(3e12);
    expect(only("Kestrel Software Stock Tops $3 Trillion\n\nKestrel Software shares rose 2% on Tuesday.", "market_cap_usd").subject).toBe("Kestrel Software");
  });
  it("a gain added to the market value is a positive change, a loss wiped off it a negative one", () => {
    const t = "Velmora Systems shares closed up 12% at $88.10. The rally added about $40 billion to the company's market value, which now stands above $210 billion.";
    expect(rows(t, /^market_cap/)).toEqual([
      ["Velmora Systems", "market_cap_change_usd", 40e9, null],
      ["Velmora Systems", "market_cap_usd", 210e9, null],
    ]);
    expect(only("Tarvex Semiconductor Corp. fell 5%, wiping roughly $30 billion off its market value.", "market_cap_change_usd").value).toBe(-30e9);
    expect(only("Tarvex Semiconductor Corp. sheds $30 billion in value after a profit warning", "market_cap_change_usd").value).toBe(-30e9);
  });
  it("negative: money added to a company's cash or a fund is no market value change", () => {
    const t = "Tarvex Semiconductor Corp. added $3 billion to its cash pile and raised $2 billion in value-linked notes.";
    expect(claimsOf(t).some((c) => /^market_cap/.test(c.property))).toBe(false);
  });
});

describe("earnings lines, consensus and guidance", () => {
  const story = "Kestrel Software Inc. reported fiscal second-quarter results on Tuesday.\n\nHere's how the company did:\n\nEarnings per share: $0.88 adjusted vs. $0.80 expected\nRevenue: $4.41 billion vs. $4.30 billion expected\n\nFor the third quarter, Kestrel guided for revenue of about $4.7 billion, ahead of the $4.55 billion consensus.";
  it("an earnings line gives the figure and the analysts' figure after 'vs.'", () => {
    expect(rows(story, /eps|revenue/)).toEqual([
      ["Kestrel Software", "adjusted_eps_usd", 0.88, null],
      ["Kestrel Software", "consensus_eps_usd", 0.8, null],
      ["Kestrel Software", "quarterly_revenue_usd", 4.41e9, null],
      ["Kestrel Software", "consensus_quarterly_revenue_usd", 4.3e9, null],
      ["Kestrel Software", "quarterly_revenue_guidance_usd", 4.7e9, null],
      ["Kestrel Software", "consensus_quarterly_revenue_usd", 4.55e9, null],
    ]);
  });
  it("a consensus named after the figure, or what analysts had expected", () => {
    expect(only("Orvane Cloud Corp. said revenue climbed 20% to $2.2 billion, slightly below the $2.25 billion analysts had expected.", "consensus_quarterly_revenue_usd").value).toBe(2.25e9);
    expect(only("Orvane Cloud Corp. will report on Thursday. Analysts expect revenue of $2.3 billion.", "consensus_quarterly_revenue_usd").value).toBe(2.3e9);
  });
  it("a guided range and the earlier range it replaces; capex 'pegged at' and the figure it guided before", () => {
    const t = "Orvane Cloud Corp. now expects 2026 revenue of $3.1 billion to $3.3 billion, down from the $3.4 billion to $3.6 billion it forecast in May. Capex for the year is now pegged at $8 billion to $9 billion, versus the $10 billion to $11 billion it guided in May.";
    expect(rows(t, /guidance|capex/)).toEqual([
      ["Orvane Cloud", "annual_revenue_guidance_usd", 3.1e9, 3.3e9],
      ["Orvane Cloud", "annual_revenue_guidance_usd", 3.4e9, 3.6e9],
      ["Orvane Cloud", "capex_usd", 8e9, 9e9],
      ["Orvane Cloud", "capex_usd", 10e9, 11e9],
    ]);
    expect(only("Pellmark Devices Inc. cut its fourth-quarter revenue forecast to $1.2 billion.", "quarterly_revenue_guidance_usd").value).toBe(1.2e9);
  });
  it("negative: a guidance range is never read as reported revenue; an expectation without a period gives nothing", () => {
    const c = claimsOf("Orvane Cloud Corp. now expects 2026 revenue of $3.1 billion to $3.3 billion.");
    expect(c.some((x) => x.property === "annual_revenue_usd")).toBe(false);
    expect(claimsOf("Orvane Cloud Corp. guided for revenue of about $4 billion.").some((x) => /revenue/.test(x.property))).toBe(false);
  });
});

describe("segments, backlog, cash burn and revenue periods", () => {
  it("a segment's revenue with a quarter named, and its guidance for the current quarter", () => {
    const t = "Pellmark Devices Inc. said AI revenue in the quarter came in at $3.1 billion. The company said AI revenue will double to $6.2 billion in the current quarter. Pellmark's data-center revenue reached $9 billion last quarter.";
    expect(rows(t, /revenue/)).toEqual([
      ["Pellmark Devices", "quarterly_ai_revenue_usd", 3.1e9, null],
      ["Pellmark Devices", "quarterly_ai_revenue_guidance_usd", 6.2e9, null],
      ["Pellmark Devices", "quarterly_data_center_revenue_usd", 9e9, null],
    ]);
  });
  it("negative: a segment's revenue with no period named is left out", () => {
    expect(claimsOf("Pellmark Devices Inc. said its AI revenue reached $3.1 billion.").some((c) => /revenue/.test(c.property))).toBe(false);
  });
  it("backlog: contracted by default, a revenue backlog too; a segment's or a total backlog keep their names", () => {
    const t = "Pellmark Devices Inc. said its AI backlog stood at $40 billion, part of a total backlog of $95 billion. Pellmark's contracted backlog was $30 billion. Orvane Cloud Corp. reported a revenue backlog of $12.5 billion.";
    expect(rows(t, /backlog/)).toEqual([
      ["Pellmark Devices", "ai_backlog_usd", 40e9, null],
      ["Pellmark Devices", "backlog_usd", 95e9, null],
      ["Pellmark Devices", "contracted_backlog_usd", 30e9, null],
      ["Orvane Cloud", "contracted_backlog_usd", 12.5e9, null],
    ]);
  });
  it("cash burn per month or per quarter", () => {
    expect(only("Lumora AI has been burning roughly $400 million a month, according to people familiar.", "monthly_cash_burn_usd").value).toBe(4e8);
    expect(only("Orvane Cloud Corp. burned about $2 billion in the quarter as it built data centres.", "quarterly_cash_burn_usd").value).toBe(2e9);
  });
  it("revenue generated in a half year, a quarter or a year", () => {
    expect(only("Lumora AI generated $1.3 billion in revenue in the first half of 2025.", "half_year_revenue_usd").value).toBe(1.3e9);
    expect(only("Lumora AI booked $600 million of sales in the third quarter.", "quarterly_revenue_usd").value).toBe(6e8);
    expect(claimsOf("Lumora AI expects to generate $5 billion in revenue in 2027.").some((c) => /revenue/.test(c.property))).toBe(false);
  });
  it("run-rate revenue that grew from one figure to 'over' another gives both", () => {
    const t = "Lumora AI said its run-rate revenue grew from approximately $200 million at the start of the year to over $900 million in September.";
    expect(rows(t, /annualized_revenue/)).toEqual([
      ["Lumora AI", "annualized_revenue_usd", 2e8, null],
      ["Lumora AI", "annualized_revenue_usd", 9e8, null],
    ]);
  });
});

describe("named sites", () => {
  const t = "Velmora AI is raising $5 billion.\n- Titan, Velmora AI's first Ohio site, runs about 120,000 GPUs, according to its chief executive.\n- Titan 2, its second data center in Ohio, is designed to house some 300,000 Nvidia GB300 chips in its first phase and to draw more than 1 gigawatt of power.\n- Velmora AI now operates 400,000 GPUs.";
  it("a site introduced by name in apposition holds its own chips and power, not the company's", () => {
    expect(rows(t, /chip_count|power_gw/)).toEqual([
      ["Titan", "chip_count", 120000, null],
      ["Titan 2", "chip_count", 300000, null],
      ["Titan 2", "power_gw", 1, null],
      ["Velmora AI", "chip_count", 400000, null],
    ]);
  });
  it("'the campus' after a named site is that site", () => {
    const c = only("Velmora AI is raising $5 billion. Titan 2, its second data center in Ohio, will open in May. The campus is designed to scale to 1.4 GW by 2029.", "capacity_gw");
    expect(c.subject).toBe("Titan 2");
  });
  it("negative: with no site named, 'the campus' gives no company a figure", () => {
    expect(claimsOf("Velmora AI is raising $5 billion. The campus is designed to scale to 1.4 GW by 2029.").some((c) => c.property === "capacity_gw")).toBe(false);
    const place = claimsOf("Velmora AI is building in Abilene, Texas, its first campus. Texas will get 50,000 GPUs from Nvidia under the deal.");
    expect(place.some((c) => c.subject === "Texas" || c.subject === "Abilene")).toBe(false);
  });
});
