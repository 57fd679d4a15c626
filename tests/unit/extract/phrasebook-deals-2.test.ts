/**
 * Phrasebook for deals, round 2: the harder constructions of common deal facts. A subject named one
 * sentence earlier ("The company, founded in 2023, …", "On Tuesday it …", "For Oracle, it's …"), a
 * venture named by the site it owns ("the venture", "the campus"), an investor's share of a round in a
 * list or a participle clause ("including $2 billion from X", "with X contributing $1 billion",
 * "X, which led the round with $400 million"). Sentences are our own (not fixture text).
 */
import { describe, it } from "vitest";
import { has, none, B, M, type Want } from "./phrasebook";

const POSITIVE: Array<[string, Want]> = [
  // "the company" / "it" after a sentence about the company, with another company named last
  ["Lambda has been one of the season's winners. On Monday it announced a $1.5bn four-year agreement to supply Microsoft with computing capacity. The company, founded in 2012, is understood to be in talks to raise about $800mn from investors.", { subject: "Lambda", property: "round_size_usd", value: 800 * M, status: "talks" }],
  ["Lambda has been one of the season's winners. On Monday it announced a $1.5bn four-year agreement to supply Microsoft with computing capacity.", { subject: "Microsoft -> Lambda", property: "compute_commitment_usd", value: 1.5 * B }],
  ["Crusoe is growing fast. Last week it announced a $2 billion five-year agreement to supply Oracle with GPU capacity.", { subject: "Oracle -> Crusoe", property: "compute_commitment_usd", value: 2 * B }],
  ["Together AI has signed a deal with Nvidia to deploy new racks. The startup, which was founded in 2022, raised $305 million last month.", { subject: "Together AI", property: "round_size_usd", value: 305 * M }],
  ["Nebius reported strong growth this quarter. For Meta, it's the second such deal this year. Earlier this month the company agreed to pay CoreWeave $14 billion for cloud capacity.", { subject: "Meta -> CoreWeave", property: "compute_commitment_usd", value: 14 * B }],
  ["Nscale announced a $6.2bn (£4.6bn) agreement to supply Microsoft with computing capacity.", { subject: "Microsoft -> Nscale", property: "compute_commitment_usd", value: 6.2 * B }],
  // a venture named by the site it owns
  ["Funds managed by Apollo will own 70 per cent of a joint venture that owns the Cheyenne campus, with Oracle holding the remaining 30 per cent. The venture sold $12bn of bonds due 2045.", { subject: "Cheyenne", property: "debt_raised_usd", value: 12 * B }],
  ["Brookfield will own 60% of a joint venture that owns the Tamarack data center, with xAI keeping the remaining 40%. The joint venture raised $5 billion of debt from banks.", { subject: "Tamarack", property: "debt_raised_usd", value: 5 * B }],
  // an investor's share of a round
  ["Lumen raised $3 billion, including $2 billion from Nvidia.", { subject: "Nvidia -> Lumen", property: "amount_usd", value: 2 * B }],
  ["Lumen raised $3 billion, including $2 billion from Nvidia and $1 billion from AMD.", { subject: "AMD -> Lumen", property: "amount_usd", value: 1 * B }],
  ["Vireo closed a $600 million round, of which $250 million came from Salesforce Ventures.", { subject: "Salesforce Ventures -> Vireo", property: "amount_usd", value: 250 * M }],
  ["Cohere raised $500 million, with Nvidia contributing about $100 million.", { subject: "Nvidia -> Cohere", property: "amount_usd", value: 100 * M, qualifier: "about" }],
  ["Perplexity secured $200 million in new funding, with Index Ventures putting in $80 million.", { subject: "Index Ventures -> Perplexity", property: "amount_usd", value: 80 * M }],
  ["Mistral AI raised €1.7 billion from ASML, which led the round with €1.3 billion.", { subject: "ASML -> Mistral AI", property: "amount_eur", value: 1.3 * B }],
  ["Cursor raised $900 million. Thrive Capital led the round with $400 million.", { subject: "Thrive Capital -> Cursor", property: "amount_usd", value: 400 * M }],
  ["Anysphere raised $900 million in a round led by Thrive Capital. Nvidia chipped in $50 million.", { subject: "Nvidia -> Anysphere", property: "amount_usd", value: 50 * M }],
];

const NEGATIVE: Array<[string, string, number?, string?]> = [
  // a share of revenue, not of a round
  ["Lumen raised $3 billion last year and booked $1 billion in revenue, including $400 million from Microsoft.", "amount_usd", 400 * M],
  // a share from a class of investors, no company
  ["Lumen raised $3 billion, including $2 billion from existing investors.", "amount_usd", 2 * B],
  // the leader's share is not the round's size
  ["Mistral AI raised €1.7 billion from ASML, which led the round with €1.3 billion.", "round_size_eur", 1.3 * B],
  // "the company" at a sentence start does not mean the company named last
  ["Nscale has been one of the week's winners. It announced a deal to supply Microsoft with capacity. The company is in talks to raise close to $1bn.", "round_size_usd", 1 * B, "Microsoft"],
  // "the project" with no venture named by a site stays unresolved
  ["Microsoft praised the partnership. The project sold $3bn of bonds.", "debt_raised_usd", 3 * B, "Microsoft"],
  // a chipmaker supplying chips is not a compute contract
  ["AMD is on a roll. It signed a $10 billion agreement to supply OpenAI with chips.", "compute_commitment_usd"],
];

describe("phrasebook: deals, round 2", () => {
  for (const [text, want] of POSITIVE) it(`${want.property}: ${text}`, () => has(text, want));
  for (const [text, property, value, subject] of NEGATIVE) it(`no ${subject ?? ""} ${property}: ${text}`, () => none(text, property, value, subject));
});
