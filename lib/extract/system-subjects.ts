/**
 * Which rack, server, pod or instance a whole-system figure describes: a named system, "<chip> rack",
 * a product-named rack ("Q7 Vault rack"), or the article's last system.
 */
import type { EntityMention } from "./entities";
import { CHIPS } from "./registry";
import { resolveChip } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip, type State } from "./state";

/**
 * The rack or system a whole-rack figure describes ("Each Q9 rack, called Fjord, draws 140 kW"):
 * a named system in the sentence, else "<chip> rack" when the sentence writes the chip before "rack".
 */
export function rackSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  // the nearest system before the figure, a named one or "<chip> rack" ("into the QR72 rack, which draws 120 kW")
  // "in 250 NVL72 racks": a number of systems is not the system that holds the chips
  const systems = ents.filter((e) => e.type === "chip" && (e.kind !== "chip" || chipSystemPhrase(text, e)) && !/\d[\d,.]*\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start)));
  const sys = [...systems].reverse().find((e) => e.end <= q.start) ?? systems[0];
  if (sys) return chipSystemPhrase(text, sys) ?? systemLabel(text, sys, st);
  // "16 SX4 racks": a number of racks is not the rack that holds the chips
  const chipRack = ents.find((e) => isChip(e) && /^\s+racks?\b/i.test(text.slice(e.end, e.end + 8)) && !/\d[\d,.]*\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start)));
  if (chipRack) return `${chipRack.name} rack`;
  return /\b(?:the|each|per|a)\s+(?:rack|system)\b/i.test(text.slice(sentence.start, q.start)) ? st.lastSystem : undefined;
}

