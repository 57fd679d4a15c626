import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const pick = (text: string, property: string) =>
  claimsOf(text, "2026-03-01")
    .filter((c) => c.property === property)
    .map((c) => `${c.subject} = ${c.value}`);

describe("each party of a list (money-each)", () => {
  it("gives one claim per party for 'each committed' and 'each hold'", () => {
    const t = "Intro line for the story.\n\nMicrosoft and Nvidia have each committed $8 billion to Anthropic and will each hold a 3% stake.";
    expect(pick(t, "amount_usd")).toEqual(["Microsoft -> Anthropic = 8000000000", "Nvidia -> Anthropic = 8000000000"]);
    expect(pick(t, "stake_pct")).toEqual(["Microsoft -> Anthropic = 3", "Nvidia -> Anthropic = 3"]);
  });

  it("keeps a group when the parties invest together", () => {
    const t = "Some context first.\n\nThe lab raised money from several backers, while Amazon and Google together committed a further $3 billion to Anthropic.";
    expect(pick(t, "amount_usd")).toEqual(["Amazon + Google -> Anthropic = 3000000000"]);
  });

  it("does not split 'each year'", () => {
    const t = "Context.\n\nMicrosoft and Nvidia will invest $2 billion each year in Anthropic.";
    expect(pick(t, "amount_usd").some((a) => a.startsWith("Nvidia -> "))).toBe(false);
  });
});

describe("programs called ventures", () => {
  it("money committed 'to the U.S. venture' goes to the named program", () => {
    const t = "Context.\n\nAramco joined the $100 billion Stargate venture last year.\n\nOracle and SoftBank have each committed $5 billion to the U.S. venture.";
    const a = pick(t, "amount_usd");
    expect(a).toContain("Oracle -> Stargate = 5000000000");
    expect(a).toContain("SoftBank -> Stargate = 5000000000");
    expect(a.some((x) => /U\.S/.test(x))).toBe(false);
  });
});

describe("gapped second party", () => {
  it("reads the target named after the second party's amount", () => {
    const t = "Context.\n\nAmazon is putting in up to $4 billion and Google up to $2 billion into Anthropic.";
    expect(pick(t, "amount_usd")).toEqual(["Amazon -> Anthropic = 4000000000", "Google -> Anthropic = 2000000000"]);
  });
});

describe("financing of a named site", () => {
  it("goes to the site, not its owner", () => {
    const t = "Context.\n\nOracle's Jupiter data center in Texas got roughly $18 billion of financing from Blue Owl.";
    expect(pick(t, "amount_usd")).toEqual(["Blue Owl -> Jupiter = 18000000000"]);
  });
});

describe("compute contracts", () => {
  it("reads plural contracts with 'including' as a total and the ordinal one as a contract", () => {
    const t = "Context.\n\nMeta has lined up several compute deals this year. It has also signed contracts with CoreWeave worth as much as $20 billion, including an initial $12 billion agreement struck in May.";
    expect(pick(t, "total_compute_commitment_usd")).toEqual(["Meta -> CoreWeave = 20000000000"]);
    expect(pick(t, "compute_commitment_usd")).toEqual(["Meta -> CoreWeave = 12000000000"]);
  });

  it("reads 'deals with X now total' and an expansion", () => {
    const t = "Context.\n\nCoreWeave's deals with Meta now total about $14 billion after a $3 billion expansion in October.";
    expect(pick(t, "total_compute_commitment_usd")).toEqual(["Meta -> CoreWeave = 14000000000"]);
    expect(pick(t, "compute_commitment_usd")).toEqual(["Meta -> CoreWeave = 3000000000"]);
  });

  it("leaves a contract that names its own counterparty to the general rules", () => {
    const t = "Context.\n\nHalyard AI signed a $900 million contract with CoreWeave for a new cluster.";
    expect(pick(t, "compute_commitment_usd")).toEqual(["Halyard AI -> CoreWeave = 900000000"]);
  });
});

describe("holdings and per-gigawatt money", () => {
  it("reads the worth of a slice a company owns", () => {
    const t = "Context.\n\nOh, and Nvidia also owns a slice of Lambda (about $500 million worth of stock, bought last year).";
    expect(pick(t, "stake_value_usd")).toEqual(["Nvidia -> Lambda = 500000000"]);
  });

  it("does not read a slice of revenue as a holding", () => {
    const t = "Context.\n\nNvidia owns a slice of the market (about $500 million of revenue).";
    expect(pick(t, "stake_value_usd")).toEqual([]);
  });

  it("reads an investment per gigawatt in the same sentence as the investment", () => {
    const t = "Context.\n\nIn May AMD said it would invest up to $20 billion in xAI, roughly $5 billion for each gigawatt the lab deploys.";
    expect(pick(t, "amount_per_gw_usd")).toEqual(["AMD -> xAI = 5000000000"]);
  });

  it("reads a warrant's share 'which works out to' a percentage", () => {
    const t = "Context.\n\nIn return Anthropic got warrants for up to 80 million Broadcom shares, which works out to roughly 2% of the company.";
    expect(pick(t, "stake_pct")).toEqual(["Anthropic -> Broadcom = 2"]);
  });
});

