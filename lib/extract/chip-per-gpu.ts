/**
 * "Each GB200 NVL72 rack draws 120 kW, or about 1,200 W per GPU": a figure stated per chip in a
 * sentence about a rack or server is the chip's, never the system's. The chip is the one the
 * system is named after ("GB200 NVL72" -> "GB200", "Trn2 UltraServer" -> "Trainium2"), else none.
 */
import { resolveChip, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import { isSystemSubject } from "./system-subjects";
import type { State } from "./state";

/** "per GPU", "per chip", "/GPU", "for each accelerator" right after the figure (and its unit words). */
const PER_CHIP_RIGHT = /^\s*(?:of\s+[\w-]+\s+)?(?:per|\/|for\s+each|for\s+every|a)\s*(?:GPU|chip|accelerator|card|XPU|TPU|package)\b/i;

/** The subject for a per-chip figure given `subject`: itself when it is a chip, its chip when a system, or null. */
export function perChipSubject(text: string, q: Quantity, subject: string, ents: EntityMention[], st: State): string | null {
  if (!PER_CHIP_RIGHT.test(text.slice(q.end, q.end + 40))) return subject;
  if (!isSystemSubject(subject, st)) return subject;
  const words = subject.split(" ");
  // "GB200 NVL72" -> "GB200"; "HGX B200" -> "B200"
  for (let n = words.length - 1; n >= 1; n--) {
    const c = resolveChip(words.slice(0, n).join(" ")) ?? resolveChip(words.slice(words.length - n).join(" "));
    if (c && c.kind === "chip") return c.name;
  }
  const own = st.chipLex?.byForm.get(words.slice(0, -1).join(" "));
  if (own && own.kind === "chip") return own.name;
  // "The Helios rack holds 72 MI450 GPUs with 432 GB per GPU": the one chip the sentence names before the figure
  const chips = new Set(ents.filter((e) => e.type === "chip" && e.kind === "chip" && e.end <= q.start).map((e) => e.name));
  return chips.size === 1 ? [...chips][0] : null;
}
