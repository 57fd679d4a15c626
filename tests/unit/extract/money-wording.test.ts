import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

describe("compute commitments", () => {
  it("will spend $X on <cloud> (over N years)", () => {
    expect(only("Vantel AI will spend $6 billion on Microsoft Azure over five years.", "compute_commitment_usd")).toMatchObject({ subject: "Vantel AI -> Microsoft Azure", value: 6e9 });
    expect(only("Anthropic plans to spend $30 billion on Google Cloud.", "compute_commitment_usd").subject).toBe("Anthropic -> Google Cloud");
  });
  it("agreed to pay <cloud> $X for cloud capacity / computing", () => {
    expect(only("Meta agreed to pay Oracle $20 billion for cloud capacity.", "compute_commitment_usd").subject).toBe("Meta -> Oracle");
    expect(only("OpenAI has agreed to pay CoreWeave $4 billion for computing.", "compute_commitment_usd").subject).toBe("OpenAI -> CoreWeave");
  });
  it("a $X cloud pact / deal with <cloud>", () => {
    expect(only("Mistral AI signed a $2 billion cloud pact with Microsoft.", "compute_commitment_usd").subject).toBe("Mistral AI -> Microsoft Azure");
    expect(only("xAI struck a $5 billion cloud deal with Oracle.", "compute_commitment_usd").subject).toBe("xAI -> Oracle");
  });
});

describe("chip purchases", () => {
  it("agreed to buy N <chips> -> chip_count, Buyer -> Vendor", () => {
    expect(only("Meta agreed to buy 50,000 MI455X accelerators from AMD.", "chip_count")).toMatchObject({ subject: "Meta -> AMD", value: 50000 });
    expect(only("Oracle will purchase 131,072 GPUs from Nvidia.", "chip_count").subject).toBe("Oracle -> Nvidia");
  });
  it("an order / purchase worth $X -> order_value_usd", () => {
    expect(only("Meta agreed to buy 50,000 accelerators from AMD in an order worth $3 billion.", "order_value_usd")).toMatchObject({ subject: "Meta -> AMD", value: 3e9 });
    expect(only("Kestrel Compute placed a purchase worth $800 million with Nvidia.", "order_value_usd").subject).toBe("Kestrel Compute -> Nvidia");
  });
});

describe("valuations and rounds", () => {
  it("post-money wording", () => {
    expect(only("Ondra AI raised $500 million, valuing it at $5 billion after the new money.", "post_money_valuation_usd").subject).toBe("Ondra AI");
    expect(only("The round values Perrin Labs at $3 billion including the new capital.", "post_money_valuation_usd").subject).toBe("Perrin Labs");
    expect(only("Perrin Labs is now worth $3 billion post-money.", "post_money_valuation_usd").subject).toBe("Perrin Labs");
  });
  it("pre-money wording", () => {
    expect(only("Investors valued Ondra AI at $4.5 billion before the investment.", "pre_money_valuation_usd").subject).toBe("Ondra AI");
  });
  it("round sizes for unknown companies", () => {
    expect(only("Ferrow Robotics lands €85 million to build humanoids.", "round_size_eur").subject).toBe("Ferrow Robotics");
    expect(only("Quell Labs raised $1.2 billion in a Series D.", "round_size_usd").subject).toBe("Quell Labs");
    expect(only("Tessel AI closed $400 million in a Series D led by Sequoia.", "round_size_usd").subject).toBe("Tessel AI");
  });
  it("sterling and euros keep their currency", () => {
    expect(only("Albright AI raised £2bn from British pension funds.", "round_size_gbp").value).toBe(2e9);
    expect(only("Norrland Labs is valued at €12 billion.", "valuation_eur").subject).toBe("Norrland Labs");
  });
});

