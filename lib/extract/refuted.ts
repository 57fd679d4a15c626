/**
 * Refuted statements: a sentence the article contradicts right after it ("... delivers 24,800 tokens
 * per second per chip. It does not.", "... listed 256 GB. The maker told us that is a typo").
 * Its figures are what the article says is wrong, so they are not claims.
 */
import type { Sentence, Span } from "./sentences";

/** A sentence that is only a denial of the one before: "It does not.", "That is wrong." */
const BARE_DENIAL = /^\s*(?:It|That|This)\s+(?:(?:does|did|is|was|do)(?:\s+not|n['’]t)(?:\s+(?:true|correct|right|accurate|so))?|(?:is|was)\s+(?:wrong|incorrect|false|untrue|inaccurate))\s*[.!]\s*$/i;
/** A sentence that calls what came before a mistake: "X told us that is a typo", "that figure was wrong". */
const CALLED_WRONG = /^[^.]{0,60}?\b(?:that|this|it|the\s+(?:figure|number))\s+(?:is|was)\s+(?:a\s+typo|an?\s+(?:error|mistake|misprint)|wrong|incorrect|false|untrue|inaccurate|not\s+(?:true|correct|accurate|right))\b/i;

/** Any word a refutation needs: most articles have none, and are not scanned sentence by sentence. */
const DENIAL_WORD = /\b(?:not|n['’]t|wrong|incorrect|false|untrue|inaccurate|typo|error|mistake|misprint)\b/i;

/** Spans of the article's sentences whose figures the next sentence refutes. */
export function refutedSpans(text: string, sentences: Sentence[]): Span[] {
  const out: Span[] = [];
  if (!DENIAL_WORD.test(text)) return out;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const prev = sentences[i - 1];
    // the refutation follows in the same paragraph
    if (/\n\s*\n/.test(text.slice(prev.end, s.start))) continue;
    if (BARE_DENIAL.test(s.text) || CALLED_WRONG.test(s.text)) out.push({ start: prev.start, end: prev.end, text: prev.text });
  }
  return out;
}
