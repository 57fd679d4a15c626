/**
 * Chip figures stated as comparisons: a multiple in brackets after the metric it measures
 * ("memory bandwidth (2.4x)"), and the second figure of an "X vs Y" pair that belongs to the
 * other chip the sentence compares.
 */
import { chipSlug, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isChip } from "./state";

/** "memory bandwidth (2.4x)", "compute throughput (now 2-4x depending on precision)": a metric, then its multiple in brackets. */
const PAREN_MULTIPLE = /\b((?:(?!(?:and|or|the|in|of|its|their|on|with)\b)[\w-]+\s+){0,2}?(?:bandwidth|capacity|throughput|compute|performance|perf|efficiency|speed|memory))\s*\(\s*(?:now\s+|about\s+|roughly\s+|around\s+|up\s+to\s+|~)?$/i;

/**
 * A multiple in brackets after the metric it measures, in a sentence that names exactly two chips:
 * the first one named is the subject, the other the baseline.
 */
export function parenMultiple(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | null {
  const m = text.slice(Math.max(sentence.start, q.start - 50), q.start).match(PAREN_MULTIPLE);
  if (!m || !/^\s*(?:\)|depending\b|on\s+\w+\)|,)/i.test(text.slice(q.end, q.end + 20))) return null;
  const names = [...new Set(ents.filter((e) => isChip(e) && e.kind === "chip").map((e) => e.name))];
  if (names.length !== 2) return null;
  const metric = m[1].toLowerCase();
  const what = /efficien/.test(metric) ? "efficiency" : /memory\s+bandwidth|hbm\s+bandwidth|^bandwidth/.test(metric) ? "memory_bandwidth" : /bandwidth/.test(metric) ? `${metric.replace(/\s*bandwidth$/, "").replace(/[^a-z0-9]+/g, "_")}_bandwidth`
    : /memory|capacity/.test(metric) ? "memory" : "perf";
  return { subject: names[0], property: `${what}_multiple_vs_${chipSlug(names[1])}` };
}

/**
 * "Trainium uses ~120 W against the H100's ~300 W, a ratio of 0.1 W/TFLOP vs 0.24 W/TFLOP": the figure after
 * "vs", with no chip of its own, is the second chip's when the sentence compares exactly two.
 */
export function versusChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): string | undefined {
  if (!/\b(?:vs\.?|versus|against|compared\s+(?:to|with))\s*(?:about\s+|around\s+|roughly\s+|~)?$/i.test(text.slice(Math.max(sentence.start, q.start - 24), q.start))) return undefined;
  if (ents.some((e) => isChip(e) && e.start >= q.end && e.start - q.end < 40)) return undefined;
  const names = [...new Set(ents.filter((e) => isChip(e) && e.kind === "chip" && e.end <= q.start).map((e) => e.name))];
  return names.length === 2 ? names[1] : undefined;
}

const COMPARED_BEFORE = /\b(?:than|vs\.?|versus|[Cc]ompared\s+(?:to|with)|against|over)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*['’]?s?\s+)?$/;
/** "(423GB vs 288GB)", "(8 TB/s versus 4.8 TB/s)": two figures in brackets compared with each other. */
const PAREN_PAIR = /\(\s*([^()]{1,30}?)\s+(?:vs\.?|versus|against|compared\s+(?:to|with))\s+([^()]{1,30}?)\s*\)/gi;

/**
 * "The MI450 has more memory than Nvidia Rubin (423GB vs 288GB)": a pair of figures in brackets after a
 * sentence comparing two chips goes to the chips in the order the sentence names them. The chip, or
 * undefined when the figure is not in such a pair.
 */
export function parenPairChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): string | undefined {
  const open = text.lastIndexOf("(", q.start);
  if (open < sentence.start || text.indexOf(")", open) < q.end) return undefined;
  PAREN_PAIR.lastIndex = open;
  const m = PAREN_PAIR.exec(text);
  if (!m || m.index !== open) return undefined;
  const first = q.start < open + m[0].indexOf(m[2], m[1].length + 1);
  const chips = ents.filter((e) => isChip(e) && e.end <= open && e.start >= sentence.start);
  const names = [...new Set(chips.map((e) => e.name))];
  // the sentence names the subject first and then its baseline ("more ... than", "vs", "compared with")
  const baseline = (e: EntityMention) => COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 30), e.start));
  if (names.length !== 2) return undefined;
  const b0 = baseline(chips[0]);
  const b1 = baseline(chips.find((e) => e.name === names[1])!);
  if (b0 === b1) return undefined;
  // "Compared with the H100, the B200 is faster (8 TB/s versus 3.35 TB/s)": the subject's figure comes first
  const [subject, base] = b1 ? names : [names[1], names[0]];
  return first ? subject : base;
}

/** "80 GB vs ": a figure right after another figure and "vs" */
const VS_FIGURE = /\d\s?[A-Za-z/]*\s+(?:vs\.?|versus)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$/i;
/** "H100 vs H200: ": a sentence that opens with the two chips it compares */
const VS_LEAD = /^\s*(?:The\s+)?[\w.-]+(?:\s[\w.-]+)?\s+(?:vs\.?|versus)\s+(?:the\s+)?(([\w.-]+(?:\s[\w.-]+)?)\s*[:—–-])/i;

/**
 * "H100 vs H200: 80 GB vs 141 GB": the figure after "vs" is the second chip's when the sentence opens
 * with the pair, else no chip's (undefined); null when the figure does not follow another one and "vs".
 */
export function vsPairChip(text: string, sentence: Sentence, q: Quantity, chips: EntityMention[], first: string): string | undefined | null {
  if (!VS_FIGURE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) return null;
  const pair = text.slice(sentence.start, q.start).match(VS_LEAD);
  const second = pair ? chips.find((e) => e.start >= sentence.start + pair[0].length - pair[1].length - 1 && e.end <= q.start) : undefined;
  return second && second.name !== first ? second.name : undefined;
}
