/**
 * Which chip or system a spec figure describes: the chip named next to it, a possessive, the
 * chip of an anaphor ("the chip", "each accelerator", "the new part"), a rack or system, and the
 * chip a multiple is measured against ("its predecessor").
 */
import { predecessorOf, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";

const CHIP_ANAPHOR = /\b(?:it|its|(?:these|those|the)\s+(?:chips|gpus|accelerators|parts|processors)|the\s+(?:chip|gpu|tpu|accelerator|part|processor|architecture|system|die|package|superchip|server|card)|each\s+(?:chip|die|gpu|accelerator|processor)|per\s+(?:chip|gpu|die|accelerator)|the\s+new\s+(?:chip|part|accelerator|processor|gpu|system|rack))\b/i;

export function chipSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  const chips = ents.filter(isChip).filter((e) => !/\b\d[\d,.]*\s+(?:[a-z-]+\s+)?$/.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) || e.start === q.end + 1);
  const direct = chips.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start)));
  if (direct) return direct.name;
  const systems = chips.filter((e) => e.kind !== "chip" && e.end <= q.start);
  if (q.unit === "tflops" && systems.length) return systems[systems.length - 1].name;
  const sameClauseGap = (a: number, b: number) => !/[,;:]|\b(?:and|while|but|whereas)\b/.test(text.slice(a, b));
  // "H100's 1.23 Tflop/s", "the H100's memory bandwidth is 900 GB/s"
  const poss = [...chips].reverse().find((e) => e.possessive && e.end <= q.start && q.start - e.end < 45 && sameClauseGap(e.end + 2, q.start));
  if (poss) return poss.name;
  const isComparator = (e: EntityMention) => /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|matches|matching|match|comparable\s+to|like|of)\s*(?:the\s+)?(?:Nvidia['’]?s?\s+|AMD['’]?s?\s+|Google['’]?s?\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) ||
    // "its predecessor, the X2": the older chip named in apposition is the baseline
    /\b(?:predecessors?|previous\s+generation|prior\s+generation|older\s+sibling)\s*,?\s*(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 30), e.start));
  const before = chips.filter((e) => e.end <= q.start && !isComparator(e));
  // "on the MI355X", "per Trainium v5 chip"
  const after = chips.find((e) => e.start >= q.end && /^[^.;]{0,120}?\b(?:on|for|of|in|from|per)\s+(?:the\s+|a\s+|each\s+|its\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(q.end, e.start)) && !/\b(?:than|vs|versus|compared)\b/i.test(text.slice(q.end, e.start)));
  const near = [...before].reverse().find((e) => sameClauseGap(e.end, q.start));
  if (near) return near.name;
  if (after) return after.name;
  if (before[0]) return before[0].name;
  const ana = CHIP_ANAPHOR.exec(text.slice(sentence.start, q.start));
  if (ana) {
    // "Ampere says its tools cut costs": a bare "it"/"its" after a company in the sentence is the company's
    const at = sentence.start + ana.index;
    const chipWordAfter = /^\s+(?:(?:[\w-]+\s+)?(?:predecessors?|successors?|memory|bandwidth|power|performance|compute|dies?|chips?|HBM\w*|throughput|efficiency|transistors?|clock|cores?))\b/i.test(text.slice(at + ana[0].length, at + ana[0].length + 30));
    if (/^it/i.test(ana[0]) && !chipWordAfter && ents.some((e) => e.type === "company" && e.end <= at)) return undefined;
    return st.lastChip;
  }
  // "2.6 times the throughput of its predecessor": "its" is the chip the article is about
  if (!before.length && /\b(?:its|their)\s+predecessors?\b/i.test(text.slice(q.end, sentence.end))) return st.lastChip;
  // a figure restated later ("these numbers of 20.8 petaflops") keeps the subject it had
  return st.valueSubjects.get(`${q.unit}:${q.value}`);
}

/** The predecessor of a chip: the registry's, the article's own ("the C1, launched in 2024"), or "predecessor". */
function predecessor(subject: string, st: State): string {
  return predecessorOf(subject) ?? st.chipLex?.byForm.get(subject)?.predecessor ?? "predecessor";
}

export function comparatorChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string | undefined, st: State): string | null {
  const after = text.slice(q.end, sentence.end);
  const pm = after.slice(0, 120).match(/\b(?:its|their|the)\s+predecessors?\b|\bprevious\s+generation\b|\bprior\s+generation\b/i);
  if (pm) {
    // "its predecessor, the MI355X": the chip the article names
    const at = q.end + pm.index! + pm[0].length;
    const named = ents.find((e) => isChip(e) && e.start >= at && /^\s*,?\s*(?:the\s+)?$/i.test(text.slice(at, e.start)) && e.name !== subject);
    if (named) return named.name;
    return subject ? predecessor(subject, st) : null;
  }
  const chips = ents.filter((e) => isChip(e) && e.start >= q.end && e.name !== subject && e.start - q.end < 90);
  if (chips[0]) return chips[0].name;
  const beforeChips = ents.filter((e) => isChip(e) && e.end <= q.start && e.name !== subject && /\b(?:than|vs\.?|versus|over|compared\s+(?:to|with))\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 16), e.start)));
  if (beforeChips.length) return beforeChips[beforeChips.length - 1].name;
  // "Trainium3's 4.4x performance boost": an improvement without a named baseline is over the predecessor
  if (subject && /^\s*(?:more|faster|higher|better|performance|boost|improvement|increase|the\s+performance|as\s+fast)/i.test(after)) return predecessorOf(subject) ?? st.chipLex?.byForm.get(subject)?.predecessor ?? null;
  return null;
}

/**
 * The rack or system a whole-rack figure describes ("Each Q9 rack, called Fjord, draws 140 kW"):
 * a named system in the sentence, else "<chip> rack" when the sentence writes the chip before "rack".
 */
export function rackSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  const systems = ents.filter((e) => e.type === "chip" && e.kind !== "chip");
  const sys = [...systems].reverse().find((e) => e.end <= q.start) ?? systems[0];
  if (sys) return sys.name;
  const chipRack = ents.find((e) => isChip(e) && /^\s+racks?\b/i.test(text.slice(e.end, e.end + 8)));
  if (chipRack) return `${chipRack.name} rack`;
  return /\b(?:the|each|per|a)\s+(?:rack|system)\b/i.test(text.slice(sentence.start, q.start)) ? st.lastSystem : undefined;
}
