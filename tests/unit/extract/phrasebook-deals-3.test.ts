/**
 * Phrasebook for deals, round 3: passive deals (the buyer or investor named after "by", "to", "from"),
 * a person's company ("Mira Murati's startup" → the company named with that person), investors outside
 * the registry in investor roles ("led by Accel", "Greenoaks Capital led …"), and an investor's own amount
 * in a participle clause ("with Pimco buying $18bn of the debt", "Nvidia has put $2 billion into X").
 * Sentences are our own (not fixture text).
 */
import { describe, it } from "vitest";
import { has, none, B, M, type Want } from "./phrasebook";

const POSITIVE: Array<[string, Want]> = [
  // (a) passive deals: the buyer or investor comes after "by", "to", "from"
  ["Graphcore was acquired by SoftBank for about $600 million.", { subject: "SoftBank -> Graphcore", property: "amount_usd", value: 600 * M, qualifier: "about" }],
  ["Wiz is being bought by Google for $32 billion.", { subject: "Google -> Wiz", property: "amount_usd", value: 32 * B }],
  ["Deci was purchased by Nvidia for roughly $300 million last year.", { subject: "Nvidia -> Deci", property: "amount_usd", value: 300 * M, qualifier: "about" }],
  ["Mosaic, which was bought by Databricks for $1.3 billion, trains models for enterprises.", { subject: "Databricks -> Mosaic", property: "amount_usd", value: 1.3 * B }],
  ["Silo AI was sold to AMD for $665 million in cash.", { subject: "AMD -> Silo AI", property: "amount_usd", value: 665 * M }],
  ["Lepton AI, which Nvidia acquired for $700 million, will open-source its scheduler.", { subject: "Nvidia -> Lepton AI", property: "amount_usd", value: 700 * M }],
  ["Deci, which Nvidia bought for about $300 million in 2024, makes inference software.", { subject: "Nvidia -> Deci", property: "amount_usd", value: 300 * M, qualifier: "about" }],
  ["Figure AI received $100 million from Microsoft in its latest round.", { subject: "Microsoft -> Figure AI", property: "amount_usd", value: 100 * M }],
  ["Lumen has secured $2 billion from Nvidia.", { subject: "Nvidia -> Lumen", property: "amount_usd", value: 2 * B }],
  ["Cohere was backed by Oracle with $270 million.", { subject: "Oracle -> Cohere", property: "amount_usd", value: 270 * M }],
  ["The deal follows a $100 million investment in Figure AI by Microsoft.", { subject: "Microsoft -> Figure AI", property: "amount_usd", value: 100 * M }],
  // a purchase whose target has an apposition before "for"
  ["SoftBank closed its purchase of Ampere Computing, the Santa Clara server-CPU designer, for $6.5 billion in cash.", { subject: "SoftBank -> Ampere Computing", property: "amount_usd", value: 6.5 * B }],
  ["Google completed the acquisition of Wiz, the Israeli security firm, for $32 billion.", { subject: "Google -> Wiz", property: "amount_usd", value: 32 * B }],
  ["AMD bought ZT Systems, the server maker, for $4.9 billion.", { subject: "AMD -> ZT Systems", property: "amount_usd", value: 4.9 * B }],
  // a stock purchase with a time phrase inside the verb
  ["SoftBank also agreed in August to buy $2 billion of Intel stock at $23 a share.", { subject: "SoftBank -> Intel", property: "amount_usd", value: 2 * B }],
  ["Microsoft agreed last week to buy $1 billion of Nebius shares.", { subject: "Microsoft -> Nebius", property: "amount_usd", value: 1 * B }],
  // (b) a person's company
  ["Thinking Machines Lab was founded by Mira Murati in February. Murati's startup raised $2 billion at a $12 billion valuation.", { subject: "Thinking Machines Lab", property: "round_size_usd", value: 2 * B }],
  ["Thinking Machines Lab was founded by Mira Murati in February. Mira Murati's startup raised $2 billion at a $12 billion valuation.", { subject: "Thinking Machines Lab", property: "valuation_usd", value: 12 * B }],
  ["Reflection AI, led by chief executive Misha Laskin, builds coding agents. Laskin's company is now valued at $8 billion.", { subject: "Reflection AI", property: "valuation_usd", value: 8 * B }],
  ["Ilya Sutskever's Safe Superintelligence is valued at $32 billion.", { subject: "Safe Superintelligence", property: "valuation_usd", value: 32 * B }],
  ["Elon Musk's xAI raised $10 billion from investors.", { subject: "xAI", property: "round_size_usd", value: 10 * B }],
  ["Mira Murati's startup, Thinking Machines Lab, raised $2 billion.", { subject: "Thinking Machines Lab", property: "round_size_usd", value: 2 * B }],
  ["Reflection AI was co-founded by Misha Laskin. Anthropic raised $13 billion last month. Laskin's startup is now valued at $8 billion.", { subject: "Reflection AI", property: "valuation_usd", value: 8 * B }],
  ["8. Safe Superintelligence (April 2025)\nIlya Sutskever's SSI raised $2 billion.\n\n9. Reflection AI (October 2025)\nMisha Laskin's startup raised $2 billion at an $8 billion valuation.", { subject: "Reflection AI", property: "valuation_usd", value: 8 * B }],
  ["Thinking Machines Lab chief executive Mira Murati has hired dozens of researchers. Safe Superintelligence is valued at $32 billion. Murati's company raised $2 billion in July.", { subject: "Thinking Machines Lab", property: "round_size_usd", value: 2 * B }],
  // (c) investors outside the registry in investor roles
  ["Safe Superintelligence raised $2 billion in April. Greenoaks Capital led the round with a $500 million cheque.", { subject: "Greenoaks Capital -> Safe Superintelligence", property: "amount_usd", value: 500 * M }],
  ["Safe Superintelligence raised $2 billion in April. Greenoaks led the round with a $500 million cheque.", { subject: "Greenoaks -> Safe Superintelligence", property: "amount_usd", value: 500 * M }],
  ["Vireo raised $300 million in a round led by Accel.", { subject: "Vireo", property: "round_size_usd", value: 300 * M }],
  ["Greenoaks Capital led the $500 million round in Lumen.", { subject: "Lumen", property: "round_size_usd", value: 500 * M }],
  ["Halvern Capital led a $250 million Series B for Lumen.", { subject: "Lumen", property: "round_size_usd", value: 250 * M }],
  ["Lumen raised $200 million with participation from Lightspeed and Index.", { subject: "Lumen", property: "round_size_usd", value: 200 * M }],
  ["Lumen raised $200 million. Greenoaks Capital invested $80 million of it.", { subject: "Greenoaks Capital -> Lumen", property: "amount_usd", value: 80 * M }],
  // (d) an investor's own amount in a participle clause or "put into"
  ["Oracle sold $38bn of bonds, with Pimco buying about $18bn of the debt.", { subject: "Pimco -> Oracle", property: "amount_usd", value: 18 * B, qualifier: "about" }],
  ["Nvidia has put $2 billion into Lumen.", { subject: "Nvidia -> Lumen", property: "amount_usd", value: 2 * B }],
  ["Microsoft has poured about $13 billion into OpenAI since 2019.", { subject: "Microsoft -> OpenAI", property: "amount_usd", value: 13 * B, qualifier: "about" }],
  ["Halvard Systems agreed to buy chips, with Nvidia pledging up to $100 billion of equity in return.", { subject: "Nvidia -> Halvard Systems", property: "amount_usd", value: 100 * B, qualifier: "up to" }],
  ["OpenAI agreed to deploy 6 gigawatts of AMD chips, with AMD committing about $20 billion of equity in return.", { subject: "AMD -> OpenAI", property: "amount_usd", value: 20 * B, qualifier: "about" }],
  ["Brookfield will own 60% of a joint venture that owns the Tamarack data center. The joint venture sold $12bn of bonds, with BlackRock taking about $4bn of the offering.", { subject: "BlackRock -> Tamarack", property: "amount_usd", value: 4 * B, qualifier: "about" }],
  ["CoreWeave sold $2 billion of notes, with Fidelity buying $500 million of the notes.", { subject: "Fidelity -> CoreWeave", property: "amount_usd", value: 500 * M }],
  ["Lumen raised $6 billion, with AMD committing $1 billion.", { subject: "AMD -> Lumen", property: "amount_usd", value: 1 * B }],
  // (e) gains on a holding
  ["Amazon booked $9.5 billion of pre-tax gains on its Anthropic stake.", { subject: "Amazon -> Anthropic", property: "investment_gain_usd", value: 9.5 * B }],
  ["Alphabet recorded an $8 billion investment gain on its stake in SpaceX.", { subject: "Alphabet -> SpaceX", property: "investment_gain_usd", value: 8 * B }],
  ["SoftBank logged a record profit, helped by a 2.1 trillion yen valuation gain on OpenAI.", { subject: "SoftBank -> OpenAI", property: "valuation_gain_jpy", value: 2.1e12 }],
  ["The US government is sitting on a paper gain of more than $4 billion on its Intel stake.", { subject: "US government -> Intel", property: "paper_gain_usd", value: 4 * B, qualifier: "at least" }],
  ["Microsoft's profit was lifted by $3 billion of gains on its OpenAI holding.", { subject: "Microsoft -> OpenAI", property: "investment_gain_usd", value: 3 * B }],
  ["The US government took a 10% stake in Intel for $8.9 billion. By Friday the government's stake was worth about $12 billion, a paper gain of more than $3 billion.", { subject: "US government -> Intel", property: "paper_gain_usd", value: 3 * B, qualifier: "at least" }],
  // (f) all a company has raised, and capital raised in debt and equity together
  ["Groq has raised more than $3 billion to date.", { subject: "Groq", property: "total_funding_usd", value: 3 * B, qualifier: "at least" }],
  ["Cerebras had raised about $1.1 billion in funding to date before the IPO filing.", { subject: "Cerebras", property: "total_funding_usd", value: 1.1 * B, qualifier: "about" }],
  ["Nebius raised about $3bn of debt and equity in September.", { subject: "Nebius", property: "capital_raised_usd", value: 3 * B, qualifier: "about" }],
];

