import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

/** Precision rules: a figure is a claim only when its subject and property are resolved with confidence. */
describe("teasers", () => {
  it("a 'Related:' or 'More from' line links to another story and states no claim", () => {
    const text = "Pantry AI raised $12 million from Birch Ventures.\n\nRelated: Why Quill Labs raised $300 million\nMore from Tech: Nimbus Labs valued at $2 billion";
    const cs = claimsOf(text);
    expect(cs.map((c) => c.value)).toEqual([12e6]);
  });
  it("an inline 'Read more:' teaser after a sentence is dropped too", () => {
    const cs = claimsOf("Pantry AI raised $12 million. Read more: Orbit Labs raises $50 million at $1 billion valuation");
    expect(cs.map((c) => c.value)).toEqual([12e6]);
  });
});

describe("pronouns and descriptions", () => {
  it("'the company' is the company the article is about, not a cloud named after a preposition", () => {
    const text = "Orbel AI signed on to spend $1 billion on Google Cloud over four years. The company now has 3 million daily users.";
    expect(only(text, "daily_user_count").subject).toBe("Orbel AI");
  });
  it("a bare 'it' with no company ever the subject of a sentence is left unresolved", () => {
    const cs = claimsOf("Demand for Nvidia GB200 racks is rising. It now counts 900 enterprise customers.");
    expect(cs.filter((c) => c.property === "enterprise_customer_count")).toHaveLength(0);
  });
});

describe("chips", () => {
  it("a chip named in apposition to 'its predecessor' is the baseline, not the subject", () => {
    const text = "The Brenna R4 accelerator has 160 GB of HBM3E. Brenna says it offers 3 times the throughput of its predecessor, the Brenna R3, and 25% lower energy use.";
    const cs = claimsOf(text);
    expect(cs.find((c) => c.property === "energy_reduction_pct")?.subject).toBe("Brenna R4");
    expect(cs.find((c) => c.property.startsWith("perf_multiple_vs_"))).toMatchObject({ subject: "Brenna R4", property: "perf_multiple_vs_brenna_r3", value: 3 });
  });
  it("'its' after a company means the company's, so a cost cut is not made a chip spec", () => {
    const text = "The H200 has 141 GB of HBM3e. Tallis Labs says its scheduler cuts training costs by 35%.";
    expect(claimsOf(text).filter((c) => c.property === "cost_reduction_pct")).toHaveLength(0);
  });
  it("a comparative 'lower' price is not a price cut", () => {
    expect(claimsOf("AMD's MI355X offers 288 GB of HBM3E, while its list price is 20% lower.").filter((c) => c.property === "price_cut_pct")).toHaveLength(0);
  });
});

describe("earlier values", () => {
  it("'up from $X' after a valuation is an earlier valuation of the same company", () => {
    const cs = claimsOf("The deal values Rennet Robotics at $900 million after the new money, up from $250 million at its previous round in 2023.");
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([
      ["Rennet Robotics", "post_money_valuation_usd", 900e6],
      ["Rennet Robotics", "valuation_usd", 250e6],
    ]);
  });
  it("'down from $X' with no figure of its own before it is dropped, not guessed", () => {
    const cs = claimsOf("Sales at Rennet Robotics slipped to a level analysts called weak, down from $80 million.");
    expect(cs).toHaveLength(0);
  });
  it("'to $X from $Y' in a price target gives both targets", () => {
    const cs = claimsOf("Analysts at Lark Securities lifted their price target on Oberon Semiconductor to $61 from $54.");
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([
      ["Oberon Semiconductor", "price_target_usd", 61],
      ["Oberon Semiconductor", "price_target_usd", 54],
    ]);
  });
});

describe("money that is not a deal of the article", () => {
  it("a fund's size is not a funding round", () => {
    expect(claimsOf("Wrenfield Capital closes $800 million third fund for AI startups.").filter((c) => c.property === "round_size_usd")).toHaveLength(0);
  });
  it("a round 'raised by' an unresolved name is not given to the article's company", () => {
    const text = "Tessel Robotics has raised $40 million in a Series B round. It beats the €30 million raised by Munich's Brandt Maschinen last year.";
    const rounds = claimsOf(text).filter((c) => c.property.startsWith("round_size"));
    expect(rounds.map((c) => [c.subject, c.value])).toEqual([["Tessel Robotics", 40e6]]);
  });
  it("'X, which raised $Y' is X's round, not the round of the sentence's subject", () => {
    const text = "Quarry AI has raised $120 million. The startup competes with Anthropic, which raised $13 billion in September.";
    const cs = claimsOf(text).filter((c) => c.property === "round_size_usd");
    expect(cs.map((c) => [c.subject, c.value])).toEqual([["Quarry AI", 120e6], ["Anthropic", 13e9]]);
  });
});

describe("orders and backers", () => {
  it("'won an order from X': X buys from the company of that clause", () => {
    const text = "Intel gained 2% on the news, and Kappa Networks, a cable maker, climbed 9% after winning a $300 million order from Oracle.";
    expect(only(text, "order_value_usd").subject).toBe("Oracle -> Kappa Networks");
  });
  it("an existing backer that 'put in' money invests in the round's company", () => {
    const text = "Finch Labs raised $50 million led by Harlow Capital. Harlow put in $30 million. Dune Ventures, an existing backer, put in $10 million.";
    expect(claimsOf(text).filter((c) => c.property === "amount_usd").map((c) => c.subject)).toEqual(["Harlow Capital -> Finch Labs", "Dune Ventures -> Finch Labs"]);
  });
});

describe("market moves and company results", () => {
  it("'Nvidia fell 3%' in a story about shares is a stock move, signed", () => {
    const text = "Chip shares had a rough day. Nvidia fell 3.1%, while AMD dropped 2% and Intel rose 0.8%.";
    const cs = claimsOf(text).filter((c) => c.property === "stock_change_pct");
    expect(cs.map((c) => [c.subject, c.value])).toEqual([["Nvidia", -3.1], ["AMD", -2], ["Intel", 0.8]]);
  });
  it("growth 'year on year' after revenue is revenue growth, not a share move", () => {
    const cs = claimsOf("Ostra Cloud reported third-quarter revenue of $640 million, up 35% year on year.");
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([
      ["Ostra Cloud", "quarterly_revenue_usd", 640e6],
      ["Ostra Cloud", "revenue_growth_pct_yoy", 35],
    ]);
  });
  it("full-year revenue with no company named belongs to the article's company; forecasts are left out", () => {
    const text = "Ostra Cloud reported a loss. Full-year revenue came in at $2.2 billion. It cut its revenue forecast to $2.5 billion.";
    const cs = claimsOf(text);
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([["Ostra Cloud", "annual_revenue_usd", 2.2e9]]);
  });
  it("contracted backlog", () => {
    expect(only("Ostra Cloud said contracted backlog reached $9 billion.", "contracted_backlog_usd").subject).toBe("Ostra Cloud");
  });
  it("an unknown '... Cloud' company is a cloud: a lab's contract with it is a compute commitment", () => {
    const text = "Meta, which signed a $2 billion contract for Ostra Cloud capacity in May, is its largest customer.";
    expect(only(text, "compute_commitment_usd").subject).toBe("Meta -> Ostra Cloud");
  });
  it("a supplier's own campus is not the last deal's capacity", () => {
    const text = "Helio AI agreed to spend $5 billion on Oracle compute. Separately, delays hit the 2 gigawatt campus Oracle is building in Ohio.";
    const gw = claimsOf(text).filter((c) => c.property === "capacity_gw");
    expect(gw.map((c) => c.subject)).not.toContain("Helio AI -> Oracle");
  });
});
