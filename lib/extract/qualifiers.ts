/**
 * Qualifiers: how exact a figure is ("more than", "up to", "roughly", "$10B+").
 * Decided from the words right before the figure and the marks right after it.
 */
import type { Qualifier } from "@/lib/validations/claim";

const AT_LEAST_BEFORE =
  /(?:\bmore\s+than|\bover|\bat\s+least|\bupwards\s+of|\bin\s+excess\s+of|\bno\s+less\s+than|\bnot\s+less\s+than|\bexceeding|\bexceeds?|\btops?|\btopped|\bsurpass(?:ed|es|ing)?|\bbeyond|\babove|\bpassed|\bcrossed|\bminimum\s+of|\ba\s+minimum\s+of|>|≥|north\s+of|\bstarting\s+at|\bfrom\s+as\s+little\s+as)\s*$/i;
const UP_TO_BEFORE =
  /(?:\bup\s+to|\bas\s+much\s+as|\bas\s+many\s+as|\bas\s+high\s+as|\bat\s+most|\bno\s+more\s+than|\bmaximum\s+of|\ba\s+maximum\s+of|\bless\s+than|\bunder|\bbelow|\bfewer\s+than|\bcapped\s+at|<|≤|\bwithin)\s*$/i;
const ADDS_UP_TO = /\b(?:adds?|added|adding|sums?|summed|summing|totals?|totall?ed|comes?|came|works?|worked)\s+up\s+to\s*$/i;
const ABOUT_BEFORE =
  /(?:\bnearly|\bnear|\broughly|\baround|\babout|\bapproximately|\bapprox\.?|\balmost|\bsome|\bclose\s+to|\bestimated|\ban\s+estimated|\bthe\s+equivalent\s+of|\bin\s+the\s+region\s+of|\bcirca|\bca\.|\bjust\s+(?:over|under|shy\s+of)|\blittle\s+more\s+than|~|≈|∼)\s*$/i;
const AT_LEAST_AFTER = /^(?:\s?\+|[\s-]plus\b|\s+or\s+more\b|\s+and\s+(?:up|above|beyond)\b|\s+at\s+least\b)/i;
const ABOUT_AFTER = /^(?:\s+or\s+so\b|\s+(?:roughly|approximately)\b|\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|±))/i;

/**
 * The qualifier of a figure spanning [start, end) in `text`; `lineStart` bounds the look-back.
 * Ranges are decided by the caller (they have two values).
 */
export function qualifierAt(text: string, start: number, end: number, lineStart = 0): Qualifier {
  // look back over filler: "up to roughly", "more than $", "nearly US$"
  const before = text.slice(Math.max(lineStart, start - 40), start).replace(/(?:US|U\.S\.)?\s*[$€£₹]\s*$|\b(?:USD|EUR)\s*$/, "");
  const after = text.slice(end, end + 16);
  if (AT_LEAST_AFTER.test(after)) return "at least";
  // "just over" is about, "just under" is about
  if (/\bjust\s+(?:over|under|shy\s+of|below|above)\s*$/i.test(before)) return "about";
  // "adds up to 130 TB/s", "it all comes up to": a sum, not a ceiling
  if (UP_TO_BEFORE.test(before) && !ADDS_UP_TO.test(before)) return "up to";
  if (ABOUT_BEFORE.test(before)) return "about";
  if (AT_LEAST_BEFORE.test(before)) return "at least";
  if (ABOUT_AFTER.test(after)) return "about";
  // "by more than 40%" is handled above; "more than doubled its valuation to $380bn" is exact
  return "exact";
}
