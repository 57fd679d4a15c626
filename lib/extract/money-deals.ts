/**
 * Deal bookkeeping for money subjects: the running deal ("the $50 billion investment"), amounts
 * split or paired between investors ("split evenly between", "respectively"), companies named in
 * passing, and a new raiser opening a new deal.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, laterClauseSubject, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { resolveCompany } from "./entities";

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

/** Each investor's last recipient in the article, so that "the federal contribution" finds the government's deal again. */
const DEALS = new WeakMap<State, Map<string, string>>();
/** The company `investor` was last shown investing in, if any. */
export const dealOf = (st: State, investor: string): string | undefined => DEALS.get(st)?.get(investor);
/** Amounts each `Investor -> Recipient` pair has been shown investing, by currency and value. */
const AMOUNTS = new WeakMap<State, Map<string, string>>();

export function recordDeal(st: State, investor: string, recipient: string, q?: Quantity) {
  let m = DEALS.get(st);
  if (!m) DEALS.set(st, (m = new Map()));
  m.set(investor, recipient);
  if (!q) return;
  let a = AMOUNTS.get(st);
  if (!a) AMOUNTS.set(st, (a = new Map()));
  a.set(`${investor}|${q.detail}:${q.value}`, `${investor} -> ${recipient}`);
}

/**
 * "much of Nvidia's $1 billion will flow back to the chipmaker": an investor's amount the article has already
 * given, named again by the investor's possessive, is that investment again.
 */
export function repeatedAmount(text: string, q: Quantity, ents: EntityMention[], st: State): MoneyRole | null {
  const owner = ents.findLast((e) => isCompany(e) && e.possessive && e.end <= q.start && /^['’]s?\s*(?:US\s?)?[$€£₹]?\s*$/.test(text.slice(e.end, q.start)));
  if (!owner || q.per) return null;
  // the amount is the phrase's head: a verb, not a noun ("Nvidia's $4 trillion market value"), follows it
  if (!/^\s+(?:will|would|is|was|has|had|could|may|goes|went|flows?|came|comes)\b/i.test(text.slice(q.end, q.end + 12))) return null;
  const subject = AMOUNTS.get(st)?.get(`${asInvestor(owner.name)}|${q.detail}:${q.value}`);
  return subject ? { property: `amount_${q.detail}`, kind: "investment", role: "invest", subject } : null;
}

/** "the federal contribution will be €1.4 billion": the deal of the government the article has shown investing. */
export function governmentDeal(text: string, clause: Span, q: Quantity, st: State): string | undefined {
  if (!/\b(?:the\s+)?(?:federal|government['’]?s?|state|public)\s+(?:contribution|investment|funding|stake|share|injection)\b[^.;]{0,30}$/i.test(text.slice(clause.start, q.start))) return undefined;
  const govs = [...(DEALS.get(st) ?? [])].filter(([inv]) => / government$/.test(inv));
  return govs.length === 1 ? `${govs[0][0]} -> ${govs[0][1]}` : undefined;
}

/**
 * "Veltra Labs, the robotics developer, in which Orbis invested $200 million", "…, including Veltra Labs, where it
 * led a $90 million round": a relative clause opened by "in which"/"into which"/"where" points back to the company
 * before it (past one apposition).
 */
export function relativeRecipient(text: string, clause: Span, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  const head = text.slice(clause.start, q.start);
  const m = /\b(?:(?:in|into)\s+which|where)\s+[^,;.()]{0,60}$/i.exec(head);
  if (!m) return undefined;
  const at = clause.start + m.index;
  const e = comps.findLast((c) => c.end <= at);
  // "where" follows its company directly; "in which" may follow an apposition ("X, the robotics developer, in which")
  const gap = /^where/i.test(m[0]) ? /^\s*,?\s*$/ : /^\s*(?:,\s*(?:the|an?|its)\s[^,;.]{0,80})?,?\s*$/;
  if (!e || !gap.test(text.slice(e.end, at))) return undefined;
  return e;
}

/**
 * "X committed to spend $30 billion on Y, while Z agreed to invest up to $5 billion in it": "it" after the amount is the
 * subject of the sentence's first clause when a later clause has its own subject (the investor).
 */
export function pronounRecipient(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): EntityMention | undefined {
  if (!/^\s+(?:in|into)\s+it\b/i.test(text.slice(q.end, q.end + 12))) return undefined;
  const later = laterClauseSubject(text, sentence.start, ents, q.start);
  const first = subjectBefore(text, sentence.start, ents, q.start);
  return later && first && first.start < later.start && first.name !== later.name ? first : undefined;
}

const NAME = "([A-Za-z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2})";
/** "Google has been one of Anthropic's biggest backers", "Nvidia is among xAI's investors" */
const BACKER_OF = new RegExp(`${NAME}\\s+(?:is|was|has\\s+been|had\\s+been|remains|became|is\\s+also)\\s+(?:one\\s+of\\s+|among\\s+)?(?:the\\s+)?${NAME}['’]s?\\s+(?:[\\w-]+\\s+){0,2}(?:backers|investors|shareholders|funders)\\b`, "g");

/** "Microsoft first backed OpenAI in 2019", "Google also invested in Anthropic", "Microsoft first wrote a cheque to OpenAI" */
const BACKED_VERB = new RegExp(`${NAME}\\s+(?:(?:first|initially|originally|also|has|had|have|already)\\s+){0,2}(?:backed|invested\\s+in|funded|wrote\\s+(?:a|its\\s+first)\\s+(?:cheque|check)\\s+to|bet\\s+on)\\s+${NAME}`, "g");

/**
 * The company the investor was just called a backer of, in the sentence or the one or two before it ("Google has been
 * one of Anthropic's biggest backers. The search giant invested $300 million …"), or undefined.
 */
export function backedCompany(text: string, sentenceStart: number, at: number, investor: string): string | undefined {
  const from = Math.max(0, text.lastIndexOf("\n\n", sentenceStart - 2), sentenceStart - 400);
  const window = text.slice(from, at);
  let found: { at: number; name: string } | undefined;
  for (const re of [BACKER_OF, BACKED_VERB]) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(window)); ) {
      const who = resolveCompany(m[1])?.name;
      const of = resolveCompany(m[2])?.name;
      if (who && of && who !== of && asInvestor(who) === asInvestor(investor) && (!found || m.index > found.at)) found = { at: m.index, name: of };
    }
  }
  return found?.name;
}
