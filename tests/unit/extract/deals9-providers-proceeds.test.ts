import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property);
const subjects = (text: string, property: string) => find(text, property).map((c) => c.subject);

describe("a cloud provider signing with a big buyer (lib/extract/money-compute.ts)", () => {
  it("reads the buyer after 'with' when a neocloud is the subject, even a company with a cloud arm", () => {
    expect(subjects("Lambda signs multiyear $1.5 billion AI cloud deal with Microsoft.", "compute_commitment_usd")).toEqual(["Microsoft -> Lambda"]);
    expect(subjects("CoreWeave inks $6 billion cloud agreement with Google.", "compute_commitment_usd")).toEqual(["Google -> CoreWeave"]);
    expect(subjects("Nscale said on Tuesday it had signed a $14 billion cloud contract with Microsoft to give the software maker access to Nvidia chips.", "compute_commitment_usd")).toEqual(["Microsoft -> Nscale"]);
  });
  it("keeps the buyer as subject when the buyer signs with the neocloud", () => {
    expect(subjects("Microsoft signs $9.7 billion cloud contract with IREN.", "compute_commitment_usd")).toEqual(["Microsoft -> IREN"]);
    expect(subjects("OpenAI signed a $38 billion cloud deal with Amazon.", "compute_commitment_usd")).toEqual(["OpenAI -> AWS"]);
  });
  it("reads the company a relative clause hangs on", () => {
    expect(subjects("Nscale now competes with CoreWeave Inc., which signed a $14.2 billion agreement with Meta in September.", "compute_commitment_usd")).toEqual(["Meta -> CoreWeave"]);
    expect(subjects("Rivals include Lambda Inc., which last month inked a $2 billion contract with OpenAI.", "compute_commitment_usd")).toEqual(["OpenAI -> Lambda"]);
    expect(subjects("Microsoft invested in Anthropic, which in turn committed $30 billion to Azure compute.", "compute_commitment_usd")).toEqual(["Anthropic -> Microsoft Azure"]);
    expect(subjects("Google backs Anthropic, which has agreed to spend $20 billion on Google Cloud TPUs.", "compute_commitment_usd")).toEqual(["Anthropic -> Google Cloud"]);
  });
});

describe("denied orders, losses on holdings, stake worth (index.ts, properties.ts, money-stakes.ts)", () => {
  it("drops an order the company had not received", () => {
    expect(find("Broadcom told CNBC that the company had not received a $10 billion order from OpenAI.", "order_value_usd")).toHaveLength(0);
    expect(find("The two sides have not signed any $5 billion chip order, AMD said.", "order_value_usd")).toHaveLength(0);
    expect(subjects("Nvidia said it had received a $10 billion order from OpenAI.", "order_value_usd")).toEqual(["OpenAI -> Nvidia"]);
  });
  it("reads no investment in a hit, loss or charge on a holding", () => {
    for (const t of [
      "Microsoft said it took a $3.1 billion hit from its OpenAI stake in the September quarter.",
      "Amazon recorded a $4 billion loss on its investment in Anthropic.",
      "SoftBank booked a $683 million charge related to its stake in OpenAI.",
    ])
      expect(find(t, "amount_usd"), t).toHaveLength(0);
    expect(subjects("Microsoft will invest $5 billion in Anthropic.", "amount_usd")).toEqual(["Microsoft -> Anthropic"]);
  });
  it("reads a stake worth 'closer to' or 'north of' a figure", () => {
    expect(subjects("At that price Amazon's stake in Anthropic could be worth closer to $60 billion.", "stake_value_usd")).toEqual(["Amazon -> Anthropic"]);
    expect(find("At that price Amazon's stake in Anthropic could be worth closer to $60 billion.", "amount_usd")).toHaveLength(0);
  });
});

describe("share-sale proceeds and own buildouts (money-sales.ts, properties.ts)", () => {
  it("reads the proceeds of selling a holding, never a round", () => {
    expect(subjects("SoftBank's sale of 32.1 million Nvidia shares raised $5.83 billion.", "stake_sale_usd")).toEqual(["SoftBank -> Nvidia"]);
    expect(subjects("SoftBank's sale of its Nvidia stake brought in $5.8 billion.", "stake_sale_usd")).toEqual(["SoftBank -> Nvidia"]);
    for (const t of ["Sale of 12.4 million shares raised $2.1 billion in March.", "Selling the remaining Alibaba shares netted the group about $12 billion."])
      expect(find(t, "round_size_usd"), t).toHaveLength(0);
  });
  it("still reads a sale of new shares as money raised", () => {
    expect(subjects("The sale of new shares raised $2 billion for Nebius.", "round_size_usd")).toEqual(["Nebius"]);
  });
  it("reads no compute commitment or investment in a company's own data-center buildout", () => {
    for (const t of [
      "Anthropic said it will spend $50 billion building AI data centers in the United States, teaming up with neocloud Fluidstack.",
      "CoreWeave will expand in Britain. Google committed a further £1.5bn to AI data centres.",
      "Meta plans to pour $30 billion into new data centers, working with Nebius on some sites.",
    ]) {
      const ms = claimsOf(t, "2026-03-01").filter((c) => /^(?:compute_commitment|amount)_/.test(c.property));
      expect(ms, t).toHaveLength(0);
    }
  });
  it("keeps spending on a named cloud's data centers and data-center contracts", () => {
    expect(subjects("OpenAI will spend $300 billion on Oracle data centers over five years.", "compute_commitment_usd")).toEqual(["OpenAI -> Oracle"]);
    expect(subjects("Meta signed a $14 billion data center contract with CoreWeave.", "compute_commitment_usd")).toEqual(["Meta -> CoreWeave"]);
  });
});