/** Nouns of a whole system that holds many chips. */
export const SYSTEM_NOUN_SRC = "(?:racks?|servers?|nodes?|pods?|instances?|systems?|clusters?|UltraServers?|superpods?|SuperPods?)";
const SYSTEM_AFTER_RE = new RegExp(`^\\s+(${SYSTEM_NOUN_SRC})\\b`);
/** "Q7 Vault rack": a product word between a chip and a system noun names the system. */
const PRODUCT_SYSTEM_RE = new RegExp(`^\\s+([A-Z][a-z]{2,15})\\s+(${SYSTEM_NOUN_SRC})\\b`);
/** "eight-GPU ", "8-way ": a size in chips before a chip's name, which makes its "platform" a system. */
const MULTI_CHIP_BEFORE = /\b(?:\d{1,3}|two|four|eight|sixteen)[-‑\s](?:gpu|chip|accelerator|card|way)\s+$/i;
const PLATFORM_AFTER = /^\s+(platform|board|baseboard)s?\b/i;
const PER_CHIP_AFTER = /^[^,;.]{0,40}?\b(?:per|each)\s+(?:[\w-]+\s+)?(?:chip|gpu|accelerator|card|die|package|device)\b/i;
const PER_SYSTEM_AFTER = new RegExp(`^[^;.]{0,40}?\\b(?:per|each|in\\s+(?:one|a\\s+single|each|every))\\s+(${SYSTEM_NOUN_SRC})\\b`, "i");
/** "2.9 exaflops of FP4 and 1.4 exaflops of FP8 for a full rack": a figure (or a short list of them) said to be a whole system's */
const FOR_SYSTEM_AFTER = new RegExp(`^(?:[^;.,]|\\.(?=\\d)){0,50}?\\bfor\\s+(?:a|an|the|one|each|every)\\s+(?:full|whole|entire|complete|fully[\\s-](?:loaded|populated|configured))\\s+(${SYSTEM_NOUN_SRC})\\b`, "i");
/** "362 FP8 petaflops, 20.7 TB of HBM3e and 706 TB/s of aggregate bandwidth per UltraServer": a list of figures given per system */
const LIST_PER_SYSTEM = new RegExp(`^(?:(?:[^;.,]|\\.(?=\\d)){0,40}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:~|about\\s+|around\\s+|roughly\\s+|nearly\\s+)?\\d){1,3}(?:[^;.,]|\\.(?=\\d)){0,50}?\\b(?:per|each|in\\s+(?:one|a\\s+single|each|every))\\s+(${SYSTEM_NOUN_SRC})\\b`, "i");
/** "..., backed by 31 TB of HBM4": a figure that goes on from a whole-system figure of the same clause */
const SYSTEM_BACKING = new RegExp(`\\b(?:per|for\\s+(?:a|an|the|one|each|every)\\s+(?:full\\s+|whole\\s+|entire\\s+|complete\\s+)?)(${SYSTEM_NOUN_SRC}),\\s+(?:backed\\s+by|along\\s+with|alongside|plus)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|up\\s+to\\s+)?$`, "i");
/** Registry systems that are whole racks ("GB200 NVL72", "Helios"): "per rack" speaks of them. */
const RACK_SYSTEMS = new Set(CHIPS.filter((c) => c.kind === "system" && (/\bNVL\d+\b/.test(c.name) || c.aliases.some((a) => /\brack\b/i.test(a)))).map((c) => c.name));
/** "24,800 tokens per second is the throughput of a whole eight-chip A4 server": the figure is said to be a system's */
const FIGURE_OF_SYSTEM = new RegExp(`^[^;.,]{0,40}?\\b(?:is|was)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:of|for)\\s+(?:a|an|the|one)\\s+(?:whole\\s+|full\\s+|entire\\s+|complete\\s+)?(?:[\\w-]+\\s+){0,2}(${SYSTEM_NOUN_SRC})\\b`, "i");
/** "..., whose eight-GPU server managed ": a chip's own system in a relative clause */
const WHOSE_SYSTEM = new RegExp(`,\\s*whose\\s+(?:[\\w-]+\\s+){0,2}?(${SYSTEM_NOUN_SRC})\\s+(?:[a-z]+\\s+){0,3}(?:about\\s+|around\\s+|roughly\\s+)?$`);
/** "each C5 server, which Corvid rates at ": a system's relative clause */
const SYSTEM_RELATIVE = new RegExp(`\\b${SYSTEM_NOUN_SRC},?\\s+(?:which|that)\\b[^,;]*$`, "i");
/** "130 TB/s across the whole NVLink domain": a figure summed over a whole system's fabric. */
const WHOLE_DOMAIN = /^[^,;.]{0,12}?\b(?:across|throughout|over)\s+the\s+(?:whole|full|entire)\s+(?:[\w-]+\s+)?(?:domain|fabric)\b/i;
/** "On paper, ", "In practice ": a sentence adverb that opens a clause. */
const ADVERB_LEAD = /^\s*(?:On\s+paper|In\s+(?:theory|practice|principle|total|aggregate|short|all)|On\s+balance|By\s+contrast|In\s+comparison|At\s+scale)\b\s*,?\s*/i;
const SYSTEM_WORD_RE = new RegExp(`(?<![-‑])\\b${SYSTEM_NOUN_SRC}\\b`, "gi");
const CHIP_WORD_RE = /(?<![-‑])\b(?:chips?|gpus?|accelerators?|cards?|processors?|dies?|superchips?)\b/gi;
/** A noun introduced by one of these is not what the clause is about ("with eight GPUs", "than the rack"). */
const OBLIQUE = /\b(?:of|with|than|vs\.?|versus|against|in|into|like|from|to|on|for|by|across|beats?|outperforms?|edges\s+out|trails?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}$/i;

const SYSTEM_NAMES = new Set(CHIPS.filter((c) => c.kind !== "chip").map((c) => c.name));
/** Whether a claim's subject is a whole system (a rack, server, pod, instance; "GB200 NVL72", "Helios"), not one chip. */
export function isSystemSubject(name: string, st: Pick<State, "chipLex">): boolean {
  return / (?:rack|server|node|(?:super)?pod|instance|system|cluster|UltraServer)$/i.test(name) || SYSTEM_NAMES.has(name) || (st.chipLex?.byForm.get(name)?.kind ?? "chip") !== "chip";
}

/** Whether a system is one server or board, not a rack: "<chip> server", "Trn2 instance", Nvidia's DGX and HGX boxes. */
export function isServerSubject(name: string): boolean {
  return / (?:server|node|instance)$/i.test(name) || /^[DH]GX\s/.test(name);
}

/** A system noun as a subject's last word: singular, and a "superpod" is the chip's pod. */
const singular = (noun: string) => noun.replace(/s$/i, "").replace(/^super(pod)$/i, "$1");

/** "<model> server" for an escaped model name, compiled once per model. */
const MODEL_SYSTEM = new Map<string, RegExp>();
function modelSystemRe(model: string): RegExp {
  let re = MODEL_SYSTEM.get(model);
  if (!re) {
    if (MODEL_SYSTEM.size > 500) MODEL_SYSTEM.clear();
    re = new RegExp(`(?<![\\w-])${model}\\s+(${SYSTEM_NOUN_SRC})\\b`);
    MODEL_SYSTEM.set(model, re);
  }
  return re;
}

