import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const rows = (text: string) => claimsOf(text).map((c) => [c.subject, c.property, c.value]);

describe("an investment at a valuation", () => {
  it("'invest $X in Y at a valuation of $Z': X is the investment, Z the valuation", () => {
    const t = "Orvane Holdings is in talks to invest as much as $3 billion in Pellucid Labs at a valuation of about $40 billion, people said.";
    expect(rows(t)).toEqual([
      ["Orvane Holdings -> Pellucid Labs", "amount_usd", 3e9],
      ["Pellucid Labs", "valuation_usd", 40e9],
    ]);
  });
  it("'the $X figure was pre-money', '$Y valuation is post-money'", () => {
    const t = "Pellucid Labs closed its round. Pellucid's $52 billion valuation is post-money; the $45 billion figure was pre-money.";
    expect(only(t, "post_money_valuation_usd")).toMatchObject({ subject: "Pellucid Labs", value: 52e9 });
    expect(only(t, "pre_money_valuation_usd")).toMatchObject({ subject: "Pellucid Labs", value: 45e9 });
  });
  it("an investor's cumulative investment", () => {
    const t = "Orvane Holdings invested $1 billion in Pellucid Labs in March, and its cumulative investment in Pellucid stands at $3 billion.";
    expect(only(t, "cumulative_amount_usd")).toMatchObject({ subject: "Orvane Holdings -> Pellucid Labs", value: 3e9 });
  });
});

describe("'it' and elided subjects carry the previous sentence's subject", () => {
  const t = [
    "Pellucid Labs is one of the largest buyers of computing power.",
    "It plans to spend as much as $20 billion on compute through 2030, people said, and has agreed to spend about $9 billion on AWS, Amazon's cloud unit, over five years.",
    "It also signed a $2 billion agreement with neocloud Tessaro Cloud last year.",
    "The startup expects to have access to 900 megawatts of capacity by 2028.",
  ].join(" ");
  it("a compute budget is the company's own, not a commitment to a cloud named in another clause", () => {
    expect(only(t, "planned_compute_spend_usd")).toMatchObject({ subject: "Pellucid Labs", value: 20e9 });
  });
  it("'has agreed to spend $X on <cloud>, <parent>'s cloud unit': the cloud's parent is not the buyer", () => {
    const cs = claimsOf(t).filter((c) => c.property === "compute_commitment_usd").map((c) => [c.subject, c.value]);
    expect(cs).toEqual([
      ["Pellucid Labs -> AWS", 9e9],
      ["Pellucid Labs -> Tessaro Cloud", 2e9],
    ]);
  });
  it("'the startup' is the article's subject, not a neocloud named in passing", () => {
    expect(only(t, "capacity_gw").subject).toBe("Pellucid Labs");
  });
});

describe("who is who in a deal", () => {
  it("'X, the robotics developer, in which Y invested $N': the relative clause points back to X", () => {
    const t = "Part of the site is reserved for Tessaro Labs, the robotics developer, in which Orvane Holdings invested $400 million last month.";
    expect(only(t, "amount_usd").subject).toBe("Orvane Holdings -> Tessaro Labs");
  });
  it("'A's rival <cloud> signed a $N deal with <buyer>': the signing cloud sells", () => {
    const t = "Tessaro Cloud has grown quickly. Tessaro's rival CoreWeave signed a $6.5 billion deal with Meta in May 2025.";
    expect(only(t, "compute_commitment_usd").subject).toBe("Meta -> CoreWeave");
  });
  it("'<Place> AI data-centre venture' is a description, not a company named '<Place> AI'", () => {
    const cs = claimsOf("Orvane Holdings to pour €2 billion into Lapland AI data-centre venture with Tessaro");
    expect(cs.some((c) => /Lapland AI/.test(c.subject))).toBe(false);
  });
});

