/**
 * Cheat sheets and roundups: a short heading line naming one company ("**Thinking Machines (Murati)**",
 * "## Mistral") over bullet lines ("- $2B seed at a $12B valuation"). A bullet's round or valuation with no company
 * of its own is the heading's company's.
 */
import type { Sentence } from "./sentences";
import type { State } from "./state";

const BULLET = /^[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])\s/;
/** a heading: short, no sentence end, no figure */
const HEADING = /^[ \t]*(?:#{1,4}\s*|\*\*|__)?[^\n.!?$€£¥₹%]{2,60}?(?:\*\*|__|:)?\s*$/;

/** The company a bullet's heading names, when the heading names exactly one; else undefined. */
export function headingCompany(text: string, sentence: Sentence, st: State): string | undefined {
  if (!BULLET.test(text.slice(sentence.lineStart, sentence.lineStart + 6))) return undefined;
  let end = sentence.lineStart - 1;
  for (let k = 0; k < 12 && end > 0; k++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim() || BULLET.test(line)) continue;
    if (!HEADING.test(line)) return undefined;
    const named = [...(st.lastAt ?? new Map<string, number>()).entries()].filter(([, at]) => at > start && at <= start + line.length).map(([n]) => n);
    return named.length === 1 ? named[0] : undefined;
  }
  return undefined;
}
