/**
 * The chip a spec figure is measured against: the predecessor ("its predecessor", "the previous
 * generation"), a chip named after "than"/"vs", and the chips of an article's own lineage; and the
 * second chip of a figure two chips share ("Both the X and the Y are rated at 1,400 watts").
 */
import { predecessorOf, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";

/** The predecessor of a chip: the registry's, the article's own ("the C1, launched in 2024"), or "predecessor". */
function predecessor(subject: string, st: State): string {
  return predecessorOf(subject) ?? st.chipLex?.byForm.get(subject)?.predecessor ?? "predecessor";
}

/** The article's chip whose predecessor is `name` ("Q7" for "Q6"), if the article has one. */
export function successorOf(name: string, st: State): string | undefined {
  return [...(st.chipLex?.byForm.values() ?? [])].find((c) => c.predecessor === name)?.name;
}

/** Of `names`, the chip whose predecessor is `name`, else `name` itself. */
export function successorIn(name: string, names: string[], st: State): string {
  return names.find((n) => n !== name && predecessor(n, st) === name) ?? name;
}

/** "than the first Cloud TPU", "over the original Hopper part", "than the first generation": a baseline far back in the lineage */
const FIRST_AFTER = /\b(?:than|over|vs\.?|versus|compared\s+(?:to|with)|against|of|from)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.-]*['’]s\s+)?(?:very\s+)?(?:first|original|earliest|initial|inaugural|first[\s-]generation|1st[\s-]gen(?:eration)?)\b/i;
const FIRST_LEAD = /\b(?:than|over|vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.-]*['’]s\s+)?(?:very\s+)?(?:first|original|earliest|initial|inaugural|first[\s-]generation)\b/i;

export function comparatorChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string | undefined, st: State): string | null {
  const after = text.slice(q.end, sentence.end);
  // a baseline far back in the lineage is the chip it names ("the original H100"), never the latest predecessor
  const first = after.slice(0, 100).match(FIRST_AFTER);
  const firstLead = first ? null : text.slice(sentence.start, q.start).match(FIRST_LEAD);
  if (first || firstLead) {
    const m = (first ?? firstLead)!;
    const at = (first ? q.end : sentence.start) + m.index! + m[0].length;
    // "than the first-generation Trainium": a chip whose own name carries the word
    const from = at - m[0].match(/\S+$/)![0].length;
    const named = ents.find((e) => isChip(e) && e.start >= from && e.start - at <= 1 && e.name !== subject);
    return named && !/^[\s-]*(?:generation|gen|part|chip|version)\b/i.test(text.slice(named.end, named.end + 12)) ? named.name : null;
  }
  // "Versus its predecessor, it's 2.2 times the throughput": the baseline may lead the sentence
  const lead = text.slice(sentence.start, q.start).match(/\b(?:versus|vs\.?|compared\s+(?:to|with)|against|over)\s+(?:its|their|the)\s+(?:predecessors?|previous\s+generation|prior\s+generation|last\s+generation)\s*,?\s*(?:the\s+)?/i);
  if (lead) {
    const at = sentence.start + lead.index! + lead[0].length;
    const named = ents.find((e) => isChip(e) && e.start === at && e.name !== subject);
    if (named) return named.name;
    if (subject) return predecessor(subject, st);
  }
  const pm = after.slice(0, 120).match(/\b(?:its|their|the)\s+predecessors?\b|\bprevious\s+generation\b|\bprior\s+generation\b/i);
  if (pm) {
    // "its predecessor, the MI355X": the chip the article names
    const at = q.end + pm.index! + pm[0].length;
    const named = ents.find((e) => isChip(e) && e.start >= at && /^\s*,?\s*(?:the\s+)?$/i.test(text.slice(at, e.start)) && e.name !== subject);
    if (named) return named.name;
    return subject ? predecessor(subject, st) : null;
  }
  // "2.9 times the output of a QS8 built with Q6 chips": the subject's own system named again is not the baseline
  const chips = ents.filter((e) => isChip(e) && e.start >= q.end && e.name !== subject && !subject?.startsWith(`${e.name} `) && e.start - q.end < 90);
  if (chips[0]) return chips[0].name;
  const beforeChips = ents.filter((e) => isChip(e) && e.end <= q.start && e.name !== subject && /\b(?:than|vs\.?|versus|over|against|compared\s+(?:to|with)|relative\s+to|in\s+comparison\s+(?:to|with)|next\s+to)\s+(?:the\s+|an?\s+|its\s+)?$/i.test(text.slice(Math.max(0, e.start - 22), e.start)));
  if (beforeChips.length) return beforeChips[beforeChips.length - 1].name;
  // "we more than doubled bandwidth": a change over the chip's own predecessor, when the article knows it
  if (subject && /^(?:doubled|tripled|quadrupled)$/i.test(text.slice(q.start, q.end))) return predecessorOf(subject) ?? st.chipLex?.byForm.get(subject)?.predecessor ?? null;
  // "Trainium3's 4.4x performance boost": an improvement without a named baseline is over the predecessor
  if (subject && /^\s*(?:more|faster|higher|better|performance|boost|improvement|increase|the\s+performance|as\s+fast)/i.test(after)) return predecessorOf(subject) ?? st.chipLex?.byForm.get(subject)?.predecessor ?? null;
  return null;
}

/**
 * "Both the X and the Y are rated at 1,400 watts", "The X and the Y both carry 288 GB": a figure
 * two chips share. Given the one chip the figure went to, the other one.
 */
export function jointChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string): string | undefined {
  // two chips, or two named systems ("The GB300 NVL72 and the Vera Rubin NVL144 are both rated at 150 kW")
  const chips = ents.filter((e) => isChip(e) && (e.kind === "chip" || e.kind === "system") && e.end <= q.start);
  if (chips.length !== 2 || chips[0].kind !== chips[1].kind || chips[0].name === chips[1].name || !chips.some((e) => e.name === subject)) return undefined;
  const [a, b] = chips;
  if (!/^\s+and\s+(?:the\s+|(?:Nvidia|AMD|Google|Intel)['’]?s?\s+)*$/i.test(text.slice(a.end, b.start))) return undefined;
  const lead = /^\s*Both\s+(?:the\s+|(?:Nvidia|AMD|Google|Intel)['’]?s?\s+)*$/i.test(text.slice(sentence.start, a.start));
  const both = /^\s+(?:are|were|have|had)?\s*both\b[^,;.]*$/i.test(text.slice(b.end, q.start));
  if (!lead && !both) return undefined;
  // the words between the second chip and the figure are its verb, not a clause of their own
  if (/[,;:]|\b(?:while|whereas|but|unlike|compared)\b/i.test(text.slice(b.end, q.start))) return undefined;
  return subject === a.name ? b.name : a.name;
}
