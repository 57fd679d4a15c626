import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const rows = (text: string) => claimsOf(text).map((c) => [c.subject, c.property, c.value]);

describe("an unknown company introduced with an apposition", () => {
  it("'X, a Denver rival founded by former bankers, closed a $N Series A': X's round, not the article's company", () => {
    const t = "Brisket Labs raised a $50 million Series B. Quorra Mesh, a Denver rival founded by former bankers, closed a $20 million Series A at a $140 million valuation.";
    expect(rows(t)).toEqual([
      ["Brisket Labs", "round_size_usd", 50e6],
      ["Quorra Mesh", "round_size_usd", 20e6],
      ["Quorra Mesh", "valuation_usd", 140e6],
    ]);
  });
  it("'Its closest rival, X, was valued at': the rival named after the comma", () => {
    const t = "Brisket Labs raised a $50 million Series B. Its closest rival, Quorra Mesh, was valued at about $90 million in March.";
    expect(only(t, "valuation_usd")).toMatchObject({ subject: "Quorra Mesh", value: 90e6 });
  });
});

describe("stakes and pronouns after an amount", () => {
  it("'owns about 8% of the company': the company raising, not a name met in passing", () => {
    const t = "Brisket Labs raised a $50 million Series B led by Orrin Capital. Nvidia's venture arm and Tollan Cloud joined the round. Orrin put in $20 million and now owns about 8% of the company.";
    expect(only(t, "stake_pct")).toMatchObject({ subject: "Orrin Capital -> Brisket Labs", value: 8 });
  });
  it("'X committed to spend $A on Y, while Z agreed to invest up to $B in it and W up to $C': it = X", () => {
    const t = "Ostrel Labs committed to spend $3bn on Tollan Cloud capacity, while Brill Capital agreed to invest up to $500 million in it and Zentro Capital up to $200 million.";
    const amounts = claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => [c.subject, c.value]);
    expect(amounts).toEqual([
      ["Brill Capital -> Ostrel Labs", 500e6],
      ["Zentro Capital -> Ostrel Labs", 200e6],
    ]);
  });
});

describe("money that is not a round or a valuation", () => {
  it("'the Series B drew more than $150 million in investor demand': demand, not the round's size", () => {
    const t = "Brisket Labs raised a $50 million Series B. CEO Mia Tran said the Series B drew more than $150 million in investor demand.";
    expect(only(t, "round_size_usd").value).toBe(50e6);
    expect(only(t, "round_demand_usd")).toMatchObject({ subject: "Brisket Labs", value: 150e6 });
  });
  it("'an equity investment of about $8bn in X's funding round': the investor's amount, not the round", () => {
    const t = "Brill Capital signed a letter to invest $20bn in Ostrel Labs. Brill's contribution is now likely to be an equity investment of about $8bn in Ostrel Labs' current funding round.";
    expect(claimsOf(t).filter((c) => c.property === "round_size_usd")).toEqual([]);
    expect(claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => c.value)).toEqual([20e9, 8e9]);
  });
  it("'an agreement …, which is valued at $1.2 billion over six years': a contract's worth, not a valuation", () => {
    const t = "Tollan Cloud grew its backlog. The biggest driver was an expanded agreement with Ostrel Labs, which is valued at $1.2 billion over six years.";
    expect(claimsOf(t).filter((c) => c.kind === "valuation")).toEqual([]);
  });
  it("'lands $2.2B Zentro expansion': a contract expansion in a headline is no round", () => {
    const t = "Tollan Cloud raised a $300 million Series C in May.\n\nRelated\nTollan Cloud lands $2.2B Zentro expansion\n";
    expect(claimsOf(t).filter((c) => c.property === "round_size_usd").map((c) => c.value)).toEqual([300e6]);
  });
  it("'expects to spend $3 billion to $4 billion on capital expenditures': capex, even for a company seen investing", () => {
    const t = "Tollan Cloud put in $30 million in Brisket Labs' round. Tollan Cloud now expects to spend $3 billion to $4 billion on capital expenditures this year.";
    expect(only(t, "capex_usd")).toMatchObject({ subject: "Tollan Cloud", value: 3e9, value_max: 4e9 });
  });
  it("'A, B and C will together spend $X on capital expenditure': no one company's capex", () => {
    const t = "Tollan Cloud raised $2 billion in debt, and analysts estimate that Ostrel Labs, Brisket Labs and Quill Robotics will together spend $60 billion on capital expenditure this year.";
    expect(claimsOf(t).filter((c) => c.property === "capex_usd")).toEqual([]);
  });
  it("'guided capital expenditures of $X, most of it for Nvidia racks': the topic company's capex", () => {
    const t = "Tollan Cloud reported revenue. Tollan Cloud grew fast. Tollan Cloud added customers. Tollan Cloud hired staff. Management guided 2026 capital expenditures of $9 billion to $11 billion, most of it for Nvidia racks.";
    expect(only(t, "capex_usd")).toMatchObject({ subject: "Tollan Cloud", value: 9e9 });
  });
});

