import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const find = (text: string, property: string, value: number) => claimsOf(text).find((c) => c.property === property && c.value === value);

describe("money parties: who puts in how much", () => {
  it("an investor that 'could put in as much as' is investing, not raising", () => {
    const t = "Brenmoor AI is in talks to raise $3 billion in a funding round. Kessel Growth Partners is set to lead the round and could put in as much as $1 billion.";
    expect(find(t, "amount_usd", 1e9)?.subject).toBe("Kessel Growth Partners -> Brenmoor AI");
    expect(claimsOf(t).some((c) => c.subject === "Kessel Growth Partners" && c.property === "round_size_usd")).toBe(false);
  });
  it("the subject of a later coordinated clause is the investor of its amount", () => {
    const t = "Brenmoor AI is raising $3 billion in a funding round. Nvidia is in talks to contribute $600 million, and the Ostvik Pension Fund, which manages about $200 billion in assets, is discussing an investment of $400 million.";
    expect(find(t, "amount_usd", 6e8)?.subject).toBe("Nvidia -> Brenmoor AI");
    expect(find(t, "amount_usd", 4e8)?.subject).toBe("Ostvik Pension Fund -> Brenmoor AI");
  });
  it("a name right before 'led with', 'put in', 'wrote a cheque for' gives the amount", () => {
    const t = "Quessa Robotics raised $900 million in a Series C. Harlen Capital led with $300 million.";
    expect(find(t, "amount_usd", 3e8)?.subject).toBe("Harlen Capital -> Quessa Robotics");
    const u = "Quessa Robotics was valued at $5 billion in a new round. The Ruwais Investment Authority wrote a cheque for $1 billion of the $2 billion Series D.";
    expect(find(u, "amount_usd", 1e9)?.subject).toBe("Ruwais Investment Authority -> Quessa Robotics");
    expect(find(u, "round_size_usd", 2e9)?.subject).toBe("Quessa Robotics");
  });
  it("a rival's round named in passing does not become the article's round", () => {
    const t = "Pallas AI wants to raise $4 billion at a $30 billion valuation. That is still below rivals like OpenAI valued at ~$500 billion after a $40 billion raise. Backers like Orvane Capital which contributed $1 billion in a prior round are expected to return.";
    expect(find(t, "amount_usd", 1e9)?.subject).toBe("Orvane Capital -> Pallas AI");
  });
  it("secondary sales and buybacks from employees", () => {
    const t = "Velora AI raised $2 billion. In March Harwick Capital bought about $1.5 billion of shares from early investors in a secondary sale. Later the company ran a tender offer, letting employees sell up to $800 million of stock at $61.40 per share.";
    expect(only(t, "secondary_sale_usd").subject).toBe("Harwick Capital -> Velora AI");
    expect(only(t, "tender_offer_usd").value).toBe(8e8);
    expect(only(t, "tender_price_per_share_usd").value).toBe(61.4);
    const u = "Velora AI raised $2 billion. Velora bought back $300 million of shares from current and former employees at $212 per share.";
    expect(only(u, "tender_offer_usd").value).toBe(3e8);
    expect(only(u, "tender_price_per_share_usd").value).toBe(212);
    expect(only("Velora AI raised $2 billion last year. Staff cashed out in a tender at ~$58 a share.", "tender_price_per_share_usd").value).toBe(58);
  });
});

describe("the article's topic company", () => {
  it("a company named first and most often is the one 'the company' and bare figures belong to", () => {
    const t = [
      "Marvane Cloud shares rise 4% after Zentra AI deal",
      "Shares in Marvane Cloud rose 4% after it signed a contract with Zentra AI.",
      "The deal makes Zentra AI Marvane's largest customer. Zentra AI's other suppliers are larger.",
      "Fourth-quarter revenue rose 40% from a year earlier.",
      "Marvane said demand is strong. Marvane expects more deals, and Marvane will expand.",
    ].join("\n\n");
    expect(only(t, "revenue_growth_pct_yoy").subject).toBe("Marvane Cloud");
  });
  it("a company's name in its own e-mail address does not make the name an ordinary word", () => {
    const t = "Shares in Marvane Cloud closed up 4% on Tuesday after the company reported strong results for the year.\n\nInvestor relations: ir@marvane.example";
    expect(only(t, "stock_change_pct").subject).toBe("Marvane Cloud");
  });
});

