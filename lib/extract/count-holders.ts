/**
 * The holder of counted chips a sentence names: a program or site ("Project Rainier ... 500,000 chips", "The cluster
 * came online with ..."), a system, rack or pod ("Eight C5 chips sit in each C5 server", "a full pod of 9,216 chips").
 */
import type { EntityMention } from "./entities";
import { chipSubject, chipSystemPhrase, openingSystem, rackSubject, systemLabel } from "./chip-subjects";
import { isChip, isCompany } from "./state";
import { isSiteOrProgram, siteReferredTo } from "./projects";
import type { UnitCtx, UnitResult } from "./count-claims";

/** A number right before a name counts those things ("250 NVL72 racks"): the name is then not the holder. */
/** "16 of AMD's Helios racks", "two of the NVL72 systems": a number of them, too */
const numbered = (text: string, e: EntityMention) => /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozens\s+of|hundreds\s+of))(?:\s+of\s+(?:the|its|their|[A-Z][\w&.-]*['’]s))?\s+$/i.test(text.slice(Math.max(0, e.start - 30), e.start));

const MANY_SYSTEMS_OR = /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds|thousands))\s+(?:of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.-]*['’]s\s+))?(?:[\w.-]+\s+){0,3}?(?:racks|systems|servers|pods|superpods|nodes|clusters)\s*,?\s+(?:or|i\.e\.|that\s+is|equal\s+to|totall?ing|for\s+a\s+total\s+of)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over)\s+)?$/i;

/** The program, system, rack or pod that holds the counted chips, if the sentence names one. */
export function systemHolder(c: UnitCtx): UnitResult {
  const { text, sentence, q, ents, st } = c;
  const base = { value: q.value, valueMax: q.valueMax };
  // "16 of AMD's Helios racks, or 1,152 GPUs", "250 NVL72 systems, or 18,000 chips": the chips of many systems, no one system's
  if (MANY_SYSTEMS_OR.test(text.slice(Math.max(sentence.start, q.start - 70), q.start))) return null;
  // "Project Rainier ... went live with 500,000 chips, and Anthropic is expected to use 1 million": a later clause's own subject holds its chips
  const program = ents.find((e) => isSiteOrProgram(text, e));
  const later = program && program.end <= q.start && ents.some((c) => isCompany(c) && c.kind !== "other" && !c.possessive && c.start > program.end && c.end <= q.start && /(?:;|,\s*(?:and|but|while)\s+)$/.test(text.slice(Math.max(program.end, c.start - 8), c.start)));
  if (later) return null;
  if (program) return { subject: program.name, property: "chip_count", kind: "other", ...base };
  // "The cluster came online with nearly half a million chips": the program or site the article named just before
  // (a company that only says so, "AWS said", is no holder)
  const site = ents.some((e) => isCompany(e) && !e.possessive && e.end <= q.start && !/^\s+(?:said|says|reported|added|noted)\b/.test(text.slice(e.end, e.end + 10))) ? undefined : siteReferredTo(text, sentence.start, q.start);
  if (site) return { subject: site, property: "chip_count", kind: "other", ...base };
  // "Eight C5 chips sit in each C5 server", "and 72 into the R72 rack": the nearest system named after the chips holds them
  const into = (e: EntityMention) => e.start >= q.end && /^[^.;,]{0,40}?\b(?:in|into|per)\s+(?:each|every|a|one|the)\s+$/i.test(text.slice(q.end, e.start));
  const holder = ents.find((e) => into(e) && (chipSystemPhrase(text, e) || (e.type === "chip" && e.kind !== "chip")));
  if (holder) return { subject: chipSystemPhrase(text, holder) ?? systemLabel(text, holder, st), property: "chip_count", kind: "chip_spec", ...base };
  // "an eight-GPU MI325X platform": the chip's system the count compound names
  const compound = ents.find((e) => e.start >= q.end && e.start - q.end <= 2 && chipSystemPhrase(text, e));
  if (compound) return { subject: chipSystemPhrase(text, compound)!, property: "chip_count", kind: "chip_spec", ...base };
  // "A full pod links 9,216 chips": the unnamed system of the chip spoken of
  const opening = openingSystem(text, sentence, q, ents, st);
  if (opening) return { subject: opening, property: "chip_count", kind: "chip_spec", ...base };
  const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance") && !numbered(text, e));
  if (system) return { subject: systemLabel(text, system, st), property: "chip_count", kind: "chip_spec", ...base };
  // "A full Ironwood pod of 9,216 chips": the chip's system, named right before the count
  const sysOf = text.slice(Math.max(sentence.start, q.start - 60), q.start).match(/\b(pod|rack|server|node|superpod)\s+of\s+(?:(?:up\s+to|about|around|roughly|some|nearly)\s+)?$/i);
  const owner = sysOf && ents.find((e) => isChip(e) && e.kind === "chip" && /^[\s-]*$/.test(text.slice(e.end, q.start - sysOf[0].length)));
  if (owner) return { subject: `${owner.name} ${sysOf[1].toLowerCase()}`, property: "chip_count", kind: "chip_spec", ...base };
  // "stacks 144 Z4 chips into a single liquid-cooled rack": the counted chip's own rack
  const counted = ents.find((e) => isChip(e) && e.kind === "chip" && e.start >= q.start && e.end <= q.end);
  const rackAfter = text.slice(q.end, q.end + 50).match(/^\s*(?:in|into)\s+(?:a|one|a\s+single|each|every)\s+(?:[\w-]+\s+){0,2}?(rack|server|node|pod)\b/i);
  if (counted && rackAfter) return { subject: `${counted.name} ${rackAfter[1].toLowerCase()}`, property: "chip_count", kind: "chip_spec", ...base };
  // "put 128 of them in your rack": the chip the article is about, in its rack
  const them = /\bof\s+them$/i.test(text.slice(q.start, q.end)) ? text.slice(q.end, q.end + 40).match(/^\s+(?:in|into)\s+(?:[\w-]+\s+){1,2}?(rack|server|node|pod)\b/i) : null;
  if (them && st.lastChip && !ents.some(isChip)) return { subject: `${st.lastChip} ${them[1].toLowerCase()}`, property: "chip_count", kind: "chip_spec", ...base };
  const rack = /\b(?:rack|system)s?\b/i.test(sentence.text) ? rackSubject(text, sentence, q, ents, st) : undefined;
  if (rack) return { subject: rack, property: "chip_count", kind: "chip_spec", ...base };
  if (/\bper\s+pod\b/i.test(text.slice(q.end, q.end + 12))) {
    const s = chipSubject(text, sentence, q, ents, st);
    if (s) return { subject: `${s} pod`, property: "chip_count", kind: "chip_spec", ...base };
  }
  return null;
}
