import { resolveCompany, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";

/**
 * Named programs and sites: "Project Tamarack", "Project Orion". An article's project is an entity of
 * its own (kind `other`), so figures about it ("Known as Project X, the campus will … 900 megawatts")
 * are the project's, not its developer's.
 */

/** "Project Tamarack", "Project Blue Ridge": "Project" and one or two capitalised words, not a title-case phrase. */
const PROJECT = /(?<![A-Za-z0-9_-])Project\s+([A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\b(?![-'’]\w)/g;
/** words after "Project" that are ordinary title-case words, not a name ("Project Manager", "Project Finance") */
const NOT_NAME = /^(?:Manager|Management|Finance|Financing|Director|Lead|Leader|Team|Office|Officer|Update|Plan|Details|Overview|Status|Summary|Name|Cost|Costs|Timeline|Scope)\b/;

/**
 * A site introduced by name in apposition: "Colossus, xAI's first Memphis site, runs", "Colossus 2, its second
 * data center in Memphis", "Prometheus, the company's new supercomputer cluster in Ohio". The name is one or two
 * capitalised words, optionally with a number ("2", "II").
 */
const SITE_DEF = /(?<![\w’'-])((?:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)(?:\s+(?:\d{1,2}|I{1,3}|IV|V))?),\s+(?:its|their|the\s+(?:company|group|lab|start-?up|firm)['’]s|(?:[A-Z]|[a-z]{1,2}[A-Z])[\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s)\s+(?:(?:first|second|third|fourth|new|newest|flagship|largest|biggest|main|planned|next|own|giant|massive)\s+)*(?:[A-Z][a-z]+\s+){0,2}(?:AI\s+)?(?:site|data[\s-]?cent(?:er|re)|campus|supercomputer|super-?cluster|cluster|facility|AI\s+factory)\b/g;
/**
 * A site named at the head of a sentence and placed in apposition, in an article that has just spoken of data centres:
 * "Prometheus, in New Albany, Ohio, is slated to come online in 2026 with about 1 gigawatt", "Hyperion, in Richland
 * Parish, Louisiana, is designed to reach 2 gigawatts".
 */
const SITE_IN_PLACE = /(?<=(?:^|[.!?]\s+|\n))((?:[A-Z][a-z]{2,})(?:\s+(?:\d{1,2}|I{1,3}|IV|V))?),\s+(?:in|near|outside)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:,\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?,\s+(?:is|was|will|would|could|should)\s+(?:\w+\s+){0,3}?(?:online|reach|scale|designed|slated|expected|due|set|draw|deliver|house|operational)\b/g;
const SITE_TALK = /\b(?:data[\s-]?cent(?:er|re)s?|campus(?:es)?|sites|clusters|supercomputers|AI\s+factories)\b/i;
/** words that name a region or kind, not a site: "its European data centers", "the Texas campus" */
const PLACE_WORD = /^(?:European|American|Asian|Indian|Nordic|Texas|Ohio|Louisiana|Indiana|Virginia|Arizona|Georgia|Iowa|Oregon|Nevada|Utah|Memphis|Texan|Sovereign|Hyperscale|Modular|Colocation|Cloud|Frontier|Training|Inference)$/;
/** capitalised words that open a sentence or name a company's part, never a site */
const NOT_SITE = /^(?:The|This|That|Its|Their|Our|Meanwhile|However|Separately|Elsewhere|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Analysts?|Executives?|Investors?)\b/;

/**
 * A site named before its site noun: "its Hyperion data centre", "Meta's smaller Prometheus cluster", "the 'Hyperion'
 * campus". A place gives a data centre its name too ("its Frankfurt data center"), so a name the article also writes
 * after "in", "near" or a comma-less place pattern is taken for a place, not a site.
 */
const NAMED_SITE = /(?<=\b(?:its|their|the|[A-Z][\w.&-]*['’]s)\s+(?:(?:new|smaller|larger|giant|massive|flagship|planned|first|second|next|biggest|largest)\s+)?)['‘“"]?([A-Z][a-z]{3,})['’”"]?\s+(?:AI\s+)?(?:data[\s-]?cent(?:er|re)|campus|cluster|supercomputer|super-?cluster)\b/g;

let siteCache: { text: string; names: string[] } | undefined;
/** The sites an article introduces by name, each once (cached for the last article read). */
export function siteNames(text: string): string[] {
  if (siteCache?.text === text) return siteCache.names;
  const names: string[] = [];
  for (const m of text.matchAll(SITE_DEF)) {
    // "a campus in Abilene, Texas, its first site": a place named after a preposition or a comma is no site name
    if (NOT_SITE.test(m[1]) || names.includes(m[1]) || /(?:\b(?:in|near|of|from|to|outside|across)\s+|,\s*)$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    names.push(m[1]);
  }
  for (const m of text.matchAll(SITE_IN_PLACE)) {
    if (NOT_SITE.test(m[1]) || names.includes(m[1]) || resolveCompany(m[1]) || !SITE_TALK.test(text.slice(Math.max(0, m.index - 300), m.index))) continue;
    names.push(m[1]);
  }
  siteCache = { text, names };
  return names;
}

/** The last place `word` stands in `s` as a whole word, or -1. */
function lastWordAt(s: string, word: string): number {
  for (let i = s.lastIndexOf(word); i >= 0; i = i > 0 ? s.lastIndexOf(word, i - 1) : -1)
    if (!/\w/.test(s[i - 1] ?? "") && !/\w/.test(s[i + word.length] ?? "")) return i;
  return -1;
}

let namedCache: { text: string; names: string[] } | undefined;
/**
 * Sites named only before a site noun ("its Hyperion data centre"): not entities of their own (a deal's money stays
 * with its parties), but the subject of the capacity and chip figures of a clause that names them.
 */
export function namedSites(text: string): string[] {
  if (namedCache?.text === text) return namedCache.names;
  const names: string[] = [];
  for (const m of text.matchAll(NAMED_SITE)) {
    const n = m[1];
    if (NOT_SITE.test(n) || names.includes(n) || PLACE_WORD.test(n) || siteNames(text).includes(n)) continue;
    // a place: "in Frankfurt", "near Abilene", "Vineland, New Jersey"
    if (new RegExp(`\\b(?:in|near|outside|at|from)\\s+(?:[A-Z][a-z]+\\s+)?${n}\\b|\\b${n},\\s+[A-Z][a-z]+`).test(text)) continue;
    names.push(n);
  }
  namedCache = { text, names };
  return names;
}

/** The named site the figure's clause opens with or names before the figure ("Hyperion, on a 2,250-acre site, is designed to deliver"). */
export function namedSiteBefore(text: string, from: number, at: number, ents: EntityMention[]): string | undefined {
  const names = namedSites(text);
  if (!names.length) return undefined;
  const span = text.slice(from, at);
  let best: { name: string; at: number } | undefined;
  for (const n of names) {
    const i = lastWordAt(span, n);
    if (i >= 0 && (!best || i > best.at)) best = { name: n, at: i };
  }
  // a company named between the site and the figure, or a clause break, makes the figure that company's
  if (!best || /[;]|,\s+(?:and|but|while)\s/.test(span.slice(best.at))) return undefined;
  if (ents.some((e) => e.type === "company" && e.kind !== "other" && e.start > from + best!.at && e.end <= at && !e.possessive)) return undefined;
  return best.name;
}

/** Is the entity a program or a named site ("Project X", "Stargate", "Colossus 2")? */
export function isSiteOrProgram(text: string, e: EntityMention): boolean {
  return e.type === "company" && e.kind === "other" && (/^(?:Project\s|Stargate)/.test(e.name) || siteNames(text).includes(e.name));
}

/** "The campus will draw", "the site is designed to": a definite site noun with no name of its own */
const THE_SITE = /\b[Tt]he\s+(?:(?:new|planned|finished|first|whole|entire)\s+)?(?:site|campus|facility|data[\s-]?cent(?:er|re)|supercomputer|cluster|project)\b(?!\s+(?:of|for|in|at|near)\b)/g;

/** A named site the words "the campus/site" before `at` refer back to: the last one named in the 600 characters before them. */
export function siteReferredTo(text: string, from: number, at: number): string | undefined {
  const names = projectNames(text);
  if (!names.length) return undefined;
  const head = [...text.slice(from, at).matchAll(THE_SITE)].at(-1);
  if (!head) return undefined;
  const before = text.slice(Math.max(0, from + head.index! - 600), from + head.index!);
  let best: { name: string; at: number } | undefined;
  for (const n of names) {
    // "Project Rainier" is "Rainier" once named
    const i = Math.max(before.lastIndexOf(n), /^Project\s/.test(n) ? lastWordAt(before, n.slice(8)) : -1);
    // the longest name wins at the same place ("Colossus 2" over "Colossus")
    if (i >= 0 && (!best || i > best.at || (i === best.at && n.length > best.name.length))) best = { name: n, at: i };
  }
  return best?.name;
}

/** The project and site names an article writes, each once, in order of first mention. */
export function projectNames(text: string): string[] {
  const out: string[] = [...siteNames(text)];
  for (const m of text.matchAll(PROJECT)) {
    if (NOT_NAME.test(m[1])) continue;
    // a second capitalised word that opens the next clause is not part of the name ("Project Orion Will Cost")
    const words = m[1].split(/\s+/);
    const name = `Project ${words.length > 1 && /^(?:Is|Will|Was|Has|The|And|In|At|For|To|Would|Could)$/.test(words[1]) ? words[0] : m[1]}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** A program or site entity: "Project X", "Stargate". */
export const isProgram = (e: EntityMention) => e.type === "company" && e.kind === "other" && /^(?:Project\s|Stargate)/.test(e.name);

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|more\\s+than\\s+|over\\s+|up\\s+to\\s+|as\\s+much\\s+as\\s+|at\\s+least\\s+|some\\s+)?";
/** "Stargate, OpenAI's joint venture with SoftBank and Oracle, which aims to spend": the program's own plan */
const PROGRAM_SPENDS = new RegExp(`^\\s*(?:,\\s*[^.;()]{1,90}?,)?\\s*(?:,\\s*)?(?:which|that)?\\s*(?:aims|plans|intends|is\\s+(?:set|expected|slated|designed|meant)|will|would|is\\s+to|are\\s+to)\\s+(?:to\\s+)?(?:spend|invest|cost|deploy)\\s+${HEDGE}(?:US\\s?)?[$€£¥₹]?\\s*$`, "i");

/** "the $500 billion U.S. Stargate venture": an amount that sizes the program named right after it */
const SIZED_AFTER = /^\s+(?:[\w.-]+\s+){0,2}$/;
const PROGRAM_NOUN = /^\s+(?:(?:AI|data[\s-]?cent(?:er|re)|infrastructure|compute|computing|supercomputing|joint)\s+){0,2}(?:venture|project|program(?:me)?|initiative|plan)\b/i;
/** "Stargate, the half a trillion dollar data-center project": an amount in the apposition that describes the program */
const APPOSED = /^\s*,\s+(?:the|a|an)\s+$/i;
const APPOSED_NOUN = /^[\s-]*(?:[\w-]+\s+){0,2}?(?:joint\s+)?(?:venture|project|program(?:me)?|initiative)\b/i;

/** The planned spending of a program that is the subject of the amount's verb, or null. */
export function programRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const sized = ents.find((e) => isProgram(e) && e.start >= q.end && SIZED_AFTER.test(text.slice(q.end, e.start)) && PROGRAM_NOUN.test(text.slice(e.end, e.end + 30)));
  const apposed = ents.findLast((e) => isProgram(e) && e.end <= q.start && APPOSED.test(text.slice(e.end, q.start)) && APPOSED_NOUN.test(text.slice(q.end, q.end + 50)));
  const named = (sized && /\bthe\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 5), q.start)) ? sized : undefined) ?? apposed;
  if (named) return { property: `planned_investment_${suffix}`, kind: "other", role: "invest", subject: named.name };
  const p = ents.findLast((e) => isProgram(e) && e.end <= q.start && e.start >= sentence.start);
  if (!p || !PROGRAM_SPENDS.test(text.slice(p.end, q.start))) return null;
  // another company between the program and its verb is the one that spends ("Stargate, where Oracle will spend")
  if (ents.some((e) => e.type === "company" && e.start > p.end && e.end <= q.start && !/,\s*[^,]*$/.test(text.slice(p.end, e.start)))) return null;
  return { property: `planned_investment_${suffix}`, kind: "other", role: "invest", subject: p.name };
}
