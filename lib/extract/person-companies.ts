/**
 * A person's company: "Mira Murati's startup raised $2 billion", "Laskin's company is valued at …".
 * The phrase means the company the article links to that person: one named in a sentence with the
 * person's surname and a founder's or chief's cue ("X, founded by Mira Murati", "X chief executive
 * Misha Laskin", "Murati's X"), or else the company a heading line right above names.
 */
import type { EntityMention } from "./entities";
import type { Sentence } from "./sentences";

/** "Mira Murati's startup", "Laskin's new company" */
const PERSON_DESC = /\b((?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z][\w'’-]*)['’]s[ \u00a0]+(?:(?:new|young|own|AI|artificial[\s-]intelligence|secretive|buzzy|fledgling|[\w-]+-based|[\w-]+-old)[ \u00a0]+){0,2}(?:start-?up|company|lab|firm|venture|outfit)\b(?![ \u00a0]*[,(]?[ \u00a0]*[A-Z])/g;
/** words between the person and the company that tie them */
const LINK = /\b(?:found(?:ed|er|ers)|co-?found(?:ed|er|ers)|started|launched|led|leads|runs?|run\s+by|chief|CEO|boss|head(?:ed)?|chair(?:man|woman)?|president)\b|^['’]s\s+(?:[\w-]+\s+){0,2}$/i;
/** a heading line: short, no full stop at its end */
const HEADING = /^[^\n]{3,90}$/;

/** Mentions for the sentence's "<person>'s startup" phrases, resolved against the article's names (`all`). */
export function personCompanyMentions(text: string, sentence: Sentence, ents: EntityMention[], all: EntityMention[]): EntityMention[] {
  if (!sentence.text.includes("'s") && !sentence.text.includes("’s")) return [];
  const out: EntityMention[] = [];
  PERSON_DESC.lastIndex = 0;
  for (const m of sentence.text.matchAll(PERSON_DESC)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // a company's own "X's startup arm" or a name already read as a company
    if (ents.some((e) => e.start < end && start < e.end) || /^(?:The|A|An|Its|Their|His|Her)$/.test(m[1].split(/\s+/)[0])) continue;
    const name = linkedCompany(text, start, m[1], all) ?? headingCompany(text, start, all);
    if (!name) continue;
    const kind = all.find((e) => e.name === name)?.kind ?? "other";
    out.push({ start, end, name, type: "company", kind, possessive: /^['’]s?\b/.test(text.slice(end, end + 3)) });
  }
  return out;
}

/** The company named with the person's surname and a founder's or chief's cue, latest first, before `at`. */
function linkedCompany(text: string, at: number, person: string, all: EntityMention[]): string | undefined {
  const surname = person.split(/\s+/).pop()!;
  if (surname.length < 3) return undefined;
  let best: string | undefined;
  for (let i = text.indexOf(surname); i >= 0 && i < at; i = text.indexOf(surname, i + 1)) {
    const j = i + surname.length;
    if (/[\w-]/.test(text[i - 1] ?? " ") || /[\w-]/.test(text[j] ?? " ")) continue;
    let near: EntityMention | undefined;
    let gap = Infinity;
    for (const e of all) {
      if (e.type !== "company" || e.end > at) continue;
      const between = e.end <= i ? text.slice(e.end, i) : e.start >= j ? text.slice(j, e.start) : null;
      if (between === null || between.length > 100 || /[.!?;\n]/.test(between.replace(/\b(?:Inc|Corp|Co|Ltd|Mr|Ms|Dr|St)\./g, ""))) continue;
      if (!LINK.test(between) && !(e.start >= j && /^['’]s\s+$/.test(between))) continue;
      if (between.length < gap) {
        near = e;
        gap = between.length;
      }
    }
    if (near) best = near.name;
  }
  return best;
}

/** The one company named on the heading line just above `at` ("9. Thinking Machines Lab (July 2025)"). */
function headingCompany(text: string, at: number, all: EntityMention[]): string | undefined {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim()) return undefined;
  let prevEnd = lineStart - 1;
  while (prevEnd > 0 && text[prevEnd - 1] === "\n") prevEnd--;
  const prevStart = text.lastIndexOf("\n", prevEnd - 1) + 1;
  const line = text.slice(prevStart, prevEnd);
  if (!HEADING.test(line) || /[.!?]\s*$/.test(line)) return undefined;
  const names = new Set(all.filter((e) => e.type === "company" && e.start >= prevStart && e.end <= prevEnd).map((e) => e.name));
  return names.size === 1 ? [...names][0] : undefined;
}
