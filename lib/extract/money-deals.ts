/**
 * Deal bookkeeping for money subjects: the running deal ("the $50 billion investment"), amounts
 * split or paired between investors ("split evenly between", "respectively"), companies named in
 * passing, and a new raiser opening a new deal.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { asInvestor } from "./subjects";
import { isCompany, type State } from "./state";

const DEAL_NOUN_AFTER = /^\s*(?:[\w‑-]+\s+){0,1}(?:investment|deal|commitment|pledge|stake|infusion|package|pool|agreement|injection)\b/i;
const DETERMINER_BEFORE = /\b(?:the|this|that|its|their|a|an)\s+(?:[\w‑-]+\s+){0,2}$/i;

/** Is the amount a definite mention of a deal ("the $50 billion investment", "the potential $10B deal")? */
export function runningDeal(text: string, clause: Span, q: Quantity): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(clause.start, q.start - 40), q.start)) && DEAL_NOUN_AFTER.test(text.slice(q.end, q.end + 30));
}

/** "… split evenly between A and B": the group "A + B" that shares the amount. */
export function splitBetween(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): string | undefined {
  const after = text.slice(q.end, sentence.end);
  const m = after.match(/^[^.;]{0,60}?\bsplit\s+(?:evenly|equally)\s+(?:between|among)\s+/i);
  if (!m) return undefined;
  const from = q.end + m[0].length;
  const a = comps.find((e) => e.start >= from && e.start - from < 20);
  const b = a && comps.find((e) => e.start > a.end && /^\s*(?:and|&)\s*$/.test(text.slice(a.end, e.start)));
  return a && b ? `${asInvestor(a.name)} + ${asInvestor(b.name)}` : undefined;
}

/** Is the company named in the sentence only in passing, as a comparison ("rivals like X", "unlike X", "than X")? */
export function inPassing(text: string, sentence: Sentence, name: string, ents: EntityMention[]): boolean {
  const ms = ents.filter((e) => isCompany(e) && e.name === name);
  return ms.length > 0 && ms.every((e) => /\b(?:like|such\s+as|unlike|than|rivals?|competitors?|peers?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 20), e.start)));
}

/** A company raising or valued: a new raiser opens a new deal, so money that follows goes to it, not to the last deal's recipient. */
export function noteRaiser(name: string, st: State) {
  if (st.lastRecipient && st.lastRecipient !== name && !name.includes(" -> ")) {
    st.lastRecipient = name;
    st.lastInvestor = undefined;
  }
  st.lastRaiser = name;
}

/** "A and B pledged $5 billion and $10 billion respectively": the company in the amount's place. */
export function respectively(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  const after = text.slice(q.end, sentence.end);
  const before = text.slice(sentence.start, q.start);
  const m = /^(\s+and\s+(?:US)?[$€£₹]?\s*[\d.,]+\s*(?:billion|million|bn|mn|[bm])?)?[^.;]{0,40}?\brespectively\b/i.exec(after);
  if (!m) return undefined;
  const first = !!m[1];
  // the amount is the second of the pair when "and" joins it to an amount before it
  const second = /\d\s*(?:billion|million|bn|mn|[bm])?\s+and\s+(?:US)?[$€£₹]?\s*$/i.test(before);
  if (first === second) return undefined;
  const pair = comps.filter((e) => e.end <= q.start);
  for (let k = pair.length - 2; k >= 0; k--) {
    if (/^\s*(?:and|&)\s*$/.test(text.slice(pair[k].end, pair[k + 1].start))) return first ? pair[k] : pair[k + 1];
  }
  return undefined;
}
