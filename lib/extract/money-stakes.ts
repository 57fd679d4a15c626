/**
 * What a holding is worth: "Microsoft's stake in OpenAI is now worth about $135 billion", "holds 27%
 * of X, a stake valued at $135 billion", "X's investment in Y is valued at $80 billion", "the
 * foundation will hold equity valued at $130 billion". The subject is `Holder -> Company`.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, entityAfter, possessiveBefore, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { topicCompany } from "./coreference";
import { lastWarrant } from "./warrants";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more\\s+than\\s+|some\\s+|approximately\\s+|an\\s+estimated\\s+|(?:closer|close)\\s+to\\s+|north\\s+of\\s+|upwards\\s+of\\s+|as\\s+much\\s+as\\s+|up\\s+to\\s+|at\\s+least\\s+|~)?";
const HOLDING_WORD = "(?:stake|holding|shareholding|equity(?:\\s+stake)?|shares|position|investment)";
/** "stake … is now worth", "a stake valued at", "holding worth", "equity valued at" right before the amount */
const STAKE_VALUE_BEFORE = new RegExp(
  `\\b${HOLDING_WORD}\\b(?:\\s+(?:in|of)\\s+(?:the\\s+)?[^$€£¥₹.;,]{1,50}?)?,?\\s+(?:(?:is|was|would\\s+be|could\\s+be|will\\s+be|now|be|currently|today)\\s+){0,2}(?:valued|worth)\\s+(?:at\\s+)?${HEDGE}(?:US\\s?)?[$€£¥₹]?\\s*$`,
  "i",
);
/** words that make "investment … valued at" the price of a round, not a holding's worth */
const ROUND_CONTEXT = /\b(?:round|raise|raising|funding|valuation)\b/i;
/** "shares worth $2 billion" sold or bought: a trade, not a holding */
const TRADE = /\b(?:sell|sold|selling|buy|bought|buying|purchas\w*|offer\w*|issu\w*|repurchas\w*|tender\w*)\b/i;

/** The role of an amount that states what a holding is worth, or null. */
export function stakeValueRole(before: string, suffix: string): MoneyRole | null {
  const m = before.match(STAKE_VALUE_BEFORE);
  if (!m) return null;
  const lead = before.slice(0, m.index);
  // "its shares worth", "an investment in X valued at" inside a round or a trade is not a holding's worth
  if (/^investment/i.test(m[0]) && ROUND_CONTEXT.test(m[0] + lead.slice(-40))) return null;
  if (/^shares/i.test(m[0]) && TRADE.test(lead.slice(-40))) return null;
  return { property: `stake_value_${suffix}`, kind: "investment", role: "invest" };
}

