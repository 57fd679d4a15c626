/**
 * Claims for figures with a physical or relative unit (TFLOPS, GB, TB/s, W, GW, nm, x, %,
 * counts): the property from the words around the figure and the chip, program or deal
 * it describes.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import { chipSlug, type EntityMention } from "./entities";
import { chipSubject, chipSystemPhrase, comparatorChip, isSystemSubject, rackSubject, systemScope } from "./chip-subjects";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { solePrecision } from "./units";
import { unitsOf } from "./chip-lists";
import { previousSentence } from "./sentences";
import { isChip, type State } from "./state";
import { countClaim } from "./count-claims";
import { pctClaim, revenueMultiple } from "./pct-claims";
import { gwClaim } from "./capacity";
import { parenMultiple, versusChip } from "./chip-comparisons";
import { cpuCoreClaim, listedCoreClaim } from "./chip-parts";
import { chipScaled, systemDraw, systemOfCount } from "./chip-scale";

export { dealPair } from "./count-claims";

/**
 * "Nvidia's B300 offers 288 GB of HBM3E, while AMD's MI355X delivers 288 GB": a bare GB figure in a
 * clause that names its own chip, in a sentence whose earlier clause stated a chip's memory in GB.
 */
function parallelMemory(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): boolean {
  const head = text.slice(sentence.start, clause.start);
  if (!/\d\s?(?:GB|TB|gigs?)\s+(?:of\s+)?(?:HBM\w*|memory|VRAM)\b/i.test(head)) return false;
  // the clause names a chip before the figure, not after a comparison word
  // or names it right after the figure ("compared with 80 GB on the H100")
  return ents.some((e) => isChip(e) && e.kind === "chip" && ((e.start >= clause.start && e.end <= q.start && !/\b(?:than|vs\.?|versus|like)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 12), e.start))) ||
    (e.start >= q.end && e.end <= clause.end && /^\s+(?:on|for|in)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(q.end, e.start)))));
}

