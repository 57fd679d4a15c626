/**
 * Parties of an investment read from the wording around it, beyond the sentence's plain structure: the round
 * "announced by" its company, a leader of someone else's round, the company a cheque bought a share of, the
 * company whose shareholder the investor becomes, "X to invest" after a pledge, "it" after a recipient named
 * as an object, the company an investor's ties name, and who pays a distribution to whom.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isCompany, type State } from "./state";

const OBJECT_BEFORE = /\b(?:in|into|to|from|with|of|for|on|by|than)\s+(?:the\s+)?$/i;
/** "… leads €1.7bn Series C", "anchored a $500 million round": the subject leads someone else's round */
const LEADS_AMOUNT = /\b(?:leads|led|co-leads|co-led|anchors|anchored|heads|headed|joins|joined)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i;
const LEADS_ROUND = /\b(?:leads|led|co-leads|co-led|anchors|anchored)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|bn|mn|[bm])?\s+(?:[\w-]+\s+){0,2}?(?:round|raise|Series\s+[A-H])\b/i;
/** "… Series C round announced by Mistral": the round's company after the amount */
const ANNOUNCED_BY = /^[^.;]{0,50}?\b(?:round|raise|fundraise|Series\s+[A-H])\s+(?:(?:that\s+was|which\s+was)\s+)?(?:announced|unveiled|disclosed|raised|secured|closed|confirmed)\s+by\s+(?:the\s+)?$/i;
const BECOMES_HOLDER = /\b(?:becomes?|became|becoming|is\s+now|emerges?\s+as|emerged\s+as)\s+$/i;
const HOLDER_NOUN = /^['’]s?\s+(?:[\w-]+\s+)?(?:shareholder|investor|backer|owner)\b/i;
const PAID_FOR = /\b(?:cheque|check|invest\w*|paid|pays|paying|bought|buys|stake)\b/i;
const SHARE_OF = /^(?:[^.;]|\.\d){0,60}?\bfor\s+(?:a\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|~)?[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:of|in)\s+(?:the\s+)?$/i;
const FOR_STOCK_OF = /^(?:\s+(?:an?|per)\s+share)?\s+for\s+(?:(?:newly|new|freshly)\s+)?(?:issued\s+)?$/i;
const STOCK_AFTER = /^(?:['’]s)?\s+(?:(?:common|ordinary|new|preferred)\s+)?(?:stock|shares|equity)\b/i;
const TIES_TO = /['’]s?\s+(?:[\w-]+\s+)?(?:ties|relationship|partnership|stake|investment|bet|backing)\s+(?:to|with|in|on|of)\s+$/i;
const TO_INVEST = /^\s+to\s+(?:invest|put\s+in|pour\s+in|inject|contribute)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+|as\s+much\s+as\s+|more\s+than\s+|another\s+|an?\s+additional\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i;
const RECEIVES = /^\s+(?:(?:will|would|is\s+to|also|then|is\s+set\s+to)\s+)*(?:receive|receives|received|get|gets|got|take|takes|took)\b/i;

/** "a Series C round announced by Mistral": the company named after the round's verb. */
export function announcedBy(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  return comps.find((e) => e.start > q.end && e.end <= sentence.end && ANNOUNCED_BY.test(text.slice(q.end, e.start)));
}

/** "Dutch chip toolmaker leads €1.7bn Series C": an unnamed subject leads the round, so it is not the subject's own. */
export const leadsRound = (before: string) => LEADS_AMOUNT.test(before) || LEADS_ROUND.test(before);

/** "ASML wrote a €1.3 billion cheque for 11% of Mistral AI, in a €1.7 billion round": the company the subject paid for. */
export function paidForCompany(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[], subj: EntityMention): EntityMention | undefined {
  return comps.findLast((e) => e.start > subj.end && e.end <= q.start && /\b(?:of|in|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 8), e.start)) && PAID_FOR.test(text.slice(subj.end, e.start)));
}

/**
 * "wrote a €1.3 billion cheque for about 11% of Mistral AI" (the company whose share the money bought), "ASML becomes
 * Mistral's top shareholder with €1.3bn bet" (the company whose shareholder the subject becomes), "pay $23 a share for
 * newly issued Intel stock" (the company whose stock is bought).
 */
export function shareRecipient(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  return (
    comps.find((e) => e.start > q.end && e.end <= sentence.end && SHARE_OF.test(text.slice(q.end, e.start))) ??
    // "will pay $23.28 a share for newly issued Intel common stock"
    comps.find((e) => e.start > q.end && FOR_STOCK_OF.test(text.slice(q.end, e.start)) && STOCK_AFTER.test(text.slice(e.end, e.end + 30))) ??
    comps.find((e) => e.end <= q.start && e.possessive && BECOMES_HOLDER.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)) && HOLDER_NOUN.test(text.slice(e.end, e.end + 40)))
  );
}

