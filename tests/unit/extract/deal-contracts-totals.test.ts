/**
 * Deals round: compute contracts named by their worth, stock bought by agreement, "to invest" after a name,
 * "it" in a later clause, ties and backers naming the recipient, tranches ("upfront", "the remaining"),
 * total investment, gains on a stake, "lifted that to", governments named by their administration.
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property);
const one = (text: string, property: string) => {
  const found = find(text, property);
  expect(found, `${property} in: ${text}`).toHaveLength(1);
  return found[0];
};

describe("compute contracts named by their worth", () => {
  it("reads a pact with a buyer, valued at an amount, as the cloud's contract", () => {
    const text = "Lambda said its order book keeps growing. The news follows June's pact with Apple, valued at $6.2 billion and at up to $7 billion with options.";
    const cs = find(text, "compute_commitment_usd");
    expect(cs.map((c) => [c.subject, c.value, c.qualifier])).toEqual([
      ["Apple -> Lambda", 6.2e9, "exact"],
      ["Apple -> Lambda", 7e9, "up to"],
    ]);
  });
  it("reads a cloud's deal named after its buyer ('Its $X Buyer Deal', 'Cloud's $X Buyer deal')", () => {
    expect(one("CoreWeave's $14 billion Meta deal lifts its shares", "compute_commitment_usd").subject).toBe("Meta -> CoreWeave");
    expect(one("Crusoe Rallies After Its $2.1 Billion Microsoft Deal", "compute_commitment_usd").subject).toBe("Microsoft -> Crusoe");
  });
  it("reads an agreement to supply infrastructure to a buyer", () => {
    const c = one("Nscale said it signed a roughly $1.4 billion, four-year agreement to supply GPU capacity to Microsoft.", "compute_commitment_usd");
    expect(c.subject).toBe("Microsoft -> Nscale");
    expect(c.qualifier).toBe("about");
  });
  it("does not read a licensing deal's worth, or a deal of two non-clouds, as compute", () => {
    expect(find("Pfizer's licensing deal with Moderna, valued at $3 billion, closed in May.", "compute_commitment_usd")).toHaveLength(0);
    expect(find("Nvidia's $2 billion Synopsys deal was announced on Monday.", "compute_commitment_usd")).toHaveLength(0);
  });
  it("gives a contract of a listed cloud to its buyer, not a later investor in the list", () => {
    const text = "Beyond its rounds, xAI has lined up big deals, including a $12 billion cloud contract with Oracle and a pledge from Nvidia to invest up to $2 billion in the company.";
    expect(one(text, "compute_commitment_usd").subject).toBe("xAI -> Oracle");
    expect(one(text, "amount_usd").subject).toBe("Nvidia -> xAI");
  });
});

describe("investors found by their wording", () => {
  it("reads 'agreed to buy $X of Company stock'", () => {
    expect(one("Amazon agreed to buy $3 billion of CoreWeave stock.", "amount_usd").subject).toBe("Amazon -> CoreWeave");
    expect(find("Analysts expect funds to buy $3 billion of CoreWeave stock.", "amount_usd")).toHaveLength(0);
  });
  it("keeps 'it' in a later clause on the investor, not on the earlier clause's recipient", () => {
    const text = "Microsoft keeps writing cheques. On Monday it said it would invest up to $5 billion in Mistral AI, and in May it signed a term sheet to invest up to $2 billion in xAI.";
    expect(find(text, "amount_usd").map((c) => c.subject)).toEqual(["Microsoft -> Mistral AI", "Microsoft -> xAI"]);
  });
  it("takes the recipient from the investor's ties or backing", () => {
    expect(one("Microsoft's ties to Mistral AI go back to 2024, when it agreed to invest up to $2 billion.", "amount_usd").subject).toBe("Microsoft -> Mistral AI");
    const text = "Nvidia has been one of xAI's biggest backers. The chipmaker invested $500 million in 2024.";
    expect(one(text, "amount_usd").subject).toBe("Nvidia -> xAI");
  });
  it("names the government by its administration and follows it to 'the government'", () => {
    const text = "Intel has had a busy year. In August, the Biden administration agreed to take a 7% stake in Intel. Later, the government's total investment comes to $9 billion.";
    expect(one(text, "stake_pct").subject).toBe("US government -> Intel");
    expect(one(text, "total_investment_usd").subject).toBe("US government -> Intel");
  });
  it("does not make a government the subject of a sentence that only dates itself by its deal", () => {
    const text = "The U.S. government took a stake in Intel. Weeks before the government deal, SoftBank agreed to invest $1 billion in Intel.";
    expect(one(text, "amount_usd").subject).toBe("SoftBank -> Intel");
  });
});

describe("parts and totals of an investment", () => {
  it("reads 'an initial $X … the remaining $Y' and '$X upfront' as tranches", () => {
    const text = "Microsoft agreed to invest $3 billion in Mistral AI. It put in an initial $1 billion that month and the remaining $2 billion in May.";
    expect(one(text, "initial_tranche_usd").value).toBe(1e9);
    expect(one(text, "final_tranche_usd").subject).toBe("Microsoft -> Mistral AI");
    const up = "Nvidia committed $4 billion to xAI in March 2025 ($1 billion upfront, with the remaining $3 billion to follow).";
    expect(one(up, "initial_tranche_usd").value).toBe(1e9);
    expect(one(up, "final_tranche_usd").value).toBe(3e9);
  });
  it("does not read 'the remaining $X coming from a syndicate' without a first part as a tranche", () => {
    expect(find("Mistral AI raised $2 billion; SoftBank put in $1.5 billion, with the remaining $500 million coming from others.", "final_tranche_usd")).toHaveLength(0);
  });
  it("reads an investor's running total", () => {
    const text = "Microsoft invested $1 billion in Mistral AI in 2024. In May Microsoft said it would invest another $1 billion, doubling its total to $2 billion.";
    expect(one(text, "total_investment_usd").subject).toBe("Microsoft -> Mistral AI");
  });
  it("drops a gain on a holding and a share of the owner's own unit", () => {
    const text = "Microsoft invested $1 billion in Mistral AI. Microsoft booked $2.5 billion of pre-tax gains on its Mistral AI stake.";
    expect(find(text, "amount_usd").map((c) => c.value)).toEqual([1e9]);
    expect(find("SoftBank holds a warrant, exercisable only if Intel ceases to own at least 51% of its chip business.", "stake_pct")).toHaveLength(0);
  });
  it("reads 'lifted that to $X' after a valuation as the new valuation", () => {
    const text = "xAI was valued at $50 billion in early 2025, and its summer round lifted that to $120 billion.";
    expect(find(text, "valuation_usd").map((c) => c.value)).toEqual([5e10, 1.2e11]);
    expect(find(text, "round_size_usd")).toHaveLength(0);
  });
});

describe("stakes and prices of a deal", () => {
  it("reads a price per share paid for a stake, and not a share's closing price", () => {
    const text = "Qualcomm will pay $41.50 a share for newly issued Cerebras stock. Qualcomm shares closed at $60 a share.";
    expect(find(text, "price_per_share_usd").map((c) => [c.subject, c.value])).toEqual([["Qualcomm -> Cerebras", 41.5]]);
    const paid = "In May the Biden administration agreed to take a 6% stake in Intel, paying $4 billion, or $18.10 a share, for 221 million shares.";
    expect(one(paid, "price_per_share_usd").subject).toBe("US government -> Intel");
    expect(one(paid, "amount_usd").value).toBe(4e9);
  });
  it("reads a cheque for a share of a company, and the round it belongs to", () => {
    const text = "Deals are everywhere. Qualcomm wrote a €600 million ($700 million) cheque for about 8% of Mistral AI, in a €2 billion round at a €12 billion valuation.";
    expect(find(text, "amount_eur").map((c) => c.subject)).toEqual(["Qualcomm -> Mistral AI"]);
    expect(one(text, "stake_pct").subject).toBe("Qualcomm -> Mistral AI");
    expect(one(text, "round_size_eur").subject).toBe("Mistral AI");
    expect(one(text, "valuation_eur").subject).toBe("Mistral AI");
  });
  it("gives a round led by an unnamed subject to no one, and a round 'announced by' its company to that company", () => {
    expect(find("German software group leads €900m Series B that values the Berlin start-up at €6bn", "round_size_eur")).toHaveLength(0);
    expect(one("The investment anchors a €900m (about $1bn) Series B round announced by Mistral AI on Monday.", "round_size_eur").subject).toBe("Mistral AI");
  });
  it("names the company whose top shareholder an investor becomes", () => {
    expect(one("Qualcomm becomes Mistral AI's top shareholder with €600m bet on European AI", "amount_eur").subject).toBe("Qualcomm -> Mistral AI");
  });
  it("reads money paid to license or hire away a company's business", () => {
    expect(one("Microsoft agreed to pay roughly $650 million to license Inflection AI's models.", "amount_usd").subject).toBe("Microsoft -> Inflection AI");
    expect(find("Amazon will pay $4 billion to buy chips from Nvidia.", "amount_usd")).toHaveLength(0);
  });
  it("names a venture by the site it owns, and the manager of the funds that own it", () => {
    const text = "Under the deal, funds managed by Blue Owl will own 60 per cent of a joint venture that owns the Stargate campus, with Oracle holding the remaining 40 per cent.";
    expect(find(text, "stake_pct").map((c) => [c.subject, c.value])).toEqual([
      ["Blue Owl -> Stargate", 60],
      ["Oracle -> Stargate", 40],
    ]);
  });
  it("reads a distribution paid out to a partner, and not a cost estimate as an investment", () => {
    const text = "Funds managed by Blue Owl will own 60 per cent of a joint venture that owns the Stargate campus, with Oracle holding the remaining 40 per cent. Blue Owl is contributing $1bn of equity, and Oracle will receive a one-off distribution of about $2bn.";
    expect(one(text, "distribution_usd").subject).toBe("Stargate -> Oracle");
    expect(find("When Oracle unveiled the site in 2024, it put the cost at $15bn.", "amount_usd")).toHaveLength(0);
  });
  it("reads capital raised through a share sale apart from a funding round", () => {
    const c = one("Days later CoreWeave raised $2 billion through a share sale and convertible notes.", "capital_raised_usd");
    expect(c.subject).toBe("CoreWeave");
    expect(find("CoreWeave raised $2 billion in a funding round led by Magnetar.", "capital_raised_usd")).toHaveLength(0);
  });
});

describe("syndicates", () => {
  it("gives the rest of a round to the syndicate it names, into the round's company", () => {
    const text = "xAI announced a $6 billion funding round. Nvidia committed $2 billion, with the remaining $4 billion coming from a group of investors including Microsoft, Coatue and Temasek.";
    expect(find(text, "amount_usd").map((c) => c.subject)).toEqual(["Nvidia -> xAI", "Microsoft + Coatue + Temasek -> xAI"]);
  });
  it("gives no subject when a member of the syndicate cannot be named", () => {
    const text = "xAI announced a $6 billion funding round. Nvidia committed $2 billion, with the remaining $4 billion coming from a syndicate including Microsoft, Coatue and Zephyrine.";
    expect(find(text, "amount_usd").map((c) => c.subject)).toEqual(["Nvidia -> xAI"]);
  });
});
