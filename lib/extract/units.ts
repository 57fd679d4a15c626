/**
 * Chip and compute units: TFLOPS / PFLOPS / EFLOPS (with precision), GB / TB of memory,
 * GB/s / TB/s, W / kW, GW, nm, chip counts, multiples ("4.4x", "4.4 times", "threefold",
 * "twice"), percentages. Values are converted to the base unit of claim-schema.md.
 */
import { findNumbers, type NumberMatch } from "./numbers";
import type { Quantity } from "./quantity";
import { wordQuantities } from "./unit-words";
import { siteUnit } from "./unit-sites";
import { topsUnit } from "./unit-tops";

const PRECISION = /\b(FP\s?4|FP\s?6|FP\s?8|FP\s?16|FP\s?32|FP\s?64|BF\s?16|TF\s?32|INT\s?8|INT\s?4|MXFP\s?4|MXFP\s?6|NVFP\s?4)\b/i;

export function precisionNear(text: string, start: number, end: number): string {
  const after = text.slice(end, end + 45).split(/[.;(]|\bvs\b|\bversus\b|\band\s+\d/)[0];
  const before = text.slice(Math.max(0, start - 25), start).split(/[.;,)]/).pop() ?? "";
  const m = after.match(PRECISION) ?? before.match(PRECISION);
  return m ? m[1].toLowerCase().replace(/\s/g, "").replace(/^(mx|nv)/, "") : "";
}

const PRECISION_ALL = new RegExp(PRECISION.source, "gi");

/** The one precision `s` names ("Dense FP8, it's ..."), or "" when it names none or several. */
export function solePrecision(s: string): string {
  const all = new Set([...s.matchAll(PRECISION_ALL)].map((m) => m[1].toLowerCase().replace(/\s/g, "").replace(/^(mx|nv)/, "")));
  return all.size === 1 ? [...all][0] : "";
}

const FLOPS = /^[\s-‑]?(?:(?:peak|dense|sparse)\s+)?(?:(?:FP\s?\d+|BF16|INT8)\s+)?(?:(peta|tera|exa|giga)[\s-‑]?flops?(?:\/s)?|([TPEG])FLOPS?(?:\/s)?(?![a-z])|([TPEG])flops?(?:\/s)?|([TPEG])flop\/s)/i;
const SHORT_FLOPS = /^\s?([PE])F(?![\w/])(?=\s+(?:FP\s?\d+|BF16|INT8|dense|sparse)\b|\s*(?:[,.;:)]|$))/;
const PER_WATT = /^\s*(?:\/\s*W(?![\w/])|per\s+watt\b)/i;
const FLOPS_SCALE: Record<string, number> = { g: 0.001, t: 1, tera: 1, p: 1000, peta: 1000, e: 1e6, exa: 1e6, giga: 0.001 };

const COUNT_NOUN =
  /^(?:\s+of\s+(?:the|its|their|these|those|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)(?=\s))?(?:\s+(?:[A-Z][\w.-]*\d[\w-]*|[A-Z][\w-]+|interconnected|custom|additional|new|more|individual|physical|active|total|AI|GPU|data[\s-]center|Grace|Tensor|Blackwell|Hopper|Instinct|v\d+)){0,3}\s+(chips|GPUs|TPUs|accelerators|CPUs|processors|servers|racks|nodes|instances|dies|superchips|H100s|H200s|B200s|A100s|MI300Xs|MI355Xs|transistors|units|cores|streaming\s+multiprocessors|SMs|[A-Z]{1,3}\d{1,4}[A-Z]?s)\b/;

/** People and organisations a company counts: customers, users, employees, with one modifier. */
const PARTY_NOUN =
  /^\s+(?:(business|enterprise|paying|active|monthly\s+active|weekly\s+active|daily\s+active|daily|weekly|monthly|corporate|government)\s+)?(customers|clients|organizations|organisations|users|developers|employees|subscribers)\b/i;
