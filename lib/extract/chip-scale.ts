/**
 * Figures too large for one chip: hundreds of petaflops, terabytes of HBM or tens of TB/s of
 * NVLink are a rack's or pod's. When the words put such a figure on a chip, it belongs to the
 * system the passage is about, or to nothing.
 */
import type { EntityMention } from "./entities";
import { pairedCount } from "./chip-parts";
import type { Quantity } from "./quantity";
import { previousSentence, type Sentence } from "./sentences";
import type { State } from "./state";
import { chipSystemPhrase, isSystemSubject } from "./system-subjects";
import { builtFromCount } from "./chip-system-counts";

/** The largest figure one chip (one package) is credited with, per unit and property. */
function beyondOneChip(q: Quantity, property: string): boolean {
  if (q.unit === "tflops") return q.value >= 250000; // 250 petaflops and more
  if (q.unit === "gb") return q.value >= 4000; // 4 TB of memory and more
  if (q.unit === "tbps") return /^(?:nvlink|interconnect|ici|network)_/.test(property) ? q.value >= 20 : q.value >= 80;
  return false;
}

/** Words of a whole system in a passage: "the rack", "in aggregate", "a pod", "across the whole NVLink domain". */
const SYSTEM_WORDS = /\b(?:racks?|pods?|superpods?|clusters?|cabinets?|in\s+aggregate|aggregate|(?:whole|entire|full)\s+(?:[\w-]+\s+)?(?:domain|system|fabric))\b/i;

/** "per chip", "each GPU", "for the chip", "a single accelerator": a figure given for one chip. */
const PER_CHIP = /\b(?:per|each|every|for\s+the|one|a\s+single)\s+(?:[\w-]+\s+)?(?:chip|gpu|accelerator|card|package|device)\b/i;

/**
 * The subject a chip-scale check leaves for a figure put on `subject`: the subject itself when it is
 * a system or the figure fits one chip; else the article's last system when the sentence or the one
 * before speaks of a whole system; else undefined (the figure is dropped, never put on the chip).
 */
export function chipScaled(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string, property: string, st: State): string | undefined {
  if (isSystemSubject(subject, st) || / die$/.test(subject) || !beyondOneChip(q, property)) return subject;
  // a chip the sentence names, or a figure its clause gives "per chip", stays the chip's as written
  if (ents.some((e) => e.type === "chip" && e.name === subject && e.start >= sentence.start && e.end <= sentence.end)) return subject;
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(",", q.start) + 1, text.lastIndexOf(";", q.start) + 1);
  if (PER_CHIP.test(text.slice(clauseStart, sentence.end))) return subject;
  if (!st.lastSystem) return undefined;
  const near = text.slice(sentence.start, sentence.end) + " " + previousSentence(text, sentence.start);
  return SYSTEM_WORDS.test(near) ? st.lastSystem : undefined;
}

/** "Google says a full pod draws close to ": an unnamed system of the chip spoken of, drawing megawatts. */
const SYSTEM_DRAWS = /\b(?:a|an|the|each|every|one)\s+(?:(?:full|whole|single|complete|entire|fully[\s-]\w+)\s+)?(pod|superpod|cluster|rack)\s+(?:draws|drew|consumes|consumed|uses|used|needs|requires|pulls|is\s+rated\s+(?:at|for))\s+(?:close\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|up\s+to\s+|some\s+|over\s+|more\s+than\s+)?$/i;

/**
 * Megawatts a pod or rack draws, when the sentence names no chip, system or company between the
 * system noun and the figure: the power of the article's system of that kind ("TPU v7 pod"), else of
 * "<chip> pod" for the chip spoken of. A rack's draw is its rack_power_kw.
 */
export function systemDraw(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): { subject: string; property: string; kind: "chip_spec"; value: number; valueMax: number | null } | null {
  const m = text.slice(sentence.start, q.start).match(SYSTEM_DRAWS);
  if (!m) return null;
  const at = sentence.start + m.index!;
  if (ents.some((e) => e.start >= at && e.end <= q.start)) return null;
  const noun = m[1].toLowerCase().replace(/^super/, "");
  const subject = st.lastSystem && st.lastSystem.toLowerCase().endsWith(` ${noun}`) ? st.lastSystem : st.lastChip ? `${st.lastChip} ${noun}` : undefined;
  if (!subject) return null;
  if (noun === "rack") return { subject, property: "rack_power_kw", kind: "chip_spec", value: q.value * 1e6, valueMax: q.valueMax === null ? null : q.valueMax * 1e6 };
  return { subject, property: "power_gw", kind: "chip_spec", value: q.value, valueMax: q.valueMax };
}