/** "OpenAI also owns a slice of CoreWeave (about $350 million worth of stock)": a holding named, then its worth */
const OWNS_PART = /\b(?:owns|holds|owned|held|own|hold|has|had|kept|keeps|retains|retained)\s+(?:a|an|its|some)\s+(?:\w+\s+)?(?:slice|stake|piece|chunk|sliver|share|holding)\s+(?:of|in)\s+(?:the\s+)?$/i;
const SLICE_GAP = /^\s*(?:\(|,|[–—])\s*(?:(?:worth|valued\s+at)\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|an\s+estimated\s+|approximately\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i;
const WORTH_OF_STOCK = /^\s+(?:worth\s+of|of|in)\s+(?:its\s+|their\s+)?(?:stock|shares|equity)\b/i;

/** `Holder -> Company` worth of a holding the sentence has just named, or null. */
export function ownedSliceRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const company = ents.findLast((e) => isCompany(e) && e.end <= q.start && q.start - e.end < 40);
  if (!company || !SLICE_GAP.test(text.slice(company.end, q.start))) return null;
  if (!OWNS_PART.test(text.slice(Math.max(sentence.start, company.start - 60), company.start))) return null;
  // "(about $350 million worth of stock)", ", worth about $350 million"
  if (!WORTH_OF_STOCK.test(text.slice(q.end, q.end + 30)) && !/\b(?:worth|valued\s+at)\b/i.test(text.slice(company.end, q.start))) return null;
  // "and OpenAI also owns": the name right before the verb, else the sentence's subject
  const holder = ents.findLast((e) => isCompany(e) && e.end <= company.start && /^\s+(?:(?:also|now|still|already|itself)\s+)?(?:owns|holds|owned|held|own|hold|has|had|kept|keeps|retains|retained)\s/i.test(text.slice(e.end, e.end + 30))) ?? subjectBefore(text, sentence.start, ents, company.start);
  if (!holder || holder.name === company.name) return null;
  return { property: `stake_value_${suffix}`, kind: "investment", role: "invest", subject: `${asInvestor(holder.name)} -> ${company.name}` };
}

/** Who holds the stake and in which company. */
export function stakeValueSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany).filter((e) => e.end <= q.start);
  const before = text.slice(sentence.start, q.start);
  const hold = before.search(new RegExp(`\\b${HOLDING_WORD}\\b[^$€£¥₹]*$`, "i"));
  const holdAt = hold < 0 ? q.start : sentence.start + hold;
  // "holds 27% of X, a stake valued at …": the stake the sentence just stated
  if (/,\s*(?:a|an|the)\s+(?:\w+\s+)?(?:stake|holding|position)\b/i.test(before) && st.lastStakeRecipient?.sentence === sentence.index && st.lastInvestor) return `${st.lastInvestor} -> ${st.lastStakeRecipient.name}`;
  // "beyond OpenAI, in which it owns a 27% stake worth": the clause's antecedent is the company, the sentence's subject the holder
  const inWhich = before.slice(0, holdAt - sentence.start).match(IN_WHICH);
  if (inWhich) {
    const at = sentence.start + inWhich.index!;
    const co = comps.findLast((e) => e.end <= at && at - e.end < 3);
    const by = co && subjectBefore(text, sentence.start, ents, co.start);
    if (co && by && by.type === "company" && by.name !== co.name) return noteValue(st, sentence, `${asInvestor(by.name)} -> ${co.name}`);
  }
  // "SoftBank's OpenAI stake": the possessive holds, the company named before the holding word is held
  const held = comps.find((e) => !e.possessive && e.end <= holdAt && /^\s+(?:[a-z][\w-]*\s+)?$/.test(text.slice(e.end, holdAt)));
  const owner = held && comps.find((e) => e.possessive && e.end <= held.start && /^['’]s?\s+$/.test(text.slice(e.end, held.start)));
  if (held && owner && owner.name !== held.name) return noteValue(st, sentence, `${asInvestor(owner.name)} -> ${held.name}`);
  // "with Microsoft holding a stake of roughly 27% worth": the name before the participle holds the stake
  const participle = comps.findLast((e) => e.end <= holdAt && PARTICIPLE.test(text.slice(e.end, holdAt)));
  if (participle) {
    const co = [st.lastStakeRecipient?.sentence === sentence.index ? st.lastStakeRecipient.name : undefined, subjectBefore(text, sentence.start, ents, participle.start)?.name, topicCompany(st)].find((n) => n && n !== participle.name);
    if (co) return noteValue(st, sentence, `${asInvestor(participle.name)} -> ${co}`);
  }
  // "Microsoft's stake in OpenAI", "Microsoft's investment in the new entity"
  const poss = possessiveBefore(text, ents, holdAt, 30);
  const inWhat = entityAfter(text, ents, holdAt, "in|of", 30);
  let holder = poss?.type === "company" ? poss : undefined;
  // "The foundation will hold equity valued at", "Microsoft now owns a stake worth"
  if (!holder) holder = subjectBefore(text, sentence.start, ents, holdAt);
  if (!holder || holder.type !== "company") return null;
  // the stake's company: named after "in"/"of", else the company the article is about
  let company = inWhat && inWhat.start < q.start ? inWhat.name : undefined;
  const inv = asInvestor(holder.name);
  // "The OpenAI Foundation will hold equity": a holder named after a company holds that company
  company ??= st.recentCompanies.find((n) => inv.startsWith(n + " "));
  // else the company the article is about, never one it has shown only investing
  company ??= [st.lastStakeRecipient?.name, st.lastRecipient, topicCompany(st)].find((n) => n && n !== inv && !(st.investors.has(n) && !st.raisers.has(n)));
  if (!company || comps.length > 3 || inv === company) return null;
  LAST_VALUE.set(st, { sentence: sentence.index, subject: `${inv} -> ${company}` });
  return `${inv} -> ${company}`;
}

const IN_WHICH = /,\s*in\s+which\s+(?:it|they|the\s+\w+)\s+(?:(?:now|still|also|already|currently)\s+)?(?:owns|holds|owned|held|has|had|retains|kept|keeps)\b[^,;]*$/i;
const PARTICIPLE = /^\s+(?:(?:now|still|also)\s+)?(?:holding|owning|keeping|retaining|taking)\s+(?:(?:a|an|its|the)\s+(?:[\w-]+\s+)?)?$|^\s+(?:holding|owning|keeping|retaining|taking)?\s*$/i;

function noteValue(st: State, sentence: Sentence, subject: string): string {
  LAST_VALUE.set(st, { sentence: sentence.index, subject });
  return subject;
}

/** The last stake whose worth a sentence stated, by article state. */
const LAST_VALUE = new WeakMap<State, { sentence: number; subject: string }>();
/** ", or around 26% of the company", ", representing roughly 27%": the same stake as a percentage */
const SAME_STAKE = /,\s*(?:or|representing|equal\s+to|equivalent\s+to|amounting\s+to|which\s+(?:is|represents|amounts\s+to))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|approximately\s+|just\s+(?:over|under)\s+|~)?$/i;

