/**
 * Warrants: rights a company grants another to buy its shares. "AMD issued OpenAI a warrant for up to 160 million
 * shares", "OpenAI received warrants for up to 1.6 million AMD shares", "the deal came with warrants for up to 160M
 * AMD shares" → `Holder -> Issuer` `warrant_share_count`; the price the warrant is exercised at ("can be exercised at
 * one cent per share") → `warrant_exercise_price_usd`; a share-price target a tranche vests on ("the last tranche
 * vests only if X's share price reaches $600") → `warrant_vesting_share_price_usd`.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { Draft } from "./assemble";
import { asInvestor, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };
/** "warrants for up to 160 million AMD shares", "a warrant to buy 20M of its shares", "warrants over 5 million shares of X common stock" */
const COUNT = /\bwarrants?\s+(?:(?:that\s+(?:allow|let)\s+\w+\s+)?(?:to\s+(?:buy|acquire|purchase)|for|over|on|covering|exercisable\s+for)\s+)(?:up\s+to\s+|as\s+many\s+as\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|approximately\s+)?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|mln|mn|bn|[mbk])?\s+(?:of\s+)?(?:(its|their|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?)(?:['’]s?)?\s+)?(?:(?:common|ordinary|class\s+[A-C])\s+)?(?:shares|stock)\b(?:\s+of\s+(?:its\s+)?)?/gi;
/** "issued OpenAI a warrant", "hands OpenAI warrants", "granted the lab warrants" */
const GIVE = /\b(?:issu(?:e|es|ed|ing)|hand(?:s|ed|ing)?|g[ia]ve|gives|giving|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|offer(?:s|ed|ing)?)\s+$/i;
/** "OpenAI received warrants", "the lab also gets warrants", "was granted warrants" */
const RECEIVE = /^\s+(?:(?:has|have|had|also|will|would|was|were|is)\s+){0,2}(?:received|receives?|receiving|gets?|got|obtain(?:s|ed)?|secured|secures|won|wins|granted|awarded|issued|handed|given)\s+(?:(?:a|an|the|\w+)\s+){0,2}$/i;
/** "can be exercised at one cent per share", "an exercise price of $0.01 a share", "a strike price of $20 per share" */
const EXERCISE = /\b(?:exercis(?:ed|able)\s+at|(?:exercise|strike)\s+price\s+(?:of|is|was|at|set\s+at)|struck\s+at)\s+(?:just\s+|only\s+|a\s+nominal\s+)?(?:(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)|(one|a|two|five|ten|\d+(?:\.\d+)?)\s+(?:US\s+)?cents?)\s+(?:per|a|each)\s+share\b/i;
const PRICE_AT = /(?:US)?\$\s?\d|\b(?:one|a|two|five|ten|\d+(?:\.\d+)?)\s+(?:US\s+)?cents?\b/i;
const CENTS: Record<string, number> = { one: 1, a: 1, two: 2, five: 5, ten: 10 };
/** "requires AMD's share price to reach $600", "vests only if the stock hits $600", "tied to a $600 share price" */
const VEST_PRICE = /\b(?:share|stock)\s+price\s+(?:to\s+)?(?:reach(?:es|ing)?|hit(?:s|ting)?|top(?:s|ping)?|exceed(?:s|ing)?|of|at|climb(?:s|ing)?\s+to|rise(?:s)?\s+to)\s+(?:at\s+least\s+)?$|\b(?:stock|shares?)\s+(?:reach(?:es)?|hit(?:s)?|trades?\s+(?:above|at))\s+$/i;

const LAST = new WeakMap<State, string>();

/** The article's last warrant pair (`Holder -> Issuer`), for stakes and prices stated of "the warrant". */
export function lastWarrant(st: State): string | undefined {
  return LAST.get(st);
}

function parties(text: string, sentence: Sentence, at: number, named: string | undefined, ents: EntityMention[]): string | undefined {
  const comps = ents.filter(isCompany);
  const head = text.slice(sentence.start, at);
  // "AMD issued OpenAI a warrant": the recipient right after the verb holds, the verb's subject issues
  const given = comps.findLast((e) => e.end <= at && /^\s+(?:(?:a|an|the|its|new)\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(e.end, at)) && GIVE.test(text.slice(sentence.start, e.start)));
  if (given) {
    const verbAt = sentence.start + text.slice(sentence.start, given.start).search(GIVE);
    const giver = comps.findLast((e) => e.end <= verbAt && /^\s+(?:(?:has|have|had|also|will|would|then|is|was|reportedly)\s+){0,2}$/i.test(text.slice(e.end, verbAt))) ?? subjectBefore(text, sentence.start, ents.filter((e) => e.name !== given.name), given.start);
    const issuer = named ?? giver?.name;
    return issuer && issuer !== given.name ? `${asInvestor(given.name)} -> ${issuer}` : undefined;
  }
  // "OpenAI received warrants for … AMD shares": the receiver holds, the named shares' company issues
  const receiver = comps.findLast((e) => e.end <= at && RECEIVE.test(text.slice(e.end, at)));
  if (receiver && named && named !== receiver.name) return `${asInvestor(receiver.name)} -> ${named}`;
  if (receiver || !named || /\b(?:issu|hand|gave|give|grant|award)\w*\b/i.test(head)) return undefined;
  // "AMD's deal with OpenAI came with warrants for … AMD shares": the one other party of the sentence holds
  const others = [...new Set(comps.filter((e) => e.name !== named && e.start < at).map((e) => e.name))];
  return others.length === 1 ? `${asInvestor(others[0])} -> ${named}` : undefined;
}

/** Warrant figures of one sentence, as drafts. */
export function warrantDrafts(text: string, sentence: Sentence, ents: EntityMention[], st: State): Draft[] {
  if (!/\bwarrant|\bvest|\bexercis/i.test(sentence.text)) return [];
  const out: Draft[] = [];
  const draft = (q: Quantity, subject: string, property: string, kind: Draft["kind"]): Draft => ({ kind, subject, property, value: q.value, value_max: null, qualifier: "exact", status: null, explicitStatus: false, q, sentence });
  for (const m of sentence.text.matchAll(COUNT)) {
    const numAt = sentence.start + m.index! + m[0].search(/\d/);
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : 1;
    const value = Number(m[1].replace(/,/g, "")) * scale;
    if (!(value >= 1000)) continue;
    const end = sentence.start + m.index! + m[0].length;
    // the issuer: "AMD shares", "shares of AMD common stock", "its shares" (the giver's)
    const shareCo = ents.find((e) => isCompany(e) && e.start >= numAt && e.start <= end && (/^['’]?s?\s+(?:(?:common|ordinary)\s+)?(?:shares|stock)\b/.test(text.slice(e.end, e.end + 24)) || /\bof\s+(?:its\s+)?$/i.test(text.slice(Math.max(numAt, e.start - 10), e.start))));
    const subject = parties(text, sentence, sentence.start + m.index!, shareCo?.name, ents);
    if (!subject) continue;
    LAST.set(st, subject);
    const numEnd = numAt + m[1].length + (m[2] ? text.slice(numAt + m[1].length).search(/[a-z]/i) + m[2].length : 0);
    out.push(draft({ start: numAt, end: numEnd, value, valueMax: null, unit: "count", detail: "shares" }, subject, "warrant_share_count", "investment"));
  }
  const last = LAST.get(st);
  if (!last) return out;
  const ex = sentence.text.match(EXERCISE);
  if (ex) {
    const value = ex[1] ? Number(ex[1].replace(/,/g, "")) : (CENTS[ex[2].toLowerCase()] ?? Number(ex[2])) / 100;
    const at = sentence.start + ex.index! + ex[0].search(PRICE_AT);
    out.push(draft({ start: at, end: sentence.start + ex.index! + ex[0].length, value, valueMax: null, unit: "money", detail: "usd" }, last, "warrant_exercise_price_usd", "investment"));
  }
  if (/\bvest|\btranche/i.test(sentence.text)) {
    for (const m of sentence.text.matchAll(/(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)(?!\s*(?:billion|million|trillion|bn|mn|[bmk])\b)/gi)) {
      const at = sentence.start + m.index!;
      if (!VEST_PRICE.test(text.slice(Math.max(sentence.start, at - 50), at))) continue;
      out.push(draft({ start: at, end: at + m[0].length, value: Number(m[1].replace(/,/g, "")), valueMax: null, unit: "money", detail: "usd" }, last, "warrant_vesting_share_price_usd", "investment"));
    }
  }
  return out;
}
