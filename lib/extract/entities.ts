/**
 * Entity mentions: the registry's companies and chips (lib/extract/registry.ts) found in text by one
 * regex of every alias, plus the article's own unknown organisations and chips.
 */

import { MODEL_NAME } from "./noise";
import { buildOrgLexicon, findOrgMentions, type OrgLexicon } from "./orgs";
import { buildChipLexicon, findChipMentions, type ChipLexicon } from "./chips-unknown";

import { findGovernments } from "./governments";
import { withMarkedOrgs } from "./org-lexicon";
import { BARE_CHIP_VENDORS, CHIPS, COMPANIES, type Chip, type ChipKind, type Company, type CompanyKind } from "./registry";

export { CHIPS, COMPANIES } from "./registry";
export type { Chip, ChipKind, Company, CompanyKind } from "./registry";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s\u00a0]+/g, " ").trim();

const companyIndex = new Map<string, Company>();
for (const c of COMPANIES) {
  companyIndex.set(norm(c.name), c);
  for (const a of c.aliases) companyIndex.set(norm(a), c);
}
const chipIndex = new Map<string, Chip>();
for (const c of CHIPS) {
  chipIndex.set(norm(c.name), c);
  for (const a of c.aliases) chipIndex.set(norm(a), c);
}

/** Canonical company for a name or alias, or undefined. */
export function resolveCompany(name: string): Company | undefined {
  const n = norm(name).replace(/'s$/, "");
  return companyIndex.get(n) ?? companyIndex.get(n.replace(/^the /, ""));
}

/** Canonical chip for a name or alias ("Trainium 2", "Trn2 chip", "Trainium v5"), or undefined. */
export function resolveChip(name: string): Chip | undefined {
  const n = norm(name).replace(/'s$/, "");
  const direct = chipIndex.get(n);
  if (direct) return direct;
  const m = n.match(/^(?:aws\s+)?trainium\s*v?\s*(\d)$/) ?? n.match(/^trn(\d)(?: chips?)?$/);
  if (m) return chipIndex.get(`trainium${m[1]}`);
  return chipIndex.get(n.replace(/^(nvidia|amd|google|aws|amazon)\s+/, ""));
}

export type EntityMention = {
  start: number;
  end: number;
  /** canonical name */
  name: string;
  type: "company" | "chip";
  kind: CompanyKind | ChipKind;
  /** the text is followed by a possessive ('s) */
  possessive: boolean;
};

type Entry = { alias: string; name: string; type: "company" | "chip"; kind: CompanyKind | ChipKind; caseSensitive: boolean };

/** Aliases that are ordinary words too: only matched with a capital letter. */
const CASE_SENSITIVE = new Set(["Mistral", "X", "Meta", "Apple", "Sequoia", "Maia", "Ironwood", "Trillium", "Bedrock", "S3", "T2", "OCI", "GIC", "MGX", "QIA", "Grace", "Stargate", "Altimeter", "Lambda", "Crusoe", "Lightspeed", "Fidelity", "Rubin", "Vera", "Vera Rubin", "Helios", "Samsung", "Dell", "Groq", "Thinking Machines", "Blue Owl"]);

let MATCHER: { re: RegExp; byKey: Map<string, Entry[]> } | null = null;

const keyOf = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s\u00a0-]+/g, " ");

type Trie = { end: boolean; next: Map<string, Trie> };

/**
 * One regex source for many aliases, with common prefixes shared ("Nvidia", "Nvidia Corp."
 * -> `nvidia(?:[\s-]+corp\.)?`), so the engine tries each alias's first letters once. Spaces and
 * hyphens match any run of spaces or hyphens, apostrophes either apostrophe; case is left to the
 * `i` flag. At each place the longest alias wins (children are tried before the end).
 */