/** "the figure had been trimmed to 256 GB": a revision of a figure, ending right before the new value. */
const REVISED_TO = /\b(?:trimmed|cut|reduced|lowered|scaled\s+back|raised|increased|bumped|boosted|upped|revised|lifted|expanded)\s+(?:up\s+|down\s+|back\s+)?to\s+$/i;
/** A chip's memory stated in GB earlier in the sentence: "with 288 GB of HBM3E". */
const MEMORY_STATED = /\d\s?(?:GB|TB)\s+(?:of\s+)?(?:HBM\w*|memory|VRAM)\b/i;
/** "256 GB, which is still 1.8x": a multiple in a relative clause right after a figure measures that figure. */
const WHICH_IS_AFTER = /\d\s?(GB|TB|TB\/s|GB\/s|TBps)(?:\s+of\s+[\w-]+)?\s*,\s*(?:which|that)\s+(?:is|was|are|were)\s+(?:still\s+|about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;

const FAST_MEMORY = /^\s+of\s+(?:what\s+(?:[\w-]+\s+){1,2}calls?\s+)?["“']?fast\s+memory\b/i;
/** "Its HBM capacity is ", "memory bandwidth is now ": a memory subject right before a multiple (group 2: bandwidth). */
const MEASURE_LEAD = /\b(?:HBM\w*|memory)(?:\s+(capacity)|\s+(bandwidth))?\s+(?:is|was|are|were|comes\s+to|works\s+out\s+to)\s+(?:now\s+|about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$/i;

/** The words before a multiple that make it an inference speed-up ("serves tokens", "for memory-bound inference"). */
const INFERENCE_BEFORE = /\b(?:inference|serves?\s+tokens|tokens?\s+(?:per\s+second|generation))\b/i;
const INFERENCE_AFTER = /^\s+(?:the\s+)?(?:[\w-]+['’]s\s+inference\s+(?:performance|throughput)|inference\s+performance)\b/i;

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
  return ents.some((e) => isChip(e) && e.kind === "chip" && e.start >= clause.start && e.end <= q.start && HOLD_VERB.test(text.slice(e.end, q.start)));
}

export function unitClaim(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  ents: EntityMention[],
  st: State,
): { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null {
  const around = text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 60));
  const afterTxt = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const beforeTxt = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const beforeDie = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const dieCtx =
    (/\b(?:each|per|one|a\s+single)\s+(?:[\w-]+\s+){0,3}die\b[^.;,]{0,30}$/i.test(beforeDie) && !/\btotal\b/i.test(beforeDie.slice(-25))) ||
    /^[\s-]*transistors?\s+dies\b|^[^.;,]{0,12}\beach\b/i.test(text.slice(q.end, q.end + 30)) ||
    /^-?[\w-]*\s+dies\b/i.test(text.slice(q.end, q.end + 30)) && /-$/.test(text.slice(q.start, q.end).replace(/transistors?$/, ""));
  const chip = () => {
    // a rack, server, pod or instance figure goes to that system, or nowhere: never to one chip
    if (q.unit === "tflops" || q.unit === "gb" || q.unit === "tbps" || q.unit === "tbit_s" || q.unit === "w" || q.unit === "multiple" || q.unit === "tokens_per_s") {
      const sc = systemScope(text, sentence, q, ents, st);
      if (sc) return sc.name;
    }
    const c = chipSubject(text, sentence, q, ents, st);
    return c && dieCtx && !/\bdie$/.test(c) ? `${c} die` : c;
  };
  const base = { value: q.value, valueMax: q.valueMax };
  const ctx = { text, sentence, clause, q, ents, st, chip, beforeTxt, afterTxt };
  switch (q.unit) {
    case "tflops": {
      let s = chip();
      if (!s) return null;
      let p = q.detail;
      if (!p) {
        const sib = unitsOf(sentence.text).find((u) => u.unit === "tflops" && u.detail);
        if (sib) p = sib.detail;
      }
      // "Dense FP8, it's about 2.5 petaflops"; "On raw FP8 it is. B200 is 4.5 petaflops dense.": the one
      // precision of the sentence's lead, else of the sentence before it in the same paragraph
      if (!p) p = solePrecision(text.slice(sentence.start, q.start));
      // not for a whole system's figure, which articles give without a precision more often than not
      if (!p && q.value < 1e6 && !/ (?:rack|server|node|pod|instance|system|cluster)$/i.test(s)) p = solePrecision(previousSentence(text, sentence.start));
      s = chipScaled(text, sentence, q, ents, s, "peak_tflops", st);
      if (!s) return null;
      if (!p && q.value >= 1e6 && !ents.some((e) => isChip(e) && e.kind === "chip" && e.name === s))
        return { subject: s, property: "peak_compute_exaflops", kind: "chip_spec", value: q.value / 1e6, valueMax: q.valueMax && q.valueMax / 1e6 };
      return { subject: s, property: p ? `peak_${p}_tflops` : "peak_compute_tflops", kind: "chip_spec", ...base };
    }
    case "gb": {
      // "the H100's 80 GB": a chip's own gigabytes are its memory
      const chipPoss = ents.some((e) => isChip(e) && e.kind === "chip" && e.possessive && /^['’]s?\s+$/.test(text.slice(e.end, q.start)));
      // "Nvidia's 288 GB Blackwell Ultra GPUs", "the 80GB H100": gigabytes in front of a chip's name are its memory
      const chipNext = ents.some((e) => isChip(e) && e.kind === "chip" && e.start >= q.end && /^[\s-]*$/.test(text.slice(q.end, e.start)));
      // "…with 288 GB of HBM3E, but by launch the figure had been trimmed to 256 GB": the same memory, revised
      const revised = REVISED_TO.test(beforeTxt) && MEMORY_STATED.test(text.slice(sentence.start, clause.start));
      if (!chipPoss && !chipNext && !revised && !ON_CHIP_SRAM.test(afterTxt) && !/\b(?:HBM\w*|memory|VRAM|capacity)\b/i.test(around) && !parallelMemory(text, sentence, clause, q, ents) && !chipHolds(text, clause, q, ents)) return null;
      const c = chip();
      const s = c && chipScaled(text, sentence, q, ents, c, "memory_gb", st);
      // "30 TB of what Nvidia calls “fast memory”": HBM and CPU memory together, not the HBM
      const prop = FAST_MEMORY.test(afterTxt) ? "fast_memory_gb" : "memory_gb";
      return s ? { subject: s, property: prop, kind: "chip_spec", ...base } : null;
    }
    case "tbps": {
      const near = afterTxt.slice(0, 40) + " " + beforeTxt.slice(-40);
      const kinds: [RegExp, string][] = [
        [/\bI\/O\b/i, "io"],
        [/\bdecompression\b/i, "decompression"],
        [/\bCPU[\s-]GPU\b|\bCPU[\s-]to[\s-]GPU\b/i, "cpu_gpu"],
        [/\bNV-HSI\b|\bdie[\s-]to[\s-]die\b|\bon-package\b|\bdual-die\b|\btwo dies\b/i, "die_to_die"],
        [/\bNVLink\b/i, "nvlink"],
        [/\bEthernet\b|\bnetwork\w*\b/i, "network"],
        [/\bPCIe\b/i, "pcie"],
        [/\binterconnect\b|\bscale-up\b|\bfabric\b|\blinks?\s+(?:to|with)\b|\bneighbou?rs\b/i, "interconnect"],
      ];
      const a1 = afterTxt.slice(0, 28);
      const b1 = beforeTxt.slice(-28);
      const k = kinds.find(([re]) => re.test(a1)) ?? kinds.find(([re]) => re.test(b1)) ?? kinds.find(([re]) => re.test(near));
      if (k) {
        const c = chip();
        const s = c && chipScaled(text, sentence, q, ents, c, `${k[1]}_bandwidth_tbps`, st);
        return s ? { subject: s, property: `${k[1]}_bandwidth_tbps`, kind: "chip_spec", ...base } : null;
      }
      const c = chip();
      const s = c && chipScaled(text, sentence, q, ents, c, "memory_bandwidth_tbps", st);
      return s ? { subject: s, property: "memory_bandwidth_tbps", kind: "chip_spec", ...base } : null;
    }
    case "tflops_per_w": {
      const s = versusChip(text, sentence, q, ents) ?? chip();
      return s ? { subject: s, property: q.detail ? `efficiency_${q.detail}_tflops_per_w` : "efficiency_tflops_per_w", kind: "chip_spec", ...base } : null;
    }
    case "w_per_tflops": {
      const s = versusChip(text, sentence, q, ents) ?? chip();
      return s ? { subject: s, property: "power_per_tflops_w", kind: "chip_spec", ...base } : null;
    }
    case "tbit_s": {
      // bits per second are a network link's: the system's or chip's networking, not its memory
      if (!/\b(?:network\w*|EFA|Ethernet|InfiniBand|NICs?|scale[\s-]out|fabric|interconnect)\b/i.test(around)) return null;
      const s = chip();
      return s ? { subject: s, property: "network_bandwidth_tbit_s", kind: "chip_spec", ...base } : null;
    }
    case "w": {
      // tens of kilowatts and more: a whole rack or system ("rack_power_kw")
      // "A fully loaded Helios draws 200 kW": a named system is a rack too
      if (q.value >= 10000 && (/\b(?:racks?|systems?|servers?|pods?|clusters?|nodes?)\b/i.test(sentence.text) || ents.some((e) => e.type === "chip" && e.kind === "system" && e.end <= q.start))) {
        const r = rackSubject(text, sentence, q, ents, st);
        // a server's or node's draw is the server's, not a rack's
        const prop = / (?:server|node|instance)$/i.test(r ?? "") ? "server_power_kw" : "rack_power_kw";
        if (r) return { subject: r, property: prop, kind: "chip_spec", value: q.value / 1000, valueMax: q.valueMax === null ? null : q.valueMax / 1000 };
      }
      // tens of kilowatts are never one chip's draw
      if (q.value >= 10000) return null;
      const s = chip();
      // kilowatts of a server or node are the whole box's draw
      if (s && q.value >= 2000 && / (?:server|node|instance)$/i.test(s)) return { subject: s, property: "server_power_kw", kind: "chip_spec", value: q.value / 1000, valueMax: q.valueMax === null ? null : q.valueMax / 1000 };
      return s ? { subject: s, property: "power_w", kind: "chip_spec", ...base } : null;
    }
    case "mm2": {
      const s = chip();
      return s ? { subject: s, property: "die_area_mm2", kind: "chip_spec", ...base } : null;
    }
    case "tokens_per_s": {
      const s = chip();
      return s ? { subject: s, property: "inference_tokens_per_second", kind: "chip_spec", ...base } : null;
    }
    case "ghz": {
      const s = chip();
      return s ? { subject: s, property: "clock_ghz", kind: "chip_spec", ...base } : null;
    }
    case "nm": {
      const s = chip();
      return s ? { subject: s, property: "process_nm", kind: "chip_spec", ...base } : null;
    }
    case "gw":
      return systemDraw(text, sentence, q, ents, st) ?? gwClaim(text, sentence, clause, q, ents, st);
    case "multiple": {
      const rev = revenueMultiple(ctx);
      if (rev !== undefined) return rev;
      const par = parenMultiple(text, sentence, q, ents);
      if (par) return { ...par, kind: "chip_spec", ...base };
      const s = chip();
      if (!s) return null;
      const vs = comparatorChip(text, sentence, q, ents, s, st);
      if (!vs || vs === s) return null;
      const words = text.slice(q.end, Math.min(sentence.end, q.end + 40)) + " " + beforeTxt.slice(-30);
      const whatOf = (c: string) => /\bmemory\b/i.test(c) && !/bandwidth/i.test(c) ? "memory" : /bandwidth/i.test(c) ? "memory_bandwidth" : /efficien|per\s+watt|energy/i.test(c) ? "efficiency" : /transistor/i.test(c) ? "transistor" : "perf";
      // the words right after the multiple say what it measures ("twice the performance of")
      const right = text.slice(q.end, Math.min(sentence.end, q.end + 25));
      // "twice the performance per watt" is efficiency; "double the H100's 80 GB" is memory
      // "twice the bandwidth of", "doubled bandwidth": bandwidth the article does not call memory bandwidth
      const which = beforeTxt.match(WHICH_IS_AFTER)?.[1];
      // "Its HBM capacity is six times what X had": the clause's own subject says what the multiple measures
      const led = beforeTxt.match(MEASURE_LEAD);
      const what = led ? (led[2] ? "memory_bandwidth" : "memory") : which ? (/\//.test(which) || /ps$/i.test(which) ? "memory_bandwidth" : "memory") : /\bper\s+watt\b|\befficien/i.test(text.slice(q.end, Math.min(sentence.end, q.end + 32)).split(/\band\b|,/)[0]) ? "efficiency" : /^\s+(?:the\s+)?bandwidth\b/i.test(right) ? "bandwidth" : /\b(?:performance|compute|faster|speed|throughput)\b/i.test(right) ? "perf" :
        /^[^.;,]{0,30}?\d\s?(?:TB\/s|GB\/s|TBps)/.test(right) ? "memory_bandwidth" : /^[^.;,]{0,30}?\d\s?(?:GB|TB)\b(?!\/)/.test(right) ? "memory" : whatOf(words);
      // "serves tokens 2.8 times faster than", "runs LLM inference up to 30 times faster", "30 times the inference performance of"
      const inference = what === "perf" && (INFERENCE_AFTER.test(text.slice(q.end, Math.min(sentence.end, q.end + 50))) || (INFERENCE_BEFORE.test(text.slice(Math.max(clause.start, q.start - 70), q.start)) && /^\s*(?:faster|quicker|more|higher)\b|^[^.;,]{0,40}\b(?:throughput|performance)\b/i.test(right)));
      // "a Helios rack serves tokens 2.8 times faster than an MI355X rack": a system measured against another chip's system
      const vsEnt = ents.find((e) => e.name === vs && e.start >= q.end);
      // (a server measured against "an eight-GPU H200 server" is measured against the chip's generation)
      const vsSystem = vsEnt && isSystemSubject(s, st) ? chipSystemPhrase(text, vsEnt)?.match(/^.+ rack$/)?.[0] : undefined;
      return { subject: s, property: `${inference ? "inference_" : ""}${what}_multiple_vs_${chipSlug(vsSystem ?? vs)}`, kind: "chip_spec", ...base };
    }
    case "pct":
      return pctClaim(ctx);
    case "count": {
      const cores = q.detail === "cores" ? cpuCoreClaim(text, sentence, q, ents) ?? listedCoreClaim(text, sentence, q, ents) : null;
      return cores ? { ...cores, kind: "chip_spec", ...base } : systemOfCount(text, sentence, q, ents, st) ?? countClaim(ctx);
    }
    default:
      return null;
  }
  return null;
}

