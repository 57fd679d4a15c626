import { findNumbers, type NumberMatch } from "@/lib/extract/numbers";

export interface FigureSpan {
  start: number;
  end: number;
}

/** How far a written number is from a claimed value, allowing unit steps of 1,000 (PFLOPS → TFLOPS, TB → GB). */
function distance(written: number, claimed: number): number {
  if (written === claimed) return 0;
  if (written <= 0 || claimed <= 0) return Infinity;
  const ratio = Math.log10(claimed / written);
  const step = Math.round(ratio / 3) * 3;
  const off = Math.abs(ratio - step);
  return off < 0.005 ? 1 + Math.abs(step) / 3 : Infinity;
}

function best(matches: NumberMatch[], value: number): NumberMatch | undefined {
  let found: NumberMatch | undefined;
  let score = Infinity;
  for (const m of matches) {
    const d = distance(m.value, value);
    if (d < score) [found, score] = [m, d];
  }
  return found;
}

/**
 * Where the figure sits inside a claim's quote, so a card can highlight it: the written number
 * (with its currency sign) whose value matches the claim's, both ends for a range; null when the
 * quote writes it in a way we do not recognise (the card then shows the quote unmarked).
 */
export function figureSpan(quote: string, value: number, valueMax: number | null = null): FigureSpan | null {
  const matches = findNumbers(quote);
  const low = best(matches, value);
  if (!low) return null;
  let end = low.end;
  if (valueMax !== null) {
    const high = best(matches.filter((m) => m.start >= low.end), valueMax);
    if (high) end = high.end;
  }
  let start = low.start;
  const before = /(?:US\s?\$|\$|€|£|¥|₹)$/.exec(quote.slice(Math.max(0, start - 3), start));
  if (before) start -= before[0].length;
  const plus = /^\s?\+/.exec(quote.slice(end));
  if (plus) end += plus[0].length;
  return { start, end };
}