/** Whether `name` ends with the word `word` (case-insensitive), as /\bword$/i would say. */
function endsWithWord(name: string, word: string): boolean {
  if (!word || !name.toLowerCase().endsWith(word.toLowerCase())) return false;
  const at = name.length - word.length;
  return at === 0 || !/\w/.test(name[at - 1]) || !/\w/.test(word[0]);
}

/** A system's name as the article uses it: an unknown "BX8" followed by "instance" is the "BX8 instance". */
export function systemLabel(text: string, e: EntityMention, st: State): string {
  if (e.kind === "chip" || !st.chipLex?.byForm.has(e.name)) return e.name;
  // "a single QS8 generated ...": a system written bare takes the noun the article gives it elsewhere ("the QS8 server")
  const model = e.name.slice(e.name.lastIndexOf(" ") + 1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = text.slice(e.end, e.end + 20).match(SYSTEM_AFTER_RE) ?? text.match(modelSystemRe(model));
  if (!m) return e.name;
  const noun = singular(m[1]);
  return endsWithWord(e.name, noun) ? e.name : `${e.name} ${noun.toLowerCase() === "ultraserver" ? noun : noun.toLowerCase()}`;
}

/** "<chip> rack", "<chip> server": a chip named right before a system noun, and the noun. */
export function chipSystemPhrase(text: string, e: EntityMention): string | undefined {
  if (e.type !== "chip" || e.kind !== "chip") return undefined;
  const m = text.slice(e.end, e.end + 20).match(SYSTEM_AFTER_RE);
  const pm = m ? null : text.slice(e.end, e.end + 32).match(PRODUCT_SYSTEM_RE);
  // "16 SX4 racks": a number of racks is not the rack itself
  if (/\d[\d,.]*\s+$/.test(text.slice(Math.max(0, e.start - 12), e.start))) return undefined;
  if (pm) return `${e.name} ${pm[1]}`;
  if (!m) {
    // "AMD's eight-GPU MI325X platform": a chip's platform or board sized in chips is a whole system
    const pf = MULTI_CHIP_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) ? text.slice(e.end, e.end + 12).match(PLATFORM_AFTER) : null;
    return pf ? `${e.name} ${pf[1].toLowerCase()}` : undefined;
  }
  const noun = singular(m![1]);
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
  // "compared with 2.5 petaflops for one Trainium3": a figure for a single named chip
  if (ents.some((e) => e.type === "chip" && e.kind === "chip" && e.start >= q.end && /^[^.;]{0,60}?\b(?:for|per|on|in)\s+(?:one|each|every|a\s+single)\s+$/i.test(text.slice(q.end, e.start)))) return undefined;
  // "..., while each chip offers 4,614 teraflops": the figure's own clause is about one chip
  const clauseHead = text.slice(sentence.start, q.start).split(/;|,(?=\s)/).pop()!;
  if (/^\s*(?:(?:and|while|but|whereas|with)\s+)?(?:each|every|one|a\s+single)\s+(?:[\w-]+\s+)?(?:chip|gpu|accelerator|processor|card)\b/i.test(clauseHead)) return undefined;
  const semi = text.lastIndexOf(";", q.start);
  const segStart = Math.max(sentence.start, semi + 1);
  const before = text.slice(segStart, q.start);
  let cue = false;
  let noun: string | undefined;
  // "ahead of the B200, whose eight-GPU server managed 22,400 tokens per second": the chip's own system
  const whose = before.includes("whose") ? before.match(WHOSE_SYSTEM) : null;
  if (whose) {
    const at = segStart + whose.index!;
    const e = [...ents].reverse().find((x) => x.type === "chip" && x.end <= at && at - x.end < 2);
    if (e) return { name: e.kind === "chip" ? `${e.name} ${singular(whose[1]).toLowerCase()}` : systemLabel(text, e, st) };
  }
  const listed = perSys || perChip ? null : text.slice(q.end, Math.min(sentence.end, q.end + 160)).match(LIST_PER_SYSTEM);
  // "288GB of HBM3e, 1.1 exaflops per rack": a chip-sized memory in a list whose last figure is a rack's is the chip's
  if (listed && q.unit === "gb" && q.value < 1000 && /^(?:rack|pod|superpod|cluster)s?$/i.test(listed[1]) && /^\s*(?:of\s+)?HBM/i.test(after) && ents.some((e) => e.type === "chip" && e.kind === "chip")) return undefined;
  const pa = perSys ?? listed ?? text.slice(q.end, Math.min(sentence.end, q.end + 90)).match(FIGURE_OF_SYSTEM) ?? text.slice(q.end, Math.min(sentence.end, q.end + 90)).match(FOR_SYSTEM_AFTER) ?? before.match(SYSTEM_BACKING);
  if (pa) {
    cue = true;
    noun = singular(pa[1]);
  } else if (/\b(?:across|throughout)\s+the\s+(?:whole\s+|full\s+|entire\s+)?(?:rack|server|node|pod|instance|system|cluster)\b|\baggregate\b|\bpooled\b|\bcombined\b|\bin\s+total\b/i.test(before.slice(-60) + " " + after.slice(0, 25)) || WHOLE_DOMAIN.test(after.slice(0, 45))) {
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
    // "On paper one X pod is ...": a sentence adverb is no preposition of the head noun
    const from = segStart + (before.match(ADVERB_LEAD)?.[0].length ?? 0);
    const head = toks.find((t) => t.at >= from && !OBLIQUE.test(text.slice(Math.max(from, t.at - 40), t.at)));
    if (head?.system) {
      cue = true;
      if (head.name) return { name: head.name };
      noun = head.noun;
    }
    // "each C5 server, which Corvid rates at 40 petaflops"
    if (!cue) {
      const rel = before.match(SYSTEM_RELATIVE);
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
  // "the rack" is also a rack with a product name the article wrote before "rack" ("the Q7 Vault rack")
  const productOf = (sys: string, n: string) => new RegExp(`\\b${sys.slice(sys.lastIndexOf(" ") + 1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+${n}s?\\b`, "i").test(text);
  if (st.lastSystem && (!noun || /^(?:system|cluster)$/i.test(noun) || st.lastSystem.toLowerCase().endsWith(noun.toLowerCase()) || productOf(st.lastSystem, noun) || (/^racks?$/i.test(noun) && RACK_SYSTEMS.has(st.lastSystem)))) return { name: st.lastSystem };
  const own = openingSystem(text, sentence, q, ents, st);
  if (own) return { name: own };
  // "Each Trainium3 chip delivers 2.52 PFLOPS, for 362 PFLOPS per UltraServer": the one chip the sentence names, in that system
  const chips = new Set(ents.filter((e) => e.type === "chip" && e.kind === "chip" && e.start >= sentence.start && e.end <= sentence.end).map((e) => e.name));
  // (only a figure given right before its system: "432 GB of HBM4, or 31 TB per rack" keeps the 432 GB off the rack)
  const nounAt = noun ? after.toLowerCase().indexOf(noun.toLowerCase()) : -1;
  if (noun && chips.size === 1 && /^(?:pod|rack|UltraServer)$/i.test(noun) && nounAt >= 0 && !/\d/.test(after.slice(0, nounAt))) {
    const name = `${[...chips][0]} ${/^ultraserver$/i.test(noun) ? "UltraServer" : noun.toLowerCase()}`;
    return { name: resolveChip(name)?.name ?? name };
  }
  return {};
}

/** "A full pod links ", "Each rack holds ": a sentence that opens with an unnamed system of the chip spoken of. */
const SYSTEM_OPENING = /^\s*(?:A|An|The|Each|Every|One)\s+(?:(?:full|whole|single|complete|entire|fully[\s-]\w+)\s+)?(pod|rack|server|node|superpod)\s+(?:[a-z]+\s+){1,4}?(?:(?:up\s+to|about|around|roughly|some|nearly|over|more\s+than)\s+)?(?:[\d.,]+\s+\w+\s+(?:of\s+\w+\s+)?(?:and|,)\s+(?:[a-z]+\s+){0,3})?$/;

/**
 * The system of such a sentence: "<chip> pod" for the chip the article is talking about, when the
 * sentence names no chip, system or company of its own.
 */
export function openingSystem(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  if (!st.lastChip || ents.some((e) => e.start >= sentence.start && e.end <= q.start)) return undefined;
  const m = text.slice(sentence.start, q.start).match(SYSTEM_OPENING);
  if (!m) return undefined;
  const noun = singular(m[1].toLowerCase());
  if (st.lastSystem?.toLowerCase().endsWith(noun)) return st.lastSystem;
  return `${st.lastChip} ${noun}`;
}
