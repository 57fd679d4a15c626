import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

describe("subjects and properties from the article's context", () => {
  it("a definite mention of a deal continues the running deal", () => {
    const t = "Globex will invest $8 billion in Initech, the companies said. The $8 billion investment is structured in three tranches.";
    const cs = claimsOf(t).filter((c) => c.property === "amount_usd");
    expect(cs.map((c) => c.subject)).toEqual(["Globex -> Initech", "Globex -> Initech"]);
    // the fixture's form: "The $50 billion investment is structured to support OpenAI’s ..."
    const f = "Amazon will invest $50 billion in OpenAI. The $50 billion investment is structured to support OpenAI’s long-term capital requirements.";
    expect(claimsOf(f).filter((c) => c.subject === "Amazon -> OpenAI")).toHaveLength(2);
  });

  it("an amount with no deal noun does not borrow the running deal", () => {
    const t = "Globex will invest $8 billion in Initech. The $3 billion figure was a forecast.";
    expect(claimsOf(t).filter((c) => c.value === 3e9)).toEqual([]);
  });

  it("split evenly between two investors: the total and each half", () => {
    const t = "Hooli Capital agreed to invest in Pied Piper Labs. The $6 billion investment is split evenly between Hooli Capital and Raviga Ventures.";
    const cs = claimsOf(t).filter((c) => c.property === "amount_usd");
    expect(cs.map((c) => [c.subject, c.value])).toEqual([
      ["Hooli Capital + Raviga Ventures -> Pied Piper Labs", 6e9],
      ["Hooli Capital -> Pied Piper Labs", 3e9],
      ["Raviga Ventures -> Pied Piper Labs", 3e9],
    ]);
  });

  it("pre-money written after the amount", () => {
    expect(only("Nimbus Labs is raising $2 billion. At $18 billion pre-money, the round is priced aggressively.", "pre_money_valuation_usd").subject).toBe("Nimbus Labs");
  });

  it("total funding so far", () => {
    const c = only("Quarry Robotics raised $200 million on Monday, bringing total funding to more than $650 million.", "total_funding_usd");
    expect(c).toMatchObject({ subject: "Quarry Robotics", value: 650e6, qualifier: "at least" });
  });
});

describe("counts and anaphoric chips", () => {
  it("a company's customers: <modifier>_<noun>_count", () => {
    expect(only("Initech Systems reports serving over 40,000 enterprise customers.", "enterprise_customer_count")).toMatchObject({ subject: "Initech Systems", value: 40000, qualifier: "at least" });
    expect(only("Anthropic reports serving over 300,000 business customers.", "business_customer_count").subject).toBe("Anthropic");
    expect(only("Hooli Labs’ platform now serves 2,500 organizations.", "organization_count").subject).toBe("Hooli Labs");
  });

  it("'these chips' refers to the chip of the previous sentence, 'their predecessors' to its predecessor", () => {
    const t = "Vendors praised the Trainium3 (Trn3 chip) launch. These chips will be three times as fast as their predecessors.";
    expect(only(t, "perf_multiple_vs_trainium2").subject).toBe("Trainium3");
  });
});
