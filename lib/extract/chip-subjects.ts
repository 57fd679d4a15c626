/**
 * Which chip or system a spec figure describes: the chip named next to it, a possessive, the
 * chip of an anaphor ("the chip", "each accelerator", "the new part"), a rack or system, and the
 * chip a multiple is measured against ("its predecessor").
 */
import { predecessorOf, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";
import { findUnits } from "./units";

const CHIP_ANAPHOR = /\b(?:it|its|(?:these|those|the)\s+(?:chips|gpus|accelerators|parts|processors)|the\s+(?:chip|gpu|tpu|accelerator|part|processor|architecture|system|die|package|superchip|server|card)|each\s+(?:chip|die|gpu|accelerator|processor|card)|per\s+(?:chip|gpu|die|accelerator|card)|the\s+new\s+(?:chip|part|accelerator|processor|gpu|system|rack))\b/i;

export function chipSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  const chips = ents.filter(isChip).filter((e) => !/\b\d[\d,.]*\s+(?:[a-z-]+\s+)?$/.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) || e.start === q.end + 1);
  const direct = chips.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start)));
  if (direct) return direct.name;
  const systems = chips.filter((e) => e.kind !== "chip" && e.end <= q.start);
  if (q.unit === "tflops" && systems.length) return systems[systems.length - 1].name;
  // "5.3 TB/s vs 3.35 TB/s on the H100": a comparison word starts the other chip's figure
  const sameClauseGap = (a: number, b: number) => !/[,;:]|\b(?:and|while|but|whereas|vs\.?|versus|compared\s+(?:to|with))(?![\w])/.test(text.slice(a, b));
  // "H100's 1.23 Tflop/s", "the H100's memory bandwidth is 900 GB/s"
  const poss = [...chips].reverse().find((e) => e.possessive && e.end <= q.start && q.start - e.end < 45 && sameClauseGap(e.end + 2, q.start));
  if (poss) return poss.name;
  const isComparator = (e: EntityMention) => /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|matches|matching|match|comparable\s+to|like|of)\s*(?:the\s+)?(?:Nvidia['’]?s?\s+|AMD['’]?s?\s+|Google['’]?s?\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) ||
    // "its predecessor, the X2": the older chip named in apposition is the baseline
    (/\b(?:predecessors?|previous\s+generation|prior\s+generation|older\s+sibling)\s*,?\s*(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)) &&
      // "Its predecessor, the C4, offered 1.6 petaflops": the apposition heads the sentence, so it is the subject
      !(/^\s*(?:its|their|the)\s+(?:predecessors?|previous\s+generation|prior\s+generation|older\s+sibling)\s*,\s*(?:the\s+)?$/i.test(text.slice(sentence.start, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 2)) && e.end <= q.start));
  const before = chips.filter((e) => e.end <= q.start && !isComparator(e));
  // "on the MI355X", "per Trainium v5 chip"
  // "on the MI355X", "per Trainium v5 chip"; not "up from the H100's 3.35 TB/s", which is the H100's own figure
  const after = chips.find((e) => e.start >= q.end && !e.possessive && /^[^.;]{0,120}?\b(?:on|for|of|in|from|per)\s+(?:the\s+|a\s+|each\s+|its\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(q.end, e.start)) && !/\b(?:than|vs|versus|compared|(?:up|down|rising|falling)\s+from)\b/i.test(text.slice(q.end, e.start)));
  const near = [...before].reverse().find((e) => sameClauseGap(e.end, q.start));
  if (near) return near.name;
  if (after) return after.name;
  // the first chip of the sentence, unless the figure sits in another chip's clause ("X draws 700 W, while
  // Y needs 750 W and Vendor's Z tops out at 900 W": the 900 W is not X's)
  if (before[0]) {
    // unless the last chip's own clause already gave a figure in this unit ("X draws 700 W, while Y needs
    // 750 W and Vendor's Z tops out at 900 W": the 900 W is neither X's nor Y's)
    const last = before[before.length - 1];
    if (last.name !== before[0].name && findUnits(text.slice(last.end, q.start)).some((u) => u.unit === q.unit)) return undefined;
    return before[0].name;
  }
  const ana = CHIP_ANAPHOR.exec(text.slice(sentence.start, q.start));
  if (ana) {
    // "Ampere says its tools cut costs": a bare "it"/"its" after a company in the sentence is the company's
    const at = sentence.start + ana.index;
    const chipWordAfter = /^\s+(?:(?:[\w-]+\s+)?(?:predecessors?|successors?|memory|bandwidth|power|performance|compute|dies?|chips?|HBM\w*|throughput|efficiency|transistors?|clock|cores?))\b/i.test(text.slice(at + ana[0].length, at + ana[0].length + 30));
    if (/^it/i.test(ana[0]) && !chipWordAfter && ents.some((e) => e.type === "company" && e.end <= at)) return undefined;
    // "its laptop has 32 GB": "its" before a noun that is not part of a chip speaks of something else
    if (/^its$/i.test(ana[0]) && !chipWordAfter && !/^\s+(?:~|about\s+|around\s+|roughly\s+|up\s+to\s+)?\d/i.test(text.slice(at + 3, at + 20))) return undefined;
    return st.lastChip;
  }
  // "about 1,250 W per accelerator": a per-chip figure of the chip the article is about
  if (!before.length && /^[^,;.]{0,30}?\bper\s+(?:chip|gpu|accelerator|card|device)\b/i.test(text.slice(q.end, sentence.end))) return st.lastChip;
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
  // "16 SX4 racks": a number of racks is not the rack that holds the chips
  const chipRack = ents.find((e) => isChip(e) && /^\s+racks?\b/i.test(text.slice(e.end, e.end + 8)) && !/\d[\d,.]*\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start)));
  if (chipRack) return `${chipRack.name} rack`;
  return /\b(?:the|each|per|a)\s+(?:rack|system)\b/i.test(text.slice(sentence.start, q.start)) ? st.lastSystem : undefined;
}

