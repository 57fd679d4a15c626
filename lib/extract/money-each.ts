/**
 * "A and B have each committed $19 billion to X", "A, B and C will each hold a 30% stake": the same
 * figure for every party of the list, so one claim per party rather than one for the group.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { asInvestor } from "./subjects";
import { isCompany } from "./state";

/** Words joining the items of a list of parties. */
const LIST_SEP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
/** "each" as the parties' own quantifier ("have each committed", "will each hold"), not "each year", "each other" */
const EACH = /\beach\s+(?!other\b|year\b|month\b|quarter\b|week\b|day\b|time\b|of\b|gigawatt\b|GW\b|share\b|chip\b|unit\b)[a-z]+/;
/** Between the list and "each": nothing but auxiliaries */
const TO_EACH = /^\s+(?:(?:have|has|had|will|would|could|are|were|is|also|reportedly|then|already)\s+){0,2}$/;
/** A later clause of the same sentence that keeps the list as its subject: "… and will each hold" */
const LATER_EACH = /\band\s+(?:(?:have|has|had|will|would|could|are|were|is|also|reportedly|then)\s+){0,2}$/;

/**
 * The per-party subjects of a flow `subject` ("A -> X" or "A + B -> X") stated for "each" of a list of
 * parties; empty when the sentence does not say "each" of them.
 */
export function eachPartySubjects(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string): string[] {
  if (!subject.includes(" -> ") || !/\beach\b/.test(text.slice(sentence.start, q.start))) return [];
  const [from, to] = subject.split(" -> ");
  const comps = ents.filter((e) => isCompany(e) && e.end <= q.start);
  for (let i = 0; i < comps.length; i++) {
    const list = [comps[i]];
    for (let k = i + 1; k < comps.length && LIST_SEP.test(text.slice(list[list.length - 1].end, comps[k].start)); k++) list.push(comps[k]);
    if (list.length < 2) continue;
    const names = [...new Set(list.map((e) => asInvestor(e.name)))];
    if (names.length < 2 || names.includes(to) || !from.split(" + ").every((f) => names.includes(f))) continue;
    const last = list[list.length - 1];
    const gap = text.slice(last.end, q.start);
    if (gap.includes(";") || comps.some((e) => e.start >= last.end && e.name !== to)) continue;
    // "each" right after the list ("have each committed $19 billion"), and for a later figure again at the
    // head of a clause that keeps the list as its subject ("… and will each hold a 40% stake")
    const first = gap.search(EACH);
    if (first < 0 || !TO_EACH.test(gap.slice(0, first))) continue;
    const lastAt = gap.lastIndexOf("each");
    if (lastAt !== first && !LATER_EACH.test(gap.slice(0, lastAt))) continue;
    if (/[$€£¥₹]/.test(gap.slice(lastAt))) continue;
    return names.map((n) => `${n} -> ${to}`);
  }
  return [];
}
