/**
 * Sentence and clause splitting with character offsets into the original text.
 * Nothing is normalised: every span is a slice of the input.
 */

export type Span = { start: number; end: number; text: string };
export type Sentence = Span & { lineStart: number; lineEnd: number; index: number };

const ABBREV = /\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|e\.g|i\.e|etc)\.$/;

const SENTENCE_OPENER = /^[A-Z0-9"“‘'(\[$€£•\-–—]/;

/** Lines of the text (without their line breaks). */
export function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const i = nl < 0 ? text.length : nl;
    let end = i;
    if (end > start && text[end - 1] === "\r") end--;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = i + 1;
  }
  return out;
}

/** Whitespace as `\s` sees it, by char code (no regex per character). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A letter or a dot, by char code. */
function isWordOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Sentences: split at line breaks and at ". ", "! ", "? " not inside numbers or abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of splitLines(text)) {
    let s = line.start;
    for (let i = line.start; i < line.end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 46 && code !== 33 && code !== 63) continue;
      const ch = text[i];
      if (i + 1 < line.end && !isSpace(text.charCodeAt(i + 1))) continue; // "1.5", "U.S."
      if (ch === ".") {
        // only a short word before the dot can be an abbreviation or an initial: read the slice then
        let w = i;
        while (w > line.start && i - w <= 8 && isWordOrDot(text.charCodeAt(w - 1))) w--;
        if (i - w <= 7) {
          const before = text.slice(Math.max(line.start, i - 8), i + 1);
          if (ABBREV.test(before)) continue;
          // a single capital letter before the dot: an initial
          // ("Series B." ends a sentence: a round's letter is no initial)
          if (/(?:^|\s)[A-Z]\.$/.test(before) && !/\d\s?[A-Z]\.$/.test(before) && !/\bSeries\s[A-Z]\.$/.test(text.slice(Math.max(line.start, i - 10), i + 1))) continue;
        }
      }
      // the next sentence starts with a capital, digit, quote, bracket or dash
      let r = i + 1;
      while (r < line.end && isSpace(text.charCodeAt(r))) r++;
      if (r < line.end && !SENTENCE_OPENER.test(text[r])) continue;
      const sp = trimSpan(text, s, i + 1);
      if (sp) out.push({ start: sp.start, end: sp.end, text: sp.text, lineStart: line.start, lineEnd: line.end, index: out.length });
      s = i + 1;
    }
    const sp = trimSpan(text, s, line.end);
    if (sp) out.push({ start: sp.start, end: sp.end, text: sp.text, lineStart: line.start, lineEnd: line.end, index: out.length });
  }
  return out;
}

/**
 * Clauses of a sentence: split at ";", ":", dashes and commas that separate clauses.
 * Commas inside numbers ("1,000") and short appositions are kept.
 */
const clauseCache = new WeakMap<Span, Span[]>();

export function splitClauses(text: string, sentence: Span): Span[] {
  const hit = clauseCache.get(sentence);
  if (hit && hit.length && text.slice(hit[0].start, hit[0].end) === hit[0].text) return hit;
  const res = computeClauses(text, sentence);
  clauseCache.set(sentence, res);
  return res;
}

function computeClauses(text: string, sentence: Span): Span[] {
  const cuts: number[] = [sentence.start];
  const s = sentence.start;
  const e = sentence.end;
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if (ch === ";" || ch === "—" || ch === "|" || ch === "→" || ch === "›" || (ch === ">" && text[i - 1] === " ")) cuts.push(i, i + 1);
    else if (ch === ":" && !/\d/.test(text[i + 1] ?? "") ) cuts.push(i, i + 1);
    else if ((ch === "–" || ch === "-") && text[i - 1] === " " && text[i + 1] === " ") cuts.push(i, i + 1);
    else if (ch === "," && !/\d/.test(text[i + 1] ?? "") ) cuts.push(i, i + 1);
    else if (ch === "(" || ch === ")") cuts.push(i, i + 1);
  }
  cuts.push(e);
  const out: Span[] = [];
  for (let k = 0; k + 1 < cuts.length; k += 2) {
    const sp = trimSpan(text, cuts[k], cuts[k + 1]);
    if (sp) out.push(sp);
  }
  // a trailing period belongs to no clause
  return out.map((c) => (c.text.endsWith(".") && c.text.length > 1 ? { start: c.start, end: c.end - 1, text: c.text.slice(0, -1) } : c));
}

/** The clause of `sentence` that contains [start, end), or the sentence itself. */
export function clauseAt(text: string, sentence: Span, start: number, end: number): Span {
  const clauses = splitClauses(text, sentence);
  const c = clauses.find((c) => c.start <= start && end <= c.end);
  return c ?? sentence;
}

/** The sentence right before `start` in the same paragraph (no line break between), or "". */
export function previousSentence(text: string, start: number): string {
  const lead = text.slice(Math.max(0, start - 300), start);
  const para = lead.slice(lead.lastIndexOf("\n") + 1);
  if (!para.trim()) return "";
  const parts = para.replace(/\s+$/, "").split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/);
  return parts[parts.length - 1] ?? "";
}
