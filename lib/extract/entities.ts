/**
 * The entity registry: canonical companies and chips with the names articles
 * use for them. The seed loader creates Company and Chip rows from these lists.
 */

import { MODEL_NAME } from "./noise";
import { buildOrgLexicon, findOrgMentions, type OrgLexicon } from "./orgs";
import { buildChipLexicon, findChipMentions, type ChipLexicon } from "./chips-unknown";

export type CompanyKind = "lab" | "cloud" | "chipmaker" | "investor" | "other";
export type Company = { name: string; slug: string; kind: CompanyKind; aliases: string[] };
export type ChipKind = "chip" | "system" | "instance";
export type Chip = { name: string; vendor: string; kind: ChipKind; aliases: string[]; predecessor?: string };

const co = (name: string, kind: CompanyKind, aliases: string[] = []): Company => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
  kind,
  aliases,
});

export const COMPANIES: Company[] = [
  co("OpenAI", "lab", ["Open AI", "OpenAI Inc.", "OpenAI Group", "the ChatGPT maker", "the ChatGPT developer", "the ChatGPT creator", "the maker of ChatGPT", "the creator of ChatGPT", "the company behind ChatGPT", "ChatGPT-maker", "ChatGPT maker", "ChatGPT developer"]),
  co("Anthropic", "lab", ["Anthropic PBC", "the Claude maker", "Claude maker", "the Claude developer", "the maker of Claude", "creator of the Claude AI models", "the Claude creator"]),
  co("xAI", "lab", ["X.AI", "xAI Holdings", "xAI Corp", "the Grok maker", "the Grok developer"]),
  co("Mistral AI", "lab", ["Mistral"]),
  co("Scale AI", "other", []),
  co("Amazon", "investor", ["Amazon.com Inc.", "Amazon.com, Inc.", "Amazon.com", "Amazon Inc"]),
  co("AWS", "cloud", ["Amazon Web Services", "Amazon Web Services (AWS)"]),
  co("Microsoft Azure", "cloud", ["Azure", "Microsoft's Azure", "Microsoft’s Azure", "Azure cloud"]),
  co("Microsoft", "investor", ["Microsoft Corp.", "Microsoft Corporation", "MSFT"]),
  co("Google Cloud", "cloud", ["Google Cloud Platform", "GCP"]),
  co("Google", "investor", ["Google LLC"]),
  co("Alphabet", "investor", ["Alphabet Inc."]),
  co("Nvidia", "chipmaker", ["NVIDIA", "Nvidia Corp.", "Nvidia Corporation", "NVIDIA Corporation", "NVDA"]),
  co("AMD", "chipmaker", ["Advanced Micro Devices", "Advanced Micro Devices Inc."]),
  co("Intel", "chipmaker", ["Intel Corp.", "Intel Corporation", "INTC"]),
  co("Broadcom", "chipmaker", ["Broadcom Inc.", "AVGO"]),
  co("ASML", "chipmaker", ["ASML Holding"]),
  co("TSMC", "chipmaker", ["Taiwan Semiconductor Manufacturing", "Taiwan Semiconductor"]),
  co("Oracle", "cloud", ["Oracle Corp.", "Oracle Corporation", "Oracle Cloud Infrastructure", "OCI"]),
  co("CoreWeave", "cloud", ["CoreWeave Inc."]),
  co("SoftBank", "investor", ["SoftBank Group Corp.", "SoftBank Group", "Softbank", "SoftBank Vision Fund"]),
  co("Meta", "lab", ["Meta Platforms", "Meta Platforms Inc.", "Facebook"]),
  co("Apple", "other", ["Apple Inc."]),
  co("Tesla", "other", ["Tesla Inc."]),
  co("SpaceX", "other", []),
  co("X", "other", ["X Corp", "Twitter"]),
  co("Qatar Investment Authority", "investor", ["QIA"]),
  co("MGX", "investor", []),
  co("GIC", "investor", []),
  co("Coatue", "investor", ["Coatue Management"]),
  co("Sequoia Capital", "investor", ["Sequoia"]),
  co("Altimeter Capital", "investor", ["Altimeter"]),
  co("Dragoneer", "investor", []),
  co("Greenoaks", "investor", []),
  co("Goldman Sachs", "investor", ["Goldman Sachs Group Inc."]),
  co("Kingdom Holding", "investor", ["Kingdom Holdings"]),
  co("US government", "other", ["U.S. government", "US government", "the U.S. government", "the US government"]),
  co("Project Rainier", "other", []),
  co("Stargate", "other", ["Project Stargate"]),
  co("WhatsApp", "other", []),
  co("Azure OpenAI Service", "other", []),
  co("Amazon Bedrock", "other", ["Bedrock", "AWS Bedrock"]),
  co("Amazon S3", "other", ["S3"]),
];

