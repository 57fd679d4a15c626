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
import { COUNT_NOUN, countUnit } from "./unit-counts";

const PRECISION = /\b(FP\s?4|FP\s?6|FP\s?8|FP\s?16|FP\s?32|FP\s?64|BF\s?16|TF\s?32|INT\s?8|INT\s?4|MXFP\s?4|MXFP\s?6|NVFP\s?4)\b/i;

const PAREN_PRECISION = new RegExp(String.raw`^\s*\((?:(?:dense|sparse|peak)\s+)?${PRECISION.source.replace("\\b(", "(")}(?:\s*,\s*(?:dense|sparse))?\)`, "i");

export function precisionNear(text: string, start: number, end: number): string {
  // "2.52 petaflops (FP8)": a precision in parentheses right after the figure is its own
  const paren = PAREN_PRECISION.exec(text.slice(end, end + 30));
  if (paren) return paren[1].toLowerCase().replace(/\s/g, "").replace(/^(mx|nv)/, "");
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
const SHORT_FLOPS = /^\s?([PE])F(?![\w/])(?=\s+(?:of\s+(?:dense\s+|sparse\s+)?)?(?:FP\s?\d+|BF16|INT8|dense|sparse)\b|\s*(?:[,.;:)]|$))/;
const PER_WATT = /^\s*(?:\/\s*W(?![\w/])|per\s+watt\b)/i;
const FLOPS_SCALE: Record<string, number> = { g: 0.001, t: 1, tera: 1, p: 1000, peta: 1000, e: 1e6, exa: 1e6, giga: 0.001 };

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
      // "300k GPUs", "18K chips": likewise before a count of chips
      if (n.scale === "k" && (FLOPS.test(text.slice(n.end, n.end + 40)) || /^\s?(?:W|watts?)\b/.test(text.slice(n.end, n.end + 10)) || COUNT_NOUN.test(text.slice(n.end, n.end + 60)))) {
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
    // "a 2,048-bit interface", "a 1024-bit memory bus": an interface's width
    if ((m = rest.match(/^[\s-‑]bits?(?=[\s-‑]+(?:wide\s+)?(?:memory\s+|I\/O\s+)?(?:interface|bus)\b)/i))) {
      push("bits", m[0].length, 1);
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
    const count = countUnit(text, n, value, numEnd, endFrom, valueMax, rest, out);
    if (count) {
      out.push(count);
      if (count.range) i++;
    }
  }
  out.push(...wordQuantities(text, out));
  return out.sort((a, b) => a.start - b.start);
}
