/**
 * "Both racks are rated at 160 kilowatts", "both systems use liquid cooling": a figure two systems share when the
 * sentence names neither of them, and the paragraph before it has just named two chips ("the AI200 ... The AI250
 * ..."). Each chip's system takes the figure: "<chip> rack" for both chips.
 */
import { findEntities } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";

/** "both racks are", "Both systems draw": the two systems the figure is for (group 1: the noun) */
const BOTH_SYSTEMS = /\bboth\s+(racks|systems|servers)\b[^,;:.]*$/i;

/**
 * The two systems ("<chip> rack") a "both racks" figure is for: the last two distinct chips the paragraph named
 * before the sentence, or undefined when the sentence names a chip itself or the paragraph names other than two.
 */
export function bothSystems(text: string, sentence: Sentence, q: Quantity, st: State): [string, string] | undefined {
  const m = text.slice(sentence.start, q.start).match(BOTH_SYSTEMS);
  if (!m) return undefined;
  const para = text.slice(Math.max(0, sentence.start - 800), sentence.start).split(/\n\s*\n/).pop() ?? "";
  const names = [...new Set(findEntities(para, undefined, st.chipLex).filter((e) => isChip(e) && e.kind === "chip").map((e) => e.name))];
  if (names.length !== 2) return undefined;
  const noun = m[1].toLowerCase().replace(/s$/, "");
  return [`${names[0]} ${noun}`, `${names[1]} ${noun}`];
}
