/**
 * A multiple ("4.4 times", "2.8x", "twice") as a chip's or system's speed-up over another chip,
 * with what it measures (perf, memory, bandwidth, efficiency, inference) from the words around it.
 */
import { chipSlug } from "./entities";
import { chipSystemPhrase, comparatorChip, isSystemSubject } from "./chip-subjects";
import type { UnitCtx, UnitResult } from "./count-claims";
import { revenueMultiple } from "./pct-claims";
import { parenMultiple } from "./chip-comparisons";

/** "256 GB, which is still 1.8x": a multiple in a relative clause right after a figure measures that figure. */
const WHICH_IS_AFTER = /\d\s?(GB|TB|TB\/s|GB\/s|TBps)(?:\s+of\s+[\w-]+)?\s*,\s*(?:which|that)\s+(?:is|was|are|were)\s+(?:still\s+|about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;

/** "Its HBM capacity is ", "memory bandwidth is now ": a memory subject right before a multiple (group 2: bandwidth). */
const MEASURE_LEAD = /\b(?:HBM\w*|memory)(?:\s+(capacity)|\s+(bandwidth))?\s+(?:is|was|are|were|comes\s+to|works\s+out\s+to)\s+(?:now\s+|about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$/i;

/** The words before a multiple that make it an inference speed-up ("serves tokens", "for memory-bound inference"). */
const INFERENCE_BEFORE = /\b(?:inference|serves?\s+tokens|tokens?\s+(?:per\s+second|generation))\b/i;
const INFERENCE_AFTER = /^\s+(?:the\s+)?(?:[\w-]+['’]s\s+inference\s+(?:performance|throughput)|inference\s+performance)\b/i;

/** "six times Trillium's HBM", "twice the memory capacity of": a multiple of memory capacity */
const MEMORY_AFTER = /^\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:HBM\w*|memory(?:\s+capacity)?|capacity)\b(?!\s+bandwidth)/i;

/** The multiple unit's claim: a revenue multiple, a bracketed comparison, or a chip's multiple of another. */
export function multipleClaim(ctx: UnitCtx): UnitResult {
  const { text, sentence, clause, q, ents, st, chip, beforeTxt } = ctx;
  const base = { value: q.value, valueMax: q.valueMax };
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
  const what = led ? (led[2] ? "memory_bandwidth" : "memory") : which ? (/\//.test(which) || /ps$/i.test(which) ? "memory_bandwidth" : "memory") : /\bper\s+watt\b|\befficien/i.test(text.slice(q.end, Math.min(sentence.end, q.end + 32)).split(/\band\b|,/)[0]) ? "efficiency" : /^\s+(?:the\s+)?bandwidth\b/i.test(right) ? "bandwidth" : MEMORY_AFTER.test(right) ? "memory" : /\b(?:performance|compute|faster|speed|throughput)\b/i.test(right) ? "perf" :
    /^[^.;,]{0,30}?\d\s?(?:TB\/s|GB\/s|TBps)/.test(right) ? "memory_bandwidth" : /^[^.;,]{0,30}?\d\s?(?:GB|TB)\b(?!\/)/.test(right) ? "memory" : whatOf(words);
  // "serves tokens 2.8 times faster than", "runs LLM inference up to 30 times faster", "30 times the inference performance of"
  const inference = what === "perf" && (INFERENCE_AFTER.test(text.slice(q.end, Math.min(sentence.end, q.end + 50))) || (INFERENCE_BEFORE.test(text.slice(Math.max(clause.start, q.start - 70), q.start)) && /^\s*(?:faster|quicker|more|higher)\b|^[^.;,]{0,40}\b(?:throughput|performance)\b/i.test(right)));
  // "a Helios rack serves tokens 2.8 times faster than an MI355X rack": a system measured against another chip's system
  const vsEnt = ents.find((e) => e.name === vs && e.start >= q.end);
  // (a server measured against "an eight-GPU H200 server" is measured against the chip's generation)
  const vsSystem = vsEnt && isSystemSubject(s, st) ? chipSystemPhrase(text, vsEnt)?.match(/^.+ rack$/)?.[0] : undefined;
  return { subject: s, property: `${inference ? "inference_" : ""}${what}_multiple_vs_${chipSlug(vsSystem ?? vs)}`, kind: "chip_spec", ...base };
}
