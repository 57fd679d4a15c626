/**
 * Chips counted as what a system is built from: "a pod built from 9,216 Ironwood chips", "UltraServers
 * that link 144 Trainium3 chips", "racks holding 72 MI450 GPUs", "Each UltraServer packs 64 chips".
 * The system is the counted chip's (or the one chip the sentence or article speaks of) of that kind:
 * "<chip> pod", "<chip> rack", with the registry's own name where it has one ("Trn3 UltraServer").
 */
import { resolveChip, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { State } from "./state";

/** a system noun, then the words that say it is made of the chips counted next */
const BUILT_FROM = /\b(pods?|superpods?|racks?|UltraServers?)\b,?\s+(?:(?:that|which)\s+)?(?:(?:is|are)\s+)?(?:(?:built|assembled)\s+(?:from|with|out\s+of)|made\s+(?:up\s+)?of|consisting\s+of|composed\s+of|comprising|compris(?:e|es)|consist(?:s|ing)?\s+of|contain(?:s|ing)?|hold(?:s|ing)?|hous(?:e|es|ing)|link(?:s|ing)?|connect(?:s|ing)?|pack(?:s|ing)?|combin(?:e|es|ing)|stitch(?:es|ing)?\s+together|ties\s+together)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$/i;
const CHIPS_AFTER = /^[\s\w-]{0,30}?\b(?:chips|gpus|tpus|accelerators|xpus)\b/i;
/** "40 racks holding", "several pods that": a number of systems is a fleet, not one system's make-up */
const MANY_BEFORE = /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many))\s+(?:[\w-]+\s+)?$/i;

/** a quoted or capitalised product name right before the system noun (a chip's name is an entity, checked apart) */
const PRODUCT_BEFORE = /(?:["“”'‘’]\s*|\b[A-Z][a-z]{2,}\s+)$/;

const DETERMINER = /\b(?:Each|Every|The|An?|One|Its|Their|Our|Both)\s+$/;

export function builtFromCount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): { subject: string; property: string; kind: "chip_spec"; value: number; valueMax: number | null } | null {
  const before = text.slice(Math.max(sentence.start, q.start - 70), q.start);
  const m = before.match(BUILT_FROM);
  if (!m || !CHIPS_AFTER.test(text.slice(q.start, Math.min(sentence.end, q.end + 30)).replace(/^[\d.,\s]+/, " "))) return null;
  const nounAt = q.start - before.length + m.index!;
  if (MANY_BEFORE.test(text.slice(Math.max(sentence.start, nounAt - 25), nounAt))) return null;
  // "AMD's "Helios" rack, which holds", a named system in the sentence: the system has a name of its own
  const pre = text.slice(Math.max(sentence.start, nounAt - 25), nounAt);
  const named = PRODUCT_BEFORE.test(pre) && !DETERMINER.test(pre) && !ents.some((e) => e.type === "chip" && e.end <= nounAt && nounAt - e.end <= 1);
  if (named || ents.some((e) => e.type === "chip" && e.kind !== "chip" && e.start >= sentence.start && e.end <= sentence.end)) return null;
  let noun = m[1].replace(/s$/i, "").replace(/^super/i, "");
  noun = /^ultraserver$/i.test(noun) ? "UltraServer" : noun.toLowerCase();
  // the chip: the one counted, else the one chip the sentence names, else the chip the article speaks of
  const chips = ents.filter((e) => e.type === "chip" && e.kind === "chip" && e.start >= sentence.start && e.end <= sentence.end);
  const counted = chips.find((e) => e.start >= q.start && e.end <= q.end + 30 && /^[\s\w-]*$/.test(text.slice(q.end, e.start)));
  if (!counted && new Set(chips.map((e) => e.name)).size > 1) return null;
  const chip = counted?.name ?? chips[0]?.name ?? st.lastChip;
  if (!chip) return null;
  const name = `${chip} ${noun}`;
  return { subject: resolveChip(name)?.name ?? name, property: "chip_count", kind: "chip_spec", value: q.value, valueMax: q.valueMax };
}
