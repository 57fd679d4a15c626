/**
 * Interview and podcast transcripts: who speaks at a point of the text, and which company the
 * speaker belongs to, so that "we", "our" and "us" in an executive's answer name that company.
 *
 * A turn starts a line with the speaker's label, optionally after a timestamp:
 * "Dana Ruiz (CEO, Brumalis Cloud): ...", "[00:01:02] DANA RUIZ: ...", "RUIZ: ...".
 * The company comes from the label's brackets, or from a line that names the speaker with a title
 * ("with Brumalis Cloud CEO Dana Ruiz", "Dana Ruiz, chief executive of Brumalis Cloud").
 */
import { chipLexicon, findEntities, orgLexicon, type EntityMention } from "./entities";
import { isCompany } from "./state";

const LABEL = /^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*|\(\d{1,2}:\d{2}(?::\d{2})?\)[ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?([A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,3})[ \t]*(?:\(([^)\n]{2,80})\))?[ \t]*:[ \t]/gm;
const TITLE = "(?:co-?founder\\s+and\\s+)?(?:CEO|CFO|CTO|COO|chief\\s+(?:executive|financial|technology|operating)(?:\\s+officer)?|founder|co-?founder|president|chair(?:man|woman)?|head|boss)";

type Turn = { start: number; name: string; company?: string; block?: boolean };
let cache: { text: string; turns: Turn[]; ents: EntityMention[] } | undefined;

const title = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());

