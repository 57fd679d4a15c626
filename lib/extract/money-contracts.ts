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
import { asCloud, asInvestor, LEAD_PHRASE, LEAD_PRONOUN, PRONOUN_OPENS, subjectBefore } from "./subjects";

/** the clause before the amount opens with its pronoun subject ("It signed a", "Last month it agreed to a") */
const PRONOUN_LEAD = new RegExp(String.raw`^\s*(?:${LEAD_PHRASE}\s*,?\s+)?(?:It|it|They|they)\s+[^,;]{0,80}$`);
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
const NAMED_DEAL = /^\s+(?:(?:AI|cloud|compute|computing|GPU|capacity|infrastructure|data[\s-]cent(?:er|re))\s+)?(?:deal|contract|pact|agreement)s?\b/i;
/** "Nebius Lands $3 Billion Meta AI Deal", "CoreWeave wins $14bn Meta contract": a provider winning a customer's deal */
const WON_DEAL = /\b(?:lands|landed|wins|won|secures|secured|clinches|clinched|bags|bagged|nets|netted|inks|inked|scores|scored|snags|snagged)\s+(?:an?\s+)?(?:US\s?)?[$€£]?\s*$/i;
/** "… agreement to supply Microsoft with": the company supplied, right after the verb */
const SUPPLY_OBJECT = /\bto\s+(?:supply|provide|deliver)\s+(?:the\s+)?$/i;
/** "a $3 billion, five-year agreement to supply AI infrastructure to Meta" */
const SUPPLY_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:[\w-]+,?\s+){0,2}?(?:agreement|contract|deal|pact)s?\s+(?:to\s+(?:supply|provide|deliver|rent|lease)|for\s+(?:the\s+)?(?:supply|provision|delivery)\s+of)\b/i;
const OWNER_ITS = /\b(?:its|their)\s+$/i;

const contractRole = (suffix: string, total = false): MoneyRole => ({ property: `${total ? "total_" : ""}compute_commitment_${suffix}`, kind: "investment", role: "compute", contract: true });

/** "contracts with CoreWeave worth $15.9 billion, including …": several contracts summed */
const PLURAL_CONTRACTS = /\b(?:agreements|contracts|deals|pacts)\b[^$€£.;]{0,60}$/i;
const INCLUDING_AFTER = /^\s*(?:in\s+(?:total|all)\b|,\s*including\b|\s*\(\s*including\b)/i;
/** "CoreWeave's deals with OpenAI now total about $22.4 billion" */
const CONTRACTS_TOTAL = /\b(?:agreements|contracts|deals|pacts|commitments)\s+with\s+[^$€£.;,]{1,40}?\s+(?:now\s+|so\s+far\s+)?(?:total|totals|totalled|totaled|add\s+up\s+to|amount\s+to|come\s+to|stand\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|almost\s+|~)?(?:US\s?)?[$€£]?\s*$/i;
/** "an initial $11.9 billion agreement", "a $6.5 billion expansion": one of a cloud's contracts, by its worth */
const ONE_CONTRACT_BEFORE = /\b(?:an?|the|its|their)\s+(?:((?:initial|first|second|third|further|latest|additional|follow-on|earlier|original)\s+))?(?:US\s?)?[$€£]?\s*$/i;
const ONE_CONTRACT_AFTER = /^\s+(?:(?:cloud|compute|computing|capacity|follow-on)\s+)?(?:(agreement|contract|deal|pact)|expansion|extension|add-on)\b(?!\s+(?:with|to\s+(?:buy|acquire)|for\s+(?:a\s+)?stake)\b)/i;
const NOT_COMPUTE = /\b(?:invest\w*|stake|funding|round|valuation|valued|acquisition|acquire\w*|takeover|merger|licen[cs]\w*|loan|debt|bonds?|notes)\b/i;

/** The compute-commitment role of one of several contracts with a cloud named in the sentence, or null. */
export function cloudContractRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  if (!ents.some((e) => isCompany(e) && e.kind === "cloud") || NOT_COMPUTE.test(sentence.text)) return null;
  const before = text.slice(Math.max(sentence.start, q.start - 100), q.start);
  if (CONTRACTS_TOTAL.test(before)) return contractRole(suffix, true);
  // a contract with no parties of its own: "an initial … agreement" (an ordinal) or "a … expansion" of the deals named
  const b = before.match(ONE_CONTRACT_BEFORE);
  const a = text.slice(q.end, q.end + 40).match(ONE_CONTRACT_AFTER);
  if (b && a && (b[1] || !a[1] || /\bwith\s+an?\s+(?:US\s?)?[$€£]?\s*$/i.test(before)) && /\b(?:agreements?|contracts?|deals?|pacts?)\b/i.test(sentence.text)) return contractRole(suffix);
  return null;
}

