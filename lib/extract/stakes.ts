/**
 * Stakes: "Microsoft, which holds roughly 8% of the company", "Wahat now owns about 9% of the
 * company", "will be 51% owned by X, while Y will hold 34% and Z the remaining 15%", "a neocloud in
 * which it now owns about 15%". The subject is always `Investor -> Company`.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { asInvestor, entityAfter, laterClauseSubject, possessiveBefore, subjectBefore } from "./subjects";
import { isCompany, PRONOUN, type State } from "./state";
import { topicCompany } from "./coreference";
import { recordDeal } from "./money-deals";
import { restatedStake, warrantStake } from "./money-stakes";

/** Words that make a percentage a stake: "owns 9%", "holds a 23% stake", "bought 4.9% of", "51% owned by", "the remaining 15%". */
const STAKE_BEFORE = /\b(?:owns?|owned|owning|holds?|holding|held|keeps|kept|retains?|retained|(?:bought|acquired|took|takes?|taking)(?:\s+(?:a|an))?|(?:the\s+)?remaining)\s+(?:a\s+|an\s+)?(?:(?:[\w-]+\s+)?(?:stake|shareholding|holding|equity\s+interest|interest)\s+of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+|some\s+|approximately\s+|~)?$/i;
const VENTURE_SITE = /^\s*(?:percent\s+)?(?:of|in)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?:joint\s+venture|JV|venture)\s+(?:that|which)\s+(?:will\s+)?(?:owns?|holds?|runs?|operates?|builds?|controls?)\s+(?:the\s+)?['‘"“]?([A-Z][a-z]{3,})['’"”]?\s+(?:AI\s+)?(?:campus|data[\s-]?cent(?:er|re)|site|cluster|facility)\b/;
const MANAGED_BY = /\b(?:funds?|vehicles?|accounts?)\s+(?:managed|advised|run|controlled)\s+by\s+$/i;
const FOR_SHARE = /\bfor\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|approximately\s+|~)?$/i;
const PAID = /\b(?:paid|pays|paying|pay|cheque|check|invest\w*|bought|buys|buying)\b/i;
const HOLDING = /^\s+(?:holding|owning|keeping|retaining|taking)\s+(?:a\s+|an\s+|the\s+)?(?:remaining\s+|other\s+|balance\s+of\s+)?(?:(?:[\w-]+\s+)?(?:stake|shareholding|holding|interest)\s+of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/i;
const FINITE_HOLD = /^\s+(?:(?:will|would|is\s+to|now|still|also)\s+)?(?:keeps?|kept|keeping|retains?|retained|retaining|holds?|held|owns?|owned)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\w-]+\s+)?(?:stake|shareholding|holding|interest)\s+of\s+)?(?:remaining\s+|other\s+|rest\s+of\s+the\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+(?:over|under)\s+|~)?$/i;
const IN_WHICH = /\bin\s+which\s+(?:it|they|the\s+\w+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:\w+\s+){0,5}$/;
const HOLDING_WITH = /\bwith\s+(?:[A-Z][\w.&'’-]*\s+){1,3}(?:holding|owning|keeping|retaining)\b/;
/** "of the joint venture", "in the partnership": a share of a venture, not of a company the article names */
const VENTURE = /^\s*(?:percent\s+)?(?:of|in)\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+)?(?:new\s+|proposed\s+|planned\s+|\d+\s*-?\s*\w+\s+)?(?:joint\s+venture|JV|venture|partnership|consortium|project|campus|facility|site|data\s+cent(?:er|re))\b/i;
/** "of the for-profit", "of the company": the company the article speaks of */
const OF_COMPANY = /^\s*(?:percent\s+)?of\s+(?:(?:the\s+)?(?:for-profit|company|business|startup|start-up|firm|group|lab|entity|new\s+entity|restructured\s+company)\b|it\b(?!\s+(?:is|was|will|would|has|had|to)\b)|(?:the|its)\s+(?:(?:outstanding|common|voting)\s+)?(?:stock|shares)\b(?!\s+(?:sale|offering|market)))/i;
const STAKE_AFTER = /^\s*(?:percent\s+)?(?:stake|shareholding|ownership|equity\s+stake)\b|^\s*(?:percent\s+)?owned\s+by\b/i;

/** "Larry Ellison, who owns about", "Ellison, who holds roughly": a person's name before a relative clause of owning */
const PERSON_OWNS = /(?<![\w'’-])((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{2,})\s*,\s*who\s+(?:(?:now|also|still|currently|reportedly|personally)\s+)?(?:owns|holds|controls)\s+(?:a\s+|an\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+(?:over|under)\s+|approximately\s+|~)?$/;
const FULL_NAME = /\b([A-Z][a-z]+)[ \u00a0]+([A-Z][a-z]{2,})\b/g;
const NOT_PERSON = /^(?:The|This|That|It|Its|He|She|They|And|But|Investors?|Analysts?|Shareholders?|Founders?|Employees|Staff|Management|Executives?)$/;

/** The person who holds a stake by a relative clause, with the full name the article gave earlier. */
function personHolder(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): string | undefined {
  const before = text.slice(Math.max(sentence.start, q.start - 80), q.start);
  const m = before.match(PERSON_OWNS);
  if (!m) return undefined;
  const at = q.start - before.length + m.index!;
  if (comps.some((e) => e.start < at + m[1].length && at < e.end)) return undefined;
  const words = m[1].split(/\s+/);
  if (words.some((w) => NOT_PERSON.test(w))) return undefined;
  if (words.length > 1) return m[1];
  // a surname alone: the first and last name the article wrote before ("co-founder Larry Ellison")
  for (const f of text.slice(0, at).matchAll(FULL_NAME)) if (f[2] === words[0] && !NOT_PERSON.test(f[1])) return `${f[1]} ${f[2]}`;
  return undefined;
}

/**
 * The subject of a stake, null when the percentage is a stake whose parties cannot be told, or
 * undefined when the percentage is not a stake (left to the other percentage rules).
 */
export function stakeSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null | undefined {
  const before = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  // "ceases to own at least 51% of its foundry business": a share of the owner's own unit, not a stake in a company
  if (/^\s*(?:percent\s+)?(?:of|in)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:business|unit|division|arm|subsidiary|operations?|segment)\b/i.test(after)) return null;
  const restated = restatedStake(text, sentence, q, st) ?? warrantStake(text, sentence, q, ents, st);
  if (restated) return restated;
  const stakeAfter = STAKE_AFTER.test(after);
  // "wrote a €1.3 billion cheque for about 11% of Mistral AI": the share of a company the money paid for
  const verb = STAKE_BEFORE.test(before) || (FOR_SHARE.test(before) && PAID.test(text.slice(sentence.start, q.start)) && /^\s*(?:percent\s+)?of\s+(?:the\s+)?[A-Z]/.test(after));
  if (!stakeAfter && !verb) return undefined;
  // "holds about 11% of the European market": a market share, not a stake
  if (/^\s*(?:percent\s+)?(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:market|segment|sector|industry|revenue|sales|spending|shipments|capacity)\b/i.test(after) || /\bmarket\b/i.test(before.slice(-30))) return undefined;
  // "holds 12% of its votes": only a stake when the words after end the clause or name the company
  if (!stakeAfter && !/^\s*(?:percent\s*)?(?:$|[,.;)]|\s(?:of|in)\s|\s(?:and|while|but|according|after|since|in\s+(?:19|20)\d\d|worth|valued\s+at))/i.test(after)) return undefined;
  const comps = ents.filter(isCompany);
  const ownedBy = /^\s*(?:percent\s+)?owned\s+by\b/i.test(after);
  let investor: EntityMention | undefined;
  let recipient: EntityMention | undefined;
  if (ownedBy) {
    // "The JV, Nimbus Cloud, will be 51% owned by Arden": the owner follows, the owned is the clause's subject
    investor = entityAfter(text, ents, q.end, "owned\\s+by", 30);
    recipient = subjectBefore(text, sentence.start, ents, q.start);
  } else {
    recipient = entityAfter(text, ents, q.end, "of|in", 30);
    // "will own 80% of the joint venture while Meta keeps the remaining 20%": shares of a venture the
    // sentence does not name; the rest of the sentence divides the same unnamed venture
    // "80 per cent of a joint venture that owns the Hyperion campus": the venture is named by the site it owns
    const site = recipient ? null : after.match(VENTURE_SITE);
    if (site) {
      st.lastStakeRecipient = { sentence: sentence.index, name: site[1] };
      st.ventureName = site[1];
    }
    else if (!recipient && VENTURE.test(after)) {
      st.lastStakeRecipient = { sentence: sentence.index, name: "" };
      return null;
    }
    if (!recipient && st.lastStakeRecipient?.sentence === sentence.index && !st.lastStakeRecipient.name) return null;
    // "owned 32.5% of the for-profit": the company the article is about, under another word
    const ofCompany = !recipient && OF_COMPANY.test(after);
    // "holds 40% of the GPU supply": a share of something that is not a company
    if (!recipient && !ofCompany && !site && /^\s*(?:percent\s+)?(?:of|in)\s/i.test(after)) return null;
    // "Halcyon, a Texas neocloud in which it now owns about 15%"
    // "CoreWeave, in which Nvidia holds a stake of roughly 7 per cent": the antecedent is the company
    const which = before.match(IN_WHICH);
    const inWhich = !!which;
    const whichAt = which ? q.start - before.length + which.index! : q.start;
    if (!recipient && inWhich) recipient = [...comps].reverse().find((e) => e.end <= whichAt) ?? [...comps].reverse().find((e) => e.end <= q.start);
    // "and Oracle the remaining 15%": the name right before the figure
    const elliptic = [...comps].reverse().find((e) => e.end <= q.start && /^\s*(?:the\s+)?(?:remaining|other)?\s*$/i.test(text.slice(e.end, q.start)));
    // "while Meta keeps 20 per cent", "and Oracle will retain the remaining 30%": the name right before its verb
    const finite = [...comps].reverse().find((e) => e.end <= q.start && FINITE_HOLD.test(text.slice(e.end, q.start)));
    // "SoftBank, which holds a 23% stake": the head of the relative clause
    const relative = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,\s*(?:which|who)\s+(?:[^,;]{0,60}?\band\s+)?(?:(?:now|also|still|already|currently|reportedly)\s+)?(?:owns|holds|bought|acquired|took)\b[^,;]*$/i.test(text.slice(e.end, q.start)));
    // "with SoftBank holding the remaining 80%", "Oracle keeping about 20%": the name right before its participle
    const holding = [...comps].reverse().find((e) => e.end <= q.start && HOLDING.test(text.slice(e.end, q.start)));
    // "funds managed by Blue Owl will own 80%": the manager of the funds
    const managed = comps.find((e) => e.end <= q.start && !/\d/.test(text.slice(e.end, q.start)) && MANAGED_BY.test(text.slice(Math.max(sentence.start, e.start - 40), e.start)) && /^\s+(?:will|would|now|currently|also|to)?\s*(?:own|owns|hold|holds|take|takes)\b/i.test(text.slice(e.end, e.end + 20)));
    investor = managed ?? elliptic ?? finite ?? holding ?? relative ?? possessiveBefore(text, ents, q.start, 30) ?? laterClauseSubject(text, sentence.start, ents, q.start);
    if (!investor && !inWhich) investor = subjectBefore(text, sentence.start, ents, q.start);
    if (!investor && inWhich) investor = subjectBefore(text, sentence.start, ents, q.start);
    if (investor && recipient && investor.start === recipient.start) recipient = undefined;
  }
  // "Employees and other investors own the remaining 47%": holders that are no company are not the last investor
  // "Ellison, who owns about 41% of Oracle": a person heading the relative clause
  const person = !investor && !ownedBy ? personHolder(text, sentence, q, comps) : undefined;
  let inv = investor?.name ?? person ?? (comps.length || !PRONOUN.test(text.slice(sentence.start, q.start)) ? undefined : st.lastInvestor);
  // "of the company" read as the investor itself: the company the article is about
  let rec = recipient?.name;
  // "OpenAI completed its recapitalization, with Microsoft holding a 27% stake": the sentence's subject is owned
  if (!rec && HOLDING_WITH.test(before) && st.lastStakeRecipient?.sentence !== sentence.index) rec = subjectBefore(text, sentence.start, ents, investor?.start ?? q.start)?.name;
  if (!rec || (inv && asInvestor(inv) === rec)) rec = st.lastStakeRecipient?.sentence === sentence.index ? st.lastStakeRecipient.name : st.lastRecipient ?? topicCompany(st);
  if (!inv && ownedBy) return null;
  if (!inv || !rec) return null;
  inv = asInvestor(inv);
  if (inv === rec || inv.split(" + ").includes(rec)) return null;
  st.lastStakeRecipient = { sentence: sentence.index, name: rec };
  recordDeal(st, inv, rec);
  // the owned company is the recipient of the money the article goes on to describe
  st.lastRecipient = rec;
  st.lastInvestor = inv;
  return `${inv} -> ${rec}`;
}
