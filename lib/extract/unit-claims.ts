/**
 * Claims for figures with a physical or relative unit (TFLOPS, GB, TB/s, W, GW, nm, x, %,
 * counts): the property from the words around the figure and the chip, program or deal
 * it describes.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import type { EntityMention } from "./entities";
import { chipSubject, rackSubject, systemScope } from "./chip-subjects";
import { isServerSubject } from "./system-subjects";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { solePrecision } from "./units";
import { unitsOf } from "./chip-lists";
import { previousSentence } from "./sentences";
import { isChip, type State } from "./state";
import { countClaim } from "./count-claims";
import { deploymentClaim } from "./chip-deployments";
import { bothSystems } from "./chip-pairs";
import { memoryPartSubject } from "./memory-parts";
import { pctClaim } from "./pct-claims";
import { gwClaim } from "./capacity";
import { versusChip } from "./chip-comparisons";
import { memoryClaim } from "./unit-memory";
import { multipleClaim } from "./unit-multiples";
import { buildingClaim, jobClaim, siteAreaClaim } from "./unit-sites";
import { cpuCoreClaim, listedCoreClaim } from "./chip-parts";
import { chipScaled, systemDraw, systemOfCount } from "./chip-scale";
import { perChipSubject } from "./chip-per-gpu";

export { dealPair } from "./count-claims";

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
    /^[\s-]*transistors?\s+dies\b/i.test(text.slice(q.end, q.end + 30)) ||
    // "two dies with 104 billion transistors each": "each" is a die's only when the sentence speaks of dies
    (/^[^.;,]{0,12}\beach\b/i.test(text.slice(q.end, q.end + 30)) && /\bdies\b/i.test(text.slice(sentence.start, q.start))) ||
    /^-?[\w-]*\s+dies\b/i.test(text.slice(q.end, q.end + 30)) && /-$/.test(text.slice(q.start, q.end).replace(/transistors?$/, ""));
  const chip = () => {
    // "Micron began sampling HBM4 at 36 GB per stack": a memory maker's part (lib/extract/memory-parts.ts)
    const part = memoryPartSubject(text, sentence, q, ents);
    if (part) return part;
    // a rack, server, pod or instance figure goes to that system, or nowhere: never to one chip
    if (q.unit === "tflops" || q.unit === "gb" || q.unit === "tbps" || q.unit === "tbit_s" || q.unit === "w" || q.unit === "multiple" || q.unit === "tokens_per_s") {
      const sc = systemScope(text, sentence, q, ents, st);
      if (sc) return sc.name;
    }
    const named = chipSubject(text, sentence, q, ents, st);
    // "... rack draws 120 kW, or about 1,200 W per GPU": a per-chip figure is the rack's chip's
    const c = named && perChipSubject(text, q, named, ents, st);
    if (c === null) return undefined;
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
    case "gb":
      return memoryClaim(ctx);
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
      // "stacks run at more than 10 Gbps per pin": a memory interface's speed per pin
      if (/^\s*(?:per|a|each)\s+pin\b|^\s*\/\s*pin\b/i.test(afterTxt) || /\bpin\s+(?:speed|rate|data\s+rate|bandwidth)s?\s+(?:of\s+|is\s+|at\s+|reaches\s+)?(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+|over\s+)?$/i.test(beforeTxt)) {
        const s = chip();
        return s ? { subject: s, property: "pin_speed_gbps", kind: "chip_spec", value: q.value * 1000, valueMax: q.valueMax === null ? null : q.valueMax * 1000 } : null;
      }
      // bits per second are a network link's: the system's or chip's networking, not its memory
      if (!/\b(?:network\w*|EFA|Ethernet|InfiniBand|NICs?|scale[\s-]out|fabric|interconnect)\b/i.test(around)) return null;
      const s = chip();
      return s ? { subject: s, property: "network_bandwidth_tbit_s", kind: "chip_spec", ...base } : null;
    }
    case "w": {
      // tens of kilowatts and more: a whole rack or system ("rack_power_kw")
      // "A fully loaded Helios draws 200 kW": a named system is a rack too
      if (q.value >= 10000 && (/\b(?:racks?|systems?|servers?|pods?|clusters?|nodes?)\b/i.test(sentence.text) || ents.some((e) => e.type === "chip" && e.kind === "system" && e.end <= q.start))) {
        // "Both racks are rated at 160 kilowatts": the first of the two systems (the other in lib/extract/unit-drafts.ts)
        const r = (ents.some(isChip) ? undefined : bothSystems(text, sentence, q, st)?.[0]) ?? rackSubject(text, sentence, q, ents, st);
        // a server's or node's draw is the server's, not a rack's
        const prop = isServerSubject(r ?? "") ? "server_power_kw" : "rack_power_kw";
        if (r) return { subject: r, property: prop, kind: "chip_spec", value: q.value / 1000, valueMax: q.valueMax === null ? null : q.valueMax / 1000 };
      }
      // tens of kilowatts are never one chip's draw
      if (q.value >= 10000) return null;
      const s = chip();
      // kilowatts of a server or node are the whole box's draw
      if (s && q.value >= 2000 && / (?:server|node|instance)$/i.test(s)) return { subject: s, property: "server_power_kw", kind: "chip_spec", value: q.value / 1000, valueMax: q.valueMax === null ? null : q.valueMax / 1000 };
      return s ? { subject: s, property: "power_w", kind: "chip_spec", ...base } : null;
    }
    case "tops": {
      // "870 TOPS (INT8)": integer throughput, by its precision
      const s = chip();
      return s ? { subject: s, property: q.detail ? `peak_${q.detail}_tops` : "peak_tops", kind: "chip_spec", ...base } : null;
    }
    case "mm2": {
      const s = chip();
      return s ? { subject: s, property: "die_area_mm2", kind: "chip_spec", ...base } : null;
    }
    case "tokens_per_s": {
      const s = chip();
      return s ? { subject: s, property: "inference_tokens_per_second", kind: "chip_spec", ...base } : null;
    }
    case "bits": {
      const s = chip();
      return s ? { subject: s, property: "interface_width_bits", kind: "chip_spec", ...base } : null;
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
    case "multiple":
      return multipleClaim(ctx);
    case "pct":
      return pctClaim(ctx);
    case "area":
      return siteAreaClaim(ctx);
    case "count": {
      if (q.detail.startsWith("jobs:")) return jobClaim(ctx);
      if (q.detail === "buildings") return buildingClaim(ctx);
      const cores = q.detail === "cores" ? cpuCoreClaim(text, sentence, q, ents) ?? listedCoreClaim(text, sentence, q, ents) : null;
      return cores ? { ...cores, kind: "chip_spec", ...base } : systemOfCount(text, sentence, q, ents, st) ?? countClaim(ctx) ?? deploymentClaim(ctx);
    }
    default:
      return null;
  }
  return null;
}

