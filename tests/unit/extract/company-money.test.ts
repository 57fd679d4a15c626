import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const rows = (text: string) => claimsOf(text).map((c) => [c.subject, c.property, c.value, c.value_max]);

describe("rounds and funds", () => {
  it("a later clause's subject raising 'between $X and $Y' is the raiser, not a compute buyer", () => {
    const t = "Brightmoor AI has signed a $4 billion contract with CoreWeave, and Quenta Labs is reportedly raising between $6 billion and $8 billion, much of it to pay for chips.";
    expect(rows(t)).toEqual([
      ["Brightmoor AI -> CoreWeave", "compute_commitment_usd", 4e9, null],
      ["Quenta Labs", "round_size_usd", 6e9, 8e9],
    ]);
  });
  it("'had sought' an amount is the round's size; 'has raised … from investors' is all it has raised", () => {
    const sought = claimsOf("Quenta Labs is in talks to raise $3 billion. When talks began, Quenta had sought about $1.8 billion, a person said.").filter((c) => c.property === "round_size_usd");
    expect(sought.map((c) => c.value)).toEqual([3e9, 1.8e9]);
    expect(claimsOf("Quenta Labs was sued last year. The estate had sought $20 million in damages.").some((c) => c.property === "round_size_usd")).toBe(false);
    expect(rows("Founded in 2020, Dorvik Semiconductor designs chips. The company has raised more than $700 million from investors including Nvidia.")).toEqual([["Dorvik Semiconductor", "total_raised_usd", 7e8, null]]);
  });
  it("assets a fund manages: 'which manages $N in assets' and 'the $N fund'", () => {
    const t = "Quenta Labs is raising $3 billion. Nvidia may add $500 million, and the Ostmark Pension Fund, which manages about $260 billion in assets, is discussing $300 million.";
    expect(only(t, "assets_under_management_usd").subject).toBe("Ostmark Pension Fund");
    const u = "Quenta Labs raised $3 billion from the Selby Investment Authority. “We like it,” said the head of technology at the $310 billion fund.";
    expect(only(u, "assets_under_management_usd")).toMatchObject({ subject: "Selby Investment Authority", value: 310e9 });
  });
});

describe("compute", () => {
  it("a cloud's 'contracts with' a lab are the lab's compute commitment", () => {
    expect(only("Halvorsen Cloud's contracts with Quenta Labs have grown to as much as $9.5 billion.", "compute_commitment_usd").subject).toBe("Quenta Labs -> Halvorsen Cloud");
  });
  it("a company's own spending 'on computing' with no cloud named", () => {
    const t = "Quenta Labs is raising $3 billion. The company expects to spend more than $2 billion on computing this year.";
    expect(only(t, "compute_spend_usd")).toMatchObject({ subject: "Quenta Labs", value: 2e9 });
    expect(claimsOf("Quenta Labs is raising $3 billion. Analysts estimate European governments will spend about €30 billion on AI compute by 2030.").some((c) => /compute_spend/.test(c.property))).toBe(false);
  });
});

describe("investors' money named again", () => {
  it("'US$ 2 billion' with a space; 'a further' amount goes to the article's company; a placement's price per share", () => {
    const t = "Shares in Kallvik Cloud closed up 3% at €31.50 after results. Kallvik's order book swelled to €6 billion. Ostmark Capital agreed to invest a further US$ 1.5 billion through a share placement priced at €29 per share.";
    const cs = claimsOf(t).filter((c) => c.subject.includes("->")).map((c) => [c.subject, c.property, c.value]);
    expect(cs).toEqual([
      ["Ostmark Capital -> Kallvik Cloud", "amount_usd", 1.5e9],
      ["Ostmark Capital -> Kallvik Cloud", "placement_price_per_share_eur", 29],
    ]);
  });
  it("an investor's possessive before an amount it was shown investing is that investment again", () => {
    const t = "Quenta Labs has closed a $4 billion funding round. Nvidia put in $800 million. Critics say much of Nvidia's $800 million will flow back to the chipmaker. Nvidia's $4 trillion market value barely moved.";
    expect(claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => c.subject)).toEqual(["Nvidia -> Quenta Labs", "Nvidia -> Quenta Labs"]);
  });
  it("'which is putting in' after 'led by'; 'The $N, led by X' is the round", () => {
    const t = "Quenta Labs agreed to raise $5 billion, led again by Ostmark Capital, which is putting in $1.5 billion; Nvidia is investing $700 million.";
    expect(claimsOf(t).filter((c) => c.property === "amount_usd").map((c) => `${c.subject} ${c.value}`)).toEqual(["Ostmark Capital -> Quenta Labs 1500000000", "Nvidia -> Quenta Labs 700000000"]);
  });
  it("'Series D.' ends a sentence; 'The $N, led by X' restates the round", () => {
    const t = "Brixel Semiconductor shipped its chip weeks before the company closed a $600 million Series D. You just raised money. What is it for? The $600 million, led by AMD, pays for the next tape-out.";
    const cs = claimsOf(t).filter((c) => c.property === "round_size_usd");
    expect(cs.map((c) => c.subject)).toEqual(["Brixel Semiconductor", "Brixel Semiconductor"]);
    expect(cs[0].quote.endsWith("$600 million Series D")).toBe(true);
    expect(cs[1].quote).toBe("The $600 million, led by AMD");
  });
});

describe("chip orders", () => {
  it("'The order is worth €X, or about $Y' and 'works out at €Z per chip' belong to the running order; its buyer still raises", () => {
    const t = "Brixel Cloud has signed an agreement with Nvidia to buy 9,000 Blackwell chips. The order is worth €1.2 billion, or about $1.3 billion, people familiar said. That works out at roughly €133,000 per chip. Separately, Brixel raised €300 million in a Series B in 2025.";
    expect(claimsOf(t).filter((c) => /_(?:eur|usd)$/.test(c.property)).map((c) => [c.subject, c.property, c.value])).toEqual([
      ["Brixel Cloud -> Nvidia", "order_value_eur", 1.2e9],
      ["Brixel Cloud -> Nvidia", "order_value_usd", 1.3e9],
      ["Brixel Cloud -> Nvidia", "price_per_chip_eur", 133000],
      ["Brixel Cloud", "round_size_eur", 3e8],
    ]);
  });
});