function trieRegex(aliases: string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const a of aliases) {
    let node = root;
    const units = a.toLowerCase().replace(/[’‘]/g, "'").match(/[\s\u00a0-]+|[\s\S]/g) ?? [];
    for (const u of units) {
      const k = /^[\s\u00a0-]+$/.test(u) ? " " : u;
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const unit = (k: string) => (k === " " ? "[\\s\\u00a0-]+" : k === "'" ? "['’]" : escapeRe(k));
  const emit = (node: Trie): string => {
    const alts = [...node.next].map(([k, child]) => unit(k) + emit(child));
    if (!alts.length) return "";
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join("|")})`;
    if (!node.end) return body;
    return alts.length === 1 && !/^\(\?:/.test(body) ? `(?:${body})?` : `(?:${body})?`;
  };
  return `(?:${emit(root)})`;
}

/** One alternation of every alias, longest first, so one pass finds the longest name at each place. */
function matcher() {
  if (MATCHER) return MATCHER;
  const entries: Entry[] = [];
  const add = (alias: string, name: string, type: Entry["type"], kind: Entry["kind"]) =>
    entries.push({ alias, name, type, kind, caseSensitive: CASE_SENSITIVE.has(alias) || alias.length <= 3 });
  for (const c of COMPANIES) for (const a of [c.name, ...c.aliases]) add(a, c.name, "company", c.kind);
  for (const c of CHIPS) for (const a of [c.name, ...c.aliases]) add(a, c.name, "chip", c.kind);
  // "Trainium3 UltraServers", "GB200 NVL72s": a system named in the plural is the same system
  const known = new Set(entries.map((e) => e.alias.toLowerCase()));
  for (const c of CHIPS) {
    if (c.kind === "chip") continue;
    for (const a of [c.name, ...c.aliases]) if (/[a-z\d]$/i.test(a) && !/s$/.test(a) && !known.has(`${a}s`.toLowerCase())) add(`${a}s`, c.name, "chip", c.kind);
  }
  entries.sort((a, b) => b.alias.length - a.alias.length);
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = keyOf(e.alias);
    byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  MATCHER = { re: new RegExp(`(?<![A-Za-z_$])${trieRegex(entries.map((e) => e.alias))}(?![\\w])`, "gi"), byKey };
  return MATCHER;
}

/**
 * Every company and chip mention in `text`, longest match first, no overlaps. With `orgs` (the
 * article's unknown organisations, lib/extract/orgs.ts), those are found too where the registry
 * finds nothing.
 */
export function findEntities(text: string, orgs?: OrgLexicon, chips?: ChipLexicon): EntityMention[] {
  const { re, byKey } = matcher();
  const taken: EntityMention[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    const cands = byKey.get(keyOf(m[0])) ?? [];
    const entry = cands.find((c) => !c.caseSensitive || c.alias.replace(/[’‘]/g, "'") === m![0].replace(/[’‘]/g, "'").replace(/[\s\u00a0]+/g, " "));
    if (!entry) {
      // a case-sensitive alias in the wrong case: try again one character later
      re.lastIndex = s + 1;
      continue;
    }
    if (entry.name === "X" && !/(platform|social media|merger with|merged with)\s*$/i.test(text.slice(Math.max(0, s - 30), s))) continue;
    const possessive = /^['’]s?\b/.test(text.slice(e, e + 3));
    taken.push({ start: s, end: e, name: entry.name, type: entry.type, kind: entry.kind, possessive });
  }
  addGeneric(text, taken);
  if (chips?.re) {
    const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
    for (const c of findChipMentions(text, chips)) {
      // "Qualcomm AX900": a vendor-prefixed chip is a chip mention too, beside its vendor's
      const vendorInside = (t: EntityMention) => t.type === "company" && t.start === c.start && t.end < c.end && !taken.some((u) => u !== t && u.start < c.end && c.start < u.end);
      if (overlaps(c.start, c.end) && !taken.some(vendorInside)) continue;
      taken.push({ start: c.start, end: c.end, name: c.chip.name, type: "chip", kind: c.chip.kind, possessive: /^['’]s?\b/.test(text.slice(c.end, c.end + 3)) });
    }
  }
  if (orgs) {
    const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
    for (const o of findOrgMentions(text, orgs)) {
      if (overlaps(o.start, o.end)) continue;
      taken.push({ start: o.start, end: o.end, name: o.org.name, type: "company", kind: o.org.kind, possessive: /^['’]s?\b/.test(text.slice(o.end, o.end + 3)) || /s$/.test(o.org.name) && /^['’](?!\w)/.test(text.slice(o.end, o.end + 2)) });
    }
  }
  for (const g of findGovernments(text)) {
    if (taken.some((t) => t.start < g.end && g.start < t.end)) continue;
    taken.push({ start: g.start, end: g.end, name: g.name, type: "company", kind: "investor", possessive: /^['’]s\b/.test(text.slice(g.end, g.end + 3)) });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Generic chip names: "Trainium v5", "Trn3 chips" and the bare family name "Trainium". */
const GENERIC_CHIP_RE = /\b(?:AWS\s+)?(?:Trainium|Trn)[\s-]?v?(\d)\b|\bTrainium(?![\s-]?v?\d)/g;

function addGeneric(text: string, taken: EntityMention[]) {
  const overlaps = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
  GENERIC_CHIP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GENERIC_CHIP_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    const name = m[1] ? `Trainium${m[1]}` : "Trainium";
    taken.push({ start: s, end: e, name, type: "chip", kind: "chip", possessive: /^['’]s?\b/.test(text.slice(e, e + 3)) });
  }
}

/** The predecessor of a chip, when the registry knows it. */
export function predecessorOf(chip: string): string | undefined {
  return CHIPS.find((c) => c.name === chip)?.predecessor;
}

/** `perf_multiple_vs_<chip>` style suffix: "Trainium2" -> "trainium2", "TPU v7" -> "tpu_v7". */
export function chipSlug(chip: string): string {
  return chip.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

/** The unknown organisations of an article (see lib/extract/orgs.ts). */
export function orgLexicon(text: string, chips?: ChipLexicon): OrgLexicon {
  const isKnown = (name: string) => registryKnows(name) || !!chips?.byForm.has(name);
  return withMarkedOrgs(text, buildOrgLexicon(text, isKnown), isKnown);
}

/** Registry names, chip families and model names: fixed, so remembered across articles. */
const KNOWN = new Map<string, boolean>();
function registryKnows(name: string): boolean {
  let k = KNOWN.get(name);
  if (k === undefined) {
    if (KNOWN.size > 50000) KNOWN.clear();
    k = !!resolveCompany(name) || !!resolveChip(name) || /^(?:Trainium|Trn|Blackwell|Hopper|Instinct|Inferentia)$/.test(name) || MODEL_NAME.test(name);
    KNOWN.set(name, k);
  }
  return k;
}

/** The chips of an article the registry does not know (see lib/extract/chips-unknown.ts). */
export function chipLexicon(text: string): ChipLexicon {
  return buildChipLexicon(text, (name) => !!resolveChip(name) || /^(?:Trainium|Trn|Inf)\d/.test(name), (name) => !!resolveCompany(name), (vendor) => BARE_CHIP_VENDORS.has(resolveCompany(vendor)?.name ?? ""));
}