export const CHIPS: Chip[] = [
  { name: "Trainium1", vendor: "AWS", kind: "chip", aliases: ["Trainium 1", "Trn1 chip", "first-generation Trainium"] },
  { name: "Trainium2", vendor: "AWS", kind: "chip", aliases: ["Trainium 2", "Trn2 chip", "Trainium v2", "T2"], predecessor: "Trainium1" },
  { name: "Trainium3", vendor: "AWS", kind: "chip", aliases: ["Trainium 3", "Trn3 chip", "Trainium v3"], predecessor: "Trainium2" },
  { name: "Trainium4", vendor: "AWS", kind: "chip", aliases: ["Trainium 4", "Trn4 chip", "Trainium v4"], predecessor: "Trainium3" },
  { name: "Trainium5", vendor: "AWS", kind: "chip", aliases: ["Trainium 5", "Trainium v5"], predecessor: "Trainium4" },
  { name: "Inferentia2", vendor: "AWS", kind: "chip", aliases: ["Inferentia 2", "Inf2 chip"] },
  { name: "Trn2 instance", vendor: "AWS", kind: "instance", aliases: ["Trn2 instances", "Trainium2-powered EC2 instance", "EC2 Trn2 instance"] },
  { name: "Trn2 UltraServer", vendor: "AWS", kind: "system", aliases: ["Trn2 UltraServers", "EC2 Trn2 UltraServers", "Trainium2 UltraServer"] },
  { name: "Trn3 UltraServer", vendor: "AWS", kind: "system", aliases: ["Trn3 UltraServers", "Trainium3 UltraServer"] },
  { name: "A100", vendor: "Nvidia", kind: "chip", aliases: ["Nvidia A100"] },
  { name: "H100", vendor: "Nvidia", kind: "chip", aliases: ["Hopper H100", "Nvidia H100", "H100s"], predecessor: "A100" },
  { name: "H200", vendor: "Nvidia", kind: "chip", aliases: ["Nvidia H200"], predecessor: "H100" },
  { name: "B100", vendor: "Nvidia", kind: "chip", aliases: [], predecessor: "H100" },
  { name: "B200", vendor: "Nvidia", kind: "chip", aliases: ["Blackwell B200", "HGX B200"], predecessor: "H100" },
  { name: "B300", vendor: "Nvidia", kind: "chip", aliases: ["Blackwell Ultra", "Blackwell Ultra GPU", "Blackwell Ultra GPUs"], predecessor: "B200" },
  { name: "GB200", vendor: "Nvidia", kind: "chip", aliases: ["GB200 Superchip", "GB200 Grace Blackwell Superchip", "Grace Blackwell Superchip"] },
  { name: "GB200 NVL72", vendor: "Nvidia", kind: "system", aliases: ["NVL72", "Blackwell GB200 NVL72"] },
  { name: "DGX B200", vendor: "Nvidia", kind: "system", aliases: [] },
  { name: "MI300X", vendor: "AMD", kind: "chip", aliases: ["MI300", "Instinct MI300X"] },
  { name: "MI325X", vendor: "AMD", kind: "chip", aliases: [], predecessor: "MI300X" },
  { name: "MI350X", vendor: "AMD", kind: "chip", aliases: ["Instinct MI350X"], predecessor: "MI325X" },
  { name: "MI355X", vendor: "AMD", kind: "chip", aliases: ["Instinct MI355X", "MI355Xs"], predecessor: "MI325X" },
  { name: "TPU v7", vendor: "Google", kind: "chip", aliases: ["Ironwood", "Ironwood TPU", "TPUv7", "TPU7", "seventh-generation TPU"], predecessor: "TPU v6e" },
  { name: "TPU v6e", vendor: "Google", kind: "chip", aliases: ["Trillium"] },
  { name: "Grace", vendor: "Nvidia", kind: "chip", aliases: ["Grace CPU", "Grace CPUs"] },
  { name: "Maia 100", vendor: "Microsoft", kind: "chip", aliases: ["Maia"] },
];

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
const CASE_SENSITIVE = new Set(["Mistral", "X", "Meta", "Apple", "Sequoia", "Maia", "Ironwood", "Trillium", "Bedrock", "S3", "T2", "OCI", "GIC", "MGX", "QIA", "Grace", "Stargate", "Altimeter"]);

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
      if (overlaps(c.start, c.end)) continue;
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
  return buildOrgLexicon(text, (name) => !!resolveCompany(name) || !!resolveChip(name) || !!chips?.byForm.has(name) || /^(?:Trainium|Trn|Blackwell|Hopper|Instinct|Inferentia)$/.test(name) || MODEL_NAME.test(name));
}

/** The chips of an article the registry does not know (see lib/extract/chips-unknown.ts). */
export function chipLexicon(text: string): ChipLexicon {
  return buildChipLexicon(text, (name) => !!resolveChip(name) || /^(?:Trainium|Trn|Inf)\d/.test(name), (name) => !!resolveCompany(name));
}
