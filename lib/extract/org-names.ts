/**
 * The shape of organisation names in running text: cleaning a raw capitalised run into a name,
 * headline lines where capitals mark no names, and the kind of organisation a name's last word says.
 */
import type { CompanyKind } from "./entities";
import { FUND_WORD, LAB_WORD, LEGAL, STOP } from "./org-words";

/** The last word of `s`, lower-cased, skipping a final "the". */
export function lastWord(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) <= 32) e--;
  let b = s.lastIndexOf(" ", e - 1) + 1;
  let w = s.slice(b, e).toLowerCase();
  if (w === "the") {
    e = b - 1;
    while (e > 0 && s.charCodeAt(e - 1) <= 32) e--;
    b = s.lastIndexOf(" ", e - 1) + 1;
    w = s.slice(b, e).toLowerCase();
  }
  const nl = w.lastIndexOf("\n");
  return (nl >= 0 ? w.slice(nl + 1) : w).replace(/,$/, "");
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Trim leading stop words and trailing legal suffixes; null when nothing name-like is left. */
export function cleanName(raw: string): { name: string; offset: number } | null {
  let s = raw.replace(/[’']s$/, "").replace(/[’']$/, "");
  let offset = 0;
  for (;;) {
    const m = s.match(/^(\S+)\s+/);
    if (!m || !(STOP.has(m[1].replace(/\.$/, "")) || /^[a-z&]/.test(m[1]))) break;
    offset += m[0].length;
    s = s.slice(m[0].length);
  }
  s = s.replace(/\.$/, (d) => (LEGAL.test(s) ? d : ""));
  const name = s.replace(LEGAL, "").trim();
  if (!name || name.length < 2) return null;
  const words = name.split(/\s+/);
  if (words.every((w) => STOP.has(w.replace(/\.$/, "")))) return null;
  if (/^\d/.test(name)) return null;
  return { name, offset };
}

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

export function atSentenceStart(text: string, at: number): boolean {
  return at === 0 || /(?:^|[.!?:"“]\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at));
}

/** [start, end) of lines written in Title Case (headlines), where capitals do not mark names. */
export function titleCaseLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    // a headline is short; long paragraphs are never Title Case
    // a bullet or a line ending in a full stop is a sentence, not a headline
    if (line.length > 300 || line.length < 12 || /^\s*(?:[-•*–]|\d+[.)])\s/.test(line) || /[.;]\s*$/.test(line)) {
      start += line.length + 1;
      continue;
    }
    const words = line.match(/\b[A-Za-z][A-Za-z'’-]{3,}\b/g) ?? [];
    if (words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.7 * words.length) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

export function kindOf(name: string, cue: "fund" | "lab" | "other"): CompanyKind {
  if (FUND_WORD.test(` ${name}`) || cue === "fund") return "investor";
  if (LAB_WORD.test(` ${name}`) || cue === "lab") return "lab";
  if (/\sCloud$/.test(` ${name}`)) return "cloud";
  return "other";
}
