/**
 * Companies the registry does not know, recognised where the text itself marks a name as a company,
 * whatever verb follows: a legal suffix ("Lumora Corp.", "Helvion AG"), a company noun before it
 * ("startup Korvo", "Chip start-up Vexa"), an apposition whose head noun is a company noun ("Korvo,
 * a startup that rents GPUs," / "Etched, the maker of Sohu,"), a relative clause of what a company
 * does ("Lumina, which makes photonic chips,"), or a company role after its possessive ("Anysphere's
 * founder", "Vexa's chief executive"). Names of odd shape are read whole ("Run:ai", "Character.AI",
 * "d-Matrix"). People, places, months and sentence openers are not marked: the markers are company
 * words, an apposition's head must be the company noun itself ("a startup founder" is a person), and
 * stop words never start a name.
 *
 * Used by entities.ts to complete the article's organisation lexicon (lib/extract/orgs.ts).
 */
import type { CompanyKind } from "./registry";
import { ORG_WORD, STOP } from "./org-words";
import { isNoiseLine } from "./noise";

/** One name word: "Korvo", "xAI", "d-Matrix", "Run:ai", "Character.AI", "AI21". */
const TOKEN = String.raw`(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][A-Za-z0-9]*|[a-z][-‑][A-Z][A-Za-z0-9]*)(?:[.:&‑-][A-Za-z0-9]+)*`;
/** Up to three name words. */
const NAMEX = String.raw`${TOKEN}(?:[ \u00a0]${TOKEN}){0,3}`;
/** not inside a word, nor in the middle of a longer capitalised name */
const LEFT = String.raw`(?<![A-Za-z0-9'’.:-]|[A-Z][A-Za-z0-9]*[ \u00a0])`;

/** "Lumora Corp.", "Helvion AG", "Vantara S.A.": a legal suffix (not "Co" alone, too often a word) */
const LEGAL_AFTER = new RegExp(String.raw`${LEFT}(${NAMEX}),?[ \u00a0](?:Inc\.|Corp\.|Ltd\.?|LLC|Limited|Incorporated|plc|PLC|AG|S\.A\.|SA|GmbH|N\.V\.|NV|SE|S\.p\.A\.|K\.K\.)(?![A-Za-z0-9])`, "g");
/** Company nouns that introduce a name: "startup Korvo", "chip designer Vexa", "AI lab Orrin". */
const NOUN = String.raw`(?:[Ss]tart[-‑]?up|[Uu]nicorn|[Uu]pstart|[Cc]hip(?:maker|[ \u00a0]designer|[ \u00a0]firm)|[Nn]eocloud|[Dd]ata[-‑ ]cent(?:er|re)[ \u00a0](?:operator|developer)|[Cc]loud[ \u00a0]provider|[Ss]emiconductor[ \u00a0](?:firm|company))`;
const NOUN_BEFORE = new RegExp(String.raw`(?<![A-Za-z])${NOUN}[ \u00a0](${NAMEX})`, "g");
/** "Korvo, a startup that …", "Etched, the maker of …": the apposition's head noun is a company noun. */
const HEAD = String.raw`(?:start[-‑]?up|company|firm|chipmaker|chip\s+designer|maker|developer|provider|designer|neocloud|operator|unicorn|upstart|lab|laboratory|supplier|manufacturer|vendor|subsidiary|spinoff|spin-off|venture\s+firm|investment\s+firm|asset\s+manager|hedge\s+fund|fund)`;
const APPOS = new RegExp(String.raw`${LEFT}(${NAMEX}),\s+(?:an?|the|its|their)\s+(?:(?!(?:of|at|for|in|to|and|or|who|whose|with)\b)[\w$.%‑-]+\s+){0,5}?${HEAD}(?=\s*[,.;]|\s+(?:that|which|whose|based|founded|backed|headquartered|known|focused|specializing|specialising|with|in|from|of|behind|led|run|spun)\b)`, "g");
/** "Lumina, which makes photonic chips," */
const WHICH = new RegExp(String.raw`${LEFT}(${NAMEX}),\s+which\s+(?:makes|develops|designs|builds|sells|operates|runs|rents|offers|provides|supplies|manufactures|produces)\b`, "g");
/** "Anysphere's founder", "Vexa's chief executive" */
const ROLE = new RegExp(String.raw`${LEFT}(${NAMEX})['’]s?\s+(?:co-?founders?|founders?|chief\s+executive|chief\s+financial\s+officer|chief\s+technology\s+officer|CEO|CFO|CTO|board\s+of\s+directors|shareholders)\b`, "g");

