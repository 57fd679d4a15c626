/**
 * Counts of a chip's own parts: the CPU cores of a CPU or superchip ("72 Arm Neoverse V2 cores").
 * GPU-side cores ("128 FP32 cores", "Tensor Cores") are per-SM build details and are left alone.
 */
import type { EntityMention } from "./entities";
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
  const isCpu = /\bCPUs?\b/.test(text.slice(chip.start, Math.min(chip.end + 6, q.start))) || /\bCPU\b/i.test(between);
  if (!isCpu || !(cpuWord || /\bCPU\b/i.test(between))) return null;
  return { subject: chip.name, property: "cpu_core_count" };
}
