/**
 * Counts read by findUnits (lib/extract/units.ts): transistors, chips in a system ("a 72-GPU rack"),
 * HBM stacks, chips, servers and racks, and the people a company counts (staff, customers, users).
 */
import type { NumberMatch } from "./numbers";
import type { Quantity } from "./quantity";

export const COUNT_NOUN =
  /^(?:\s+of\s+(?:the|its|their|these|those|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)(?=\s))?(?:\s+(?:[A-Z][\w.-]*\d[\w-]*|[A-Z][\w-]+|interconnected|custom|additional|new|more|most|latest|newest|fastest|advanced|powerful|top-end|high-end|cutting-edge|leading-edge|flagship|next-generation|individual|physical|active|total|AI|GPU|data[\s-]center|Grace|Tensor|Blackwell|Hopper|Instinct|v\d+[a-z]?)){0,3}\s+(chips|GPUs|TPUs|accelerators|CPUs|processors|servers|racks|nodes|instances|dies|superchips|H100s|H200s|B200s|A100s|MI300Xs|MI355Xs|transistors|units|cores|streaming\s+multiprocessors|SMs|[A-Z]{1,3}\d{1,4}[A-Z]?s)\b/;

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
const N_CHIP_SYSTEM = /^[-‑](GPU|chip|TPU|accelerator)\s+(?:(?:[A-Z][\w-]*|["“][^"”]{1,20}["”]|full|whole|single|scale-up|liquid-cooled)\s+){0,2}(?:racks?|Racks?|servers?|pods?|UltraServers?|systems?|clusters?|nodes?|supercomputers?|SuperPODs?|superpods?|domains?|platforms?|boards?|baseboards?|configurations?|slices?)\b/;

/** The words before a count compound that opens its sentence: "The", "Each", "AMD's", "Nvidia's new". */
const COMPOUND_OPENS = /^\s*(?:(?:The|An?|Each|Every|One)\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+)(?:new\s+|latest\s+|flagship\s+)?$/;

/**
 * The count the number `n` states, given its raw value, where its digits end (`numEnd`), where the
 * text after it starts (`endFrom`, past a range's high end), the range's high end and the text after
 * it; `out` holds the figures already read before it. A count with `range` consumes the next number.
 */
export function countUnit(text: string, n: NumberMatch, value: number, numEnd: number, endFrom: number, valueMax: number | null, rest: string, out: Quantity[]): Quantity | null {
  let m: RegExpMatchArray | null;
  if ((m = rest.match(/^[\s-‑]transistors?\b/)) && (n.words || !n.scale || n.scale.length > 1)) {
    return { start: n.start, end: endFrom + m[0].length, value: n.value, valueMax: null, unit: "count", detail: "transistors" };
  }
  // "208 billion transistors, 2.6x more than the H100's 80 billion": a bare figure in the same scale compares transistors
  const lastT = [...out].reverse().find((o) => o.unit === "count" && o.detail === "transistors");
  if (lastT && n.scale && n.scale.length > 1 && !n.words && /^\s*(?:[.,;)]|$)/.test(text.slice(n.end, n.end + 2)) && n.start - lastT.end < 80 &&
      /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|against|from)\b/i.test(text.slice(lastT.end, n.start))) {
    return { start: n.start, end: n.end, value: n.value, valueMax: null, unit: "count", detail: "transistors" };
  }
  // "a 72-GPU Helios rack", "the 144-chip pod": the chips of the system the compound describes
  // a count in words only where the compound opens the sentence ("AMD's eight-GPU MI325X platform packs"),
  // not in passing ("what an eight-GPU server managed")
  if (!n.scale && valueMax === null && (!n.words || (value >= 2 && COMPOUND_OPENS.test(text.slice(0, n.start)))) && (m = rest.match(N_CHIP_SYSTEM))) {
    const noun = m[1].toLowerCase();
    return { start: n.start, end: endFrom + 1 + m[1].length, value, valueMax: null, unit: "count", detail: noun === "gpu" ? "gpus" : noun === "tpu" ? "tpus" : noun === "accelerator" ? "accelerators" : "chips" };
  }
  // "put 128 of them in your rack": chips the article spoke of, counted into a system
  if (!n.scale && valueMax === null && (m = rest.match(/^\s+of\s+them(?=\s+(?:in|into)\s+(?:a|an|each|every|one|your|the|a\s+single)\s+(?:[\w-]+\s+)?(?:rack|server|node|pod|system)s?\b)/i))) {
    return { start: n.start, end: endFrom + m[0].length, value, valueMax: null, unit: "count", detail: "chips" };
  }
  // "eight stacks of HBM3e", "12 HBM4 stacks": memory stacks on a chip
  // "288 GB of HBM3E in eight stacks": the stacks the memory just given comes in
  if (!n.scale && valueMax === null && ((m = rest.match(/^\s+(?:(?:memory\s+)?stacks\s+of\s+(?:HBM\w*|high[\s-]bandwidth\s+memory)|HBM\w*\s+stacks)\b/i)) || ((m = rest.match(/^\s+stacks\b/i)) && STACKED_MEMORY.test(text.slice(Math.max(0, n.start - 40), n.start))))) {
    return { start: n.start, end: endFrom + m[0].length, value, valueMax: null, unit: "count", detail: "hbm_stacks" };
  }
  if (n.words || !n.scale || n.scale.length > 1 || (n.scale === "k" && value === n.value)) {
    if ((m = rest.match(COUNT_NOUN))) {
      const full = n.words || n.scale ? n.value : value;
      return { start: n.start, end: endFrom + m[0].length, value: full, valueMax, unit: "count", detail: m[1].toLowerCase().replace(/^streaming\s+multiprocessors$/, "sms"), range: valueMax !== null };
    }
    // "Eight of the chips go into the S8 server, and 72 into the R72 rack": the count noun of the clause before
    const prevCount = out.at(-1);
    // "144 chips in the X3 server, up from 64 in the X2 server": the earlier system's count
    if (prevCount?.unit === "count" && /^(?:chips|gpus|accelerators)$/.test(prevCount.detail) && (/,?\s+and\s+$/.test(text.slice(prevCount.end, n.start)) &&
        /^\s+(?:(?:go|goes|are|sit)\s+)?(?:in|into)\s+(?:the|each|every|a|one)\s/.test(rest) || UP_FROM_COUNT.test(text.slice(prevCount.end, n.start)) && /^\s+(?:in|on)\s+(?:the|its|a|an)\s/.test(rest))) {
      return { start: n.start, end: numEnd, value, valueMax: null, unit: "count", detail: prevCount.detail };
    }
    if (/^\s+(?:people|staff|workers)\b/.test(rest) && EMPLOYS_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) {
      const w = rest.match(/^\s+\w+/)![0];
      return { start: n.start, end: endFrom + w.length, value: n.words || n.scale ? n.value : value, valueMax, unit: "count", detail: "of:employee", range: valueMax !== null };
    }
    // "about 1,100 staff", "9,000 paying businesses": employees and paying customers
    if ((m = rest.match(/^\s+(?:(staff|employees)|(paying)\s+(?:businesses|companies))\b/i)) && (m[2] || !STAFF_CHANGE.test(text.slice(Math.max(0, n.start - 40), n.start)))) {
      return { start: n.start, end: endFrom + m[0].length, value: n.words || n.scale ? n.value : value, valueMax, unit: "count", detail: m[2] ? "of:paying_customer" : "of:employee", range: valueMax !== null };
    }
    // a company's customers, users, employees: "300,000 business customers" -> detail "of:business_customer"
    if ((m = rest.match(PARTY_NOUN))) {
      const full = n.words || n.scale ? n.value : value;
      const noun = m[2].toLowerCase().replace(/isations$/, "izations").replace(/s$/, "");
      return { start: n.start, end: endFrom + m[0].length, value: full, valueMax, unit: "count", detail: `of:${m[1] ? `${m[1].toLowerCase()}_` : ""}${noun}`, range: valueMax !== null };
    }
  }
  return null;
}