describe("compute buyers", () => {
  it("'The social network signed a $X capacity contract with Y': Meta", () => {
    const t = "Tollan Cloud raised money. The social network signed a $3.5 billion capacity contract with Tollan Cloud in September 2025.";
    expect(only(t, "compute_commitment_usd").subject).toBe("Meta -> Tollan Cloud");
  });
  it("'The utility signed a $X contract with Y': an unnamed buyer is not the last one", () => {
    const t = "Ostrel Labs committed $2 billion to Tollan Cloud capacity. The utility signed a $3.5 billion capacity contract with Tollan Cloud in September.";
    expect(claimsOf(t).filter((c) => c.property === "compute_commitment_usd").map((c) => c.value)).toEqual([2e9]);
  });
});

describe("a transcript speaker's 'we', 'us' and 'our'", () => {
  const call = (turn: string) =>
    ["Tollan Cloud, Inc. Q2 Earnings Call Transcript", "", "Company Participants", "Rhea Gault - Chief Financial Officer", "", "Conference Call Participants", "Omar Pike - Dunmore Securities", "", "Operator", "", "Good afternoon, and welcome to Tollan Cloud's second-quarter call.", "", "Rhea Gault", "", turn, ""].join("\n");
  it("'X has committed roughly $400 million to our platform': X buys compute from the speaker's company", () => {
    const t = call("Thanks. We had a good quarter. Ostrel Labs has committed roughly $400 million to our platform.");
    expect(only(t, "compute_commitment_usd")).toMatchObject({ subject: "Ostrel Labs -> Tollan Cloud", value: 400e6 });
  });
  it("'X's commitments to us now total $N': the total of X's contracts", () => {
    const t = call("It's incremental. Together, Ostrel Labs' commitments to us now total roughly $5.5 billion.");
    expect(only(t, "total_compute_commitment_usd")).toMatchObject({ subject: "Ostrel Labs -> Tollan Cloud", value: 5.5e9 });
  });
  it("'we made a $30 million strategic investment in X': the speaker's company invests", () => {
    const t = call("After quarter end, we made a $30 million strategic investment in Brisket Labs as part of its Series B.");
    expect(only(t, "amount_usd")).toMatchObject({ subject: "Tollan Cloud -> Brisket Labs", value: 30e6 });
  });
  it("'Our last round valued us at thirty-one billion': a spoken valuation without 'dollars'", () => {
    const t = call("Our last equity round valued us at thirty-one billion.");
    expect(only(t, "valuation_usd")).toMatchObject({ subject: "Tollan Cloud", value: 31e9 });
  });
  it("a spoken count with a scale word is not money", () => {
    const t = call("We now serve twelve million users.");
    expect(claimsOf(t).filter((c) => c.property.endsWith("_usd"))).toEqual([]);
  });
});

describe("more investment wording", () => {
  it("'X wrote a $5 million check': X's part of the round", () => {
    const t = "Brisket Labs has raised a $50 million Series B led by Orrin Capital. Orrin put in $20 million; Tollan Cloud wrote a $5 million check.";
    expect(claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => [c.subject, c.value])).toEqual([
      ["Orrin Capital -> Brisket Labs", 20e6],
      ["Tollan Cloud -> Brisket Labs", 5e6],
    ]);
  });
});

describe("'its shares' goes to the sentence's subject", () => {
  it("'X signed a deal with Y, sending its shares up 14%': X's shares", () => {
    const t = "Tollan Cloud is a listed neocloud. Tollan Cloud signed a $2 billion compute contract with Ostrel Labs, sending its shares up 14%.";
    expect(only(t, "stock_change_pct")).toMatchObject({ subject: "Tollan Cloud", value: 14 });
  });
  it("'Its shares fell 3%' after a sentence about X that names Y last: X's shares", () => {
    const t = "Tollan Cloud is a listed neocloud with 40 sites. Tollan Cloud reported revenue of $2 billion, and said it expects Ostrel Labs to be its largest customer. Its shares fell 3% in late trading.";
    expect(only(t, "stock_change_pct")).toMatchObject({ subject: "Tollan Cloud", value: -3 });
  });
});
