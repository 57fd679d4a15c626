import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, property: string) => claimsOf(text, "2026-02-10").filter((c) => c.property === property);

describe("first phases of capacity", () => {
  it("reads a first phase of a deal or a site", () => {
    const deal = find("Anthropic agreed to buy 3 gigawatts of Broadcom racks, starting with 500 MW in late 2027.", "first_phase_capacity_gw");
    expect(deal.map((c) => [c.subject, c.value])).toEqual([["Anthropic -> Broadcom", 0.5]]);
    const site = find("The first 300 megawatts of Project Lumen are expected to come online in 2027.", "first_phase_capacity_gw");
    expect(site.map((c) => [c.subject, c.value])).toEqual([["Project Lumen", 0.3]]);
  });
  it("does not read the first site of its kind as a phase", () => {
    const text = "Project Lumen was the first 1 GW campus in Portugal.";
    expect(find(text, "first_phase_capacity_gw")).toHaveLength(0);
    expect(find(text, "capacity_gw").map((c) => c.subject)).toEqual(["Project Lumen"]);
  });
});

describe("capacity a vendor supplies", () => {
  it("is the buyer -> vendor deal, the buyer from the sentence or the article", () => {
    const text = "Anthropic is shopping for chips. Weeks later Broadcom signed up to supply 2 gigawatts of custom accelerators.";
    const c = find(text, "capacity_gw");
    expect(c.map((x) => [x.subject, x.value, x.kind])).toEqual([["Anthropic -> Broadcom", 2, "investment"]]);
  });
  it("is dropped when no buyer is known", () => {
    expect(find("Broadcom signed up to supply 2 gigawatts of custom accelerators.", "capacity_gw")).toHaveLength(0);
  });
});

describe("programs and sites named together", () => {
  it("gives the figure to the program named right before it", () => {
    const text = "Oracle is a partner in Stargate, the giant U.S. project, and in Stargate Norway, a 230-megawatt campus near Narvik.";
    expect(find(text, "capacity_gw").map((c) => [c.subject, c.value])).toEqual([["Stargate Norway", 0.23]]);
  });
  it("gives a larger site's figure to that site, not the program inside it", () => {
    const text = "Stargate Norway will sit inside a planned 1-gigawatt Nordic Fjord AI campus near Narvik.";
    expect(find(text, "capacity_gw").map((c) => c.subject)).toEqual(["Nordic Fjord AI campus"]);
  });
  it("reads the bare program's campus as the national program the article names", () => {
    const text = "OpenAI and Aker to build 230-megawatt Stargate data center campus in Narvik\n\nThe site, to be known as Stargate Norway, will open in 2026.";
    expect(find(text, "capacity_gw").map((c) => c.subject)).toEqual(["Stargate Norway"]);
  });
});

describe("capital spending by its wording", () => {
  it("reads a spending plan in a sentence about capex, and capex after the figure", () => {
    const a = find("Alphabet said capital expenditures next year will rise sharply from this year, when it expects to spend $91 billion to $93 billion.", "capex_usd");
    expect(a.map((c) => [c.subject, c.value, c.value_max])).toEqual([["Alphabet", 91e9, 93e9]]);
    const b = find("Microsoft is guiding to $80-85 billion of capex this year.", "capex_usd");
    expect(b.map((c) => [c.value, c.value_max])).toEqual([[80e9, 85e9]]);
  });
  it("does not read spending on something else as capex", () => {
    expect(find("Alphabet said capital expenditures will rise, and it expects to spend $5 billion on buybacks.", "capex_usd")).toHaveLength(0);
  });
  it("reads the range a company gave earlier", () => {
    const c = find("Alphabet raised its 2025 capital expenditures forecast to $91 billion, up from the $85 billion range it gave in July.", "capex_usd");
    expect(c.map((x) => x.value)).toEqual([91e9, 85e9]);
  });
  it("gives an unnamed results figure to the article's company even after it invested in another", () => {
    const text = "Alphabet reported results. Alphabet shares rose. The company took a 14% stake in Anthropic last year. Alphabet beat estimates.\n\nRevenue for the third quarter came in at $102.3 billion.";
    expect(find(text, "quarterly_revenue_usd").map((c) => c.subject)).toEqual(["Alphabet"]);
  });
});