/** The compute-commitment role of a contract's worth, or null. */
export function valuedContractRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  if (ACQUISITION.test(sentence.text)) return null;
  const valuedBefore = text.slice(Math.max(sentence.start, q.start - 100), q.start);
  if (VALUED_CONTRACT.test(valuedBefore)) return contractRole(suffix, PLURAL_CONTRACTS.test(valuedBefore) && INCLUDING_AFTER.test(text.slice(q.end, q.end + 20)));
  // "On Wednesday it announced a $6bn agreement to supply Microsoft …": the pronoun may be a cloud named before
  if (SUPPLY_AFTER.test(text.slice(q.end, q.end + 80)) && (ents.some((e) => isCompany(e) && e.kind === "cloud" && e.end <= q.start) || PRONOUN_LEAD.test(text.slice(sentence.start, q.start)))) return contractRole(suffix);
  const named = ents.find((e) => isCompany(e) && e.start >= q.end && e.start - q.end <= 2 && e.kind !== "cloud" && NAMED_DEAL.test(text.slice(e.end, e.end + 14)));
  if (!named) return null;
  const gapStart = Math.max(sentence.start, q.start - 30);
  const owner = ents.findLast((e) => isCompany(e) && e.possessive && e.end <= q.start && /^['’]s?\s*(?:US\s?)?[$€£]?\s*$/.test(text.slice(e.end, q.start)));
  if (WON_DEAL.test(text.slice(gapStart, q.start))) return contractRole(suffix);
  if (owner ? owner.kind === "cloud" : OWNER_ITS.test(text.slice(gapStart, q.start).replace(/(?:US\s?)?[$€£]\s*$/, ""))) return contractRole(suffix);
  return null;
}

/** `Buyer -> Cloud` of a contract read by `valuedContractRole`, or null when no cloud sells. */
export function contractSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany);
  const cloudKind = (n?: string) => !!n && st.kinds.get(n) === "cloud";
  // the seller: a cloud in the sentence ("Oracle's", "Its" = the sentence's cloud subject), else the article's cloud
  const itOpens = (PRONOUN_OPENS.test(sentence.text) || LEAD_PRONOUN.test(sentence.text)) && st.prevSubject?.sentence === sentence.index - 1;
  // "Crusoe signed a $2bn agreement to supply Oracle with GPU capacity": the supplier sells, whatever the supplied one is
  const supplied = SUPPLY_AFTER.test(text.slice(q.end, q.end + 80)) ? comps.find((e) => e.start > q.end && e.start - q.end < 90 && SUPPLY_OBJECT.test(text.slice(q.end, e.start))) : undefined;
  if (supplied) {
    const subj = subjectBefore(text, sentence.start, ents, q.start)?.name ?? (itOpens && PRONOUN_LEAD.test(text.slice(sentence.start, q.start)) ? st.prevSubject!.name : undefined);
    if (subj && subj !== supplied.name && cloudKind(subj)) {
      st.lastBuyer = supplied.name;
      st.lastCloud = subj;
      return `${supplied.name} -> ${asCloud(subj)}`;
    }
  }
  let cloud = comps.find((e) => e.kind === "cloud")?.name;
  if (!cloud) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj?.kind === "cloud") cloud = subj.name;
  }
  if (!cloud && itOpens && PRONOUN_LEAD.test(text.slice(sentence.start, q.start)) && cloudKind(st.prevSubject!.name)) cloud = st.prevSubject!.name;
  if (!cloud) cloud = [st.dominant, topicCompany(st)].find(cloudKind);
  if (!cloud) return null;
  const others = comps.filter((e) => e.name !== cloud && e.kind !== "cloud");
  // the buyer: the company right after the amount ("$300 billion OpenAI deal"), after "with", else before the amount
  const buyer =
    others.find((e) => e.start >= q.end && e.start - q.end <= 2) ??
    others.find((e) => e.start > q.end && /\b(?:supply|provide|deliver|rent|lease)\s+(?:(?:[^.;]{0,60}\b(?:to|for)\s+)?(?:the\s+)?)$/i.test(text.slice(q.end, e.start))) ??
    others.find((e) => e.end <= q.start && /\b(?:with|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 10), e.start))) ??
    // "signed a five-year contract worth $11.9 billion with OpenAI"
    others.find((e) => e.start > q.end && /^\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$/i.test(text.slice(q.end, e.start))) ??
    others.findLast((e) => e.end <= q.start);
  // "It has also signed contracts with CoreWeave worth …": the previous sentence's subject buys
  const it = !buyer && itOpens && st.prevSubject?.sentence === sentence.index - 1 && st.prevSubject.name !== cloud ? st.prevSubject.name : undefined;
  // "an initial $11.9 billion agreement" with only the cloud named: the cloud's running buyer
  const name = buyer?.name ?? it ?? ((!comps.length || comps.every((e) => e.name === cloud)) && st.lastCloud === cloud ? st.lastBuyer : undefined);
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
