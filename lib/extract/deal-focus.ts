/**
 * Implied deals: "the deal", "the contract", "the agreement" or "it" in a sentence after one that names
 * a deal between two parties. Each sentence may set the article's deal focus (its parties and what sort
 * of deal it is: compute bought from a cloud, money invested, a company bought); a later sentence that
 * states the worth of "the deal" ("The deal is worth about $5 billion", "It is worth up to $24 billion")
 * gives that figure to the focus. The focus is kept for two sentences and dropped at a heading.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { Draft } from "./assemble";
import { isCompany, type State } from "./state";
import { asCloud, asInvestor } from "./subjects";
import { statusCue } from "./status";

type Sort = "compute" | "invest" | "buy";
type Focus = { subject: string; sort: Sort; sentence: number };
const FOCUS = new WeakMap<State, Focus>();

const DEAL_NOUN = /\b(?:deal|contract|agreement|pact|partnership|arrangement)s?\b/i;
/** a deal made: the verb that makes it, then the deal ("signed a five-year agreement", "struck a deal", "agreed to a contract") */
const DEAL_MADE = /\b(?:sign(?:s|ed|ing)?|struck|strikes|striking|ink(?:s|ed|ing)?|agree(?:s|d)?\s+(?:to|on)|reach(?:es|ed)?|clinch(?:es|ed)?|land(?:s|ed)?|secur(?:es|ed)|won|wins|seal(?:s|ed)?|announc(?:es|ed))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:deal|contract|agreement|pact|partnership)\b/i;
/** "will invest in X", "is investing in X", "backs X": an investment with no amount yet */
const INVEST_IN = /^\s+(?:(?:will|would|has|had|have|is|are|also|plans\s+to|agreed\s+to|agrees\s+to|said\s+it\s+(?:will|would))\s+){0,2}(?:invest(?:s|ed|ing)?\s+(?:\w+\s+){0,2}in|back(?:s|ed|ing)?|(?:take|takes|took|taking)\s+a\s+stake\s+in)\s+(?:the\s+)?$/i;
/** "agreed to buy X", "will acquire X" */
const BUY = /^\s+(?:(?:will|would|has|had|have|is|are|also|plans\s+to|agreed\s+to|agrees\s+to|is\s+set\s+to|to|said\s+it\s+(?:will|would))\s+){0,2}(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|take\s+over|takes\s+over|took\s+over)\s+(?:(?:rival|the)\s+)?$/i;
const GOODS_AFTER = /^(?:['’]s?\s|\s+(?:[\w-]+\s+)?(?:compute|computing|capacity|cloud|chips?|GPUs?|TPUs?|services?|servers?|shares|stock|stakes?|products?|hardware|equipment|power)\b)/i;

/** "The deal is worth", "The five-year contract is valued at about", "It could be worth as much as": the clause's subject is the deal. */
const IMPLIED = /^\s*(?:(?:(?:The|That|This)\s+(?:(?:new|latest|reported|multiyear|multi-year|[\w-]+-year|cloud|compute|computing|capacity|GPU|TPU|infrastructure)\s+){0,2}(?:deal|contract|agreement|pact|arrangement)|(It))\s+)(?:(?:is|was|would\s+be|could\s+be|will\s+be|may\s+be|might\s+be|has\s+been|is\s+said\s+to\s+be|is\s+reportedly|was\s+reportedly|reportedly|is\s+now|now)\s+)?(?:worth|valued\s+at|(?:has\s+|had\s+)?(?:a\s+)?(?:total\s+)?value\s+of)\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over|at\s+least|close\s+to|north\s+of|upwards\s+of|as\s+much\s+as|up\s+to)\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i;

/** A heading: a line of its own with no sentence-final punctuation. */
function isHeading(text: string, sentence: Sentence): boolean {
  const line = text.slice(sentence.lineStart, sentence.lineEnd).trim();
  return sentence.start <= sentence.lineStart + 1 && !/[.!?:;"”)]$/.test(line);
}

/** The deal a sentence without a figure names, from its parties and words, or null. */
function namedDeal(text: string, sentence: Sentence, ents: EntityMention[]): { subject: string; sort: Sort } | null {
  // "Nvidia GB300 GPUs", "the U.K. government's": a chip's vendor or a government is no party of the deal
  const comps = ents.filter((e) => isCompany(e) && e.end <= sentence.end && !e.possessive && !ents.some((c) => c.type === "chip" && c.start >= e.end && c.start - e.end <= 1) && !/government|ministry|state/i.test(e.name));
  const names = [...new Set(comps.map((e) => e.name))];
  if (names.length !== 2) return null;
  for (let i = 0; i + 1 < comps.length; i++) {
    const a = comps[i];
    const b = comps.find((e) => e.start > a.end && e.name !== a.name);
    if (!b) continue;
    const gap = text.slice(a.end, b.start);
    if (BUY.test(gap) && !GOODS_AFTER.test(text.slice(b.end, b.end + 30))) return { subject: `${asInvestor(a.name)} -> ${b.name}`, sort: "buy" };
    if (INVEST_IN.test(gap)) return { subject: `${asInvestor(a.name)} -> ${b.name}`, sort: "invest" };
  }
  if (!DEAL_MADE.test(sentence.text)) return null;
  // a compute deal: one cloud sells, the other company buys
  const kindCloud = names.filter((n) => comps.find((e) => e.name === n)!.kind === "cloud");
  const clouds = kindCloud.length ? kindCloud : names.filter((n) => asCloud(n) !== n && /\bcloud\b/i.test(sentence.text));
  if (clouds.length !== 1) return null;
  const buyer = names.find((n) => n !== clouds[0])!;
  return { subject: `${asInvestor(buyer)} -> ${asCloud(clouds[0])}`, sort: "compute" };
}

/** After a sentence is read: its drafts and words set the deal focus, or keep or drop the one before. */
export function noteDealFocus(text: string, sentence: Sentence, ents: EntityMention[], st: State, drafts: Draft[]) {
  if (isHeading(text, sentence)) {
    FOCUS.delete(st);
    return;
  }
  const own = drafts.findLast((d) => d.sentence.index === sentence.index && d.q.unit === "money" && d.kind === "investment" && d.subject.includes(" -> ") && !d.subject.includes(" + "));
  if (own) {
    const sort: Sort | null = /^compute_commitment_/.test(own.property) ? "compute" : /^amount_/.test(own.property) ? (/acquisition|acquir|bought|buy/i.test(sentence.text) ? "buy" : "invest") : null;
    if (sort) FOCUS.set(st, { subject: own.subject, sort, sentence: sentence.index });
    else FOCUS.delete(st);
    return;
  }
  const named = drafts.some((d) => d.sentence.index === sentence.index && d.q.unit === "money") ? null : namedDeal(text, sentence, ents);
  if (named) FOCUS.set(st, { ...named, sentence: sentence.index });
}

/** "The deal is worth about $5 billion": the worth of the deal in focus, as a draft, or null. */
export function impliedDealDraft(text: string, sentence: Sentence, clause: Span, q: Quantity, st: State): Draft | null {
  const f = FOCUS.get(st);
  if (!f || q.per || sentence.index - f.sentence > 2) return null;
  const m = IMPLIED.exec(text.slice(Math.max(sentence.start, clause.start), q.start));
  if (!m) return null;
  // "It is worth …" only right after a sentence about the deal
  if (m[1] && !(sentence.index - f.sentence <= 1 || DEAL_NOUN.test(prevSentenceText(text, sentence)))) return null;
  const property = f.sort === "compute" ? `compute_commitment_${q.detail}` : `amount_${q.detail}`;
  const kind: ClaimKind = "investment";
  const status = statusCue(clause.text) ?? statusCue(sentence.text);
  return { kind, subject: f.subject, property, value: q.value, value_max: q.valueMax, qualifier: "exact", status, explicitStatus: status !== null, q, sentence };
}

function prevSentenceText(text: string, sentence: Sentence): string {
  const before = text.slice(Math.max(0, sentence.start - 300), sentence.start);
  const parts = before.split(/(?<=[.!?])\s+/);
  return parts[parts.length - 2] ?? parts[parts.length - 1] ?? "";
}