describe("short forms and possessive rounds", () => {
  it("folds a short form of a registry name the article writes in full", () => {
    const t = "Context.\n\nGoogle agreed to invest $2 billion in Scale AI, a deal that valued Scale at more than $20 billion.";
    expect(pick(t, "valuation_usd")).toEqual(["Scale AI = 20000000000"]);
  });

  it("a company's own round stays its own after it invested elsewhere", () => {
    const t = "Context.\n\nOpenAI and SoftBank have each committed $10 billion to the Stargate venture.\n\nMGX took part in OpenAI's $40 billion funding round led by SoftBank.";
    expect(pick(t, "round_size_usd")).toEqual(["OpenAI = 40000000000"]);
  });
});

describe("fractions and people as holders (stake-fractions, stakes)", () => {
  it("reads 'a tenth of' and 'a fifth of the company' as stakes", () => {
    const t = "Context.\n\nAmazon owns roughly a tenth of Mistral AI. Later, Nvidia held a fifth of the company.";
    expect(pick(t, "stake_pct")).toEqual(["Amazon -> Mistral AI = 10", "Nvidia -> Mistral AI = 20"]);
  });

  it("does not read a fraction of money or of a count as a stake", () => {
    const t = "Context.\n\nMeta's Azure commitment of a quarter of a trillion dollars dwarfs the deal. A fifth of those chips would go to G42.";
    expect(pick(t, "stake_pct")).toEqual([]);
  });

  it("reads a warrant over 'its shares' stated as a fraction of the company", () => {
    const t = "Context.\n\nBroadcom handed Anthropic warrants for up to 50mn of its shares — roughly a tenth of the company — that vest over time.";
    expect(pick(t, "stake_pct")).toEqual(["Anthropic -> Broadcom = 10"]);
  });

  it("gives a person's stake with the full name the article used", () => {
    const t = "Context.\n\nThe rally lifted founder Hock Tan's fortune. Tan, who owns about 4% of Broadcom, said little.";
    expect(pick(t, "stake_pct")).toEqual(["Hock Tan -> Broadcom = 4"]);
  });

  it("does not take a group of people for a person", () => {
    const t = "Context.\n\nAnalysts, who hold about 5% of Broadcom, said little.";
    expect(pick(t, "stake_pct")).toEqual([]);
  });
});

describe("counterparties after the amount", () => {
  it("reads the buyer named after 'worth $X with'", () => {
    const t = "Context.\n\nNebius signed a five-year contract worth $9 billion with Meta.";
    expect(pick(t, "compute_commitment_usd")).toEqual(["Meta -> Nebius = 9000000000"]);
  });

  it("reads 'followed with $X' as the next investor in the running deal", () => {
    const t = "Context.\n\nSoftBank paid $2 billion for a 2% stake in Intel in August. Nvidia followed with $5 billion at $23.28 a share.";
    expect(pick(t, "amount_usd")).toEqual(["SoftBank -> Intel = 2000000000", "Nvidia -> Intel = 5000000000"]);
  });
});

describe("the company an investor backed earlier in the paragraph (money-deals)", () => {
  it("gives 'added a further $X' to the company the investor first backed", () => {
    const t = "Context.\n\nAmazon first backed Anthropic in 2023. Amazon added a further $4bn in 2024.";
    expect(pick(t, "amount_usd")).toEqual(["Amazon -> Anthropic = 4000000000"]);
  });
});

describe("bets", () => {
  it("reads a headline bet on a company", () => {
    expect(pick("Intro line.\n\nAmazon Bets $8 Billion On Rival Anthropic\n\nBody text.", "amount_usd")).toEqual(["Amazon -> Anthropic = 8000000000"]);
    expect(pick("Intro line.\n\nGoogle's $2 Billion Bet on Anthropic\n\nBody text.", "amount_usd")).toEqual(["Google -> Anthropic = 2000000000"]);
  });

  it("does not read a bet on something that is not a company", () => {
    expect(pick("Intro line.\n\nMicrosoft bet $2 billion on the quarter's results.", "amount_usd")).toEqual([]);
  });
});

describe("'into the company' after an amount (coreference)", () => {
  it("the company invested in is not the investor just named", () => {
    const t = "Context.\n\nMistral AI grew fast this year. Nvidia, which has put north of $2 billion into the company, said it will sell more chips.";
    expect(pick(t, "amount_usd")).toEqual(["Nvidia -> Mistral AI = 2000000000"]);
  });

  it("with a possessive before, the sentence's subject is the investor", () => {
    const t = "Context.\n\nMistral AI grew fast this year. Nvidia remains Mistral AI's largest investor, having put $2 billion into the company.";
    expect(pick(t, "amount_usd")).toEqual(["Nvidia -> Mistral AI = 2000000000"]);
  });
});