describe("sites named in apposition with their place", () => {
  it("reads a site that heads a sentence after data centres were mentioned", () => {
    const text = "The company is building giant data centers. Aurora, in Abilene, Texas, is slated to come online in 2027 with about 1.2 gigawatts of capacity.";
    expect(find(text, "capacity_gw").map((c) => [c.subject, c.value])).toEqual([["Aurora", 1.2]]);
  });
  it("does not take a company in that position for a site", () => {
    const text = "The company is building giant data centers. Oracle, in Austin, Texas, is expected to add 2 gigawatts of capacity.";
    expect(find(text, "capacity_gw").map((c) => c.subject)).not.toContain("Austin");
    expect(find(text, "capacity_gw").map((c) => c.subject)).not.toContain("Aurora");
  });
});

describe("a site that delivers capacity", () => {
  it("is no supply deal", () => {
    const t = "Google is financing its Borealis data center with private credit. Borealis, on a 900-acre plot, is designed to deliver more than 1.5 gigawatts by 2029.";
    expect(find(t, "capacity_gw").map((c) => c.subject)).toEqual(["Borealis"]);
  });
});

describe("a bare 'Shares fell' line", () => {
  it("is the share move of the company just spoken of", () => {
    const t = "Intel reported results on Wednesday. Intel beat estimates.\n- Shares fell about 4% on Thursday.";
    expect(find(t, "stock_change_pct").map((c) => [c.subject, c.value])).toEqual([["Intel", -4]]);
  });
  it("leaves 'Shares of X' to the company named", () => {
    const t = "Intel reported results on Wednesday. Shares of AMD fell about 4% on Thursday.";
    expect(find(t, "stock_change_pct").map((c) => c.subject)).toEqual(["AMD"]);
  });
});

describe("tax charges and national spending plans", () => {
  it("reads a tax charge before or after the figure", () => {
    expect(find("Alphabet said net income was hit by a one-time, non-cash tax charge of $8 billion.", "tax_charge_usd").map((c) => [c.subject, c.value])).toEqual([["Alphabet", 8e9]]);
    expect(find("Intel booked a $2 billion tax charge in the quarter.", "tax_charge_usd").map((c) => c.subject)).toEqual(["Intel"]);
  });
  it("reads a company's plan to spend in a country", () => {
    const c = find("Apple said it plans to invest $500 billion in the U.S. over the next four years.", "planned_investment_usd");
    expect(c.map((x) => [x.subject, x.value])).toEqual([["Apple", 5e11]]);
  });
  it("leaves an investment in a company to the deal rules", () => {
    const t = "Nvidia plans to invest $5 billion in Intel.";
    expect(find(t, "planned_investment_usd")).toHaveLength(0);
    expect(find(t, "amount_usd").map((c) => c.subject)).toEqual(["Nvidia -> Intel"]);
  });
});

describe("deal figures in a section headed by two companies", () => {
  const t = "Big AI deals, explained\n\n1. Broadcom and Anthropic\n\nThis one is huge: a contract worth $90 billion over five years, for roughly 3 gigawatts of capacity.\n\n2. Why it matters\n\nThe plan calls for 2 gigawatts more.";
  it("reads the section's pair, the lab buying", () => {
    expect(find(t, "capacity_gw").map((c) => [c.subject, c.value])).toEqual([["Anthropic -> Broadcom", 3]]);
  });
  it("does not read a sentence without deal words in such a section", () => {
    expect(find("Deals\n\n1. Broadcom and Anthropic\n\nPower in Texas costs more at 5 gigawatts.", "capacity_gw")).toHaveLength(0);
  });
});

describe("commitments, revenue this year and pay", () => {
  it("reads a total compute commitment and this year's revenue", () => {
    const t = "Anthropic has committed roughly $80 billion to compute over the next five years, against revenue of around $9 billion this year.";
    expect(find(t, "total_compute_commitment_usd").map((c) => [c.subject, c.value])).toEqual([["Anthropic", 8e10]]);
    expect(find(t, "annual_revenue_usd").map((c) => [c.subject, c.value])).toEqual([["Anthropic", 9e9]]);
  });
  it("gives a signing bonus to the company that offered it", () => {
    const t = "Google DeepMind chief Demis Hassabis said Microsoft had offered some of his researchers signing bonuses of $20 million.";
    expect(find(t, "signing_bonus_usd").map((c) => c.subject)).toEqual(["Microsoft"]);
  });
});

describe("an unnamed results figure right after the article's company invested", () => {
  it("is the article's company's, not the startup's", () => {
    const t = "Alphabet posted results on Tuesday. Alphabet said cloud grew. Alphabet shares rose. Alphabet has invested $3 billion in Anthropic. Operating income of $31.2 billion was weighed down by a legal charge.";
    const c = find(t, "quarterly_operating_income_usd").concat(find(t, "operating_income_usd"), find(t, "operating_profit_usd"));
    expect(c.map((x) => x.subject)).toEqual(["Alphabet"]);
  });
});