/** Nouns of a whole system that holds many chips. */
export const SYSTEM_NOUN_SRC = "(?:racks?|servers?|nodes?|pods?|instances?|systems?|clusters?|UltraServers?|superpods?|SuperPods?)";
const SYSTEM_AFTER_RE = new RegExp(`^\\s+(${SYSTEM_NOUN_SRC})\\b`);
const PER_CHIP_AFTER = /^[^,;.]{0,40}?\b(?:per|each)\s+(?:[\w-]+\s+)?(?:chip|gpu|accelerator|card|die|package|device)\b/i;
const PER_SYSTEM_AFTER = new RegExp(`^[^;.]{0,40}?\\b(?:per|each)\\s+(${SYSTEM_NOUN_SRC})\\b`, "i");
const SYSTEM_WORD_RE = new RegExp(`(?<![-‑])\\b${SYSTEM_NOUN_SRC}\\b`, "gi");
const CHIP_WORD_RE = /(?<![-‑])\b(?:chips?|gpus?|accelerators?|cards?|processors?|dies?|superchips?)\b/gi;
/** A noun introduced by one of these is not what the clause is about ("with eight GPUs", "than the rack"). */
const OBLIQUE = /\b(?:of|with|than|vs\.?|versus|in|into|like|from|to|on|for|by|across|beats?|outperforms?|edges\s+out|trails?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}$/i;

const singular = (noun: string) => noun.replace(/s$/i, "");

/** A system's name as the article uses it: an unknown "BX8" followed by "instance" is the "BX8 instance". */
export function systemLabel(text: string, e: EntityMention, st: State): string {
  if (e.kind === "chip" || !st.chipLex?.byForm.has(e.name)) return e.name;
  const m = text.slice(e.end, e.end + 20).match(SYSTEM_AFTER_RE);
  if (!m) return e.name;
  const noun = singular(m[1]);
  return new RegExp(`\\b${noun}$`, "i").test(e.name) ? e.name : `${e.name} ${noun.toLowerCase() === "ultraserver" ? noun : noun.toLowerCase()}`;
}

/** "<chip> rack", "<chip> server": a chip named right before a system noun, and the noun. */
export function chipSystemPhrase(text: string, e: EntityMention): string | undefined {
  if (e.type !== "chip" || e.kind !== "chip") return undefined;
  const m = text.slice(e.end, e.end + 20).match(SYSTEM_AFTER_RE);
  // "16 SX4 racks": a number of racks is not the rack itself
  if (!m || /\d[\d,.]*\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start))) return undefined;
  const noun = singular(m[1]);
  return `${e.name} ${/^ultraserver$/i.test(noun) ? noun : noun.toLowerCase()}`;
}