/** The company named with the speaker's title in the article's own words. */
function companyOf(text: string, name: string, ents: EntityMention[], bracket?: string, at = 0): string | undefined {
  const comps = ents.filter(isCompany).filter((e) => e.kind !== "other");
  if (bracket) {
    const inside = comps.find((e) => e.start >= at && e.end <= at + bracket.length + name.length + 8);
    if (inside) return inside.name;
  }
  const proper = title(name);
  const surname = proper.split(" ").at(-1)!;
  const forms = [...new Set([proper, surname])].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  for (const f of forms) {
    // "Brumalis Cloud CEO Theo Brandvold", "Brumalis Cloud's chief executive, Theo Brandvold"
    const lead = new RegExp(`(?:['’]s)?\\s+(?:${TITLE})\\s*,?\\s+(?:[A-Z][\\w'’-]+\\s+)?${f}\\b`, "g");
    for (const m of text.matchAll(lead)) {
      const c = comps.find((e) => e.end === m.index || (e.end <= m.index! && m.index! - e.end <= 1));
      if (c) return c.name;
      // a company the article names only here: the capitalised words right before the title
      const raw = text.slice(Math.max(0, m.index! - 60), m.index).match(/(?:^|[^\w&.'’-])((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)$/)?.[1];
      const name = raw?.replace(/^(?:(?:With|The|And|Our|Guest|Today|Featuring|Episode|Podcast|Interview|Transcript)\s+)+/, "");
      if (name && !/^(?:With|The|And|Our)$/.test(name) && ents.every((e) => e.name !== name || isCompany(e))) return name;
    }
    // "Theo Brandvold, CEO of Brumalis Cloud", "Theo Brandvold, the chief executive of Brumalis Cloud"
    const trail = new RegExp(`\\b${f}\\s*,\\s+(?:the\\s+)?(?:${TITLE})\\s+(?:of|at)\\s+$`);
    for (const c of comps) if (trail.test(text.slice(Math.max(0, c.start - 120), c.start))) return c.name;
  }
  return undefined;
}

function turnsOf(text: string): Turn[] {
  if (cache?.text === text) return cache.turns;
  const block = blockTurns(text);
  if (block) return block;
  const turns: Turn[] = [];
  const labels = [...text.matchAll(LABEL)].filter((m) => !/^(?:Q|A|Note|Update|Source|Sources|Correction|Editor|Photo|Image|Disclosure|Transcript|Published|Updated|Posted|Related|Read|Listen|Watch|Subscribe|Tags?|Summary|Key|Table|Figure|Caption|Credit|By|From|To|Subject|Date|Host|Guest|Episode)$/i.test(m[1]));
  // a transcript has at least two turns by one speaker
  const counts = new Map<string, number>();
  for (const m of labels) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 2)) {
    cache = { text, turns, ents: [] };
    return turns;
  }
  const cl = chipLexicon(text);
  const ents = findEntities(text, orgLexicon(text, cl), cl);
  const byName = new Map<string, string | undefined>();
  for (const m of labels) {
    const key = m[1].toLowerCase();
    const bracketAt = m.index! + m[0].indexOf("(");
    if (!byName.has(key) || (m[2] && !byName.get(key))) byName.set(key, companyOf(text, m[1], ents, m[2], bracketAt));
    turns.push({ start: m.index! + m[0].length, name: m[1], company: undefined });
  }
  for (const t of turns) t.company = byName.get(t.name.toLowerCase());
  cache = { text, turns, ents };
  return turns;
}

/** The company of the transcript speaker whose turn holds `at`, if the article says it. */
export function speakerCompanyAt(text: string, at: number): string | undefined {
  const turns = turnsOf(text);
  let turn: Turn | undefined;
  for (const t of turns) {
    if (t.start > at) break;
    turn = t;
  }
  // the turn runs to the end of its paragraph (in a call transcript, to the next speaker's name)
  if (!turn || (!turn.block && text.slice(turn.start, at).includes("\n\n"))) return undefined;
  return turn.company;
}

/** "we", "our", "us" in the words before the figure. */
export const WE = /\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b/i;

/** The speaker's company when the words before the figure say "we", "our" or "us". */
export function weCompany(text: string, from: number, at: number): string | undefined {
  return WE.test(text.slice(from, at)) ? speakerCompanyAt(text, at) : undefined;
}

/** The article's entities, as found for its transcript turns (empty when it has none). */
export function speakerEnts(text: string): EntityMention[] {
  turnsOf(text);
  return cache?.ents ?? [];
}

/** "Company Participants" / "Corporate Participants" / "Executives": the call's own people, one a line ("Name - Title") */
const OWN_LIST = /^[ \t]*(?:Company|Corporate)\s+Participants|^[ \t]*Executives[ \t]*$/im;
const LIST_LINE = /^[ \t]*([A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){1,3})[ \t]+[-–—][ \t]+\S[^\n]*$/gm;

/**
 * An earnings-call transcript: a participants list near the top, then turns that each open with
 * the speaker's name alone on a line and run to the next such name. The people of the list headed
 * "Company Participants" speak for the company the transcript names first.
 */
function blockTurns(text: string): Turn[] | undefined {
  const own = OWN_LIST.exec(text);
  if (!own) return undefined;
  const listEnd = text.indexOf("\n\n", text.indexOf("\n", own.index) + 1);
  const ownNames = new Set([...text.slice(own.index, listEnd < 0 ? text.length : listEnd).matchAll(LIST_LINE)].map((m) => m[1]));
  const people = new Set([...text.slice(0, Math.min(text.length, 3000)).matchAll(LIST_LINE)].map((m) => m[1]));
  if (!ownNames.size) return undefined;
  const cl = chipLexicon(text);
  const ents = findEntities(text, orgLexicon(text, cl), cl);
  const company = ents.find((e) => isCompany(e) && e.kind !== "other" && e.start < own.index)?.name;
  const turns: Turn[] = [];
  for (const m of text.matchAll(/(?:^|\n)[ \t]*\n([^\n]{2,60})\n[ \t]*\n/g)) {
    const name = m[1].trim();
    if (!people.has(name) && name !== "Operator") continue;
    turns.push({ start: m.index! + m[0].length, name, company: ownNames.has(name) ? company : undefined, block: true });
  }
  if (turns.length < 2) return undefined;
  cache = { text, turns, ents };
  return turns;
}
