/**
 * Counts of a chip's own parts: the CPU cores of a CPU or superchip ("72 Arm Neoverse V2 cores").
 * GPU-side cores ("128 FP32 cores", "Tensor Cores") are per-SM build details and are left alone.
 */
import { resolveChip, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip } from "./state";

/** Words of a CPU core ("Arm Neoverse V2 cores", "Zen 5 cores", "x86 cores"). */
const CPU_CORE = /^\s+(?:(?:Arm|ARM|Neoverse|[VN]\d|Zen\s?\d|x86|custom|Olympus|Cortex[\w-]*|X\d|performance|efficiency|high-performance|CPU)\s+){1,4}cores\b/;
const GPU_CORE = /^\s+(?:[\w-]+\s+){0,3}?(?:FP\d+|INT\d+|Tensor|CUDA|RT|shader|stream|matrix|vector)\b/i;

/** The CPU core count of the CPU the sentence names just before the figure, or null. */
export function cpuCoreClaim(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | null {
  const after = text.slice(q.start, q.end).replace(/^[\d,.]+/, " ");
  if (GPU_CORE.test(after)) return null;
  const cpuWord = CPU_CORE.test(after);
  // the nearest chip before the figure, written as a CPU ("a Grace CPU featuring 72 … cores")
  const chip = [...ents].reverse().find((e) => isChip(e) && e.kind === "chip" && e.end <= q.start && q.start - e.end < 60);
  if (!chip) return null;
  const between = text.slice(chip.end, q.start);
  if (/[;.]/.test(between) || /\b(?:vs\.?|versus|than|while|whereas)\b/i.test(between)) return null;
  // "Each Grace has 72 Arm Neoverse V2 cores": a chip the registry knows as a CPU needs no "CPU" word
  const knownCpu = cpuWord && !!resolveChip(chip.name)?.aliases.some((a) => /\bCPU$/.test(a));
  const isCpu = knownCpu || /\bCPUs?\b/.test(text.slice(chip.start, Math.min(chip.end + 6, q.start))) || /\bCPU\b/i.test(between);
  if (!isCpu || !(cpuWord || /\bCPU\b/i.test(between))) return null;
  return { subject: chip.name, property: "cpu_core_count" };
}

/** "packs 4 trillion transistors, 900,000 cores and 44GB": a figure listed right after another chip figure. */
const AFTER_SPEC = /\d[\d,.]*\s*(?:(?:billion|trillion)\s+)?(?:transistors|GB|TB\/s|TB)\s*(?:,|,?\s+and)\s*$/i;
const BEFORE_SPEC = /^\s*(?:,|,?\s+and)\s+[\d,.]+\s*(?:(?:billion|trillion)\s+)?(?:transistors|GB|TB\/s|TB|MB)\b/i;

/**
 * The cores of an accelerator listed among its other specs ("the WSE-3 packs 4 trillion transistors,
 * 900,000 cores and 44GB of SRAM"): the chip's `core_count`. Bare "cores" only, never GPU-side ones.
 */
export function listedCoreClaim(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | null {
  if (!/^[\d,.]+\s+cores$/i.test(text.slice(q.start, q.end))) return null;
  if (!AFTER_SPEC.test(text.slice(Math.max(sentence.start, q.start - 50), q.start)) && !BEFORE_SPEC.test(text.slice(q.end, q.end + 40))) return null;
  const chip = [...ents].reverse().find((e) => isChip(e) && e.kind === "chip" && e.end <= q.start && q.start - e.end < 80);
  if (!chip || /[;.]|\b(?:vs\.?|versus|than|while|whereas)\b/i.test(text.slice(chip.end, q.start))) return null;
  return { subject: chip.name, property: "core_count" };
}

/** The words between a superchip and the GPUs it joins: " superchip pairs ", ", which pairs a Grace CPU with ". */
const PAIRS = /^(?:\s+(?:[A-Z][\w-]*\s+){0,3}["“]?(?:superchip|Superchip|module|board|package)s?["”]?)?(?:\s*,\s*which)?\s+(?:pairs|combines|couples|joins|marries|integrates)\s+(?:(?:an?|one|its)\s+(?:[\w-]+\s+){1,3}?(?:with|and)\s+)?$/;

/**
 * "The GB200 superchip pairs two B200 GPUs with one Grace CPU", "A GB200 pairs a Grace CPU with two
 * Blackwell GPUs": the GPUs a superchip or module joins are its `chip_count`.
 */
export function pairedCount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string; kind: "chip_spec"; value: number; valueMax: number | null } | null {
  if (!/\bGPUs\b|\bdies\b/i.test(text.slice(q.start, Math.min(sentence.end, q.end + 6))) || q.value > 16) return null;
  const chip = [...ents].reverse().find((e) => isChip(e) && e.kind === "chip" && e.end <= q.start && q.start - e.end < 70 && PAIRS.test(text.slice(e.end, q.start)));
  return chip ? { subject: chip.name, property: /\bdies\b/i.test(text.slice(q.start, q.end + 6)) ? "die_count" : "chip_count", kind: "chip_spec", value: q.value, valueMax: q.valueMax } : null;
}
