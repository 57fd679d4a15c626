/**
 * Phrasebook for deals: the ordinary ways wires, business papers, trade press, blogs and
 * newsletters state valuations, rounds, investments, stakes, compute contracts and acquisitions,
 * each with the claim a careful reader takes. Sentences are our own (not fixture text).
 */
import { describe, it } from "vitest";
import { has, none, B, M, type Want } from "./phrasebook";

const POSITIVE: Array<[string, Want]> = [
  // valuation
  ["OpenAI is worth about $500 billion, according to people familiar with the matter.", { subject: "OpenAI", property: "valuation_usd", value: 500 * B, qualifier: "about" }],
  ["Anthropic is now valued at $183 billion.", { subject: "Anthropic", property: "valuation_usd", value: 183 * B }],
  ["The round values Mistral AI at €11.7 billion.", { subject: "Mistral AI", property: "valuation_eur", value: 11.7 * B }],
  ["xAI raised fresh capital at a $230 billion valuation.", { subject: "xAI", property: "valuation_usd", value: 230 * B }],
  ["Perplexity, which was last valued at $20 billion, is weighing a new raise.", { subject: "Perplexity", property: "valuation_usd", value: 20 * B }],
  ["Cohere Valued at $6.8 Billion After New Funding", { subject: "Cohere", property: "valuation_usd", value: 6.8 * B }],
  ["The deal gives Anthropic a post-money valuation of $350 billion.", { subject: "Anthropic", property: "post_money_valuation_usd", value: 350 * B }],
  ["The investment values xAI at $200 billion pre-money.", { subject: "xAI", property: "pre_money_valuation_usd", value: 200 * B }],
  ["The $12 billion-valued startup Cursor is hiring.", { subject: "Cursor", property: "valuation_usd", value: 12 * B }],
  ["Cursor maker Anysphere now carries a valuation of nearly $30 billion.", { subject: "Anysphere", property: "valuation_usd", value: 30 * B, qualifier: "about" }],
  ["Databricks now carries a valuation of nearly $30 billion.", { subject: "Databricks", property: "valuation_usd", value: 30 * B, qualifier: "about" }],
  ["Mistral AI is in talks to raise money at a valuation of roughly $14 billion.", { subject: "Mistral AI", property: "valuation_usd", value: 14 * B, status: "talks" }],
  // round size
  ["Anthropic raised $13 billion in a Series F round.", { subject: "Anthropic", property: "round_size_usd", value: 13 * B }],
  ["Cohere raises $500 million as enterprise demand grows", { subject: "Cohere", property: "round_size_usd", value: 500 * M }],
  ["Perplexity has closed a $200 million round led by existing investors.", { subject: "Perplexity", property: "round_size_usd", value: 200 * M }],
  ["Mistral AI secured €1.7 billion in new funding.", { subject: "Mistral AI", property: "round_size_eur", value: 1.7 * B }],
  ["xAI Lands $10 Billion in New Funding", { subject: "xAI", property: "round_size_usd", value: 10 * B }],
  ["Anthropic completed a $30 billion Series G, the company said.", { subject: "Anthropic", property: "round_size_usd", value: 30 * B }],
  ["The startup, Cursor, raised $900 million from Thrive Capital and others.", { subject: "Cursor", property: "round_size_usd", value: 900 * M }],
  // investor -> company
  ["Nvidia will invest up to $100 billion in OpenAI.", { subject: "Nvidia -> OpenAI", property: "amount_usd", value: 100 * B, qualifier: "up to" }],
  ["Microsoft has poured more than $13 billion into OpenAI since 2019.", { subject: "Microsoft -> OpenAI", property: "amount_usd", value: 13 * B, qualifier: "at least" }],
  ["Amazon has put $8 billion into Anthropic.", { subject: "Amazon -> Anthropic", property: "amount_usd", value: 8 * B }],
  ["Google agreed to invest an additional $1 billion in Anthropic.", { subject: "Google -> Anthropic", property: "amount_usd", value: 1 * B, status: "announced" }],
  ["SoftBank pumped $22.5 billion into OpenAI in December.", { subject: "SoftBank -> OpenAI", property: "amount_usd", value: 22.5 * B }],
  ["Nvidia is investing $2 billion in xAI's latest round.", { subject: "Nvidia -> xAI", property: "amount_usd", value: 2 * B }],
  // stakes
  ["Microsoft owns about 27% of OpenAI Group PBC.", { subject: "Microsoft -> OpenAI", property: "stake_pct", value: 27, qualifier: "about" }],
  ["Amazon holds a minority stake of roughly 15% in Anthropic.", { subject: "Amazon -> Anthropic", property: "stake_pct", value: 15, qualifier: "about" }],
  ["Nvidia bought a 4% stake in Intel for $5 billion.", { subject: "Nvidia -> Intel", property: "stake_pct", value: 4 }],
  ["SoftBank will own 11% of OpenAI after the deal.", { subject: "SoftBank -> OpenAI", property: "stake_pct", value: 11 }],
  ["Microsoft's stake in OpenAI is worth roughly $135 billion.", { subject: "Microsoft -> OpenAI", property: "stake_value_usd", value: 135 * B, qualifier: "about" }],
  // compute contracts
  ["OpenAI signed a $38 billion deal with AWS.", { subject: "OpenAI -> AWS", property: "compute_commitment_usd", value: 38 * B }],
  ["OpenAI agreed to buy $250 billion of Azure services from Microsoft.", { subject: "OpenAI -> Microsoft Azure", property: "compute_commitment_usd", value: 250 * B }],
  ["Meta signed a contract worth $14 billion with CoreWeave.", { subject: "Meta -> CoreWeave", property: "compute_commitment_usd", value: 14 * B }],
  ["OpenAI will pay Oracle about $300 billion for computing power over roughly five years.", { subject: "OpenAI -> Oracle", property: "compute_commitment_usd", value: 300 * B, qualifier: "about" }],
  // acquisitions
  ["SoftBank agreed to acquire Ampere Computing for $6.5 billion in an all-cash deal.", { subject: "SoftBank -> Ampere Computing", property: "amount_usd", value: 6.5 * B }],
  // implied subjects
  ["Anthropic is expanding in Europe. The company is now valued at $183 billion.", { subject: "Anthropic", property: "valuation_usd", value: 183 * B }],
  ["Mistral AI opened an office in Munich. It raised €1.7 billion last year.", { subject: "Mistral AI", property: "round_size_eur", value: 1.7 * B }],
  ["OpenAI released a new model on Tuesday. The ChatGPT maker is worth $500 billion.", { subject: "OpenAI", property: "valuation_usd", value: 500 * B }],
  ["Cohere builds models for enterprises. The startup raised $500 million in August.", { subject: "Cohere", property: "round_size_usd", value: 500 * M }],
  ["Perplexity is growing fast. It is valued at $20 billion.", { subject: "Perplexity", property: "valuation_usd", value: 20 * B }],
  // more valuation wordings
  ["Databricks Hits $100 Billion Valuation in Latest Round", { subject: "Databricks", property: "valuation_usd", value: 100 * B }],
  ["The financing values Cohere at about $7 billion, people familiar said.", { subject: "Cohere", property: "valuation_usd", value: 7 * B, qualifier: "about" }],
  ["Perplexity's valuation has climbed to $20 billion.", { subject: "Perplexity", property: "valuation_usd", value: 20 * B }],
  ["Investors put Anthropic's value at $350 billion.", { subject: "Anthropic", property: "valuation_usd", value: 350 * B }],
  ["Safe Superintelligence, now valued at $32 billion, has no product yet.", { subject: "Safe Superintelligence", property: "valuation_usd", value: 32 * B }],
  ["Mistral AI is worth more than $14 billion after the round.", { subject: "Mistral AI", property: "valuation_usd", value: 14 * B, qualifier: "at least" }],
  ["Cerebras pulled in $1.1 billion this week as rival Groq hits a $6.9B valuation.", { subject: "Groq", property: "valuation_usd", value: 6.9 * B }],
  ["Cohere raised $500 million, while Mistral AI reached a $14 billion valuation.", { subject: "Mistral AI", property: "valuation_usd", value: 14 * B }],
  ["Anthropic, the $183 billion startup, is hiring in Tokyo.", { subject: "Anthropic", property: "valuation_usd", value: 183 * B }],
  ["Perplexity is a $20 billion company now.", { subject: "Perplexity", property: "valuation_usd", value: 20 * B }],
  // more rounds
  ["Cohere announced a $500 million funding round on Thursday.", { subject: "Cohere", property: "round_size_usd", value: 500 * M }],
  ["Perplexity Closes $500 Million Series E", { subject: "Perplexity", property: "round_size_usd", value: 500 * M }],
  ["Anthropic has raised $13 billion in fresh funding, the company said Tuesday.", { subject: "Anthropic", property: "round_size_usd", value: 13 * B, status: "closed" }],
  ["xAI is seeking to raise as much as $15 billion.", { subject: "xAI", property: "round_size_usd", value: 15 * B, qualifier: "up to", status: "talks" }],
  ["Mistral AI's €1.7 billion Series C was led by ASML.", { subject: "Mistral AI", property: "round_size_eur", value: 1.7 * B }],
  // more investments
  ["Nvidia contributed $2 billion to xAI's round.", { subject: "Nvidia -> xAI", property: "amount_usd", value: 2 * B }],
  ["ASML invested €1.3 billion in Mistral AI.", { subject: "ASML -> Mistral AI", property: "amount_eur", value: 1.3 * B }],
  ["Anthropic received $4 billion from Amazon in 2024.", { subject: "Amazon -> Anthropic", property: "amount_usd", value: 4 * B }],
  ["Microsoft has committed $10 billion to OpenAI.", { subject: "Microsoft -> OpenAI", property: "amount_usd", value: 10 * B }],
  // more stakes
  ["Google has invested $3 billion in Anthropic and owns roughly 14% of it.", { subject: "Google -> Anthropic", property: "stake_pct", value: 14, qualifier: "about" }],
  ["Core Scientific holders balked. Two Seas Capital, which owns about 6% of the stock, voted no.", { subject: "Two Seas Capital -> Core Scientific", property: "stake_pct", value: 6, qualifier: "about" }],
  ["The US government holds a 10% stake in Intel.", { subject: "US government -> Intel", property: "stake_pct", value: 10 }],
  ["Nvidia now owns roughly 7% of CoreWeave.", { subject: "Nvidia -> CoreWeave", property: "stake_pct", value: 7, qualifier: "about" }],
  ["SoftBank sold its entire stake in Nvidia for $5.8 billion.", { subject: "SoftBank -> Nvidia", property: "stake_sale_usd", value: 5.8 * B }],
  ["SoftBank's OpenAI stake is now worth about $30 billion.", { subject: "SoftBank -> OpenAI", property: "stake_value_usd", value: 30 * B, qualifier: "about" }],
  ["OpenAI is raising money. Microsoft will hold a stake of roughly 27%, worth about $135 billion.", { subject: "Microsoft -> OpenAI", property: "stake_value_usd", value: 135 * B, qualifier: "about" }],
  ["OpenAI finished its restructuring, with Microsoft holding a stake worth about $135 billion.", { subject: "Microsoft -> OpenAI", property: "stake_value_usd", value: 135 * B, qualifier: "about" }],
  // more compute
  ["Anthropic will spend $30 billion on Microsoft Azure compute capacity.", { subject: "Anthropic -> Microsoft Azure", property: "compute_commitment_usd", value: 30 * B }],
  ["Meta has signed a $10 billion cloud deal with Google.", { subject: "Meta -> Google Cloud", property: "compute_commitment_usd", value: 10 * B }],
  ["OpenAI inked a seven-year, $38 billion agreement with Amazon Web Services.", { subject: "OpenAI -> AWS", property: "compute_commitment_usd", value: 38 * B }],
  ["Nebius now rivals IREN Ltd., which last week agreed to a $9.7 billion deal with Microsoft.", { subject: "Microsoft -> IREN", property: "compute_commitment_usd", value: 9.7 * B }],
  ["Microsoft signed a $9.7 billion, five-year agreement with IREN.", { subject: "Microsoft -> IREN", property: "compute_commitment_usd", value: 9.7 * B }],
  // more acquisitions
  ["Nvidia bought Lepton AI for $700 million.", { subject: "Nvidia -> Lepton AI", property: "amount_usd", value: 700 * M }],
  ["Qualcomm has deep pockets, and it bought SerDes specialist Alphawave for roughly $2.4 billion.", { subject: "Qualcomm -> Alphawave", property: "amount_usd", value: 2.4 * B, qualifier: "about" }],
  ["CoreWeave agreed to buy Core Scientific in an all-stock deal valued at $9 billion.", { subject: "CoreWeave -> Core Scientific", property: "amount_usd", value: 9 * B }],
  // more implied subjects
  ["OpenAI is expanding its data centres. The ChatGPT maker raised $40 billion in March.", { subject: "OpenAI", property: "round_size_usd", value: 40 * B }],
  ["Anthropic builds the Claude models. The lab is valued at $183 billion.", { subject: "Anthropic", property: "valuation_usd", value: 183 * B }],
  // the deal named a sentence before
  ["Lambda signed a multiyear agreement with Microsoft to supply GPU capacity. The deal is worth about $5 billion.", { subject: "Microsoft -> Lambda", property: "compute_commitment_usd", value: 5 * B, qualifier: "about" }],
  ["Meta signed a cloud deal with Google in August. The contract is valued at more than $10 billion.", { subject: "Meta -> Google Cloud", property: "compute_commitment_usd", value: 10 * B, qualifier: "at least" }],
  ["Nebius has struck a deal to supply GPUs to Meta. Nebius did not disclose terms of the contract. It is worth up to $3 billion, a person familiar said.", { subject: "Meta -> Nebius", property: "compute_commitment_usd", value: 3 * B, qualifier: "up to" }],
  ["Amazon will invest in Anthropic, the companies said. The deal is worth $4 billion.", { subject: "Amazon -> Anthropic", property: "amount_usd", value: 4 * B }],
  ["CoreWeave agreed to buy Groq on Monday. The deal values the chipmaker at about $9 billion.", { subject: "Groq", property: "valuation_usd", value: 9 * B, qualifier: "about" }],
  ["CoreWeave agreed to buy Groq on Monday. The deal is valued at about $9 billion.", { subject: "CoreWeave -> Groq", property: "amount_usd", value: 9 * B, qualifier: "about" }],
  ["Nvidia bought rival chip startup Groq in a deal worth $20 billion.", { subject: "Nvidia -> Groq", property: "amount_usd", value: 20 * B }],
];

