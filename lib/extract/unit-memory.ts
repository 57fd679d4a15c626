/**
 * A gigabyte figure as a chip's or system's memory: "the H100's 80 GB", "The Z3 has 192 gigabytes",
 * "30 TB of what Nvidia calls “fast memory”"; storage, caches and megabytes of on-chip SRAM are not.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { isChip } from "./state";
import type { UnitCtx, UnitResult } from "./count-claims";
import { chipScaled } from "./chip-scale";

/**
 * "Nvidia's B300 offers 288 GB of HBM3E, while AMD's MI355X delivers 288 GB": a bare GB figure in a
 * clause that names its own chip, in a sentence whose earlier clause stated a chip's memory in GB.
 */
function parallelMemory(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): boolean {
  const head = text.slice(sentence.start, clause.start);
  // "… of HBM3E", or "The H200 carries 141 GB": the earlier clause gave a chip's memory
  if (!/\d\s?(?:GB|TB|gigs?)\s+(?:of\s+)?(?:HBM\w*|memory|VRAM)\b/i.test(head) && !HOLDS_GB.test(head)) return false;
  // the clause names a chip before the figure, not after a comparison word
  // or names it right after the figure ("compared with 80 GB on the H100")
  return ents.some((e) => isChip(e) && e.kind === "chip" && ((e.start >= clause.start && e.end <= q.start && !/\b(?:than|vs\.?|versus|like)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 12), e.start))) ||
    (e.start >= q.end && e.end <= clause.end && /^\s+(?:on|for|in)\s+(?:the\s+|an?\s+)?(?:(?:original|older|earlier|previous|current|standard|base|air-cooled|liquid-cooled)\s+)?$/i.test(text.slice(q.end, e.start)))));
}

const HOLDS_GB = /\b(?:has|have|carries|packs|offers|boasts|comes\s+with|ships\s+with)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?[\d.,]+\s?(?:GB|TB)\b(?!\s*\/)/i;

/** "the figure had been trimmed to 256 GB": a revision of a figure, ending right before the new value. */
const REVISED_TO = /\b(?:trimmed|cut|reduced|lowered|scaled\s+back|raised|increased|bumped|boosted|upped|revised|lifted|expanded)\s+(?:up\s+|down\s+|back\s+)?to\s+$/i;
/** A chip's memory stated in GB earlier in the sentence: "with 288 GB of HBM3E". */
const MEMORY_STATED = /\d\s?(?:GB|TB)\s+(?:of\s+)?(?:HBM\w*|memory|VRAM)\b/i;

const FAST_MEMORY = /^\s+of\s+(?:what\s+(?:[\w-]+\s+){1,2}calls?\s+)?["“']?fast\s+memory\b/i;

/** "2GB of SRAM", "44GB of on-chip SRAM": the gigabytes are the SRAM itself. */
const ON_CHIP_SRAM = /^\s*(?:of\s+)?(?:on[\s-](?:chip|die|wafer)\s+)?SRAM\b/i;

const HOLD_VERB = /^\s+(?:has|have|had|carries|carried|packs|packed|offers|offered|boasts|gets|ships\s+with|comes\s+with)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$/i;

/**
 * "The Z3 has 192 gigabytes", "gave every chip 256 GB": gigabytes a chip holds are its memory,
 * unless the words around speak of storage or on-chip cache.
 */
function chipHolds(text: string, clause: Span, q: Quantity, ents: EntityMention[]): boolean {
  if (/\b(?:cache|SSDs?|NVMe|storage|disks?|flash|drives?|DRAM\s+per\s+server)\b/i.test(text.slice(clause.start, Math.min(clause.end, q.end + 40)))) return false;
  // gigabytes of SRAM are the memory of an SRAM-based chip ("carries 2GB of SRAM"); megabytes are a cache
  if (/\bSRAM\b/i.test(text.slice(clause.start, Math.min(clause.end, q.end + 40))) && !ON_CHIP_SRAM.test(text.slice(q.end, q.end + 30))) return false;
  if (/\b(?:every|each|per)\s+(?:chip|gpu|accelerator|card)\s+$/i.test(text.slice(Math.max(clause.start, q.start - 25), q.start))) return true;
  // "Vantor V2 puts 288 GB on one card": gigabytes a chip puts on a card or package
  const onCard = ON_ONE_CARD.test(text.slice(q.end, q.end + 40));
  return ents.some((e) => isChip(e) && e.kind === "chip" && e.start >= clause.start && e.end <= q.start && (HOLD_VERB.test(text.slice(e.end, q.start)) || (onCard && PUT_VERB.test(text.slice(e.end, q.start)))));
}
const PUT_VERB = /^\s+(?:puts|squeezes|crams|fits|stacks)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?$/i;
const ON_ONE_CARD = /^\s+(?:of\s+[\w-]+\s+)?(?:on|onto|into)\s+(?:one|a\s+single|each|every|the|a)\s+(?:card|chip|package|GPU|accelerator|module|board)\b/i;

/** The gb unit's claim: memory (or "fast memory") of the chip or system, or nothing. */
export function memoryClaim(c: UnitCtx): UnitResult {
  const { text, sentence, clause, q, ents, st, chip, beforeTxt, afterTxt } = c;
  const around = text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 60));
  const base = { value: q.value, valueMax: q.valueMax };
  // "the H100's 80 GB": a chip's own gigabytes are its memory
  const chipPoss = ents.some((e) => isChip(e) && e.kind === "chip" && e.possessive && /^['’]s?\s+$/.test(text.slice(e.end, q.start)));
  // "Nvidia's 288 GB Blackwell Ultra GPUs", "the 80GB H100": gigabytes in front of a chip's name are its memory
  const chipNext = ents.some((e) => isChip(e) && e.kind === "chip" && e.start >= q.end && /^[\s-]*$/.test(text.slice(q.end, e.start)));
  // "…with 288 GB of HBM3E, but by launch the figure had been trimmed to 256 GB": the same memory, revised
  const revised = REVISED_TO.test(beforeTxt) && MEMORY_STATED.test(text.slice(sentence.start, clause.start));
  if (!chipPoss && !chipNext && !revised && !ON_CHIP_SRAM.test(afterTxt) && !/\b(?:HBM\w*|memory|VRAM|capacity)\b/i.test(around) && !parallelMemory(text, sentence, clause, q, ents) && !chipHolds(text, clause, q, ents)) return null;
  const ch = chip();
  const s = ch && chipScaled(text, sentence, q, ents, ch, "memory_gb", st);
  // "30 TB of what Nvidia calls “fast memory”": HBM and CPU memory together, not the HBM
  const prop = FAST_MEMORY.test(afterTxt) ? "fast_memory_gb" : "memory_gb";
  return s ? { subject: s, property: prop, kind: "chip_spec", ...base } : null;
}
