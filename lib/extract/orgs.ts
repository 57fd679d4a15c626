/**
 * Organisations the registry does not know: startups, funds and companies recognised from the
 * shape of their names and the words around them, so that articles about unknown companies
 * still yield claims.
 *
 * - a capitalised name ending in an organisation word: "Nimbus Labs", "Vertex Capital",
 *   "Harbor Ventures", "Quill Robotics Inc.";
 * - a capitalised name in an investor's or recipient's position: before "will invest",
 *   "invested", "led", "raised", "is valued"; after "led by", "backed by", "investors including",
 *   "invest $X in", "startup", "valuing";
 * - "X-backed Y": X is an investor and Y a company.
 *
 * Names fold to the registry's canonical name when the registry knows them, legal suffixes
 * ("Inc.", "Corp.", "LLC") are dropped, and otherwise the name is kept as written. A short form
 * ("Nimbus" for "Nimbus Labs") is recognised later in the same article.
 */
import type { CompanyKind } from "./entities";
import { isNoiseLine } from "./noise";
import { projectNames } from "./projects";

export type Org = { name: string; kind: CompanyKind };
export type OrgLexicon = { byForm: Map<string, Org>; re: RegExp | null };

import { ADJ_NOUN, ADJECTIVAL, APPOSITION, BACKED, BACKED_AT, CUE_BEFORE, CUE_LAST, LEGAL, NAME_RE, ORG_WORD, PARTICIPLE_AFTER, STOP, VERB_AFTER, WHICH_BOUGHT, WITH_BEFORE } from "./org-words";
import { atSentenceStart, cleanName, escapeRe, isWordChar, kindOf, lastWord, titleCaseLines } from "./org-names";


/**
 * The unknown organisations of an article. `isKnown(name)` says whether the registry knows a
 * name (those are left to the registry); `lowerWords` are words the article also writes in lower
 * case, which are ordinary words when they open a sentence.
 */