/** "employs 1,200 people": the people a company employs. */
const EMPLOYS_BEFORE = /\b(?:employs|employing|employed|headcount\s+of|workforce\s+of|staff\s+of|(?:we|it|they)\s+(?:now\s+)?(?:have|has))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;
/** "has 9,000 paying businesses and about 1,100 staff": staff a company has, not staff it cuts or hires. */
const STAFF_CHANGE = /\b(?:cut\w*|lay\w*|laid|fir\w*|hir\w*|add\w*|shed\w*|reduc\w*|eliminat\w*|redundan\w*|recruit\w*|los[et]\w*)\b[^.;]{0,30}$/i;

/** ", up from 64 in the": an earlier count given after a count of chips in the same clause */
const UP_FROM_COUNT = /^[^.;]{0,60},\s+(?:up|down)\s+from\s+$/i;

/** "288 GB of HBM3E in ": memory whose stacks the next count gives */
const STACKED_MEMORY = /\d\s?(?:GB|TB)\s+of\s+(?:HBM\w*|high[\s-]bandwidth\s+memory)\s+(?:in|across|spread\s+across|over|on)\s+$/i;

/** "-GPU Helios rack", "-chip UltraServer": a count compound before a (named) system */
const N_CHIP_SYSTEM = /^[-‑](GPU|chip|TPU|accelerator)\s+(?:(?:[A-Z][\w-]*|["“][^"”]{1,20}["”]|full|whole|single|scale-up|liquid-cooled)\s+){0,2}(?:racks?|Racks?|servers?|pods?|UltraServers?|systems?|clusters?|nodes?|supercomputers?|SuperPODs?|superpods?|domains?|platforms?|boards?|baseboards?)\b/;

/** The words before a count compound that opens its sentence: "The", "Each", "AMD's", "Nvidia's new". */
const COMPOUND_OPENS = /^\s*(?:(?:The|An?|Each|Every|One)\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+)(?:new\s+|latest\s+|flagship\s+)?$/;

/** Non-money figures in `text`. */
export function findUnits(text: string, numbers: NumberMatch[] = findNumbers(text)): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    // the raw number without a money scale abbreviation ("192GB" must not be read as 192 billion)
    let value = n.value;
    let numEnd = n.end;
    if (n.scale && n.scale.length === 1 && !n.words) {
      // "10 B" read as billions: re-read the digits only, the letter may start a unit
      const raw = text.slice(n.start, n.end).match(/^[\d,.]+/)![0];
      value = Number(raw.replace(/,/g, ""));
      numEnd = n.start + raw.length;
      // "~2.6k TFLOPS", "1.2k W": a thousands "k" before a chip unit keeps its scale
      if (n.scale === "k" && (FLOPS.test(text.slice(n.end, n.end + 40)) || /^\s?(?:W|watts?)\b/.test(text.slice(n.end, n.end + 10)))) {
        value = n.value;
        numEnd = n.end;
      }
    }
    let valueMax: number | null = null;
    let endFrom = numEnd;
    // numeric ranges "64–128 chips", "10–15 %"
    const next = numbers[i + 1];
    if (next && /^\s*(?:-|–|to)\s*$/.test(text.slice(numEnd, next.start)) && !n.scale && next.value > value &&
        !/\bfrom\s*$/i.test(text.slice(Math.max(0, n.start - 6), n.start))) {
      const rawNext = text.slice(next.start, next.end).match(/^[\d,.]+/);
      if (rawNext && !next.words) {
        valueMax = Number(rawNext[0].replace(/,/g, ""));
        endFrom = next.start + rawNext[0].length;
      }
    }
    const rest = text.slice(endFrom, endFrom + 80);
    const push = (unit: Quantity["unit"], len: number, factor: number, detail = "") => {
      out.push({
        start: n.start,
        end: endFrom + len,
        value: value * factor,
        valueMax: valueMax === null ? null : valueMax * factor,
        unit,
        detail,
        range: valueMax !== null,
      });
      if (valueMax !== null) i++;
    };
    let m: RegExpMatchArray | null;
    // "~4.6 PF FP8 per chip", "42.5 EF.": petaflops and exaflops in shorthand, upper case only
    if ((m = rest.match(SHORT_FLOPS))) {
      push("tflops", m[0].length, m[1] === "P" ? 1000 : 1e6, precisionNear(text, n.start, endFrom + m[0].length));
      continue;
    }
    if ((m = rest.match(FLOPS))) {
      const sc = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
      // "4.2 TFLOPS per watt", "2.1 TFLOPS/W": efficiency, not throughput
      const perW = text.slice(endFrom + m[0].length, endFrom + m[0].length + 14).match(PER_WATT);
      if (perW) {
        push("tflops_per_w", m[0].length + perW[0].length, FLOPS_SCALE[sc] ?? 1, precisionNear(text, n.start, endFrom + m[0].length));
        continue;
      }
      const unitEnd = endFrom + m[0].length;
      const inner = m[0].match(PRECISION);
      push("tflops", m[0].length, FLOPS_SCALE[sc] ?? 1, inner ? inner[1].toLowerCase().replace(/\s/g, "") : precisionNear(text, n.start, unitEnd));
      continue;
    }
    const tops = topsUnit(rest, text.slice(Math.max(0, n.start - 40), n.start));
    if (tops) { push("tops", tops.len, tops.factor, tops.detail); continue; }
    if ((m = rest.match(/^\s?(?:(PB|TB|GB)\/s|(PB|TB|GB)ps|(petabytes?|terabytes?|gigabytes?)\s+(?:per|a|each)\s+second)\b/))) {
      const u = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      push("tbps", m[0].length, u.startsWith("p") ? 1000 : u.startsWith("t") ? 1 : 0.001);
      continue;
    }
    // "3.2 Tbps of networking", "400 Gb/s": bits per second are network links
    if ((m = rest.match(/^\s?(?:(T|G)bps|(T|G)b\/s|(tera|giga)bits?\s+(?:per|a)\s+second)(?![\w/])/))) {
      push("tbit_s", m[0].length, /^t/i.test(m[1] ?? m[2] ?? m[3]) ? 1 : 0.001);
      continue;
    }
    // "192 gigs of HBM": casual gigabytes
    if ((m = rest.match(/^\s?(PB|TB|GB|MB|petabytes?|terabytes?|gigabytes?|gigs?|GiB)(?![\w/])/))) {
      const u = m[1].toLowerCase();
      push("gb", m[0].length, u.startsWith("p") ? 1e6 : u.startsWith("t") ? 1000 : u.startsWith("m") ? 0.001 : 1);
      continue;
    }
    if ((m = rest.match(/^[\s-]?(GW|gigawatts?|MW|megawatts?|gigawatt)\b/i))) {
      const u = m[1].toLowerCase();
      push("gw", m[0].length, u.startsWith("m") ? 0.001 : 1);
      continue;
    }
    // "0.1 W/TFLOP", "0.24 watts per teraflop": power per unit of throughput
    if ((m = rest.match(/^\s?(?:W|watts?)\s*(?:\/|per)\s*(?:([TPG])flops?|(tera|peta)[\s-]?flops?)(?![\w])/i))) {
      const sc = (m[1] ?? m[2]).toLowerCase();
      push("w_per_tflops", m[0].length, 1 / (FLOPS_SCALE[sc] ?? 1));
      continue;
    }
    if ((m = rest.match(/^[\s-]?(kW|kilowatts?|W|watts?)(?![\w/])/)) || (m = rest.match(/^[\s-]?(kilowatts?|watts?)\b/i))) {
      push("w", m[0].length, /^k/i.test(m[1]) ? 1000 : 1);
      continue;
    }
    if ((m = rest.match(/^[\s-]?(nm|nanometers?|nanometres?)\b/))) {
      push("nm", m[0].length, 1);
      continue;
    }
    // "2,250-acre", "10 square miles", "2,400 construction jobs" (lib/extract/unit-sites.ts)
    const site = siteUnit(rest);
    if (site) { push(site.unit, site.len, 1, site.detail); continue; }
    if ((m = rest.match(/^\s?(%|percent\b|per\s?cent\b|percentage points?\b)/i))) {
      push("pct", m[0].length, 1);
      continue;
    }
    // "10X higher bandwidth": a capital X only before a word of comparison (never a model's suffix)
    if ((m = rest.match(/^(?:\s?[x×](?![a-zA-Z0-9])|[\s-](?:times|fold)\b|X(?=\s+(?:higher|more|faster|better|greater|lower|less|the|improvement|increase|boost)\b))/))) {
      push("multiple", m[0].length, 1);
      continue;
    }
    if ((m = rest.match(/^\s?(mm²|mm2|square millimet(?:er|re)s)/))) {
      push("mm2", m[0].length, 1);
      continue;
    }
    // "14,500 tokens per second", "2,900 tokens/s": inference throughput
    if ((m = rest.match(/^\s?(?:output\s+)?tokens?\s*(?:per\s+second|a\s+second|\/\s?s(?:ec)?\b|\/second)/i))) {
      push("tokens_per_s", m[0].length, 1);
      continue;
    }
    if ((m = rest.match(/^\s?(GHz)\b/))) {
      push("ghz", m[0].length, 1);
      continue;
    }
    if ((m = rest.match(/^[\s-‑](days?|years?)\b/))) {
      push(m[1].startsWith("d") ? "days" : "years", m[0].length, 1);
      continue;
    }
    if ((m = rest.match(/^[\s-‑]transistors?\b/)) && (n.words || !n.scale || n.scale.length > 1)) {
      out.push({ start: n.start, end: endFrom + m[0].length, value: n.value, valueMax: null, unit: "count", detail: "transistors" });
      continue;
    }
    // "208 billion transistors, 2.6x more than the H100's 80 billion": a bare figure in the same scale compares transistors
    const lastT = [...out].reverse().find((o) => o.unit === "count" && o.detail === "transistors");
    if (lastT && n.scale && n.scale.length > 1 && !n.words && /^\s*(?:[.,;)]|$)/.test(text.slice(n.end, n.end + 2)) && n.start - lastT.end < 80 &&
        /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|against|from)\b/i.test(text.slice(lastT.end, n.start))) {
      out.push({ start: n.start, end: n.end, value: n.value, valueMax: null, unit: "count", detail: "transistors" });
      continue;
    }
    // "a 72-GPU Helios rack", "the 144-chip pod": the chips of the system the compound describes
    // a count in words only where the compound opens the sentence ("AMD's eight-GPU MI325X platform packs"),
    // not in passing ("what an eight-GPU server managed")
    if (!n.scale && valueMax === null && (!n.words || (value >= 2 && COMPOUND_OPENS.test(text.slice(0, n.start)))) && (m = rest.match(N_CHIP_SYSTEM))) {
      const noun = m[1].toLowerCase();
      out.push({ start: n.start, end: endFrom + 1 + m[1].length, value, valueMax: null, unit: "count", detail: noun === "gpu" ? "gpus" : noun === "tpu" ? "tpus" : noun === "accelerator" ? "accelerators" : "chips" });
      continue;
    }
    // "put 128 of them in your rack": chips the article spoke of, counted into a system
    if (!n.scale && valueMax === null && (m = rest.match(/^\s+of\s+them(?=\s+(?:in|into)\s+(?:a|an|each|every|one|your|the|a\s+single)\s+(?:[\w-]+\s+)?(?:rack|server|node|pod|system)s?\b)/i))) {
      out.push({ start: n.start, end: endFrom + m[0].length, value, valueMax: null, unit: "count", detail: "chips" });
      continue;
    }
    // "eight stacks of HBM3e", "12 HBM4 stacks": memory stacks on a chip
    // "288 GB of HBM3E in eight stacks": the stacks the memory just given comes in
    if (!n.scale && valueMax === null && ((m = rest.match(/^\s+(?:(?:memory\s+)?stacks\s+of\s+(?:HBM\w*|high[\s-]bandwidth\s+memory)|HBM\w*\s+stacks)\b/i)) || ((m = rest.match(/^\s+stacks\b/i)) && STACKED_MEMORY.test(text.slice(Math.max(0, n.start - 40), n.start))))) {
      out.push({ start: n.start, end: endFrom + m[0].length, value, valueMax: null, unit: "count", detail: "hbm_stacks" });
      continue;
    }
    if (n.words || !n.scale || n.scale.length > 1) {
      if ((m = rest.match(COUNT_NOUN))) {
        const full = n.words || n.scale ? n.value : value;
        out.push({ start: n.start, end: endFrom + m[0].length, value: full, valueMax, unit: "count", detail: m[1].toLowerCase().replace(/^streaming\s+multiprocessors$/, "sms"), range: valueMax !== null });
        if (valueMax !== null) i++;
        continue;
      }
      // "Eight of the chips go into the S8 server, and 72 into the R72 rack": the count noun of the clause before
      const prevCount = out.at(-1);
      // "144 chips in the X3 server, up from 64 in the X2 server": the earlier system's count
      if (prevCount?.unit === "count" && /^(?:chips|gpus|accelerators)$/.test(prevCount.detail) && (/,?\s+and\s+$/.test(text.slice(prevCount.end, n.start)) &&
          /^\s+(?:(?:go|goes|are|sit)\s+)?(?:in|into)\s+(?:the|each|every|a|one)\s/.test(rest) || UP_FROM_COUNT.test(text.slice(prevCount.end, n.start)) && /^\s+(?:in|on)\s+(?:the|its|a|an)\s/.test(rest))) {
        out.push({ start: n.start, end: numEnd, value, valueMax: null, unit: "count", detail: prevCount.detail });
        continue;
      }
      if (/^\s+(?:people|staff|workers)\b/.test(rest) && EMPLOYS_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) {
        const w = rest.match(/^\s+\w+/)![0];
        out.push({ start: n.start, end: endFrom + w.length, value: n.words || n.scale ? n.value : value, valueMax, unit: "count", detail: "of:employee", range: valueMax !== null });
        if (valueMax !== null) i++;
        continue;
      }
      // "about 1,100 staff", "9,000 paying businesses": employees and paying customers
      if ((m = rest.match(/^\s+(?:(staff|employees)|(paying)\s+(?:businesses|companies))\b/i)) && (m[2] || !STAFF_CHANGE.test(text.slice(Math.max(0, n.start - 40), n.start)))) {
        out.push({ start: n.start, end: endFrom + m[0].length, value: n.words || n.scale ? n.value : value, valueMax, unit: "count", detail: m[2] ? "of:paying_customer" : "of:employee", range: valueMax !== null });
        if (valueMax !== null) i++;
        continue;
      }
      // a company's customers, users, employees: "300,000 business customers" -> detail "of:business_customer"
      if ((m = rest.match(PARTY_NOUN))) {
        const full = n.words || n.scale ? n.value : value;
        const noun = m[2].toLowerCase().replace(/isations$/, "izations").replace(/s$/, "");
        out.push({ start: n.start, end: endFrom + m[0].length, value: full, valueMax, unit: "count", detail: `of:${m[1] ? `${m[1].toLowerCase()}_` : ""}${noun}`, range: valueMax !== null });
        if (valueMax !== null) i++;
        continue;
      }
    }
  }
  out.push(...wordQuantities(text, out));
  return out.sort((a, b) => a.start - b.start);
}