describe("company figures", () => {
  it("capital expenditures of $X -> capex_usd", () => {
    expect(only("Microsoft reported capital expenditures of $34.9 billion for the quarter.", "capex_usd")).toMatchObject({ subject: "Microsoft", value: 34.9e9 });
    expect(only("Meta expects capital expenditures of $70 billion to $72 billion this year.", "capex_usd")).toMatchObject({ value: 70e9, value_max: 72e9 });
  });
  it("share prices after shares rose / fell", () => {
    expect(only("Oracle shares rose 8% to $412.35 on Tuesday.", "share_price_usd")).toMatchObject({ subject: "Oracle", value: 412.35 });
    expect(only("Nvidia's shares fell 3% to $171.20.", "share_price_usd").subject).toBe("Nvidia");
  });
  it("gigawatts and megawatts -> capacity_gw", () => {
    expect(only("OpenAI will deploy 6 gigawatts of AMD GPUs.", "capacity_gw").value).toBe(6);
    expect(only("Verdan AI will build a 200 MW data center with Oracle.", "capacity_gw").value).toBeCloseTo(0.2);
    expect(claimsOf("The site draws 300 megawatts for Anthropic and Google Cloud.").find((c) => c.property === "capacity_gw")?.value).toBeCloseTo(0.3);
  });
});

describe("orders the seller reports", () => {
  it("<Seller> secured $X in orders from <Buyer>", () => {
    expect(only("Corlane Semiconductor secured $900 million in chip orders from Meta.", "order_value_usd").subject).toBe("Meta -> Corlane Semiconductor");
  });
  it("secured with an order noun is not a funding round", () => {
    expect(claimsOf("Corlane Semiconductor secured $900 million in chip orders from Meta.").some((c) => c.property === "round_size_usd")).toBe(false);
  });
});

describe("a purchase of compute is a commitment, not an order", () => {
  it("a $X purchase of <cloud> compute capacity", () => {
    expect(only("Velora AI committed to a $3 billion purchase of cloud capacity from Oracle.", "compute_commitment_usd").subject).toBe("Velora AI -> Oracle");
    expect(only("Anthropic announced a $30 billion purchase of dedicated Azure compute capacity.", "compute_commitment_usd").subject).toBe("Anthropic -> Microsoft Azure");
  });
});

describe("more spending and share wording", () => {
  it("spend $X on a cloud without a compute word", () => {
    expect(only("OpenAI will spend $38 billion on AWS over seven years.", "compute_commitment_usd").subject).toBe("OpenAI -> AWS");
  });
  it("a second company's move in a sentence about shares", () => {
    const cs = claimsOf("Nvidia shares rose 1.2% to $187.62, while AMD jumped 24% to $203.71.").filter((c) => c.property === "share_price_usd");
    expect(cs.map((c) => [c.subject, c.value])).toEqual([["Nvidia", 187.62], ["AMD", 203.71]]);
  });
  it("a move to a price with no shares in the sentence is not a share price", () => {
    expect(claimsOf("Average GPU rental rose 8% to $2.10 an hour at Kestrel Compute.").some((c) => c.property === "share_price_usd")).toBe(false);
  });
});

describe("closing prices", () => {
  it("closed down 3% at $X", () => {
    expect(only("Corvane Systems shares closed down 3% at $95.10.", "share_price_usd")).toMatchObject({ subject: "Corvane Systems", value: 95.1 });
    expect(only("Oracle stock ended higher by 2% at $301.40.", "share_price_usd").subject).toBe("Oracle");
  });
});

describe("acquisitions", () => {
  it("the price of an acquisition: acquirer -> target", () => {
    expect(only("Meta's $19 billion acquisition of WhatsApp in 2014 was a bargain.", "amount_usd").subject).toBe("Meta -> WhatsApp");
    expect(only("Nvidia acquired Kestrel Labs for $900 million last year.", "amount_usd").subject).toBe("Nvidia -> Kestrel Labs");
  });
});

describe("add-ons to a deal", () => {
  it("a $X add-on / expansion continues the deal just given", () => {
    const t = "Lumenfield AI struck a cloud deal with CoreWeave in March worth $6 billion, followed by a $2 billion add-on in May.";
    expect(claimsOf(t).filter((c) => c.property === "compute_commitment_usd").map((c) => [c.subject, c.value])).toEqual([
      ["Lumenfield AI -> CoreWeave", 6e9],
      ["Lumenfield AI -> CoreWeave", 2e9],
    ]);
  });
});
