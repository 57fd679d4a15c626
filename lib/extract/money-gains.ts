/**
 * Gains on a holding: "booked $9.5 billion of pre-tax gains on its Anthropic stake", "a 2.16 trillion yen
 * valuation gain on OpenAI", "a paper gain of more than $4 billion", "investment gains of ¥3.5 trillion".
 * The subject is `Holder -> Company` when the company held is named, else the holder;
 * the property `investment_gain_*`, or `valuation_gain_*` / `paper_gain_*` when the article says so.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { dealOf } from "./money-deals";

const KINDS = String.raw`(?:(?:pre-?tax|after-?tax|one-?time|non-?cash|net|unrealized|realized|investment|valuation|paper|mark-to-market)[ \u00a0]+)*`;
/** after the amount: " of pre-tax gains", " valuation gain", " in paper gains" */
const GAIN_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:(?:of|in)[ \u00a0]+)?${KINDS}gains?\b`, "i");
/** before the amount: "a paper gain of more than ", "investment gains of " */
const GAIN_BEFORE = new RegExp(String.raw`\b${KINDS}gains?[ \u00a0]+(?:of|totall?ing|worth)[ \u00a0]+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|almost\s+)?(?:US\s?)?[$€£¥₹]?\s*$`, "i");
/** what the gain is on: "on its Anthropic stake", "on OpenAI", "from Amazon's investment in Anthropic" */
const ON_HOLDING = /^[^.;$€£¥]{0,20}?\b(?:on|from|in)\s+(?:(?:its|their|the|his|her)\s+)?(?:(?:stake|holding|holdings|investment|shares|position)\s+in\s+)?$/i;
const FROM_INVESTMENT = /^['’]s?\s+(?:[\w-]+\s+)?(?:investment|stake|holding)\s+in\s+$/i;

/** The gain role of `q`, with its subject, or null. */
export function gainRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): MoneyRole | null {
  if (q.per) return null;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const before = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const ga = GAIN_AFTER.exec(after);
  const gb = ga ? null : GAIN_BEFORE.exec(before);
  if (!ga && !gb) return null;
  const words = (ga ?? gb)![0].toLowerCase();
  const kind = /valuation/.test(words) ? "valuation_gain" : /paper/.test(words) ? "paper_gain" : "investment_gain";
  const gainEnd = ga ? q.end + ga[0].length : q.end;
  const comps = ents.filter(isCompany);
  // the company held, named just after the gain ("on its OpenAI holding"), or "from Amazon's investment in Anthropic"
  let held: string | undefined;
  let holder: string | undefined;
  for (const e of comps) {
    if (e.start < gainEnd || e.start - gainEnd > 60) continue;
    const next = comps.find((o) => o.start >= e.end && FROM_INVESTMENT.test(text.slice(e.end, o.start)));
    if (next && ON_HOLDING.test(text.slice(gainEnd, e.start))) {
      holder = e.name;
      held = next.name;
    } else if (ON_HOLDING.test(text.slice(gainEnd, e.start))) held = e.name;
    break;
  }
  holder ??= subjectBefore(text, sentence.start, ents, q.start, true)?.name ?? comps.find((e) => e.possessive && e.end <= q.start)?.name;
  if (!holder && st.prevSubject && sentence.index - st.prevSubject.sentence <= 1 && /^\s*(?:It|The\s+(?:company|group|firm))\b/.test(sentence.text)) holder = st.prevSubject.name;
  // "the government's stake was worth $13.2 billion, a paper gain of $4 billion": the holding the article gave
  if (holder && !held && /\b(?:stake|holding|shares|position|investment)\b/i.test(text.slice(sentence.start, q.start))) held = dealOf(st, asInvestor(holder));
  if (!holder || holder === held) return null;
  return { property: `${kind}_${q.detail}`, kind: "investment", role: "order", subject: held ? `${asInvestor(holder)} -> ${held}` : holder };
}