/** "pods of 9,216 chips", "racks of 72 GPUs": chips counted as the size of a system the sentence does not name. */
const SYSTEM_OF = /\b(pods?|superpods?|racks?|clusters?)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/i;
const CHIPS_COUNTED = /^\s*(?:chips|gpus|tpus|accelerators|xpus)\b/i;
/** "a 9,216-chip superpod", "the full 256-chip pod": a count compound before an unnamed system noun. */
const COUNT_COMPOUND = /^[\d,]+[-‑](?:chip|gpu|tpu|accelerator)$/i;
const COMPOUND_SYSTEM = /^\s+(superpods?|pods?|racks?|configurations?|slices?)\b(?![-‑])/i;
/** "a 256-chip configuration", "a 512-chip slice": a TPU's pod in one of its sizes */
const POD_SIZE = /^(?:configuration|slice)$/;

/** The chip count of such a system: the article's last system of that kind, else "<chip> pod" for the chip spoken of. */
export function systemOfCount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): { subject: string; property: string; kind: "chip_spec"; value: number; valueMax: number | null } | null {
  const m = text.slice(Math.max(sentence.start, q.start - 40), q.start).match(SYSTEM_OF) ?? (COUNT_COMPOUND.test(text.slice(q.start, q.end)) ? text.slice(q.end, q.end + 30).match(COMPOUND_SYSTEM) : null);
  if (!m) return linkedCount(text, sentence, q, ents) ?? builtFromCount(text, sentence, q, ents, st) ?? pairedCount(text, sentence, q, ents);
  const unitWord = text.slice(q.start, q.end).replace(/^[\d.,\s]+/, "");
  if (!CHIPS_COUNTED.test(unitWord ? ` ${unitWord}` : text.slice(q.end, q.end + 16)) && !COUNT_COMPOUND.test(text.slice(q.start, q.end))) return null;
  const word = m[1].toLowerCase().replace(/s$/, "").replace(/^super/, "");
  const noun = POD_SIZE.test(word) ? "pod" : word;
  // "Ironwood, which can be linked in pods of up to 9,216 chips": the one chip the sentence names before the count
  const named = ents.filter((e) => e.type === "chip" && e.start >= sentence.start && e.end <= q.start);
  if (named.length) {
    const one = named[0];
    if (one.kind !== "chip" || named.some((e) => e.name !== one.name) || /\b(?:than|vs\.?|versus|over|against|compared\s+(?:to|with))\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, one.start - 20), one.start))) return null;
    if (POD_SIZE.test(word) && !/^TPU\b/.test(one.name)) return null;
    return { subject: `${one.name} ${noun}`, property: "chip_count", kind: "chip_spec", value: q.value, valueMax: q.valueMax };
  }
  if (POD_SIZE.test(word) && !/^TPU\b/.test(st.lastChip ?? "")) return null;
  const subject = st.lastSystem && st.lastSystem.toLowerCase().endsWith(` ${noun}`) ? st.lastSystem : st.lastChip ? `${st.lastChip} ${noun}` : undefined;
  return subject ? { subject, property: "chip_count", kind: "chip_spec", value: q.value, valueMax: q.valueMax } : null;
}

/** "An Ironwood superpod links 9,216 chips": a chip's system whose verb counts the chips it holds. */
const LINKS_COUNT = /^\s+(?:super)?(?:pods?|racks?|clusters?)\s+(?:links|connects|holds|houses|packs|contains|combines|ties\s+together|scales\s+(?:up\s+)?to)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/i;

function linkedCount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string; kind: "chip_spec"; value: number; valueMax: number | null } | null {
  const unitWord = text.slice(q.start, q.end).replace(/^[\d.,\s]+/, "");
  if (!CHIPS_COUNTED.test(unitWord ? ` ${unitWord}` : text.slice(q.end, q.end + 16))) return null;
  const e = ents.find((x) => x.type === "chip" && x.kind === "chip" && x.start >= sentence.start && x.end <= q.start && LINKS_COUNT.test(text.slice(x.end, q.start)));
  const subject = e && chipSystemPhrase(text, e);
  return subject ? { subject, property: "chip_count", kind: "chip_spec", value: q.value, valueMax: q.valueMax } : null;
}