/**
 * Whether a figure is stated for a whole rack, server, pod, instance or cluster rather than one chip:
 * "per rack", "across the rack", "aggregate", a clause whose subject is a system ("Each BX8 instance
 * pairs ... with 1,128 GB", "an eight-card V2 server with 2.3 TB", "each C5 server, which ... rates at").
 * Returns undefined when the figure is not a system's, else the system's name (undefined inside when
 * the system cannot be named: the figure is then dropped, never put on the chip).
 */
export function systemScope(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): { name?: string } | undefined {
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 50));
  const perChip = after.match(PER_CHIP_AFTER);
  const perSys = after.match(PER_SYSTEM_AFTER);
  if (perChip && (!perSys || perChip[0].length <= perSys[0].length)) return undefined;
  const semi = text.lastIndexOf(";", q.start);
  const segStart = Math.max(sentence.start, semi + 1);
  const before = text.slice(segStart, q.start);
  let cue = false;
  let noun: string | undefined;
  const pa = perSys;
  if (pa) {
    cue = true;
    noun = singular(pa[1]);
  } else if (/\b(?:across|throughout)\s+the\s+(?:whole\s+|full\s+|entire\s+)?(?:rack|server|node|pod|instance|system|cluster)\b|\baggregate\b|\bpooled\b|\bcombined\b|\bin\s+total\b/i.test(before.slice(-60) + " " + after.slice(0, 25))) {
    cue = true;
  } else {
    // the head noun of the clause: the first chip, chip noun or system noun not introduced by a preposition
    const toks: { at: number; system: boolean; name?: string; noun?: string }[] = [];
    for (const e of ents) {
      if (e.type !== "chip" || e.start < segStart || e.end > q.start) continue;
      const phrase = chipSystemPhrase(text, e);
      toks.push({ at: e.start, system: e.kind !== "chip" || !!phrase, name: phrase ?? (e.kind !== "chip" ? systemLabel(text, e, st) : undefined) });
    }
    for (const m of before.matchAll(SYSTEM_WORD_RE)) {
      const at = segStart + m.index!;
      if (!toks.some((t) => t.at <= at && at - t.at < 30 && t.system)) toks.push({ at, system: true, noun: singular(m[0]) });
    }
    for (const m of before.matchAll(CHIP_WORD_RE)) toks.push({ at: segStart + m.index!, system: false });
    toks.sort((a, b) => a.at - b.at);
    const head = toks.find((t) => !OBLIQUE.test(text.slice(Math.max(segStart, t.at - 40), t.at)));
    if (head?.system) {
      cue = true;
      if (head.name) return { name: head.name };
      noun = head.noun;
    }
    // "each C5 server, which Corvid rates at 40 petaflops"
    if (!cue) {
      const rel = before.match(new RegExp(`\\b${SYSTEM_NOUN_SRC},?\\s+(?:which|that)\\b[^,;]*$`, "i"));
      if (rel) {
        cue = true;
        const relAt = segStart + rel.index!;
        const e = [...ents].reverse().find((x) => x.type === "chip" && x.end <= relAt && relAt - x.end < 3);
        if (e) return { name: chipSystemPhrase(text, e) ?? systemLabel(text, e, st) };
      }
    }
  }
  if (!cue) return undefined;
  // the system: a named system or "<chip> rack" in the sentence, else the article's last one
  const sysEnts = ents.filter((e) => e.type === "chip" && e.kind !== "chip" && e.start >= sentence.start);
  const sys = [...sysEnts].reverse().find((e) => e.end <= q.start) ?? sysEnts[0];
  if (sys) return { name: systemLabel(text, sys, st) };
  const phrases = ents.filter((e) => e.start >= sentence.start && e.end <= sentence.end).map((e) => chipSystemPhrase(text, e)).filter((p): p is string => !!p);
  const fit = noun ? phrases.find((p) => p.toLowerCase().endsWith(noun!.toLowerCase())) : phrases[0];
  if (fit) return { name: fit };
  // "the system" names any system; "the rack" only a rack
  if (st.lastSystem && (!noun || /^(?:system|cluster)$/i.test(noun) || st.lastSystem.toLowerCase().endsWith(noun.toLowerCase()))) return { name: st.lastSystem };
  return {};
}
