/**
 * Quotes and dates of figures: the clause that states a figure (widened when it is too short to
 * say anything alone), the quote trimmed of dangling punctuation, and the figure's as-of date.
 * Clauses and dates are computed once per figure or sentence and remembered.
 */
import type { Quantity } from "./quantity";
import { splitClauses, type Sentence, type Span } from "./sentences";
import { findDates } from "./dates";

/** Words in a trimmed span: one more than its runs of whitespace. */
function wordCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const sp = c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
    if (sp && !inSpace) n++;
    inSpace = sp;
  }
  return n;
}

const clauseMemo = new WeakMap<Quantity, Span>();

export function clauseOf(text: string, sentence: Span, q: Quantity): Span {
  const hit = clauseMemo.get(q);
  if (hit) return hit;
  const c = computeClauseOf(text, sentence, q);
  clauseMemo.set(q, c);
  return c;
}

function computeClauseOf(text: string, sentence: Span, q: Quantity): Span {
  const clauses = splitClauses(text, sentence);
  const i = clauses.findIndex((c) => c.start <= q.start && q.end <= c.end);
  if (i < 0) return sentence;
  let c = clauses[i];
  // too short to say anything on its own: take the clause before it too
  const words = wordCount(c.text);
  if (words < 5 && i > 0) c = { start: clauses[i - 1].start, end: c.end, text: text.slice(clauses[i - 1].start, c.end) };
  if (wordCount(c.text) < 4 && i + 1 < clauses.length) c = { start: c.start, end: clauses[i + 1].end, text: text.slice(c.start, clauses[i + 1].end) };
  return c;
}

/** The quote for a figure: its clause, trimmed of dangling punctuation. */
export function quoteOf(text: string, sentence: Span, q: Quantity): Span {
  const c = clauseOf(text, sentence, q);
  let s = c.start;
  let e = c.end;
  while (s < e && /[\s"“”'‘’(\[\-–—•*]/.test(text[s]) && !(s === q.start)) s++;
  while (e > s && /[\s,;:"“”'‘’)\]\-–—]/.test(text[e - 1]) && e > q.end) e--;
  if (s > q.start) s = q.start;
  if (e < q.end) e = q.end;
  return { start: s, end: e, text: text.slice(s, e) };
}



const dateCache = new WeakMap<Sentence, ReturnType<typeof findDates>>();

export function asOfFor(text: string, sentence: Sentence, clause: Span, q: Quantity, published: string | null): string | null {
  let found = dateCache.get(sentence);
  if (!found) {
    found = findDates(sentence.text, published);
    dateCache.set(sentence, found);
  }
  const dates = found.map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
  if (dates.length) {
    // a date's match may run onto the full stop the clause leaves out
    const inClause = dates.filter((d) => d.start >= clause.start && d.start < clause.end);
    const pool = inClause.length ? inClause : dates.filter((d) => dateReaches(text, sentence, clause, d));
    if (pool.length) {
      pool.sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start));
      return pool[0].value;
    }
  }
  return published ?? null;
}

/** A sentence-opening time phrase: "In October,", "When the round closed on May 2,", "Last March,". */
const LEADING_TIME = /^(?:(?:back\s+|earlier\s+|later\s+)?(?:in|on|at|by|as\s+of|as\s+at|since|when|after|before|during|through|until|over|from|for|last|this|earlier|later|at\s+the\s+(?:end|start))\b)/i;
/** A clause that only continues the one before it: "…, at a valuation of $X", "…, valuing it at $Y". */
const CONTINUES = /^(?:at\s+(?:a|an|the)\b|valuing|giving|bringing|putting|taking|lifting|raising|pushing|up\s+from|down\s+from|or\s+(?:about|roughly|around|nearly)|(?:about|roughly|around|nearly)\s+(?:US)?[$€£¥₹]?\d)/i;

/** An appositive naming when a deal or product was made: "signed on March 3", "announced in November 2023". */
const DEAL_DATED = /^(?:(?:first\s+)?(?:signed|struck|agreed|inked|sealed|announced|unveiled|introduced|launched|debuted|completed|closed|finalized|finalised)\s+(?:in|on|at|last|this|earlier|back)\b)/i;
const WHEN_CLAUSE = /^(?:when|at\s+which\s+(?:point|time))\b/i;
/** A clause that attributes the sentence: "according to reports on May 13", "a source told Reuters in August". */
const ATTRIBUTION = /^(?:(?:according\s+to|citing|as\s+(?:reported|disclosed|announced|stated)|per)\b|(?:[\w'’.-]+\s+){1,6}(?:said|says|told|reported|wrote|announced)\b)/i;

/**
 * A date outside the figure's clause applies to it only when it opens the sentence as a time
 * phrase, when the figure's clause merely continues the dated clause, or when it is a bare date
 * in brackets right after the figure's clause. A date in another clause ("Microsoft, which backed
 * it in 2024, added $400 million") describes that clause's event, not this figure.
 */
function dateReaches(text: string, sentence: Sentence, clause: Span, d: { start: number; end: number }): boolean {
  const clauses = splitClauses(text, sentence);
  const ci = clauses.findIndex((c) => c.start <= d.start && d.start < c.end);
  const fi = clauses.findIndex((c) => c.start === clause.start || (c.start <= clause.start && clause.start < c.end));
  if (ci < 0 || fi < 0) return false;
  const dc = clauses[ci];
  if (ci < fi) {
    // the sentence's opening time phrase covers all that follows
    if (ci === 0 && LEADING_TIME.test(dc.text) && !/\d/.test(text.slice(dc.start, d.start))) return true;
    // "Update, 19 March 2026:", "The contract, signed on March 3, covers …": a dateline or the deal's own date
    if (dc.text.length - (d.end - d.start) <= 4 || DEAL_DATED.test(dc.text)) return true;
    // "…, when it raised $800 million": the time named just before
    if (WHEN_CLAUSE.test(clause.text)) return fi - ci <= 2;
    // the clause right before, continued by the figure's verbless clause
    return fi - ci <= 2 && CONTINUES.test(clause.text);
  }
  // "…, according to reports on May 13", "…, a source told Reuters in August": when the figure was reported
  if (ATTRIBUTION.test(dc.text)) return true;
  return ci === fi + 1 && text[dc.start - 1] === "(" && dc.text.length - (d.end - d.start) <= 4;
}

