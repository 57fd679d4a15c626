/**
 * Listicle and explainer sections headed by a pair of companies ("3. Oracle and OpenAI", "## Nvidia & OpenAI"):
 * a deal figure in the section that names no company ("a contract worth around $300 billion ... for roughly 4.5
 * gigawatts of capacity", "The plan calls for at least 10 gigawatts") is the deal between the two, the lab buying.
 */
import { resolveCompany } from "./entities";
import { asCloud } from "./subjects";

/** a short heading line: an optional number or #, two names joined by "and", "&", "x" or "vs" */
const HEADING = /^[ \t]*(?:\d{1,2}[.)][ \t]*|#{1,4}[ \t]*)?([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)?)[ \t]+(?:and|&|x|vs\.?)[ \t]+([A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)?)[ \t]*:?[ \t]*$/gm;
/** any short line without a full stop: a heading that ends the pair's section */
const ANY_HEADING = /^[ \t]*(?:\d{1,2}[.)][ \t]*|#{1,4}[ \t]*)?[A-Z][^\n.!?]{0,60}$/gm;

let cache: { text: string; heads: { at: number; pair: string | null }[] } | undefined;

function headings(text: string): { at: number; pair: string | null }[] {
  if (cache?.text === text) return cache.heads;
  const heads: { at: number; pair: string | null }[] = [];
  for (const m of text.matchAll(ANY_HEADING)) {
    // a line followed by a blank line or a paragraph, and preceded by one: a heading, not a wrapped sentence
    if (!/^\s*\n/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || (m.index > 0 && !/\n\s*\n[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)))) continue;
    HEADING.lastIndex = 0;
    const h = HEADING.exec(m[0]);
    const a = h ? resolveCompany(h[1]) : undefined;
    const b = h ? resolveCompany(h[2]) : undefined;
    let pair: string | null = null;
    if (a && b && a.name !== b.name && (a.kind === "lab") !== (b.kind === "lab")) {
      const [lab, other] = a.kind === "lab" ? [a, b] : [b, a];
      pair = `${lab.name} -> ${asCloud(other.name)}`;
    }
    heads.push({ at: m.index, pair });
  }
  cache = { text, heads };
  return heads;
}

/** The buyer -> supplier pair of the section `at` is in, when its heading names one. */
export function sectionPair(text: string, at: number): string | null {
  const h = headings(text).findLast((x) => x.at < at);
  return h && at - h.at < 1500 ? h.pair : null;
}
