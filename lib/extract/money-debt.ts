/**
 * Borrowing: money a company raises as debt rather than equity ("took out a $1.5bn loan", "sold $18bn of
 * bonds", "issued $2.5 billion of senior secured notes", "¥2.2 trillion in project loans", "a $3 billion
 * credit facility"), and the debt it already carries ("carries $12 billion of debt"). Money repaid or
 * refinanced is no new borrowing and gives nothing.
 */
import type { MoneyRole } from "./properties";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isCompany, type State } from "./state";
import { entityAfter, pronounSubject, subjectBefore } from "./subjects";
import { topicCompany } from "./coreference";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|some\\s+|another\\s+|an?\\s+(?:additional\\s+|further\\s+)?)?";
/** The kinds of borrowing: "loans", "senior secured notes", "convertible bonds", "a term loan", "debt financing". */
const DEBT_NOUN = "(?:(?:project|bank|term|bridge|syndicated|green|corporate|new|fresh|senior|secured|unsecured|convertible|high[\\s-]yield|investment[\\s-]grade|junk|[\\w-]+[\\s-]year)\\s+){0,3}(?:loans?|bonds?|notes|debt(?:\\s+financing)?|borrowings?|credit)\\b";
/** "$18bn of bonds", "¥2.2 trillion in project loans", "$7.5 billion of debt". */
const OF_DEBT = new RegExp(`^\\s+(?:worth\\s+)?(?:of|in)\\s+(?!(?:new\\s+)?debt\\s+and\\s+equity\\b)${DEBT_NOUN}`, "i");
/** "the $38 billion of debt raised to build …", "$5 billion in bonds issued last year": a participle of borrowing after the debt */
const RAISED_AFTER = new RegExp(`^\\s+(?:worth\\s+)?(?:of|in)\\s+${DEBT_NOUN}\\s+(?:(?:it|they|the\\s+company)\\s+(?:has\\s+|had\\s+)?)?(?:raised|issued|sold|borrowed|taken\\s+on|took\\s+on|lined\\s+up|arranged|secured)\\b`, "i");
/** "a $1.5bn loan", "a $2 billion bond sale", "its $3 billion credit facility". */
const DEBT_AFTER = /^[\s-]+(?:(?:[\w-]+[\s-]year|term|bridge|syndicated|green|bank|project|revolving|senior|secured|unsecured|convertible)\s+){0,2}(?:loan|bond\s+(?:sale|offering|issue|deal)|debt\s+(?:offering|raise|sale|deal|package|financing)|notes?\s+offering|credit\s+(?:facility|line)|revolving\s+credit\s+facility)\b/i;
/** "raised $18bn in a bond sale", "raised $2 billion through a convertible notes offering": the raise is borrowing. */
const IN_DEBT_DEAL = /^\s+(?:in|through|via|with|from)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:bonds?|debt|notes?|loan)\s+(?:sale|offering|issue|issuance|deal|package|financing)\b/i;
/** "a bond sale of at least $25 billion", "a debt offering worth $5bn". */
const DEBT_DEAL_OF = /\b(?:bonds?|debt|notes?)\s+(?:sale|offering|issue|issuance|deal|package)\s+(?:of|worth|totall?ing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+|as\s+much\s+as\s+|some\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i;
/** "a $17.5bn US bond", "a $5 billion 30-year bond": one bond issue, not the bond market. */
const A_BOND = /^\s+(?:(?:US|U\.S\.|dollar|euro|yen|sterling|[\w-]+[\s-]year|jumbo|corporate|green)\s+){0,2}bonds?\b(?!\s+(?:markets?|yields?|prices?|investors?|buyers?|funds?|holders?|spreads?|ratings?|traders?))/i;

/** "a €150 million loan from KfW", "a $2 billion term loan from JPMorgan". */
export const LOAN_FROM = /^[\s-]+(?:[\w-]+\s+){0,2}?loan\s+from\s+(?:the\s+)?[A-Z]/;
/** Amounts of debt paid back, refinanced or defaulted on are not borrowing. */
const NOT_BORROWED = /\b(?:repa(?:y|id|ying|ys)|pa(?:y|id|ying)\s+(?:back|off|down)|refinanc\w*|default\w*|retir(?:e|ed|ing)|redeem\w*|matur\w*|owes?\s+(?:on|in)\s+interest|interest\s+(?:on|of))\b[^$€£¥₹.;]{0,40}$/i;
/** "carries $12 billion of debt", "has about $9 billion in debt": what the company owes, not a new raise. */
const HOLDS = new RegExp(`\\b(?:carr(?:y|ies|ied|ying)|owes?|owed|holds?|held|has|had|sits?\\s+on|saddled\\s+with|burdened\\s+with|total(?:led|ed)?|net)\\s+${HEDGE}(?:US\\s?)?[$€£¥₹]?\\s*$`, "i");
/** Verbs of taking on debt before an amount whose noun comes later: "sold", "issued", "took out", "borrowed". */
const BORROW_BEFORE = new RegExp(`\\b(?:rais(?:e|es|ed|ing)|borrow\\w*|s(?:old|ells?|elling)|issu(?:e|es|ed|ing)|pric(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|(?:took|takes?|taking|taken)\\s+out|secur(?:e|es|ed|ing)|obtain\\w*|arrang\\w*|land(?:s|ed|ing)?|(?:lined|lines|lining)\\s+up|clos(?:e|es|ed|ing)|tap(?:s|ped|ping)?|from|with|by|through|via|including|plus|alongside|besides)\\s+(?:(?:a|an|its|their|the)\\s+)?${HEDGE}(?:US\\s?)?[$€£¥₹]?\\s*$`, "i");

const AMT = "\\d\\s*(?:billion|million|trillion|bn|mn|[bm])?\\s+(?:of|in)\\s+(?:new\\s+)?";
/** "split between roughly $7.5 billion of equity and as much as $12.5 billion of debt": one financing in two parts */
const SPLIT = new RegExp(`${AMT}(?:equity|debt)\\b[^.;$€£]{0,12}\\band\\s+[^;]{0,30}?${AMT}(?:equity|debt)\\b`, "i");
const PART_AFTER = /^\s+(?:of|in)\s+(?:new\s+)?(equity|debt)\b/i;

/** "$7.5 billion of equity and $12.5 billion of debt": `equity_portion_` and `debt_portion_` of the financing, or null. */
export function portionRole(after: string, suffix: string, sentence: string): MoneyRole | null {
  const m = after.match(PART_AFTER);
  if (!m || !SPLIT.test(sentence)) return null;
  const kinds = sentence.match(/\b(?:of|in)\s+(?:new\s+)?(equity|debt)\b/gi) ?? [];
  // one part of each kind, never two amounts of equity
  if (!kinds.some((k) => /equity/i.test(k)) || !kinds.some((k) => /debt/i.test(k))) return null;
  return { property: `${m[1].toLowerCase()}_portion_${suffix}`, kind: "investment", role: "round" };
}

/** The debt role of an amount, or null. `before` is the clause up to the figure, `after` the sentence after it. */
export function debtRole(before: string, after: string, suffix: string): MoneyRole | null {
  if (!NOT_BORROWED.test(before) && ((IN_DEBT_DEAL.test(after) && BORROW_BEFORE.test(before)) || DEBT_DEAL_OF.test(before) || (/\b(?:a|an)\s+(?:US\s?)?[$€£¥₹]?\s*$/i.test(before) && A_BOND.test(after))))
    return { property: `debt_raised_${suffix}`, kind: "other", role: "revenue" };
  const ofDebt = OF_DEBT.test(after);
  if (!ofDebt && !DEBT_AFTER.test(after)) return null;
  if (NOT_BORROWED.test(before)) return null;
  const role = (property: string): MoneyRole => ({ property, kind: "other", role: "revenue" });
  if (ofDebt && HOLDS.test(before) && /^\s+(?:of|in)\s+(?:[\w-]+\s+)?debt\b/i.test(after)) return role(`total_debt_${suffix}`);
  // "a €150 million loan from KfW": a loan from a named lender is that lender's to the borrower
  if (LOAN_FROM.test(after)) return role(`loan_amount_${suffix}`);
  // "a $1.5bn loan" names its own kind; "$18bn of bonds" needs a verb of borrowing or a list of sources before it
  if (!ofDebt || BORROW_BEFORE.test(before) || !/\w/.test(before) || RAISED_AFTER.test(after)) return role(`debt_raised_${suffix}`);
  return null;
}

/**
 * "Aurelia took a €150 million loan from KfW": `Lender -> Borrower`, the borrower being the clause's subject or,
 * with none named before the figure, the article's topic company.
 */
export function loanSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const lender = entityAfter(text, ents, q.end, "loans?\\s+from", 30);
  if (!lender) return null;
  const before = ents.filter((e) => isCompany(e) && e.end <= q.start && e.name !== lender.name);
  const borrower = before.length ? subjectBefore(text, sentence.start, ents, q.start)?.name : pronounSubject(text, sentence, q, ents, st) ?? topicCompany(st);
  return borrower && borrower !== lender.name ? `${lender.name} -> ${borrower}` : null;
}