/** "investors such as Orrin, Vale and Tollgate": the names listed after an investor cue, the later ones too */
const LISTED = new RegExp(String.raw`\b(?:investors|backers|funds|firms|participants)\s+(?:including|such\s+as|like)\s+${NAMEX}((?:,\s+${NAMEX}){0,6},?\s+(?:and|&)\s+${NAMEX})(?=[\s,.;)]|$)`, "g");
const LIST_ITEM = new RegExp(String.raw`(?:,\s+|,?\s+(?:and|&)\s+)(${NAMEX})`, "g");

const TRAILING_LEGAL = /(?:[ \u00a0](?:Pvt|Private|Inc|Corp|Ltd|LLC|GmbH|AG|SA|NV|SE|plc|PLC)\.?)+$/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

export type MarkedOrg = { name: string; at: number; kind: CompanyKind };

/** Trim the name of stop words before it; null when nothing name-like is left. */
function trimName(raw: string, at: number): { name: string; at: number } | null {
  const words = raw.split(/[ \u00a0]+/);
  while (words.length && (STOP.has(words[0]) || MONTH.test(words[0]))) {
    at += words[0].length + 1;
    words.shift();
  }
  // a name ends before a stop word ("Korvo On Tuesday" is not one name), but not before its organisation word ("Kaldera AI")
  const cut = words.findIndex((w, i) => (STOP.has(w) && !(i > 0 && ORG_WORD.test(` ${w}`))) || MONTH.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  const name = kept.join(" ").replace(/['’]s?$/, "").replace(TRAILING_LEGAL, "");
  if (name.length < 2 || /^\d/.test(name)) return null;
  return { name, at };
}

/** Names the text marks as companies, with where they stand; `isKnown` names are left to the registry. */
export function markedOrgs(text: string, isKnown: (name: string) => boolean): MarkedOrg[] {
  const out: MarkedOrg[] = [];
  const seen = new Set<string>();
  const take = (re: RegExp, kind: (m: RegExpMatchArray) => CompanyKind) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const t = trimName(m[1], m.index! + m[0].indexOf(m[1]));
      if (!t || seen.has(t.name)) continue;
      // a copyright or byline line names no party ("© Ledger Review Ltd 2026")
      const ls = text.lastIndexOf("\n", t.at) + 1;
      const le = text.indexOf("\n", t.at);
      if (isNoiseLine(text.slice(ls, le < 0 ? text.length : le)) || /rights\s+reserved|©|copyright/i.test(text.slice(ls, le < 0 ? text.length : le))) continue;
      // a name built on a known company is its unit or product ("Nvidia Cloud")
      const words = t.name.split(" ");
      if (words.some((_, k) => isKnown(words.slice(0, k + 1).join(" ")) || isKnown(words[k]))) continue;
      seen.add(t.name);
      out.push({ name: t.name, at: t.at, kind: kind(m) });
    }
  };
  take(LEGAL_AFTER, () => "other");
  take(NOUN_BEFORE, () => "other");
  take(APPOS, (m) => (/\b(?:venture\s+firm|investment\s+firm|asset\s+manager|hedge\s+fund|fund)$/.test(m[0]) ? "investor" : /\blab(?:oratory)?$/.test(m[0]) ? "lab" : "other"));
  take(WHICH, () => "other");
  take(ROLE, () => "other");
  LISTED.lastIndex = 0;
  for (const m of text.matchAll(LISTED)) {
    const tailAt = m.index! + m[0].length - m[1].length;
    for (const it of m[1].matchAll(LIST_ITEM)) {
      const t = trimName(it[1], tailAt + it.index! + it[0].indexOf(it[1]));
      const words = t?.name.split(" ") ?? [];
      if (!t || seen.has(t.name) || words.some((_, k) => isKnown(words.slice(0, k + 1).join(" ")) || isKnown(words[k]))) continue;
      seen.add(t.name);
      out.push({ name: t.name, at: t.at, kind: "investor" });
    }
  }
  return out;
}
