/**
 * Property naming for money figures: what an amount is (investment, round, valuation,
 * compute commitment, tranche, share price, revenue) from the words around it.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { DIRECT_INVEST, moneyTiming, wordingRole } from "./money-wording";
import { asCloud } from "./subjects";
import { assetsRole, resultsRole, trajectoryRole } from "./results";
import { unitResults } from "./unit-results";
import { usComputeRole } from "./money-us";
import { ownedSliceRole, stakeValueRole } from "./money-stakes";
import { programRole } from "./projects";
import { stockPurchase } from "./money-series";
import { cloudContractRole, licenseRole, valuedContractRole } from "./money-contracts";
import { FROM_SYNDICATE } from "./money-parties";
import { roundShorthandRole } from "./money-rounds";
import { commitmentRole } from "./money-commitments";
import { countryPledgeRole } from "./money-countries";
import { SALE_RAISED } from "./money-sales";
import { companyWorth, namedByValue } from "./money-worth";

export type MoneyRole = { property: string; kind: ClaimKind; role: "invest" | "round" | "valuation" | "compute" | "tranche" | "price" | "revenue" | "order"; subject?: string; /** a contract read by its worth (lib/extract/money-contracts.ts) */ contract?: boolean; /** a loss stated as an amount ("wiping $5 billion off") */ negative?: boolean };

const VAL_BEFORE = /\b(?:valuation|valued|valuing|values?|worth)\b[^$€£;:]{0,45}$/i;
const VAL_AFTER = /^[^$€£.;,]{0,25}?\b(?:(pre|post)[\s-]money\s+)?valuation\b|^\s*(pre|post)[\s‑-]money\b/i;
const ROUND_BEFORE = /\b(?:rais(?:e|es|ed|ing)|fund-?rais\w*|(?:funding|financing|investment)\s+round|round|series\s+[a-h])\b[^$€£;:]{0,40}$/i;
const ROUND_AFTER = /^[^$€£.;,]{0,30}?\b(?:(?:funding|financing|fundraising|equity)\s+(?:round|push)|round|raise|fundraise|seed\s+(?:round|funding|financing|raise)?|series\s+[a-h]\b|in\s+(?:new\s+|fresh\s+|equity\s+|venture\s+)*funding)\b|^\s*,\s*(?:led|co-led)\s+by\b|^\s+seed\b/i;
const INVEST = /\b(?:invest(?!ors?\b)\w*|contribut\w*|pledg(?:e|ed|es|ing)(?=\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|another\s+|an?\s+)?(?:US)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\s+(?:to|in|into)\s+(?:the\s+)?[A-Z])|cheque|check(?=\s+for\b)|wr(?:ote|ites)(?=\s+an?\s+(?:US)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|bn|mn|[bm])?\s+(?:cheque|check)\b)|receiv\w*|got|gets|stake|infusion|backing|pour\w*|pump(?:s|ed|ing)?|plough\w*|plow(?:s|ed|ing)?|funnel\w*|inject\w*|bet(?:s|ting)?|capital|commit\w*|fund(?:ed|ing)|fund(?=\s+(?:the|its?|a|an|their)\b)|tranche|put(?:ting)?|backers?|add(?:s|ed|ing)?(?=\s+(?:another|an?\s+(?:additional|further|extra))))\b/i;
const COMPUTE = /\b(?:compute|computing|cloud|capacity|data[\s-]?cent(?:er|re)s?|servers?|GPUs?|TPUs?|chips?|infrastructure|contracts?|Azure)\b/i;
const COMPUTE_VERB = /\b(?:spend\w*|pay|pays|paying|paid|purchas\w*|buy\w*|bought|contract\w*|deal|agreement|commit\w*|pact|lease|rent\w*)\b/i;

const CLOUD_CONTRACT_AFTER = /^\s*,?\s*(?:[\w-]+,?\s+){0,2}?(?:cloud|compute|computing|cloud[\s-]computing|GPU[\s-]capacity)\s+(?:contracts?|deals?|agreements?|commitments?|pacts?)\b/i;