describe("transcripts", () => {
  it("'we' in an executive's answer is the speaker's company", () => {
    const t = [
      "Episode 9 with Tessaro Cloud CEO Mara Quist",
      "",
      "[00:00:10] JO PARK: Welcome, Mara.",
      "",
      "[00:00:12] MARA QUIST: Thanks, Jo.",
      "",
      "[00:00:20] JO PARK: How do you fund it? CoreWeave has said it will borrow heavily.",
      "",
      "[00:00:30] MARA QUIST: We raised $2 billion of debt in January at about 8 percent.",
    ].join("\n");
    expect(only(t, "debt_raised_usd").subject).toBe("Tessaro Cloud");
  });
});

describe("conservative fallbacks", () => {
  it("'It has signed a deal with <cloud> and expects to spend $Y with <cloud2>': the buyer is 'it', never the other cloud", () => {
    const t = "Quorvic Labs will spend much of the money on compute. It has signed a $3 billion agreement with Oracle and expects to spend about $5 billion with Microsoft Azure over four years.";
    expect(claimsOf(t).filter((c) => c.property === "compute_commitment_usd").map((c) => c.subject)).toEqual(["Quorvic Labs -> Oracle", "Quorvic Labs -> Microsoft Azure"]);
  });
  it("'…, including X, where it led a $N round': X's round, not the article's last raiser", () => {
    const t = "Brisk Robotics raised $90 million. Halden Capital has backed several AI companies, including Pellucid AI, where it led a $600 million round in 2025.";
    expect(claimsOf(t).filter((c) => c.property === "round_size_usd").map((c) => c.subject)).toEqual(["Brisk Robotics", "Pellucid AI"]);
  });
  it("'where it has invested $N in Y' keeps the named recipient", () => {
    const t = "For Orvane Holdings, the deal strengthens its position in the market, where it has previously invested $2 billion in Pellucid Labs.";
    expect(only(t, "amount_usd").subject).toBe("Orvane Holdings -> Pellucid Labs");
  });
  it("'X, which has pledged $N to Y': X -> Y", () => {
    expect(only("Orvane Holdings, which has pledged more than $5 billion to Pellucid Labs, said it would build a campus.", "amount_usd").subject).toBe("Orvane Holdings -> Pellucid Labs");
  });
  it("'the <Company> deal' does not make that company the topic; 'it burned $N in cash'", () => {
    const t = "Pellucid Labs raised $2 billion in March. The OpenAI deal was signed in May. The company said its annualized revenue had reached $900 million. It burned $400 million in cash last year.";
    expect(only(t, "annualized_revenue_usd").subject).toBe("Pellucid Labs");
    expect(only(t, "cash_burn_usd")).toMatchObject({ subject: "Pellucid Labs", value: 400e6 });
  });
  it("'the company' opening a new paragraph is the article's company, not one the last paragraph named in passing", () => {
    const t = [
      "Quorvic Labs raises $2.4 billion",
      "Quorvic Labs has raised $2.4 billion in a round led by Halden Capital. Quorvic said it would hire. Quorvic will spend much of the money on compute.",
      "The funding follows a wave of deals. Google paid $2.4 billion last year to license technology from Windsurf.",
      "The company said it was valued at $31 billion.",
    ].join("\n\n");
    expect(only(t, "valuation_usd").subject).toBe("Quorvic Labs");
  });
});

describe("recipients that are not one company", () => {
  it("'invested $N in AI companies since 2024, including a $M stake in X': only M is X's", () => {
    const t = "Tavira Investment Authority led a round in Orlane. Tavira has invested more than $10 billion in AI companies since 2024, including a $1.5 billion stake in xAI.";
    expect(claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => [c.subject, c.value])).toEqual([["Tavira Investment Authority -> xAI", 1.5e9]]);
  });
  it("'leads $N round in French model maker X': X's round", () => {
    expect(only("Sovereign fund Tavira Investment Authority leads $1.2 billion round in French model maker Orlane Labs", "round_size_usd").subject).toBe("Orlane Labs");
  });
  it("'It raised $N in debt' after a sentence about the company, not the last company that raised", () => {
    const t = "Pellucid AI raised $5 billion in January. Nimbra Cloud expects capital expenditures of $8 billion this year. It raised $2.5 billion in debt in December.";
    expect(only(t, "debt_raised_usd").subject).toBe("Nimbra Cloud");
  });
});
