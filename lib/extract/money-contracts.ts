/**
 * Compute contracts named by their worth rather than by a spending verb: "September's pact with Microsoft,
 * valued at $17.4 billion", "the agreement is valued at up to $19.4 billion", "Oracle's $300 billion OpenAI
 * deal", "Its $17.4 Billion Microsoft Deal". The seller is a cloud (named, or the cloud the article is about);
 * the buyer is its counterpart.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asCloud, asInvestor, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { topicCompany } from "./coreference";

const QUAL = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+|more\\s+than\\s+|over\\s+|up\\s+to\\s+|as\\s+much\\s+as\\s+|almost\\s+|~)?";
const AMOUNT = "(?:US\\s?)?[$€£]\\s*[\\d.,]+\\s*(?:billion|million|trillion|bn|mn|[bm])?";
/** "pact with Microsoft, valued at", "the agreement is valued at up to", "…valued at $17.4 billion and at up to" */
const VALUED_CONTRACT = new RegExp(
  `\\b(?:agreement|contract|deal|pact)s?\\b(?:\\s+with\\s+[^$€£.;,]{1,40}?)?\\s*,?\\s*(?:(?:which|that)\\s+)?(?:(?:is|was|are|were|has\\s+been|had\\s+been|would\\s+be)\\s+)?(?:now\\s+)?(?:valued|worth)\\s+(?:at\\s+)?${QUAL}(?:${AMOUNT}\\s+and\\s+(?:at\\s+)?${QUAL})?(?:US\\s?)?[$€£]?\\s*$`,
  "i",
);
const ACQUISITION = /\b(?:takeover|acquisition|acquir\w+|buyout|merger|licen[cs]\w*|bought|buys)\b/i;
/** "$300 billion OpenAI deal": a company named between the amount and the contract noun */
const NAMED_DEAL = /^\s+(?:deal|contract|pact|agreement)s?\b/i;
/** "a $3 billion, five-year agreement to supply AI infrastructure to Meta" */
const SUPPLY_AFTER = /^\s*,?\s*(?:[\w-]+,?\s+){0,2}?(?:agreement|contract|deal|pact)s?\s+(?:to\s+(?:supply|provide|deliver|rent|lease)|for\s+(?:the\s+)?(?:supply|provision|delivery)\s+of)\b/i;
const OWNER_ITS = /\b(?:its|their)\s+$/i;

const contractRole = (suffix: string): MoneyRole => ({ property: `compute_commitment_${suffix}`, kind: "investment", role: "compute", contract: true });

/** The compute-commitment role of a contract's worth, or null. */
export function valuedContractRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  if (ACQUISITION.test(sentence.text)) return null;
  if (VALUED_CONTRACT.test(text.slice(Math.max(sentence.start, q.start - 100), q.start))) return contractRole(suffix);
  if (SUPPLY_AFTER.test(text.slice(q.end, q.end + 80)) && ents.some((e) => isCompany(e) && e.kind === "cloud" && e.end <= q.start)) return contractRole(suffix);
  const named = ents.find((e) => isCompany(e) && e.start >= q.end && e.start - q.end <= 2 && e.kind !== "cloud" && NAMED_DEAL.test(text.slice(e.end, e.end + 14)));
  if (!named) return null;
  const gapStart = Math.max(sentence.start, q.start - 30);
  const owner = ents.findLast((e) => isCompany(e) && e.possessive && e.end <= q.start && /^['’]s?\s*(?:US\s?)?[$€£]?\s*$/.test(text.slice(e.end, q.start)));
  if (owner ? owner.kind === "cloud" : OWNER_ITS.test(text.slice(gapStart, q.start).replace(/(?:US\s?)?[$€£]\s*$/, ""))) return contractRole(suffix);
  return null;
}

/** `Buyer -> Cloud` of a contract read by `valuedContractRole`, or null when no cloud sells. */
export function contractSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany);
  const cloudKind = (n?: string) => !!n && st.kinds.get(n) === "cloud";
  // the seller: a cloud in the sentence ("Oracle's", "Its" = the sentence's cloud subject), else the article's cloud
  let cloud = comps.find((e) => e.kind === "cloud")?.name;
  if (!cloud) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj?.kind === "cloud") cloud = subj.name;
  }
  if (!cloud) cloud = [st.dominant, topicCompany(st)].find(cloudKind);
  if (!cloud) return null;
  const others = comps.filter((e) => e.name !== cloud && e.kind !== "cloud");
  // the buyer: the company right after the amount ("$300 billion OpenAI deal"), after "with", else before the amount
  const buyer =
    others.find((e) => e.start >= q.end && e.start - q.end <= 2) ??
    others.find((e) => e.start > q.end && /\b(?:supply|provide|deliver|rent|lease)\s+(?:(?:[^.;]{0,60}\b(?:to|for)\s+)?(?:the\s+)?)$/i.test(text.slice(q.end, e.start))) ??
    others.find((e) => e.end <= q.start && /\b(?:with|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 10), e.start))) ??
    others.findLast((e) => e.end <= q.start);
  const name = buyer?.name ?? (!comps.length && st.lastCloud === cloud ? st.lastBuyer : undefined);
  if (!name || name === cloud) return null;
  st.lastBuyer = name;
  st.lastCloud = cloud;
  return `${name} -> ${asCloud(cloud)}`;
}

/** "agreed to pay roughly $20 billion to license Groq's technology", "paid $900M in cash and stock to hire X's CEO" */
const PAID_BEFORE = /\b(?:pay|pays|paid|paying|spend|spent|spending)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|up\s+to\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const PAYER_GAP = /^\s+(?:(?:has|had|will|would|also|then|reportedly|later)\s+){0,2}(?:(?:agreed|agrees|plans|planned|offered)\s+to\s+)?(?:pay|pays|paid|paying|spend|spent)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|up\s+to\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
const TO_LICENSE = /^\s*(?:in\s+(?:cash|stock|cash\s+and\s+stock|stock\s+and\s+cash)\s+)?(?:to|for\s+the\s+right\s+to)\s+(?:license|licence|acquire|hire|buy\s+out)\s+(?:the\s+)?$/i;

/** `Payer -> Company` money paid to license, acquire or hire away a named company's business, or null. */
export function licenseRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  if (!PAID_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) return null;
  const comps = ents.filter(isCompany);
  const target = comps.find((e) => e.start > q.end && e.start - q.end < 45 && TO_LICENSE.test(text.slice(q.end, e.start)));
  if (!target) return null;
  const payer = comps.findLast((e) => e.end <= q.start && PAYER_GAP.test(text.slice(e.end, q.start)));
  if (!payer || payer.name === target.name) return null;
  return { property: `amount_${suffix}`, kind: "investment", role: "invest", subject: `${asInvestor(payer.name)} -> ${target.name}` };
}
