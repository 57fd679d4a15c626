import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";

/**
 * Named programs and sites: "Project Tamarack", "Project Orion". An article's project is an entity of
 * its own (kind `other`), so figures about it ("Known as Project X, the campus will … 900 megawatts")
 * are the project's, not its developer's.
 */

/** "Project Tamarack", "Project Blue Ridge": "Project" and one or two capitalised words, not a title-case phrase. */
const PROJECT = /(?<![A-Za-z0-9_-])Project\s+([A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\b(?![-'’]\w)/g;
/** words after "Project" that are ordinary title-case words, not a name ("Project Manager", "Project Finance") */
const NOT_NAME = /^(?:Manager|Management|Finance|Financing|Director|Lead|Leader|Team|Office|Officer|Update|Plan|Details|Overview|Status|Summary|Name|Cost|Costs|Timeline|Scope)\b/;

/** The project names an article writes, each once, in order of first mention. */
export function projectNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PROJECT)) {
    if (NOT_NAME.test(m[1])) continue;
    // a second capitalised word that opens the next clause is not part of the name ("Project Orion Will Cost")
    const words = m[1].split(/\s+/);
    const name = `Project ${words.length > 1 && /^(?:Is|Will|Was|Has|The|And|In|At|For|To|Would|Could)$/.test(words[1]) ? words[0] : m[1]}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** A program or site entity: "Project X", "Stargate". */
export const isProgram = (e: EntityMention) => e.type === "company" && e.kind === "other" && /^(?:Project\s|Stargate)/.test(e.name);

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|more\\s+than\\s+|over\\s+|up\\s+to\\s+|as\\s+much\\s+as\\s+|at\\s+least\\s+|some\\s+)?";
/** "Stargate, OpenAI's joint venture with SoftBank and Oracle, which aims to spend": the program's own plan */
const PROGRAM_SPENDS = new RegExp(`^\\s*(?:,\\s*[^.;()]{1,90}?,)?\\s*(?:,\\s*)?(?:which|that)?\\s*(?:aims|plans|intends|is\\s+(?:set|expected|slated|designed|meant)|will|would|is\\s+to|are\\s+to)\\s+(?:to\\s+)?(?:spend|invest|cost|deploy)\\s+${HEDGE}(?:US\\s?)?[$€£¥₹]?\\s*$`, "i");

/** The planned spending of a program that is the subject of the amount's verb, or null. */
export function programRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const p = ents.findLast((e) => isProgram(e) && e.end <= q.start && e.start >= sentence.start);
  if (!p || !PROGRAM_SPENDS.test(text.slice(p.end, q.start))) return null;
  // another company between the program and its verb is the one that spends ("Stargate, where Oracle will spend")
  if (ents.some((e) => e.type === "company" && e.start > p.end && e.end <= q.start && !/,\s*[^,]*$/.test(text.slice(p.end, e.start)))) return null;
  return { property: `planned_investment_${suffix}`, kind: "other", role: "invest", subject: p.name };
}
