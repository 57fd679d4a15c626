import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const rows = (text: string) => claimsOf(text).filter((c) => /^(?:amount_|stake_pct)/.test(c.property)).map((c) => [c.subject, c.property, c.value]);

describe("governments as investors", () => {
  it("'the federal government' is named after the article's (federal) country", () => {
    const t = "Vienna backs a new AI cloud. The federal government will contribute 800 million euros and take a 30 percent stake in Donau Sovereign Cloud GmbH, Austria's digital minister said. Later the federal contribution was put at €900 million.";
    expect(rows(t)).toEqual([
      ["Austrian federal government -> Donau Sovereign Cloud", "amount_eur", 800e6],
      ["Austrian federal government -> Donau Sovereign Cloud", "stake_pct", 30],
      ["Austrian federal government -> Donau Sovereign Cloud", "amount_eur", 900e6],
    ]);
  });
  it("a nationality names the government; without a clear country 'the federal government' is no party", () => {
    expect(rows("The Polish government will hold 40 percent of Wisla Compute, the operator.")).toEqual([["Polish government -> Wisla Compute", "stake_pct", 40]]);
    expect(rows("The federal government will hold 40 percent of Wisla Compute, the operator.")).toEqual([]);
  });
});