describe("stakes", () => {
  it("a relative clause's head holds the stake in the company named or the article's company", () => {
    const t = "Brenmoor AI raised $2 billion. Kessel Capital, which invested $500 million in Brenmoor in 2023 and holds roughly 6% of the company, may join.";
    expect(only(t, "stake_pct").subject).toBe("Kessel Capital -> Brenmoor AI");
    const u = "Marvane Cloud shares rose 3% on Monday. Orsk Partners, which holds a 12% stake, agreed to buy more. The Lindal Pension Fund, which bought 2.5% of Marvane in 2024, declined.";
    expect(claimsOf(u).filter((c) => c.property === "stake_pct").map((c) => c.subject)).toEqual(["Orsk Partners -> Marvane Cloud", "Lindal Pension Fund -> Marvane Cloud"]);
  });
  it("'in which it owns', 'N% owned by', elliptic 'and X the remaining N%'", () => {
    expect(only("Pellix Semiconductor put $200 million into Dunmore Compute, a neocloud in which it now owns about 11%.", "stake_pct").subject).toBe("Pellix Semiconductor -> Dunmore Compute");
    const t = "The venture, Arvo Grid Compute, will be 60% owned by Selwyn Industries, while Hollis Capital will hold 25% and Oracle the remaining 15%.";
    expect(claimsOf(t).filter((c) => c.property === "stake_pct").map((c) => `${c.subject} ${c.value}`)).toEqual([
      "Selwyn Industries -> Arvo Grid Compute 60",
      "Hollis Capital -> Arvo Grid Compute 25",
      "Oracle -> Arvo Grid Compute 15",
    ]);
  });
  it("'of the company' never makes an investor own itself; a market share is not a stake", () => {
    const t = "Brenmoor AI raised $2 billion in a round led by the Ruwais Investment Authority. Ruwais now owns about 7% of the company; Microsoft holds about 3%.";
    expect(claimsOf(t).filter((c) => c.property === "stake_pct").map((c) => c.subject)).toEqual(["Ruwais Investment Authority -> Brenmoor AI", "Microsoft -> Brenmoor AI"]);
    expect(claimsOf("Marvane Cloud raised $1 billion. Marvane estimates that it holds about 9% of the European market.").some((c) => c.property === "stake_pct")).toBe(false);
    expect(claimsOf("Brenmoor AI raised $2 billion. Kessel Capital holds 40% of the GPU supply.").some((c) => c.property === "stake_pct")).toBe(false);
  });
});

describe("money wording for listed companies", () => {
  it("share price after 'closed N% higher at', market capitalisation and market value", () => {
    const t = "Shares of Selwyn Industries closed 2.1% higher at ₹1,210.40 on the exchange on Monday. The stock has a market capitalisation of about ₹5.2 lakh crore.";
    expect(only(t, "share_price_inr").value).toBe(1210.4);
    expect(only(t, "market_cap_inr")).toMatchObject({ subject: "Selwyn Industries", value: 5.2e12 });
    expect(only("Marvane Cloud's shares have risen 80% this year, giving it a market value of about €9 billion.", "market_cap_eur").subject).toBe("Marvane Cloud");
  });
  it("a tender price with no company named is the raising company's", () => {
    const t = "Pallas AI has closed its $3B Series C at a $20B valuation.\n- Staff already cashed out in the tender at ~$41 a share.\n- Nvidia put in $500M.";
    expect(only(t, "tender_price_per_share_usd").subject).toBe("Pallas AI");
  });
  it("a new round opens a new deal: the next investor's money goes to the new raiser", () => {
    const t = "Amazon is in talks to invest up to $4B in Perihelion Labs.\n\nChip start-up Quorra closed a $900M Series D at a ~$7.5B valuation.\n- AMD led with $300M and now holds a 4% stake.";
    expect(claimsOf(t).find((c) => c.value === 3e8)?.subject).toBe("AMD -> Quorra");
  });
  it("a bullet line is a sentence, not a headline: its names are read", () => {
    const t = "Pallas AI has closed its $3B Series C.\n- Ruwais Investment Authority put in $1B; Nvidia ~$500M.";
    expect(claimsOf(t).find((c) => c.value === 1e9)?.subject).toBe("Ruwais Investment Authority -> Pallas AI");
  });
});