const NEGATIVE: Array<[string, string, number?, string?]> = [
  // the target of a passive purchase is never the buyer
  ["Graphcore was acquired by SoftBank for about $600 million.", "amount_usd", 600 * M, "Graphcore -> SoftBank"],
  ["Silo AI was sold to AMD for $665 million in cash.", "amount_usd", 665 * M, "Silo AI -> AMD"],
  // goods bought from a company with an apposition are no purchase of the company
  ["SoftBank bought servers from Ampere Computing, the chip designer, for $6.5 billion.", "amount_usd", 6.5 * B, "SoftBank -> Ampere Computing"],
  // a product sold to a customer is no purchase of a company
  ["Lumen's servers were sold to Meta for $2 billion.", "amount_usd", 2 * B, "Meta -> Lumen"],
  // money received as revenue from a customer is no investment
  ["Lumen received $2 billion in revenue from Microsoft.", "amount_usd", 2 * B, "Microsoft -> Lumen"],
  // an investor leading a round is no round of its own
  ["Greenoaks Capital led the $500 million round in Lumen.", "round_size_usd", 500 * M, "Greenoaks Capital"],
  ["Greenoaks Capital led the $500 million round in Lumen.", "round_size_usd", 500 * M, "Greenoaks"],
  // a person's company is not the company named last
  ["Reflection AI was co-founded by Misha Laskin. Anthropic raised $13 billion last month. Laskin's startup is now valued at $8 billion.", "valuation_usd", 8 * B, "Anthropic"],
  ["8. Safe Superintelligence (April 2025)\nIlya Sutskever's SSI raised $2 billion.\n\n9. Reflection AI (October 2025)\nMisha Laskin's startup raised $2 billion at an $8 billion valuation.", "valuation_usd", 8 * B, "Safe Superintelligence"],
  // a person's own fortune is not the company's
  ["Thinking Machines Lab was founded by Mira Murati. Murati's personal fortune is worth $3 billion.", "valuation_usd", 3 * B, "Thinking Machines Lab"],
  // "with X pledging $Y" of a revenue share or a loan is no equity
  ["Halvard Systems agreed to buy chips, with Nvidia pledging up to $100 billion of orders in return.", "amount_usd", 100 * B, "Nvidia -> Halvard Systems"],
  // a loss, or a gain that is the company's own result, is no holding's gain
  ["Alphabet posted a $3 billion loss on its stake in Anthropic.", "investment_gain_usd"],
  // an estimate of a market is no investment; investors told a forecast are no investors in it
  ["Nvidia chief Jensen Huang put the annual market opportunity for the partnership at $25 billion to $50 billion.", "amount_usd"],
  ["Cohere has told investors its revenue could reach $1 billion next year.", "amount_usd"],
  // debt alone is debt
  ["CoreWeave raised $2 billion of debt last month.", "capital_raised_usd"],
  // a bond buyer's amount is not a round
  ["Oracle sold $38bn of bonds, with Pimco buying about $18bn of the debt.", "round_size_usd", 18 * B],
];

describe("phrasebook: deals, round 3", () => {
  for (const [text, want] of POSITIVE) it(`${want.subject} ${want.property}: ${text.slice(0, 70)}`, () => has(text, want));
  for (const [text, property, value, subject] of NEGATIVE) it(`no ${subject ?? ""} ${property}: ${text.slice(0, 70)}`, () => none(text, property, value, subject));
});
