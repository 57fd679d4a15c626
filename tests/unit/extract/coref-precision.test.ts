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
