/**
 * Figures listed against a list of chips: "The H100 and H200 offer 3.35 TB/s and 4.8 TB/s,
 * respectively", "The H100, H200 and B200 draw 700 W, 700 W and 1,000 W".
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { findUnits } from "./units";

/** The figures of a piece of text, remembered (the same sentence is read again for each of its figures). */
const unitsMemo = new Map<string, readonly Quantity[]>();
export function unitsOf(s: string): readonly Quantity[] {
  let hit = unitsMemo.get(s);
  if (!hit) {
    if (unitsMemo.size > 256) unitsMemo.clear();
    hit = findUnits(s);
    unitsMemo.set(s, hit);
  }
  return hit;
}

/**
 * "The H100 and H200 offer 3.35 TB/s and 4.8 TB/s of bandwidth, respectively": the chip in the same place
 * in the list as the figure among the sentence's figures in its unit; "" when the two lists do not pair up.
 * null when the sentence does not say "respectively".
 */
export function respectively(text: string, sentence: Sentence, q: Quantity, chips: EntityMention[]): string | null {
  const tail = text.slice(q.end, sentence.end);
  if (!/\brespectively\b/i.test(tail)) return listPair(text, sentence, q, chips);
  const at = sentence.start + text.slice(sentence.start, sentence.end).search(/\brespectively\b/i);
  const figs = unitsOf(text.slice(sentence.start, at)).filter((u) => u.unit === q.unit);
  const names = [...new Set(chips.filter((e) => e.start < at && e.start >= sentence.start).map((e) => e.name))];
  const i = figs.findIndex((u) => sentence.start + u.start === q.start);
  if (i < 0 || figs.length !== names.length) return "";
  return names[i];
}

/**
 * "The H100, H200 and B200 draw 700 W, 700 W and 1,000 W": a list of figures in one unit right after a
 * list of chips pairs with it in order; "" when the lists differ in length, null when there is no such pair.
 */
function listPair(text: string, sentence: Sentence, q: Quantity, chips: EntityMention[]): string | null {
  const figs = unitsOf(text.slice(sentence.start, sentence.end)).filter((u) => u.unit === q.unit).map((u) => ({ start: sentence.start + u.start, end: sentence.start + u.end }));
  const i = figs.findIndex((u) => u.start === q.start);
  if (i < 0) return null;
  const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s*and\s+)$/;
  let a = i;
  let b = i;
  while (a > 0 && JOIN.test(text.slice(figs[a - 1].end, figs[a].start))) a--;
  while (b < figs.length - 1 && JOIN.test(text.slice(figs[b].end, figs[b + 1].start))) b++;
  if (b === a) return null;
  // the chips of one list, ending before the first figure, with only a verb between
  const list = chips.filter((e) => e.end <= figs[a].start && e.start >= sentence.start);
  if (list.length < 2) return null;
  const run = [list[list.length - 1]];
  for (let k = list.length - 2; k >= 0; k--) {
    if (!/^\s*(?:,\s*(?:and\s+)?|\s*and\s+)(?:the\s+)?$/.test(text.slice(list[k].end, run[0].start))) break;
    run.unshift(list[k]);
  }
  if (run.length < 2 || !/^\s+(?:\w+\s+){0,2}$/.test(text.slice(run[run.length - 1].end, figs[a].start))) return null;
  return run.length === b - a + 1 ? run[i - a].name : "";
}