describe("compute commitments and paired amounts", () => {
  it("the party after 'from'/'with' a named cloud is the buyer", () => {
    expect(only("Microsoft booked an incremental $90 billion Azure commitment from Zentra AI last May.", "compute_commitment_usd").subject).toBe("Zentra AI -> Microsoft Azure");
    expect(only("Zentra AI trains large models. AWS signed a $12 billion deal with the lab in June.", "compute_commitment_usd").subject).toBe("Zentra AI -> AWS");
  });
  it("'It has committed to buy ... compute' is the previous sentence's subject", () => {
    const t = "Zentra AI is not immune. It has committed to buy $20 billion of Azure compute, while Microsoft and Nvidia pledged up to $2 billion and $4 billion respectively to the company.";
    expect(only(t, "compute_commitment_usd").subject).toBe("Zentra AI -> Microsoft Azure");
    const amounts = claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => `${c.subject} ${c.value}`);
    expect(amounts).toEqual(["Microsoft -> Zentra AI 2000000000", "Nvidia -> Zentra AI 4000000000"]);
  });
});

describe("non-USD amounts with the article's own conversion", () => {
  it("'₹N crore ($X)' gives the rupee claim and the dollar claim on the same subject", () => {
    const t = "The venture, Arvo Grid Compute, will be 60% owned by Selwyn Industries, while Hollis Capital will hold 40%. Selwyn will infuse ₹4,200 crore ($480 million) as equity this year. Hollis Capital has committed ₹9,000 crore (approx. $1.03 billion) across two phases.";
    const cs = claimsOf(t).filter((c) => /^amount_/.test(c.property)).map((c) => `${c.subject} ${c.property} ${c.value}`);
    expect(cs).toEqual([
      "Selwyn Industries -> Arvo Grid Compute amount_inr 42000000000",
      "Selwyn Industries -> Arvo Grid Compute amount_usd 480000000",
      "Hollis Capital -> Arvo Grid Compute amount_inr 90000000000",
      "Hollis Capital -> Arvo Grid Compute amount_usd 1030000000",
    ]);
  });
  it("a speaker's own 'we' sentence does not inherit the running deal's parties", () => {
    const t = "Hollis Capital has committed ₹9,000 crore to Arvo Grid Compute. \"With ₹50,000 crore committed, we are building it here,\" the chairman said.";
    expect(claimsOf(t).filter((c) => c.property === "amount_inr").map((c) => c.value)).toEqual([9e10]);
  });
  it("a name less its organisation word is the same organisation", () => {
    const t = "Selwyn Industries signed with Singapore's Straits Meridian Investment. Straits Meridian has committed $2 billion to Selwyn Industries.";
    expect(only(t, "amount_usd").subject).toBe("Straits Meridian Investment -> Selwyn Industries");
  });
});

describe("borrowing", () => {
  it("money raised in debt is debt, not a funding round", () => {
    const cs = claimsOf("Kestra Cloud has raised more than $12 billion in debt for new data centers.");
    expect(cs.map((c) => `${c.subject} ${c.property}`)).toEqual(["Kestra Cloud debt_raised_usd"]);
  });
});