const DEAL_VALUED = /\b(?:deal|transaction|takeover|acquisition|merger|buyout|purchase)\s+(?:(?:that|which)\s+)?(?:(?:was|is|had\s+been|has\s+been)\s+)?(?:valued|worth)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const ACQUISITION = /\b(?:takeover|acquisition|acquir\w+|buyout|merger|bought|buys|buy|buying|purchas\w+)\b/i;

/** "X's all-stock takeover [of Y]": the acquirer (a possessive before the takeover word) and the one other company, the target. */
function acquisitionSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string } | undefined {
  const comps = ents.filter((e) => e.type === "company" && e.end <= q.start);
  const acquirer = comps.find((e) => e.possessive && /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:takeover|acquisition|buyout|bid)\b/i.test(text.slice(e.end, e.end + 40)));
  const others = [...new Set(comps.filter((e) => e.name !== acquirer?.name).map((e) => e.name))];
  if (acquirer) return others.length === 1 ? { subject: `${acquirer.name} -> ${others[0]}` } : undefined;
  // "CoreWeave agreed to buy Core Scientific in an all-stock deal valued at": the buyer, its verb, the company bought
  const k = comps.findIndex((e, i) => i + 1 < comps.length && !e.possessive && BUYS.test(text.slice(e.end, comps[i + 1].start)));
  // "agreed to buy AWS capacity", "buys Nvidia chips": goods bought from a company, not the company
  if (k < 0 || comps[k].name === comps[k + 1].name || GOODS_AFTER.test(text.slice(comps[k + 1].end, comps[k + 1].end + 30))) return undefined;
  return { subject: `${comps[k].name} -> ${comps[k + 1].name}` };
}
const GOODS_AFTER = /^(?:['’]s?\s|\s+(?:[\w-]+\s+)?(?:compute|computing|capacity|cloud|chips?|GPUs?|TPUs?|services?|servers?|shares|stock|stakes?|products?|hardware|software|infrastructure|systems?|power|equipment|licen[cs]es?)\b)/i;
const BUYS = /^\s+(?:(?:has|had|have|will|would|agreed\s+to|agrees\s+to|plans\s+to|is\s+set\s+to|is\s+to|to|said\s+it\s+(?:would|will))\s+){0,2}(?:acquire[sd]?|acquiring|buy|buys|bought|buying|purchase[sd]?|take\s+over|took\s+over|takes\s+over)\s+(?:(?:the\s+)?(?!(?:from|with|of|to|on|in|into|for|at|by|more|some|its|their)\s)[a-z][\w-]*\s+){0,3}$/;

const CONVERSION_AFTER = /^\s*\((?:about|around|roughly|approximately|some|~)?\s*(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\)/i;
const STAKE_DEAL = /\b(?:invest\w*|buy|buys|bought|buying|pay|pays|paid|paying|purchas\w*|acquir\w*|take|takes|took|taking)\b/i;
const STAKE_WORD = /\b(?:stock|shares|stake|invest\w*)\b/i;
const COST_AT = /\b(?:put|puts|putting|pegged|pegs|pegging|estimated|estimates|set|sets)\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?(?:(?:cost|price\s+tag|bill|budget|tab)|(?:[\w-]+\s+){0,2}(?:market\s+)?opportunity(?:\s+(?:for|from|of)\s+[^$€£.;]{1,40}?)?)\s+at\s+(?:between\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const DISTRIBUTION = /\b(?:receive|receives|received|receiving|get|gets|got|take|takes|took)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:cash\s+)?(?:distribution|special\s+dividend|payout)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const MARKET_RAISE = /^\s+(?:(?:through|via|in|from|with)\s+(?:an?\s+|its\s+)?(?:(?:public|secondary|follow-on|at-the-market)\s+)?(?:(?:share|stock|equity)\s+(?:sale|offering|placement|issue)|convertible)|(?:of|in)\s+(?:new\s+)?(?:debt\s+and\s+equity|equity\s+and\s+debt)\b)/i;
const GAIN_AFTER = /^\s+(?:(?:of|in)\s+)?(?:(?:pre-?tax|after-?tax|paper|unrealized|realized|net|one-?time|non-?cash|investment)\s+)*(?:(?:gains?|profits?|losses|write-?downs?|impairments?)\b|(?:loss|hits?|charges?|write-?offs?)\b(?=[^.;]{0,40}\b(?:stake|holding|investment|shares|position|equity)\b))/i;
const RESTATED_VALUE = /\b(?:valued|valuation|worth)\b[^$€£.;]{0,80}[$€£]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\b[^$€£.;]{0,60}\b(?:lifted|pushed|raised|took|boosted|brought|increased|bumped|sent|drove)\s+(?:that|it|this|the\s+(?:figure|number|valuation|price\s+tag))\s+(?:up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const FROM_INVESTOR = /^\s+(?:(?:would|will|is\s+to|are\s+to)\s+)?(?:(?:come|coming|comes)\s+)?from\s+(?:[A-Z][\w.&'’-]*\s*){1,3}(?:$|[,.;)—–]|\s+(?:and|with|while)\b|\s-\s)/;
const PART_BEFORE = /(?:^|\bwith|,|\band|\bincluding|[—–(]|\s-)\s*(?:up\s+to\s+|about\s+|around\s+|roughly\s+|as\s+much\s+as\s+|some\s+|~)?(?:US\s?)?[$€£¥]?\s*$/i;
/** "spend $50 billion building AI data centers", "£1.5bn to AI data centres", "a $50 billion data center plan": a company's
 * own buildout, with no cloud named as the object, is neither an investment in a company nor a compute commitment */
const OWN_BUILDOUT = /^\s+(?:(?:on|in|into|to|for|towards?)\s+|(?:building|to\s+build|constructing|developing)\s+)?(?:(?:building|constructing|new|more|additional|its|their|own|US|U\.S\.|American|UK|British|European|domestic|AI(?:-enabled|-ready|-focused)?|hyperscale|large|giant|[A-Z][a-z]+-based)\s+){0,4}(?:data[\s-]?cent(?:er|re)s?|server\s+farms?)\b(?!\s+(?:deals?|contracts?|agreements?|pacts?|leases?|capacity|services?|from|with|of|run\s+by|operated\s+by)\b)/i;
const PER_GW = /^\s+(?:for\s+(?:every|each)|per|a)\s+(?:gigawatt|GW)\b/i;

export function moneyRole(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  const suffix = q.detail === "usd" ? "usd" : q.detail;
  const before = text.slice(Math.max(clause.start, q.start - 80), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const beforeS = text.slice(sentence.start, q.start);
  const assets = q.per ? null : assetsRole(before, after, suffix) ?? trajectoryRole(text, sentence, q, ents);
  if (assets) return assets;
  // "Sale of 32.1 million shares raised $5.83 billion": a holding's sale proceeds (lib/extract/money-sales.ts), no round
  if (SALE_RAISED.test(before)) return null;
  // "$7.5 billion was its own", "cut its commitment to $20 billion", "a $6.6B employee share sale"
  const commitment = q.per ? null : commitmentRole(before, after, suffix, sentence.text);
  if (commitment) return commitment;
  // "Google will invest £5bn in the UK": money pledged into a country
  const country = q.per ? null : countryPledgeRole(text, sentence, q, ents, suffix);
  if (country) return country;
  // "closes a $1.2 billion fourth fund": the size of an investment firm's fund, not a deal
  if (/^\s*(?:(?!(?:from|in|into|to|of|for|by|with)\b)[\w-]+\s+){0,2}(?:funds?|vehicle)\b/i.test(after)) return null;
  // "raised its price target to $148", "Price target: $95"
  if (q.value < 1e5 && !q.per && /\bprice\s+target\b(?:\s+on\s+(?:the\s+)?[\w.&'’ -]{1,40}?)?\s*:?\s*(?:(?:raised|cut|lowered|increased|reduced|trimmed|lifted|set|is|was)\s+)?(?:to|of|at)?\s*$/i.test(beforeS.slice(-80))) return { property: `price_target_${suffix}`, kind: "other", role: "price" };
  const program = q.per ? null : programRole(text, sentence, q, ents, suffix);
  if (program) return program;
  const us = q.per ? null : usComputeRole(text, clause, q, ents, suffix);
  if (us) return us;
  const results = q.per ? null : unitResults(text, sentence, q, ents, suffix, resultsRole(beforeS, after, suffix, q.value < 1e5, q.value, q.valueMax !== null));
  if (results) return results;
  const own = OWN_BUILDOUT.exec(after);
  if (own && !ents.some((e) => e.type === "company" && e.start >= q.end && e.end <= q.end + own[0].length)) return null;
  // "with the remaining $10 billion coming from a syndicate including A and B": money the syndicate puts in
  if (FROM_SYNDICATE.test(after)) return { property: `amount_${suffix}`, kind: "investment", role: "invest" };
  // "…, with up to $5 billion from Microsoft and up to $10 billion from Nvidia": each investor's part of an investment
  if (FROM_INVESTOR.test(after) && PART_BEFORE.test(before) && /\binvest/i.test(sentence.text)) return { property: `amount_${suffix}`, kind: "investment", role: "invest" };
  // "it put the cost at $10bn": an estimate of what something costs, not money put in
  if (COST_AT.test(before)) return null;
  // "Meta will receive a one-off distribution of about $3bn": money paid out to a partner
  if (DISTRIBUTION.test(before)) return { property: `distribution_${suffix}`, kind: "investment", role: "invest" };
  // "booked $9.5 billion of pre-tax gains on its stake": a gain or loss on a holding is no new money
  if (GAIN_AFTER.test(after)) return null;
  // "a $250 million round at $3 billion", "the latest raise lifted it to $20 billion", "has raised $1.5 billion since its founding"
  const shorthand = q.per ? null : roundShorthandRole(before, after, beforeS, suffix, q.value);
  if (shorthand) return shorthand;
  // "was valued at $80 billion, and its October round lifted that to $157 billion": the valuation again
  if (RESTATED_VALUE.test(beforeS)) return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  // "the round drew more than $600 million in investor demand": orders for the round, not money raised
  if (/^\s+(?:in|of)\s+(?:investor\s+)?demand\b/i.test(after)) return /\b(?:round|series\s+[a-h]|raise|fund-?raising)\b/i.test(sentence.text) ? { property: `round_demand_${suffix}`, kind: "investment", role: "round" } : null;
  const bought = q.per ? null : ownedSliceRole(text, sentence, q, ents, suffix) ?? stockPurchase(text, sentence, q, ents, suffix) ?? licenseRole(text, sentence, q, ents, suffix);
  if (bought) return bought;
  const worded = q.per ? null : wordingRole(before, after, suffix, q.value < 1e5, sentence.text);
  if (worded) return worded;
  // share prices: "to close at $356.70", "up 24% or $5.92"
  // "about $28,000 per chip", "$30,000 for a B200": what one chip costs to buy
  const perChip = q.per ? /^(?:chips?|cards?|GPUs?|accelerators?|processors?|units?)$/i.test(q.per)
    : q.value < 1e6 && ents.some((e) => e.type === "chip" && e.start >= q.end && /^\s+(?:for|per)\s+(?:a|an|each|one|every)\s+$/i.test(text.slice(q.end, e.start)));
  // "$2.10 per chip-hour, against $3.60 for a B300": the sentence's unit carries over
  if (perChip) return { property: !q.per && /\bper\s+(?:chip|GPU|accelerator)?-?hour\b/i.test(sentence.text) ? `price_per_chip_hour_${suffix}` : `price_per_chip_${suffix}`, kind: "other", role: "price" };
  if (q.value < 1e5 && !q.per) {
    if (/\b(?:close[ds]?|closing|trad(?:e|ed|ing)|opened|priced|share\s+price|stock\s+price)\s+(?:at\s+)?$/i.test(before)) return { property: `share_price_${suffix}`, kind: "other", role: "price" };
    if (/\b(?:up|down)\s+(?:about\s+)?[\d.]+\s?%\s+or\s+$/i.test(before)) return { property: `stock_change_${suffix}`, kind: "other", role: "price" };
    return null;
  }
  if (q.per) {
    if (/^(?:gigawatts?|GW)$/i.test(q.per) && INVEST.test(sentence.text)) return { property: `amount_per_gw_${suffix}`, kind: "investment", role: "invest" };
    if (/hour/i.test(q.per) && /chip|gpu|instance|hour/i.test(q.per)) return { property: `price_per_chip_hour_${suffix}`, kind: "other", role: "price" };
    // "$0.10/GB/month", "$0.023 per GB per month": what a gigabyte of storage costs a month
    if (/^\s*(?:per|\/|a)\s*(?:GB|gigabytes?)\s*(?:\/|\s+per\s+|\s+a\s+)\s*month\b/i.test(after))
      return { property: `storage_price_${suffix}_per_gb_month`, kind: "other", role: "price" };
    // "a tender offer at $42 per share"
    // "a share placement priced at €45 per share": the price the placement's investor pays
    if (/^shares?$/i.test(q.per) && /\bplacement\s+(?:priced\s+)?at\s+(?:about\s+|around\s+)?$/i.test(before)) return { property: `placement_price_per_share_${suffix}`, kind: "investment", role: "invest" };
    if (/^shares?$/i.test(q.per) && /\btender\b|\b(?:bought|buys|buy)\s+back\b|\bbuy-?back\b/i.test(sentence.text)) return { property: `tender_price_per_share_${suffix}`, kind: "other", role: "price" };
    // "will pay $23.28 a share for newly issued stock", "invest $2 billion in Intel at $23 a share": the price of a stake bought
    if (/^shares?$/i.test(q.per) && STAKE_DEAL.test(sentence.text) && STAKE_WORD.test(sentence.text) && !/\b(?:clos\w*|trad\w*|open\w*|target|ended|finished|fell|rose|jumped|slid|to)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+)?(?:US\s?)?[$€£]?\s*$/i.test(before) && !/\b(?:warrants?|options?|tender|buy-?back|dividend|IPO|listing)\b/i.test(sentence.text))
      return { property: `price_per_share_${suffix}`, kind: "investment", role: "invest" };
    return null;
  }
  // "OpenAI's $300 billion, five-year cloud contract": a compute contract named right after its amount
  if (CLOUD_CONTRACT_AFTER.test(after)) return { property: `compute_commitment_${suffix}`, kind: "investment", role: "compute" };
  // "has raised more than $38 billion in debt": borrowing, not an equity round
  if (/\b(?:rais(?:e|es|ed|ing)|borrow\w*)\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|another\s+)?$/i.test(before) && /^\s*(?:in|of)\s+(?:new\s+)?(?:debt|loans?|bonds?)\b(?!\s+and\s+equity)/i.test(after)) return { property: `debt_raised_${suffix}`, kind: "other", role: "revenue" };
  // "has raised more than $1.1 billion from investors including …", "has raised $2 billion since its founding": all it has raised
  if (/\b(?:has|have|had)\s+(?:now\s+)?raised\s+(?:about\s+|approximately\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|some\s+)?$/i.test(before) && /^\s+(?:in\s+total\b|so\s+far\b|altogether\b|(?:in\s+total\s+)?from\s+(?:investors|backers)\b|since\s+(?:its\s+)?(?:founding|inception|launch)\b)/i.test(after))
    return { property: `total_raised_${suffix}`, kind: "investment", role: "round" };
  // "Groq has raised more than $3 billion to date": the company's funding so far
  if (/\b(?:has|have|had)\s+(?:now\s+)?raised\s+(?:about\s+|approximately\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|some\s+)?$/i.test(before) && /^\s+(?:in\s+(?:total\s+)?(?:funding|capital)\s+)?to\s+date\b/i.test(after)) return { property: `total_funding_${suffix}`, kind: "investment", role: "round" };
  // "raised $3.75 billion through a share sale and convertible notes": capital raised in the markets, not a funding round
  if (/\b(?:rais(?:e|es|ed|ing))\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|another\s+)?$/i.test(before) && MARKET_RAISE.test(after)) return { property: `capital_raised_${suffix}`, kind: "other", role: "revenue" };
  // "OpenAI Raises $110B as Valuation Soars": the raise verb right before wins
  if (/\b(?:rais(?:e|es|ed|ing)|closed|closes|(?:had|has|have|was|is|were)\s+(?:sought|seeking))\s+(?:a\s+|an\s+|another\s+|about\s+|approximately\s+|nearly\s+|roughly\s+|at\s+least\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|between\s+)?$/i.test(before) && !/^\s*(?:(?:pre|post)[\s-]money\s+)?valuation\b/i.test(after)) {
    if (!/^\s*(?:in|from)\s+(?:a\s+)?(?:debt|loans?|bonds?|damages|compensation|fines?|penalties|refunds?)\b/i.test(after)) return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  }
  if (/\bvalue\s+of\s+(?:\w+\s+){0,2}(?:agreements?|contracts?|deals?|orders?|pacts?)\b[^$€£]{0,20}$/i.test(before)) {
    const total = /\btotal\b/i.test(before) ? "total_" : "";
    return { property: `${total}compute_commitment_${suffix}`, kind: "investment", role: "compute" };
  }
  // "bringing total funding to $37 billion", "has raised $12 billion to date": the company's funding so far
  if (/\btotal\s+(?:funding|financing|capital\s+raised|raised)\b[^$€£.;]{0,25}$/i.test(before) || /^\s*(?:in\s+)?(?:total\s+)?(?:funding\s+)?to\s+date\b/i.test(after)) return { property: `total_funding_${suffix}`, kind: "investment", role: "round" };
  if (/^\s*(?:(?:[\w-]+\s+){0,2})?(?:raised|secured|landed)\s+by\s/i.test(after)) return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  // "the $120 billion figure was pre-money": a valuation named by its timing
  const timed = after.match(/^\s+(?:figure|number|price|price\s+tag|mark)\s+(?:is|was|would\s+be)\s+(?:an?\s+)?(pre|post)[\s‑-]money\b/i);
  if (timed) return { property: `${timed[1].toLowerCase()}_money_valuation_${suffix}`, kind: "valuation", role: "valuation" };
  // "the pact with Microsoft, valued at $17.4 billion", "Oracle's $300 billion OpenAI deal": a cloud contract's worth
  const acquired = DEAL_VALUED.test(before) && ACQUISITION.test(sentence.text) ? acquisitionSubject(text, sentence, q, ents) : undefined;
  if (acquired) return { property: `amount_${suffix}`, kind: "investment", role: "invest", subject: acquired.subject };
  const contract = valuedContractRole(text, sentence, q, ents, suffix) ?? cloudContractRole(text, sentence, q, ents, suffix);
  if (contract) return contract;
  // "CoreWeave's all-stock takeover, a deal valued at roughly $9 billion": the price of a takeover, not a company's valuation
  if (DEAL_VALUED.test(before)) {
    const acq = ACQUISITION.test(sentence.text) ? acquisitionSubject(text, sentence, q, ents) : undefined;
    return acq ? { property: `amount_${suffix}`, kind: "investment", role: "invest", subject: acq.subject } : null;
  }
  // "could see its stake valued at more than $50 billion": what a holding is worth, not the company's valuation
  const held = stakeValueRole(before, suffix);
  if (held) return held;
  if (/\b(?:stake|holding|shares|position)\s+(?:(?:is|was|would\s+be|could\s+be|now|be)\s+)?(?:valued|worth)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|some\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before)) return null;
  // "the $12 billion-valued startup": a valuation written as a compound adjective
  if (/^\s*[-‑]\s*valued\b/i.test(after)) return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  // "the $183 billion startup", "Perplexity is a $20 billion company": a company named by its valuation
  if (namedByValue(before, after, q.value)) return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  const m = after.match(VAL_AFTER);
  // "invest $8 billion in X at a valuation of $120 billion": the valuation is the later figure, not this one
  const valuedLater = m && /^\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|more|less|than|over|under|up|to|some|just|slightly|a|little|bit|almost|close|at|least|most)\s+){0,4}~?(?:US\s?)?[$€£¥₹]\s*\d/i.test(text.slice(q.end + m.index! + m[0].length, q.end + m.index! + m[0].length + 30));
  if (m && !valuedLater) {
    // "X's $135 billion valuation is post-money"
    const pre = m[1] ?? m[2] ?? after.slice(m.index! + m[0].length).match(/^\s+(?:is|was|would\s+be|will\s+be)\s+(pre|post)[\s‑-]money\b/i)?.[1] ?? moneyTiming(after);
    const pp = pre ? `${pre.toLowerCase()}_money_valuation_${suffix}` : `valuation_${suffix}`;
    return { property: pp, kind: "valuation", role: "valuation" };
  }
  // "an agreement … which is valued at $11 billion over six years": a contract's worth, not a company's
  if (VAL_BEFORE.test(before) && (/^\s+over\s+(?:the\s+next\s+)?(?:\w+\s+)?(?:years?|months?)\b/i.test(after) || /\b(?:agreement|contract|deal|pact|lease|order)s?\b[^$€£.;]{0,60}\b(?:which|that)\s+(?:is|was)\s+(?:valued|worth)\b[^$€£]{0,20}$/i.test(before))) return null;
  // "OpenAI is worth about $500 billion", "the startup is now worth": a company's own worth is its valuation
  if (companyWorth(text, sentence, q, ents)) return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  if (VAL_BEFORE.test(before) && !/\bworth\b[^$€£]{0,45}$/i.test(before) || /\bworth\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?$/i.test(before) && /\b(?:company|startup|valu)/i.test(before)) {
    const pm = (before + after.slice(0, 30)).match(/\b(pre|post)[\s-]money\b/i)?.[1] ?? moneyTiming(after);
    return { property: pm ? `${pm.toLowerCase()}_money_valuation_${suffix}` : `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  }
  if (/\b(?:option|right)\s+to\s+(?:extend|increase|expand|add|invest)\b/i.test(before) && /\binvest/i.test(sentence.text)) return { property: `contingent_tranche_${suffix}`, kind: "investment", role: "tranche" };
  // "an initial $1.25 billion … and the remaining $2.75 billion": the rest of a deal paid in parts is its final tranche
  if (/\b(?:the\s+)?(?:remaining|rest\s+of\s+the|balance\s+of\s+the)\s+$/i.test(before) && /\b(?:initial|first|upfront|up\s+front|tranche)\b/i.test(beforeS) && INVEST.test(sentence.text)) return { property: `final_tranche_${suffix}`, kind: "investment", role: "tranche" };
  // "$500 million upfront, with the remaining $1.5 billion to follow": the first part of a deal paid in parts
  if (/^\s+(?:up\s*front|up-front)\b/i.test(after) && INVEST.test(sentence.text)) return { property: `initial_tranche_${suffix}`, kind: "investment", role: "tranche" };
  const tr = before.match(/\b(initial|first|second|final|last|contingent)\s+(?:tranche\s+of\s+)?(?:an?\s+)?$/i) ?? after.match(/^\s*(initial|first|second|final)?\s*tranche\b/i);
  if (tr && (tr[1] || /^\s*tranche/i.test(after))) {
    const w = (tr[1] ?? "initial").toLowerCase().replace("last", "final");
    return { property: `${w === "first" ? "first" : w}_tranche_${suffix}`, kind: "investment", role: "tranche" };
  }
  const revBefore = text.slice(Math.max(sentence.start, q.start - 110), q.start);
  if (/\b(?:annuali[sz]ed|run[\s-]rate)\s+revenue\b(?:[^$€£]*|\s+(?:climbed|rose|grew|jumped|increased|went)\s+from\s+[^.;]{0,70}\bto\s+(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|approximately\s+|almost\s+)?)$/i.test(revBefore)) return { property: `annualized_revenue_${suffix}`, kind: "other", role: "revenue" };
  if (/\b(?:revenue|sales)\b/i.test(before.slice(-45)) || /^[^$€£.;,]{0,25}\brevenue\b/i.test(after)) {
    // "fourth-quarter revenue of $1.4 billion", "full-year revenue reached $4.9 billion"; forecasts,
    // consensus figures and segment revenue are left out
    const rb = before.slice(-45);
    if (/\b(?:forecast|guidance|outlook|consensus|target|expect\w*|segment|division|unit)\b/i.test(rb + " " + after.slice(0, 25))) return null;
    const m = rb.match(/\b(?:(quarterly|(?:first|second|third|fourth)[\s-]quarter|Q[1-4])|(full[\s-]year|annual|fiscal[\s-]year|(?:19|20)\d\d))\s+(?:revenue|sales)\s+(?:of|was|were|reached|hit|totall?ed|came\s+in\s+at|rose\s+to|fell\s+to|grew\s+to|climbed\s+to|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$/i);
    if (m) return { property: `${m[1] ? "quarterly" : "annual"}_revenue_${suffix}`, kind: "other", role: "revenue" };
    return null;
  }
  const clauseText = clause.text;
  // "a €1.7bn (about $2bn) Series C round": the article's own conversion does not part the amount from its round
  const inRound = ROUND_AFTER.test(after.replace(CONVERSION_AFTER, "")) || ROUND_BEFORE.test(before);
  const hasCloud = ents.some((e) => e.type === "company" && (e.kind === "cloud" || (asCloud(e.name) !== e.name && /\bcloud\b/i.test(clause.text))));
  const investNear = INVEST.test(text.slice(Math.max(clause.start, q.start - 40), Math.min(clause.end, q.end + 30)));
  // "will spend $38 billion on AWS": money spent on a cloud buys its compute
  const spendOnCloud = /\b(?:spend\w*|spent|pay|pays|paying|paid)\b[^$€£]{0,20}$/i.test(before) && ents.some((e) => e.type === "company" && e.kind === "cloud" && e.start >= q.end && /^\s+(?:on|with|to)\s+(?:the\s+)?$/i.test(text.slice(q.end, e.start)));
  // "AWS signed a $38 billion deal with the lab": a cloud's deal with a customer
  const cloudDeal = hasCloud && /^\s*,?\s*(?:[\w-]+,?\s+){0,2}?(?:deal|contract|agreement|pact)s?\s+with\b/i.test(after);
  if (hasCloud && (spendOnCloud || cloudDeal || COMPUTE.test(clauseText + " " + after.slice(0, 40))) && COMPUTE_VERB.test(beforeS.slice(-120) + " " + after.slice(0, 40)) && !/\binvest\w*\b/i.test(text.slice(Math.max(clause.start, q.start - 40), q.end + 30))) {
    return { property: `compute_commitment_${suffix}`, kind: "investment", role: "compute" };
  }
  // "Microsoft added $750 million", "AMD led with $300M": a company's own verb right before the amount
  const direct = ents.some((e) => e.type === "company" && e.end <= q.start && q.start - e.end < 60 && DIRECT_INVEST.test(text.slice(e.end, q.start).replace(/(?:US)?[$€£₹]\s*$/, "").replace(/\s*(?:US)?[$€£₹]\s*[\d.,]+\s*(?:billion|million|bn|mn|[bm])?\s+and\s+$/i, " ")));
  if (inRound && !direct && !/\b(?:invest\w*|contribut\w*|put(?:ting)?(?:\s+in)?|pour\w*(?:\s+in)?|inject\w*|commit\w*|add(?:s|ed|ing)?|cheque\s+for|check\s+for)\s+(?:of\s+|about\s+|around\s+|roughly\s+|up\s+to\s+|as\s+much\s+as\s+|at\s+least\s+|more\s+than\s+|another\s+|an?\s+)?$/i.test(before) && !/^\s*(?:investment|stake)\b/i.test(after) && !/\b(?:investment|stake|cheque|check|contribution)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|as\s+much\s+as\s+|more\s+than\s+)?$/i.test(before)) {
    return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  }
  // "agreed to sell its $5.8 billion stake in X": a holding being sold is no investment
  if (/\b(?:sell|sells|sold|selling|offload\w*|divest\w*|unload\w*|dump\w*|cash(?:ed|es|ing)?\s+out\s+of)\s+(?:(?:its|their|his|her|the|a|an|part\s+of\s+its|some\s+of\s+its)\s+)?(?:entire\s+|remaining\s+|whole\s+)?(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before) && /^\s*(?:[\w-]+\s+)?(?:stake|holding|shares|position)\b/i.test(after)) return null;
  // "puts in $10 billion for every gigawatt that goes live": an investment paid per unit of capacity
  // "invest up to $100 billion in OpenAI, roughly $10 billion for each gigawatt": the same investment per unit of capacity
  if (PER_GW.test(after) && INVEST.test(beforeS)) return { property: `amount_per_gw_${suffix}`, kind: "investment", role: "invest" };
  if (investNear || direct || INVEST.test(clauseText)) return { property: PER_GW.test(after) ? `amount_per_gw_${suffix}` : `amount_${suffix}`, kind: "investment", role: "invest" };
  return null;
}

