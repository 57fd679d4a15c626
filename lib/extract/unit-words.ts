/**
 * Quantities written without digits: "over a gigawatt" and multiples in words ("twice",
 * "threefold", "half again as much", "one and a half times").
 */
import type { Quantity } from "./quantity";

const MULT_WORDS: Record<string, number> = {
  twice: 2, double: 2, doubled: 2, doubles: 2, triple: 3, tripled: 3, triples: 3, quadruple: 4, quadrupled: 4,
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, tenfold: 10, "two-fold": 2, "three-fold": 3, "four-fold": 4, "ten-fold": 10,
};

/** Multiples in words, and 1.5 written out ("half again as much", "one and a half times"). */
const HALF_AGAIN_OR_WORD = /\b(half\s+again\s+as\s+(?:much|many|large|big|fast|high)(?=\s)|one\s+and\s+a\s+half\s+times|twice|double[sd]?|triple[sd]?|quadrupled?|(?:two|three|four|five|six|ten)[\s-]?fold)\b/gi;

/** "over a gigawatt": a single unit after a qualifier (GW_WORD is a quick test for the unit's word) */
const A_GIGAWATT = /\b(?:over|more\s+than|nearly|almost|about|around|roughly|at\s+least|up\s+to|north\s+of)\s+(an?\s+)(gigawatt|GW|megawatt)\b(?![\s-]*(?:scale|class|sized?)\b)/gi;
const GW_WORD = /gigawatt|megawatt|GW/i;

/** Quantities in words in `text` that do not overlap `found` (the figures read from digits). */
export function wordQuantities(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const taken = (a: number, b: number) => found.some((o) => o.start < b && a < o.end) || out.some((o) => o.start < b && a < o.end);
  // "over a gigawatt", "nearly a gigawatt": a single unit after a qualifier
  if (GW_WORD.test(text)) for (const g of text.matchAll(A_GIGAWATT)) {
    const at = g.index! + g[0].length - g[1].length - g[2].length;
    if (!taken(at, at + g[1].length + g[2].length)) out.push({ start: at, end: at + g[1].length + g[2].length, value: /^m/i.test(g[2]) ? 0.001 : 1, valueMax: null, unit: "gw", detail: "" });
  }
  // multiples written as words: "threefold", "twice", "triple"
  const re = HALF_AGAIN_OR_WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // "half again as much memory as", "one and a half times the bandwidth of": 1.5 times
    if (/^(?:half|one)/i.test(m[1])) {
      if (!taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, value: 1.5, valueMax: null, unit: "multiple", detail: "word" });
      continue;
    }
    const w = m[1].toLowerCase().replace(/\s/g, "-");
    const v = MULT_WORDS[w] ?? MULT_WORDS[w.replace("-", "")];
    if (!v) continue;
    if (taken(m.index, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: v, valueMax: null, unit: "multiple", detail: "word" });
  }
  return out;
}
