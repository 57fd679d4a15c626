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
    const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
    const pool = inClause.length ? inClause : dates;
    pool.sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start));
    return pool[0].value;
  }
  return published ?? null;
}

