/**
 * Which program or site a capacity figure belongs to when the sentence names more than one, or names the
 * program only as the larger thing a site belongs to:
 * - the program named last before the figure ("in Stargate, the $500 billion project, and in Stargate UAE, a
 *   5-gigawatt campus" → Stargate UAE), else the first one after it;
 * - a site of a national program ("Stargate UAE", "Stargate Norway") that the article names: a campus or cluster
 *   figure it gives the bare program ("to build 1-gigawatt Stargate data center campus in Abu Dhabi") is the
 *   national program's, when the article names exactly one;
 * - a program that sits inside a larger site ("Stargate UAE will sit inside a planned 5-gigawatt UAE-U.S. AI
 *   campus"): the figure is the larger site's, under the name the article gives it, or nobody's.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import { isSiteOrProgram } from "./projects";

const NATIONAL = /\bStargate\s+(?:UAE|UK|India|Norway|Japan|Korea|Canada|Germany|France|Argentina|Australia|[A-Z][a-z]+(?=\s+(?:project|program|campus|site|cluster|initiative|data\s+cent)))\b/g;
const NOT_NATIONAL = /^Stargate\s+(?:Project|Program|Initiative|Venture|Campus|Site|Cluster|Data)$/i;
/** "will sit inside a planned", "is located within the", "forms part of a" */
const INSIDE = /^\s*(?:,[^,]{0,60},\s*)?(?:will\s+|would\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:sit|sits|be\s+located|is\s+located|be\s+built|is\s+being\s+built|lie|lies|be\s+housed|is\s+housed|form\s+part|forms\s+part|be\s+part|is\s+part)\s+(?:inside|within|in|at|on|of)\s+(?:an?|the)\s+(?:(?:planned|proposed|new|larger|wider|broader|bigger|giant|massive)\s+)*$/i;
/** the name the larger site is given after its figure: "UAE-U.S. AI campus" */
const CONTAINER_NAME = /^[\s-]*((?:[A-Z][\w.&'’-]*\s+){1,4}(?:AI\s+)?(?:campus|park|hub|zone|complex))\b/;
const SITE_AFTER = /^[\s-]*(?:[\w-]+\s+){0,2}?(?:campus|site|park|facility|cluster|data[\s-]?cent(?:er|re))\b/i;

let cache: { text: string; names: string[] } | undefined;
function nationalPrograms(text: string): string[] {
  if (cache?.text === text) return cache.names;
  const names = [...new Set([...text.matchAll(NATIONAL)].map((m) => m[0].replace(/\s+/g, " ")))].filter((n) => !NOT_NATIONAL.test(n));
  cache = { text, names };
  return names;
}

/** The program or site the figure is about, a larger site's name, null when it is a larger unnamed site's, or undefined when no program is named. */
export function programOf(text: string, q: Quantity, ents: EntityMention[]): string | null | undefined {
  // "the project" read as a program the article names only later is not yet that program
  const progs = ents.filter((e) => isSiteOrProgram(text, e) && text.slice(0, e.end).includes(e.name.replace(/^Project\s+/, "")));
  if (!progs.length) return undefined;
  const before = progs.findLast((e) => e.end <= q.start);
  if (before && INSIDE.test(text.slice(before.end, q.start))) return text.slice(q.end, q.end + 60).match(CONTAINER_NAME)?.[1] ?? null;
  const p = before ?? progs[0];
  if (p.name === "Stargate" && SITE_AFTER.test(text.slice(q.end, q.end + 40))) {
    const national = nationalPrograms(text);
    if (national.length === 1) return national[0];
  }
  return p.name;
}

/** "AMD signed up to supply 6 gigawatts of Instinct GPUs, starting with 1 GW": capacity a vendor supplies */
const SUPPLY = /\b(?:supply|supplies|supplied|supplying)\s+(?:(?:about|around|roughly|nearly|up\s+to|at\s+least|more\s+than|some)\s+)?[\d.]+[\s-]*(?:gigawatts?|GW|megawatts?|MW)\b/i;

/**
 * The buyer -> vendor deal of capacity a vendor supplies: the vendor is the last company named before the verb,
 * the buyer a lab the sentence names, else the last lab the article named; null when either is missing (the
 * figure is no vendor's own capacity), undefined when the sentence has no such verb.
 */
export function supplyDeal(text: string, from: number, q: Quantity, ents: EntityMention[], recent: string[], kinds: Map<string, string>): string | null | undefined {
  const lead = text.slice(from, q.end);
  const m = lead.match(SUPPLY);
  if (!m) return undefined;
  const verbAt = from + m.index!;
  const comps = ents.filter((e) => e.type === "company" && e.kind !== "other");
  const vendor = comps.findLast((e) => e.end <= verbAt);
  if (!vendor) return null;
  const isLab = (n: string) => kinds.get(n) === "lab";
  const buyer = comps.find((e) => e.name !== vendor.name && e.kind === "lab")?.name ?? recent.slice(-8).findLast((n) => n !== vendor.name && isLab(n));
  return buyer ? `${buyer} -> ${vendor.name}` : null;
}