/** "a pledge from Nvidia to invest up to $100 billion": the name right before "to invest". */
export function toInvestor(text: string, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  return comps.findLast((e) => e.end <= q.start && TO_INVEST.test(text.slice(e.end, q.start)));
}

/**
 * "… in Anthropic, and in September it signed a letter to invest $100 billion in OpenAI": "it" is no company named
 * before only as an object, but the investor the article's running deal already has.
 */
export function runningInvestorForIt(text: string, sentence: Sentence, clauseStart: number, q: Quantity, beforeAmt: EntityMention[], recipient: string | undefined, st: State): string | undefined {
  if (!beforeAmt.length || !beforeAmt.every((e) => OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 10), e.start)))) return undefined;
  if (!/\b(?:it|they)\b[^.;]{0,80}$/.test(text.slice(clauseStart, q.start))) return undefined;
  const inv = st.lastInvestor;
  return inv && inv !== recipient && beforeAmt.every((e) => e.name !== inv) ? inv : undefined;
}

/** "Amazon's ties to Anthropic go back to 2023, when it agreed to invest $4 billion": the company the investor's ties name. */
export function tiesRecipient(text: string, sentence: Sentence, beforeAmt: EntityMention[], investor: string): EntityMention | undefined {
  return beforeAmt.find((e) => e.name !== investor && TIES_TO.test(text.slice(Math.max(sentence.start, e.start - 40), e.start)));
}

/** "Meta will receive a one-off distribution of $3bn": paid by the running deal's company to the one receiving it. */
export function distributionSubject(text: string, q: Quantity, ents: EntityMention[], st: State): string | null {
  const receiver = ents.findLast((e) => isCompany(e) && e.end <= q.start && RECEIVES.test(text.slice(e.end, e.end + 30)));
  return receiver && st.lastRecipient && st.lastRecipient !== receiver.name ? `${st.lastRecipient} -> ${receiver.name}` : null;
}

/** "with the remaining $10 billion coming from a syndicate including Microsoft, Coatue and Thrive" */
export const FROM_SYNDICATE = /^\s+(?:(?:is|was|will\s+be|would\s+be)\s+)?(?:coming|came|comes|to\s+come|provided|supplied|contributed)\s+(?:from|by)\s+(?:a\s+|an\s+)?(?:(?:[\w-]+\s+)?(?:syndicate|group|consortium|clutch|slate|roster|pool)\s+(?:of\s+(?:[\w-]+\s+)?(?:investors|backers|funds)\s+)?(?:including|that\s+includes|comprising|of)\s+|(?:investors|backers)\s+(?:including|such\s+as)\s+)/i;

/**
 * The investors named in a syndicate after the amount ("A + B + C") when two or more are named, "" when a member cannot
 * be named, else undefined.
 */
export function syndicateGroup(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): string | undefined {
  const m = FROM_SYNDICATE.exec(text.slice(q.end, sentence.end));
  if (!m) return undefined;
  const names: string[] = [];
  let at = q.end + m[0].length;
  for (const e of comps) {
    if (e.start < at) continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)?$/.test(text.slice(at, e.start))) break;
    if (!names.includes(e.name)) names.push(e.name);
    at = e.end;
  }
  // a member the article names but we cannot ("… and Thrive"): the group is not known in full
  if (/^\s*(?:,\s*)?(?:and\s+|&\s*)?[A-Z]/.test(text.slice(at, at + 12))) return "";
  return names.length >= 2 ? names.join(" + ") : undefined;
}

/** "the $8 billion [that] Amazon has invested in the company": the name after the amount is the investor */
export const REDUCED_INVEST = /^\s+(?:(?:has|had|have|already|so\s+far|reportedly)\s+){0,2}(?:invested|put\s+in(?:to)?|poured\s+in(?:to)?|pledged|committed|contributed|sunk\s+into|plowed\s+into|ploughed\s+into)\b/i;

/** "’s Vision Fund 2 joined a ", "came back to lead a $500 million round at ": a leader's or joiner's words before a round's figure */
export const LEADER_GAP = new RegExp(
  String.raw`^(?:['’]s?\s+(?:[\w-]+\s+){0,4}?)?\s*(?:(?:has|had|will|would|also|reportedly|then|came\s+back\s+to|returned\s+to|agreed\s+to|is\s+set\s+to|plans\s+to|to)\s+){0,2}(?:led|co-led|leads|co-leads|lead|co-lead|anchored|anchors|anchor|headed|heads|joined|joins|join|participated\s+in|took\s+part\s+in)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\s+(?:[\w-]+\s+){0,2}?(?:round|raise|extension|financing|fundraise|seed|Series\s+[A-H])\s+(?:(?:that|which)\s+valued\s+(?:it|the\s+(?:company|startup|start-up|firm|lab))\s+)?at\s+(?:an?\s+)?(?:(?:about|around|roughly|nearly|more|than|over|just)\s+){0,2})?(?:US\s?)?[$€£¥₹]?\s*$`,
  "i",
);