export function buildOrgLexicon(text: string, isKnownName: (name: string) => boolean): OrgLexicon {
  const byForm = new Map<string, Org>();
  const known = new Map<string, boolean>();
  const isKnown = (name: string) => {
    let k = known.get(name);
    if (k === undefined) known.set(name, (k = isKnownName(name)));
    return k;
  };
  // does the article also write this word in lower case? (looked up on demand, not by listing every word)
  const lowerSeen = new Map<string, boolean>();
  const lower = {
    has(w: string): boolean {
      let v = lowerSeen.get(w);
      if (v !== undefined) return v;
      v = false;
      if (/^[a-z][a-z-]*$/.test(w)) {
        for (let i = text.indexOf(w); i >= 0 && !v; i = text.indexOf(w, i + 1)) {
          const a = text.charCodeAt(i - 1);
          const b = text.charCodeAt(i + w.length);
          // an e-mail address or a web address ("ir@nimbus.example") is not the word written in lower case
          const url = a === 64 || a === 46 || a === 47 || (b === 46 && isWordChar(text.charCodeAt(i + w.length + 1))) || b === 64;
          v = !(isWordChar(a) || isWordChar(b)) && !url;
        }
      }
      lowerSeen.set(w, v);
      return v;
    },
  };
  const ordinaryOpener = (name: string, at: number) => {
    // one word opening a sentence that the article also uses in lower case: "Investors", "Shares"
    if (/\s/.test(name)) return false;
    const before = text.slice(Math.max(0, at - 3), at);
    return (at === 0 || /(?:^|[.!?:"“\n]\s*|\n)$/.test(before)) && lower.has(name.toLowerCase());
  };
  const add = (raw: string, at: number, cue: "fund" | "lab" | "other", bySuffix: boolean) => {
    const c = cleanName(raw);
    if (!c) return;
    if (isKnown(c.name)) return;
    if (!bySuffix && ordinaryOpener(c.name, at + c.offset)) return;
    // "valued Scale at $29 billion" in an article that names "Scale AI": the short form of the known company
    const fuller = knownFuller(c.name);
    if (fuller) {
      if (!byForm.has(c.name)) byForm.set(c.name, { name: fuller, kind: "other" });
      return;
    }
    if (!bySuffix && c.name.split(/\s+/).length > 4) return;
    if (byForm.has(c.name)) return;
    const org: Org = { name: c.name, kind: kindOf(c.name, cue) };
    byForm.set(c.name, org);
    // the short form: "Nimbus" for "Nimbus Labs", "Vertex" for "Vertex Capital Partners"
    const words = c.name.split(/\s+/);
    if (words.length >= 2 && ORG_WORD.test(` ${words[words.length - 1]}`) && words[0].length >= 3 && !STOP.has(words[0]) && !isKnown(words[0]) && !lower.has(words[0].toLowerCase())) {
      if (!byForm.has(words[0])) byForm.set(words[0], org);
    }
  };

  /** "Scale AI" for "Scale" when the article writes the registry's longer name with an organisation word */
  const knownFuller = (name: string): string | undefined => {
    if (/\s/.test(name)) return undefined;
    for (let i = text.indexOf(`${name} `); i >= 0; i = text.indexOf(`${name} `, i + 1)) {
      if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
      const next = text.slice(i + name.length + 1).match(/^[A-Z][A-Za-z]*/)?.[0];
      const full = next && `${name} ${next}`;
      if (full && ORG_WORD.test(` ${next}`) && isKnown(full)) return full;
    }
    return undefined;
  };
  const consider = (raw: string, at: number) => {
    if (STOP.has(raw)) return;
    let words = raw.split(/[ \u00a0]+/);
    // a sentence-opening word the article also writes in lower case is not part of the name ("Join Tekedia Capital")
    while (words.length > 1 && atSentenceStart(text, at) && lower.has(words[0].toLowerCase())) {
      at += words[0].length + 1;
      words = words.slice(1);
    }
    raw = words.join(" ");
    // a name built on a known one is the known one's product or unit ("Azure AI", "Goldman Sachs Group")
    for (let k = 1; k <= words.length; k++) if (isKnown(words.slice(0, k).join(" ")) || isKnown(words[k - 1])) return;
    const c = cleanName(raw);
    if (!c) return;
    // the longest run of words ending in an organisation word ("Nimbus Labs" in "Nimbus Labs Raises")
    let k = words.length;
    while (k >= 2 && !ORG_WORD.test(` ${words.slice(0, k).join(" ").replace(LEGAL, "")}`)) k--;
    if (k >= 2) {
      const cut = words.slice(0, k).join(" ");
      const legal = raw.slice(cut.length).match(/^,?\s(?:Inc\.?|Corp\.?|Co\.|LLC|Ltd\.?|plc)/);
      const named = cleanName(cut + (legal ? legal[0] : ""));
      // words the article also writes in lower case make an ordinary phrase ("Third-Party Cloud", "Generative AI")
      const ordinary = words.slice(0, k - 1).every((w) => lower.has(w.toLowerCase()) || STOP.has(w));
      // "a Hokkaido AI data-centre venture": an organisation word used as an adjective before a common noun
      if (ADJECTIVAL.test(cut) && ADJ_NOUN.test(text.slice(at + cut.length, at + cut.length + 30))) return;
      if (named && named.name.split(/\s+/).length >= 2 && !ordinary) return add(cut, at, "other", true);
      if (ordinary) return;
    }
    const end = at + raw.length;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, at - 80), at);
    // "Parsec Grid, a Denver rival founded by former bankers, closed": an apposition naming what it is, then the verb
    const appos = text.slice(end, end + 140).match(APPOSITION);
    if (appos && VERB_AFTER.test(text.slice(end + appos[0].length, end + appos[0].length + 60))) add(raw, at, "other", false);
    else if (VERB_AFTER.test(after)) add(raw, at, /^['’]?s?\s*(?:,\s*which\s+)?(?:\w+\s+){0,2}(?:led|leads|co-led|co-leads|backed|invest)/.test(after) ? "fund" : "other", false);
    else if (WITH_BEFORE.test(before) && PARTICIPLE_AFTER.test(after)) add(raw, at, "fund", false);
    else if (WHICH_BOUGHT.test(text.slice(end, end + 80))) add(raw, at, "other", false);
    else if (CUE_LAST.has(lastWord(before)) && CUE_BEFORE.test(before)) add(raw, at, /\b(?:led|co-led|backed|funded|financed|investors?|backers?|fund|investor|backer|firm)\b[^a-z]*$/i.test(before.slice(-40)) ? "fund" : "other", false);
  };

  // "Orbit-backed Quill": found from the literal "-backed", then the names on both sides
  for (const h of text.matchAll(BACKED_AT)) {
    const from = Math.max(0, h.index - 80);
    const m = BACKED.exec(text.slice(from, h.index + 120));
    if (!m || from + m.index + m[1].length !== h.index) continue;
    add(m[1], from + m.index, "fund", true);
    add(m[2], from + m.index + m[0].length - m[2].length, "other", true);
  }
  for (const p of projectNames(text)) if (!isKnown(p) && !byForm.has(p)) byForm.set(p, { name: p, kind: "other" });
  const headline = titleCaseLines(text);
  let lineEnd = -1;
  let noisy = false;
  NAME_RE.lastIndex = 0;
  for (const m of text.matchAll(NAME_RE)) {
    // names in Title Case headlines are unreliable ("Transformative Moment for Cloud AI")
    if (headline.some(([a, b]) => a <= m.index && m.index < b)) continue;
    // matches come in order: the line is re-read only when a match leaves it
    if (m.index >= lineEnd) {
      const ls = text.lastIndexOf("\n", m.index) + 1;
      const le = text.indexOf("\n", m.index);
      lineEnd = le < 0 ? text.length : le;
      noisy = isNoiseLine(text.slice(ls, lineEnd));
    }
    if (noisy) continue;
    // a possessive ends a name: "Arabia’s Kingdom Holdings" is two names
    let pos = m.index;
    const pieces = m[0].includes("'") || m[0].includes("’") ? m[0].split(/(?<=['’]s?)[ \u00a0]/) : [m[0]];
    for (const piece of pieces) {
      consider(piece.replace(/['’]s?$/, ""), pos);
      pos += piece.length + 1;
    }
  }
  // a one-word name that opens a longer organisation name is its short form ("Sorelle" for "Sorelle AI")
  // and so is a longer name less its organisation word ("Straits Horizon" for "Straits Horizon Investment")
  for (const [form, org] of byForm) {
    if (org.name !== form) continue;
    const multi = /\s/.test(form);
    const longer = [...byForm.values()].find((o) => o.name.startsWith(`${form} `) && ORG_WORD.test(` ${o.name.split(/\s+/).pop()}`) && (!multi || o.name.split(/\s+/).length === form.split(/\s+/).length + 1));
    if (longer) byForm.set(form, longer);
  }
  // "Daehan" learned from "Daehan, a Seoul-based operator, will contribute", where the article also writes
  // "Daehan Hyperscale": the full name is the company's name, and the one word its short form
  for (const [form, org] of byForm) {
    if (org.name !== form || /\s/.test(form) || form.length < 3) continue;
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9_-])${escapeRe(form)}[ \u00a0]([A-Z][a-z][A-Za-z]+)\\b(?![’'-])`, "g"))) {
      if (headline.some(([a, b]) => a <= m.index && m.index < b) || STOP.has(m[1]) || isKnown(m[1]) || lower.has(m[1].toLowerCase())) continue;
      const full = `${form} ${m[1]}`;
      if (!byForm.has(full)) {
        org.name = full;
        byForm.set(full, org);
      }
      break;
    }
  }
  if (!byForm.size) return { byForm, re: null };
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![A-Za-z0-9_-])(?:${forms.join("|")})(?:,?\\s(?:Inc\\.?|Corp\\.?|Co\\.|LLC|Ltd\\.?|plc))?(?![A-Za-z0-9_]|-[A-Z0-9])`, "g");
  return { byForm, re };
}

const COUNTRY_SHORT = /^(?:U\.S|US|U\.K|UK|EU)$/;
/** After a country's short name: a common noun (not a verb, an auxiliary or a preposition) */
const COUNTRY_ADJECTIVE = /^\.?[ \u00a0]+(?!(?:will|would|could|can|may|might|must|should|has|had|have|is|was|are|were|and|or|to|in|on|at|for|with|by|as|from|of|over|into|also|itself|government|agreed|said|says|plans|took|takes|invested|invests|committed|pledged|holds|owns|paid|pays)\b)(?:[a-z][\w-]*|[A-Z][\w-]*[ \u00a0]+(?:venture|project|campus|program|programme|initiative|joint)\b)/;

/** Mentions of the lexicon's organisations in `text` (a sentence), as [start, end, org]. */
export function findOrgMentions(text: string, lex: OrgLexicon): { start: number; end: number; org: Org }[] {
  if (!lex.re) return [];
  const out: { start: number; end: number; org: Org }[] = [];
  lex.re.lastIndex = 0;
  for (const m of text.matchAll(lex.re)) {
    const form = m[0].replace(LEGAL, "");
    const org = lex.byForm.get(form);
    // "the U.S. venture", "U.S. data centers": a country's short name before a noun is an adjective, not a party
    if (COUNTRY_SHORT.test(form) && COUNTRY_ADJECTIVE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (org) out.push({ start: m.index, end: m.index + m[0].length, org });
  }
  return out;
}
