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

import { ADJ_NOUN, ADJECTIVAL, APPOSITION, FUND_WORD, LAB_WORD, LEGAL, NAME, ORG_WORD, STOP } from "./org-words";

const ALL = "(?:invest(?:s|ed|ing)?|led|leads|co-led|co-leads|raised|raises|is\\s+raising|was\\s+raising|has\\s+raised|had\\s+raised|have\\s+raised|is\\s+valued|was\\s+valued|valued|backed|participated|poured|committed|commits|contributed|contributes?|pledged|pledges|agreed\\s+to\\s+invest|plans\\s+to\\s+invest|closed|secured|received|lands|landed|nets|netted|bags|bagged)";
/** After the name: a deal verb, possibly after an auxiliary ("Vertex Capital will invest", "Nimbus, which raised"). */
const VERB_AFTER = new RegExp(`^(?:['’]s?)?(?:\\s*,\\s*which|\\s*,\\s*who)?\\s+(?:(?:will|has|have|had|is|was|also|previously|recently|jointly|would|could|then|already|just|reportedly)\\s+){0,2}(?:${ALL})\\b`);
/** Before the name: a phrase that introduces an investor or a recipient. */
const CUE_BEFORE =
  /(?:\b(?:led|co-led|backed|funded|financed|joined|supported)\s+by|\b(?:investors?|backers?|funds?|firms?|participants?)\s+(?:including|such\s+as|like)|\bvaluing|\bvalued|\b(?:AI\s+|tech\s+|robotics\s+|chip\s+|software\s+|defen[cs]e\s+)?(?:startup|start-up|unicorn|upstart|rival|newcomer|lab|chipmaker|venture\s+firm|investment\s+firm|VC\s+firm|private[\s-]equity\s+firm|fund|investor|backer)(?:(?<!investor|backer|fund)\s*,)?|\binvest(?:s|ed|ing|ment)?\s+(?:of\s+)?(?:(?:about|around|roughly|nearly|up\s+to|more\s+than|over|another|an?\s+additional)\s+)?(?:US)?[$€£][\d.,]+\s*(?:billion|million|trillion|bn|mn|[bmBMK])?\s+(?:in|into)|\binvest(?:s|ed|ing|ment)?\s+in|\bstake\s+in|\bround\s+for|\bfunding\s+(?:for|from)|\b(?:loans?|credit\s+facility|financing)\s+from|\binvestment\s+(?:from|by))\s+(?:the\s+)?$/i;
/** The words CUE_BEFORE can end with: tested first, so the long pattern runs only where it can match. */
const CUE_LAST = new Set("by including as like valuing valued startup start-up unicorn upstart rival newcomer lab chipmaker firm fund investor backer in into for from".split(" "));

/** The last word of `s`, lower-cased, skipping a final "the". */
function lastWord(s: string): string {
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

const BACKED_AT = /[-‑](?:backed|funded|led)\s/g;
const BACKED = new RegExp(`(?<![A-Za-z0-9'’.-])(${NAME})[-‑](?:backed|funded|led)\\s+(?:(?:AI|tech|robotics|chip|software|defen[cs]e|cloud)\\s+)?(?:startup\\s+|start-up\\s+|company\\s+|firm\\s+|lab\\s+|rival\\s+)?(${NAME})`);
const NAME_RE = new RegExp(`(?<![A-Za-z0-9'’.-])${NAME}`, "g");

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Trim leading stop words and trailing legal suffixes; null when nothing name-like is left. */
function cleanName(raw: string): { name: string; offset: number } | null {
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

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function atSentenceStart(text: string, at: number): boolean {
  return at === 0 || /(?:^|[.!?:"“]\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at));
}

/** [start, end) of lines written in Title Case (headlines), where capitals do not mark names. */
function titleCaseLines(text: string): [number, number][] {
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

function kindOf(name: string, cue: "fund" | "lab" | "other"): CompanyKind {
  if (FUND_WORD.test(` ${name}`) || cue === "fund") return "investor";
  if (LAB_WORD.test(` ${name}`) || cue === "lab") return "lab";
  if (/\sCloud$/.test(` ${name}`)) return "cloud";
  return "other";
}

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

/** Mentions of the lexicon's organisations in `text` (a sentence), as [start, end, org]. */
export function findOrgMentions(text: string, lex: OrgLexicon): { start: number; end: number; org: Org }[] {
  if (!lex.re) return [];
  const out: { start: number; end: number; org: Org }[] = [];
  lex.re.lastIndex = 0;
  for (const m of text.matchAll(lex.re)) {
    const form = m[0].replace(LEGAL, "");
    const org = lex.byForm.get(form);
    if (org) out.push({ start: m.index, end: m.index + m[0].length, org });
  }
  return out;
}