describe("shares that slipped or dipped", () => {
  it("are falls", () => {
    const t = "Arm Holdings raised its outlook.\n\nShares dipped about 2% in premarket trading Friday.";
    expect(find(t, "stock_change_pct").map((c) => [c.subject, c.value])).toEqual([["Arm", -2]]);
  });
});

describe("capacity a buyer gets access to", () => {
  it("is the last compute deal's", () => {
    const t = "Cohere would commit to spend $4 billion on Microsoft Azure. The startup could get access to up to 100,000 chips, or roughly 300 megawatts of capacity.";
    expect(find(t, "capacity_gw").map((c) => [c.subject, c.value])).toEqual([["Cohere -> Microsoft Azure", 0.3]]);
  });
});

describe("wealth changes with a title and contract revenue added", () => {
  it("reads a change to a titled person's wealth under the person's name", () => {
    const t = "The rally increased Nvidia Chief Executive Jensen Huang's fortune by about $12 billion on Friday.";
    expect(find(t, "wealth_change_usd").map((c) => [c.subject, c.value])).toEqual([["Jensen Huang", 12e9]]);
  });
  it("does not read a company's gain as a person's", () => {
    expect(find("The rally increased Nvidia's market value by about $120 billion.", "wealth_change_usd")).toHaveLength(0);
  });
  it("reads contract revenue a company added", () => {
    const t = "Microsoft said it added $80 billion in new contract revenue during the quarter.";
    expect(find(t, "contract_revenue_added_usd").map((c) => [c.subject, c.value])).toEqual([["Microsoft", 8e10]]);
  });
});

describe("remaining performance obligations and earlier forecasts", () => {
  it("reads RPO and its growth from one sentence", () => {
    const t = "Microsoft's remaining performance obligations jumped 51% from a year earlier to $392 billion.";
    expect(find(t, "remaining_performance_obligations_usd").map((c) => [c.subject, c.value])).toEqual([["Microsoft", 392e9]]);
    expect(find(t, "remaining_performance_obligations_growth_pct_yoy").map((c) => c.value)).toEqual([51]);
  });
  it("reads a hedged earlier forecast of the figure just given", () => {
    const t = "Alphabet now expects capex of about $91 billion for 2025, up from the more than $85 billion it had projected in July.";
    expect(find(t, "capex_usd").map((c) => [c.value, c.qualifier])).toEqual([[91e9, "about"], [85e9, "at least"]]);
  });
  it("does not read revenue growth as RPO growth", () => {
    expect(find("Microsoft's revenue jumped 18% from a year earlier to $77.7 billion.", "remaining_performance_obligations_growth_pct_yoy")).toHaveLength(0);
  });
});

describe("an amount that sizes a program", () => {
  it("reads 'the $N <program> venture' and an apposition", () => {
    expect(find("Oracle is a partner in the $100 billion Project Meridian venture.", "planned_investment_usd").map((c) => [c.subject, c.value])).toEqual([["Project Meridian", 1e11]]);
    expect(find("Oracle is a partner in Project Meridian, the $100 billion data-center project.", "planned_investment_usd").map((c) => c.subject)).toEqual(["Project Meridian"]);
  });
  it("does not read an investment in the program as its size", () => {
    expect(find("SoftBank committed $19 billion to Project Meridian.", "planned_investment_usd")).toHaveLength(0);
  });
});

describe("a year's revenue by its movement or a trailing period", () => {
  it("reads revenue that soared to a figure in a year, and its earlier value", () => {
    const t = "Lambda filed for an IPO. Its revenue soared to $425 million in 2024 from $250 million a year earlier.";
    expect(find(t, "annual_revenue_usd").map((c) => [c.subject, c.value])).toEqual([["Lambda", 425e6], ["Lambda", 250e6]]);
  });
  it("gives 'X, which reported $N in 2024 revenue' to X", () => {
    const t = "Microsoft backed Nebius, which reported $118 million in 2024 revenue.";
    expect(find(t, "annual_revenue_usd").map((c) => c.subject)).toEqual(["Nebius"]);
  });
  it("does not read a revenue forecast as the year's revenue", () => {
    expect(find("Nebius expects to report $1 billion in 2026 revenue.", "annual_revenue_usd")).toHaveLength(0);
  });
});