const NEGATIVE: Array<[string, string, number?]> = [
  ["OpenAI released GPT-5 and a 120 billion parameter model.", "valuation_usd"],
  ["Anthropic was founded in 2021 and employs 2,000 people.", "round_size_usd"],
  ["If OpenAI were worth $1 trillion, it would be the largest private company.", "valuation_usd"],
  ["Nvidia's market value topped $4 trillion.", "valuation_usd"],
  ["The fund manages $50 billion and backed Cohere last year.", "amount_usd"],
  ["Microsoft's shares rose 3% after the announcement.", "stake_pct"],
  ["Cohere's revenue grew 40% to $100 million.", "round_size_usd"],
  ["The company did not disclose the value of its stake in Anthropic.", "stake_value_usd"],
  ["OpenAI's chief executive has a net worth of $2 billion.", "valuation_usd"],
  ["The startup plans to hire 500 people by 2027.", "round_size_usd"],
  ["Analysts say the market for AI chips could reach $500 billion by 2028.", "valuation_usd"],
  ["Nvidia's H100 costs about $30,000 per chip.", "amount_usd"],
  ["About 20% of Cohere's customers are banks.", "stake_pct"],
  ["Nvidia is worth about $4.5 trillion after the rally.", "valuation_usd"],
  ["Whether OpenAI is worth $500 billion is an open question.", "valuation_usd"],
  ["Microsoft signed a deal with Nebius. Nebius raised $1 billion in 2024.", "compute_commitment_usd"],
  ["Lambda signed an agreement with Microsoft. It raised $2 billion last year.", "compute_commitment_usd"],
  ["OpenAI agreed to buy capacity from AWS in a deal valued at $38 billion.", "amount_usd"],
  ["Microsoft signed a deal with Nebius.\n\nAI Spending\n\nThe deal is worth $400 billion industry-wide.", "compute_commitment_usd"],
  ["Larry Ellison is now worth about $300 billion.", "valuation_usd"],
  ["Smith is worth $3 million, court papers show.", "valuation_usd"],
  ["Vanguard owns 8% of the shares sold in the offering.", "stake_pct"],
  ["Anthropic signed a $2 billion company-wide licensing deal.", "valuation_usd"],
  ["Nvidia's data-center unit is a $100 billion business.", "valuation_usd"],
  ["Cohere hopes to become a $50 billion company by 2030.", "valuation_usd"],
];

describe("phrasebook: deals", () => {
  for (const [text, want] of POSITIVE) it(`${want.property}: ${text}`, () => has(text, want));
  for (const [text, property, value] of NEGATIVE) it(`no ${property}: ${text}`, () => none(text, property, value));
});