/** The subject of a percentage that restates the worth of a stake given just before in the sentence. */
export function restatedStake(text: string, sentence: Sentence, q: Quantity, st: State): string | undefined {
  const v = LAST_VALUE.get(st);
  if (!v || v.sentence !== sentence.index) return undefined;
  if (!SAME_STAKE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) return undefined;
  // "…, or 26% of revenue": a share of something else
  if (/^\s*(?:percent\s+)?(?:of|in)\s+(?!(?:the\s+)?(?:company|firm|business|startup|start-up|group|lab|entity|for-profit)\b|[A-Z])/.test(text.slice(q.end, q.end + 40))) return undefined;
  return v.subject;
}

/** "warrants for up to 160 million AMD shares — about 10% of the company": the share of the company the warrants give */
const WARRANT = /\bwarrants?\s+(?:for|to\s+(?:buy|acquire|purchase)|over)\s+(?:up\s+to\s+)?[\d.,]+\s*(?:M|mn|million|bn|billion)?\s+(?:of\s+)?(?:(?:its|their)\s+|(?:[A-Z][\w.-]*\s+){1,2})(?:shares|stock)\s*(?:[–—-]|,\s*(?:or\s+|representing\s+|equal\s+to\s+|(?:which|that)\s+(?:would\s+)?(?:works?\s+out\s+to|amounts?\s+to|represents?|equals?|(?:is|are)\s+equal\s+to|translates?\s+(?:in)?to|comes?\s+to)\s+)?|\(\s*|or\s+)\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+|~)?$/i;

/** "the warrants would amount to about 10% of", "the warrant represents roughly 10% of" */
const WARRANT_SHARE = /\bwarrants?\b[^.;]{0,40}\b(?:represent\w*|amount\w*\s+to|equal\w*|equivalent\s+to|worth|giv\w+\s+(?:it|them|\w+)|convert\w*\s+into)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+|up\s+to\s+|as\s+much\s+as\s+|~)?$/i;

/** The holder and company of a warrant stated as a share of a company, or undefined. */
export function warrantStake(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st?: State): string | undefined {
  const before = text.slice(Math.max(sentence.start, q.start - 110), q.start);
  const m = before.match(WARRANT);
  // "Fully exercised, the warrant represents roughly 10% of AMD": the article's warrant, as a share of its issuer
  const last = st && lastWarrant(st);
  if (!m && last && WARRANT_SHARE.test(before)) {
    const of = text.slice(q.end, q.end + 30).match(/^\s*(?:percent\s+)?of\s+(?:the\s+)?/i);
    const co = of && ents.find((e) => isCompany(e) && e.start === q.end + of[0].length);
    if (co && co.name === last.split(" -> ")[1]) return last;
  }
  if (!m) return undefined;
  const at = q.start - before.length + m.index!;
  const comps = ents.filter(isCompany);
  // "AMD handed OpenAI warrants for … of its shares": the giver's own shares
  const company = comps.find((e) => e.start > at && e.end <= q.start && /^\s+(?:shares|stock)\b/.test(text.slice(e.end, e.end + 8))) ?? (/\b(?:its|their)\s+(?:shares|stock)\b/.test(m[0]) ? comps.findLast((e) => e.end <= at && /^\s+(?:(?:has|had|also|then|will)\s+)?(?:hand|issu|gave|give|grant|award)\w*\s/i.test(text.slice(e.end, e.end + 30))) : undefined);
  if (!company) return undefined;
  // "hands OpenAI warrants", "gives OpenAI warrants", else the other party of the deal ("AMD's deal with OpenAI")
  const holder = comps.findLast((e) => e.end <= at && /^\s+$/.test(text.slice(e.end, at)) && e.name !== company.name) ?? comps.find((e) => e.end <= at && e.name !== company.name && /\b(?:with|to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 8), e.start))) ?? comps.find((e) => e.end <= at && e.name !== company.name && e.kind === "lab");
  return holder ? `${asInvestor(holder.name)} -> ${company.name}` : undefined;
}
