import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const rows = (text: string, re: RegExp) => claimsOf(text).filter((c) => re.test(c.property)).map((c) => [c.subject, c.property, c.value]);

describe("warrants", () => {
  it("'X issued Y a warrant for up to N shares': holder -> issuer share count", () => {
    const t = "Under the pact, Intel issued Meta a warrant for up to 45 million shares of Intel common stock.";
    expect(rows(t, /^warrant/)).toEqual([["Meta -> Intel", "warrant_share_count", 45e6]]);
  });
  it("'Y received warrants for N X shares' and 'came with warrants for up to NM X shares'", () => {
    expect(rows("As part of the agreement, Anthropic received warrants for up to 2.5 million Broadcom shares.", /^warrant/)).toEqual([["Anthropic -> Broadcom", "warrant_share_count", 2.5e6]]);
    expect(rows("Nvidia's supply deal with xAI came with warrants for up to 30M Nvidia shares.", /^warrant/)).toEqual([["xAI -> Nvidia", "warrant_share_count", 30e6]]);
  });
  it("'handed Y warrants for up to Nmn of its shares': the giver issues its own shares", () => {
    const t = "Oracle handed OpenAI warrants for up to 80mn of its shares, which vest over four years.";
    expect(rows(t, /^warrant/)).toEqual([["OpenAI -> Oracle", "warrant_share_count", 80e6]]);
  });
  it("exercise price in cents, vesting share-price target and the stake the warrant represents", () => {
    const t = "Intel granted Meta warrants for up to 45 million Intel shares that vest in tranches. The final tranche vests only if Intel's share price reaches $90. The warrants can be exercised at two cents per share. Fully exercised, the warrants would represent about 4% of Intel.";
    expect(rows(t, /^warrant|^stake/)).toEqual([
      ["Meta -> Intel", "warrant_share_count", 45e6],
      ["Meta -> Intel", "warrant_vesting_share_price_usd", 90],
      ["Meta -> Intel", "warrant_exercise_price_usd", 0.02],
      ["Meta -> Intel", "stake_pct", 4],
    ]);
  });
  it("negative: shares without a warrant, and a share price with no warrant known", () => {
    expect(rows("Intel sold 45 million shares to Meta last year.", /^warrant/)).toEqual([]);
    expect(rows("The options vest only if the share price reaches $90.", /^warrant/)).toEqual([]);
  });
});

describe("a series of compute deals between the same parties", () => {
  it("each listed amount is a commitment, the running sum its total", () => {
    const t = "Anthropic has signed three contracts with CoreWeave so far: a first deal worth $2 billion in January, a $1.5 billion extension in April, and another $3 billion in August, bringing the total to $6.5 billion.";
    expect(rows(t, /compute_commitment/)).toEqual([
      ["Anthropic -> CoreWeave", "compute_commitment_usd", 2e9],
      ["Anthropic -> CoreWeave", "compute_commitment_usd", 1.5e9],
      ["Anthropic -> CoreWeave", "compute_commitment_usd", 3e9],
      ["Anthropic -> CoreWeave", "total_compute_commitment_usd", 6.5e9],
    ]);
  });
  it("negative: a list of deals with a party that is not a cloud", () => {
    const t = "Anthropic has signed three contracts with Intel so far: a first deal worth $2 billion in January and a $1.5 billion extension in April.";
    expect(rows(t, /compute_commitment/)).toEqual([]);
  });
});

describe("stock purchases, financing parts, takeovers and orders", () => {
  it("'picked up $N of X stock': buyer -> company amount", () => {
    expect(rows("Microsoft also picked up $500 million of Oracle stock before the offering.", /^amount_/)).toEqual([["Microsoft -> Oracle", "amount_usd", 5e8]]);
    // shares bought from other holders are not money for the company
    expect(rows("Microsoft bought $500 million of Oracle shares from early investors.", /^amount_/)).toEqual([]);
  });
  it("'split between $N of equity and $M of debt': the two parts of the raise", () => {
    const t = "Mistral AI is raising $3 billion. The package is split between about $1 billion of equity and up to $2 billion of debt.";
    expect(rows(t, /portion/)).toEqual([
      ["Mistral AI", "equity_portion_usd", 1e9],
      ["Mistral AI", "debt_portion_usd", 2e9],
    ]);
  });
  it("'a $N equity raise that closed alongside $M of debt': the debt is the raiser's", () => {
    const t = "In May, Microsoft put $1 billion into Mistral AI as part of a $4 billion equity raise that closed alongside $2 billion of debt.";
    expect(rows(t, /round_size|debt_raised/)).toEqual([
      ["Mistral AI", "round_size_usd", 4e9],
      ["Mistral AI", "debt_raised_usd", 2e9],
    ]);
  });
  it("'X's takeover, a deal valued at $N': acquisition value, never a valuation of the target", () => {
    const t = "Last week Cerebras shareholders rejected Nvidia's all-cash takeover, a deal valued at about $6 billion.";
    const c = claimsOf(t).map((x) => [x.subject, x.property, x.value]);
    expect(c).toContainEqual(["Nvidia -> Cerebras", "amount_usd", 6e9]);
    expect(c.filter(([, p]) => /valuation/.test(String(p)))).toEqual([]);
  });
  it("customers named by their orders, with the chipmaker the article speaks of", () => {
    const t = "Marvell reported strong results. Matt Murphy names Meta as $5 billion customer. Meta has since placed an additional $3 billion order for delivery next year.";
    expect(rows(t, /order_value/)).toEqual([
      ["Meta -> Marvell", "order_value_usd", 5e9],
      ["Meta -> Marvell", "order_value_usd", 3e9],
    ]);
  });
  it("negative: an order with a named vendor keeps that vendor", () => {
    expect(rows("Marvell reported results. Meta placed a $3 billion order with Broadcom.", /order_value/)).toEqual([["Meta -> Broadcom", "order_value_usd", 3e9]]);
  });
});
