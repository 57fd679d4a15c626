/**
 * Companies bought and holdings sold: "closed its $6.5 billion acquisition of chip designer X", "agreed to
 * acquire X for about $4 billion" (`Buyer -> X`, `amount_`), and "sold its entire stake in X for $5.8 billion",
 * "dumped its X position for …", "sold part of its X holding for …" (`Seller -> X`, `stake_sale_`).
 * A unit or division of a company ("X's robotics unit"), and goods bought from a company ("buy GPUs from X"),
 * are left to other rules: the company named is not what was bought.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { MoneyRole } from "./properties";
import { isCompany, type State } from "./state";
import { asInvestor, subjectBefore } from "./subjects";

/** Any character but an amount's currency or a clause's end; "Corp." and "U.S." do not end it. */
const NOT_END = "(?:[^$€£¥₹.;]|(?<=\\b(?:Corp|Inc|Ltd|Co|Cos|Plc|LLC|S\\.A|N\\.V|U\\.S|U\\.K|[A-Z]))\\.)";
const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|some\\s+|just\\s+(?:over|under)\\s+|more\\s+than\\s+|over\\s+|~)?";
const CUR = "(?:US\\s?)?[$€£¥₹]?\\s*";
/** Descriptor words between a verb or preposition and the company ("chip designer", "U.S. data center investor"). */
const DESCRIPTOR = /^\s+(?:the\s+)?(?:(?:[a-z][\w-]*|U\.S\.|US|UK|U\.K\.|[A-Z][a-z]*[A-Z][\w-]*)\s+){0,4}$/;
/** ", or $16 a share" after the purchase price. */
const PER_SHARE_TAIL = /[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\s*,\s+or\s+(?:about\s+|roughly\s+|around\s+)?(?:US\s?)?[$€£]?\s*$/i;
/** What may follow the company bought: the clause's end or a function word, not a noun it modifies ("Azure compute"). */
const TARGET_END = /^(?:\s*$|\s*[,.;:()'’]|\s+(?:(?:Inc|Corp|Ltd|Co|LLC|plc)\b|for|in|at|from|this|last|earlier|on|and|which|that|to|with|was|is|had|has|would|will|by|as|a|an|the|over|after|before|\d))/i;
/** "Enfabrica Labs for": the rest of the company's name. */
const NAME_END = /^\s+[A-Z][\w-]*(?:\s+for\b|\s*[,.;]|\s*$)/;
const UNIT_OF = /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:unit|division|business|arm|subsidiary|operations?|assets?|segment)\b/i;

/** "its $6.5 billion acquisition of …": the amount, then the acquisition noun and "of". */
const ACQ_AFTER = /^\s+(?:(?:all[\s-](?:stock|cash|share)|cash(?:[\s-]and[\s-]stock)?|stock|proposed|planned|pending)\s+)?(?:acquisition|purchase|takeover|buyout)\s+of\b/i;
/** "(agreed) to buy X for about $", "acquired X for $": the verb, then the company, then "for". */
const BUY_FOR = new RegExp(`\\b(?:acquir(?:e|es|ed|ing)|buy|buys|buying|bought|purchas(?:e|es|ed|ing)|take\\s+over|takes\\s+over|took\\s+over|taking\\s+over|(?<=\\b(?:its|their|the)\\s+)(?:purchase|acquisition|takeover|buyout)(?=\\s+of\\s))\\b(${NOT_END}{1,80}?)\\bfor\\s+${HEDGE}${CUR}$`, "i");

const SELL = "(?:sold|sells?|selling|dump(?:s|ed|ing)?|offload(?:s|ed|ing)?|unload(?:s|ed|ing)?|divest(?:s|ed|ing)?|dispos(?:e|es|ed|ing)\\s+of|cash(?:es|ed|ing)?\\s+out\\s+(?:of\\s+)?|exit(?:s|ed|ing)?)";
const HOLDING = "(?:stake|holding|holdings|position|interest|shares|stock)";
/** "sold its entire stake in X for $", "dumped its entire X position for $", "sold part of its X holding for $". */
const SOLD_FOR = new RegExp(`\\b${SELL}\\s+((?:(?:its|their|his|her|a|the|part\\s+of\\s+its|some\\s+of\\s+its|half\\s+(?:of\\s+)?its|the\\s+rest\\s+of\\s+its)\\s+)(?:(?:entire|remaining|whole|full|residual|last)\\s+)?${NOT_END}{0,50}?\\b${HOLDING}\\b${NOT_END}{0,50}?)\\bfor\\s+${HEDGE}${CUR}$`, "i");

/** "Sale of 32.1 million shares raised $", "the sale of its Nvidia stake brought in $", "Selling the T-Mobile shares netted $":
 * the proceeds of selling a holding, not a funding round */
export const SALE_RAISED = new RegExp(`\\b(?:(?:the\\s+)?(?:sale|sales|sell-?off|disposal)\\s+of|selling|offloading|unloading|dumping)\\s+(?!(?:\\S+\\s+){0,3}(?:new|newly|fresh)\\b)((?:${NOT_END}|\\.(?=\\d)){0,60}?\\b${HOLDING}\\b${NOT_END}{0,40}?)\\s(?:raised|raises|brought\\s+in|brings\\s+in|netted|nets|fetched|fetches|generated|generates|yielded|yields|raked\\s+in|(?:was|were|is)\\s+worth)\\s+(?:[A-Z][\\w.]*\\s+){0,3}?${HEDGE}${CUR}$`, "i");

/** The company a clause is about, or the previous sentence's subject when the clause's subject is "it". */
function actor(text: string, sentence: Sentence, ents: EntityMention[], at: number, st: State, exclude: string): string | undefined {
  const subj = subjectBefore(text, sentence.start, ents, at);
  if (subj) return subj.name !== exclude ? subj.name : undefined;
  if (ents.some((e) => isCompany(e) && e.end <= at)) return undefined;
  if (!/\b(?:it|It|the\s+company|the\s+group)\b/.test(text.slice(sentence.start, at))) return undefined;
  const prev = st.prevSubject;
  return prev && sentence.index - prev.sentence <= 2 && prev.name !== exclude ? prev.name : undefined;
}

/** The one company named in `from..to`, with only descriptor words before it, not a unit's owner. */
function namedTarget(text: string, ents: EntityMention[], from: number, to: number, descriptorsOnly: boolean): EntityMention | undefined {
  const inside = ents.filter((e) => isCompany(e) && e.start >= from && e.end <= to);
  if (inside.length !== 1) return undefined;
  const e = inside[0];
  if (UNIT_OF.test(text.slice(e.end, e.end + 40)) || (descriptorsOnly && (e.kind === "cloud" || !(TARGET_END.test(text.slice(e.end, e.end + 12)) || NAME_END.test(text.slice(e.end, e.end + 30)))))) return undefined;
  if (descriptorsOnly && !DESCRIPTOR.test(" " + text.slice(from, e.start))) return undefined;
  return e;
}

/** The role of an amount paid for a company or received for a holding, with its subject; or null. */
export function saleRole(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[], st: State): MoneyRole | null {
  const suffix = q.detail;
  if (q.per) {
    // "acquire X for about $4 billion, or $16 a share": the price per share of the same purchase
    const tail = /^shares?$/i.test(q.per) ? PER_SHARE_TAIL.exec(text.slice(Math.max(clause.start, q.start - 180), q.start)) : null;
    if (!tail) return null;
    const head = text.slice(Math.max(clause.start, q.start - 180), q.start - tail[0].length);
    const bought = purchase(text, sentence, head, q.start - tail[0].length - head.length, ents, st);
    return bought ? { property: `price_per_share_${suffix}`, kind: "investment", role: "order", subject: bought } : null;
  }
  const before = text.slice(Math.max(clause.start, q.start - 140), q.start);
  const beforeAt = q.start - before.length;
  // "sold its entire stake in Nvidia for $5.83 billion"
  const sold = SOLD_FOR.exec(before);
  if (sold) {
    const from = beforeAt + sold.index + sold[0].indexOf(sold[1]);
    const target = namedTarget(text, ents, from, from + sold[1].length, false);
    const seller = target && actor(text, sentence, ents, beforeAt + sold.index, st, target.name);
    return target && seller ? { property: `stake_sale_${suffix}`, kind: "investment", role: "order", subject: `${asInvestor(seller)} -> ${target.name}` } : null;
  }
  // "the sale of its Nvidia shares raised $5.83 billion": the seller's proceeds, when the holding's company is named
  const proceeds = SALE_RAISED.exec(before);
  if (proceeds) {
    const from = beforeAt + proceeds.index + proceeds[0].indexOf(proceeds[1]);
    const target = namedTarget(text, ents, from, from + proceeds[1].length, false);
    const seller = target && (ents.find((e) => isCompany(e) && e.possessive && e.name !== target.name && e.start < from)?.name ?? actor(text, sentence, ents, beforeAt + proceeds.index, st, target.name));
    return target && seller ? { property: `stake_sale_${suffix}`, kind: "investment", role: "order", subject: `${asInvestor(seller)} -> ${target.name}` } : null;
  }
  // "closed its $6.5 billion acquisition of chip designer Ampere Computing"
  const acq = ACQ_AFTER.exec(text.slice(q.end, q.end + 40));
  if (acq) {
    const from = q.end + acq[0].length;
    const target = namedTarget(text, ents, from, Math.min(sentence.end, from + 60), true);
    const poss = /\b(?:its|their)\s+(?:[\w-]+\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before);
    const buyer = target && (poss || /\b(?:announc|agre|complet|clos|sign|mak|made|final|seal|strik|struck)\w*\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before)) ? actor(text, sentence, ents, q.start, st, target.name) : undefined;
    return target && buyer ? { property: `amount_${suffix}`, kind: "investment", role: "order", subject: `${asInvestor(buyer)} -> ${target.name}` } : null;
  }
  // "agreed to acquire data center investor DigitalBridge for about $4 billion"
  // "bought Ampere Computing, the server-CPU designer, for $6.5 billion": the apposition is no clause of its own
  const wideAt = Math.max(sentence.start, q.start - 200);
  const bought = purchase(text, sentence, before, beforeAt, ents, st) ?? (APPOSITION_FOR.test(text.slice(wideAt, q.start)) ? purchase(text, sentence, text.slice(wideAt, q.start), wideAt, ents, st) : undefined);
  return bought ? { property: `amount_${suffix}`, kind: "investment", role: "order", subject: bought } : null;
}

const APPOSITION_FOR = new RegExp(`,\\s+(?:the|a|an)\\s+[^,;$€£¥₹]{1,80},\\s+for\\s+${HEDGE}${CUR}$`, "i");

/** "… to acquire X for about ": `Buyer -> X` when `before` (starting at `beforeAt`) ends with a purchase of a named company. */
function purchase(text: string, sentence: Sentence, before: string, beforeAt: number, ents: EntityMention[], st: State): string | undefined {
  const bought = BUY_FOR.exec(before);
  if (!bought) return undefined;
  const from = beforeAt + bought.index + bought[0].indexOf(bought[1]);
  const target = namedTarget(text, ents, from, from + bought[1].length, true);
  // "buy a stake in X", "buy shares of X": a holding, read by the stake rules
  if (!target || /\b(?:stake|shares|stock|interest|equity)\b/i.test(bought[1])) return undefined;
  const buyer = actor(text, sentence, ents, beforeAt + bought.index, st, target.name);
  return buyer ? `${asInvestor(buyer)} -> ${target.name}` : undefined;
}
