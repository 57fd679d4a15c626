/**
 * Chips and systems the registry does not know: an invented vendor's "Zephyr Z3", an AMD
 * "MI455X", a rack called "Helios". Found once per article from the shape of the name and the
 * words around it:
 *
 * - a model token (capital letters and digits: "C2", "Q7", "MI455X", "X1000"), optionally after
 *   its vendor ("Zephyr Z3", "AMD MI455X"), in a sentence that speaks of an accelerator, chip,
 *   GPU, processor, rack or system and either has chip-spec units (TFLOPS, GB, TB/s, W, nm) or
 *   puts the chip noun right after the name ("the Z3 accelerator");
 * - a name introduced by "called", "dubbed" or "named" in a sentence about a chip or system.
 *
 * Known chips fold to the registry. A major vendor's prefix is dropped ("AMD MI455X" ->
 * "MI455X"); any other vendor's chip keeps its vendor ("Zephyr Z3", "Qualcomm AI200"), and a later bare model
 * ("the Z3") names the same chip: two vendors can both ship a "Z3", so the full name is the one stored.
 */
import type { ChipKind } from "./entities";
import { MODEL_NAME } from "./noise";
import { escapeRe, launchingVendor } from "./chip-vendors";
import { addNamedProducts } from "./chip-products";
import { addSpacedModels } from "./chip-spaced-models";

export type UnknownChip = { name: string; kind: ChipKind; predecessor?: string };
export type ChipLexicon = { byForm: Map<string, UnknownChip>; re: RegExp | null };

const CHIP_NOUN = /\b(?:accelerators?|chips?|GPUs?|processors?|NPUs?|TPUs?|XPUs?|superchips?|silicon|racks?|systems?|servers?|pods?|clusters?|instances?|parts?|cards?|dies?)\b/i;
const SYSTEM_NOUN = /^(?:racks?|systems?|servers?|pods?|clusters?|instances?)$/i;
const SPEC_UNIT = /\d\s?(?:[TPE]FLOPS|[TPE]flops|(?:peta|tera|exa)[\s-]?flops|GB|TB\/s|GB\/s|TB|kW|W|nm)\b|\bHBM\d?e?\b/;
const STRONG_UNIT = /\d\s?(?:[TPE]FLOPS|[TPE]flops|(?:peta|tera|exa)[\s-]?flops|TB\/s|GB\/s)|\d\s?(?:GB|TB)\s+of\s+HBM/;
/** A model token: capital letters then digits, optional letter suffix ("MI455X", "C2", "X1000"). */
const MODEL = "[A-Z][A-Za-z]{0,4}\\d{1,4}[A-Za-z]{0,3}";
const MENTION_RE = new RegExp(`(?<![\\w.\\-‑/])(?:([A-Z][A-Za-z]{2,20})[ \\u00a0])?(${MODEL})(?![\\w\\-‑/])`, "g");
const CALLED_RE = /\b(?:called|dubbed|named|codenamed|code-named)\s+(?:the\s+)?["“]?([A-Z][A-Za-z0-9]*(?:[ \u00a0][A-Z0-9][A-Za-z0-9]*){0,2})/g;

/** "the Stratosphere pod": a capitalised word, not a sentence's first, then a pod, cluster or supercomputer noun. */
const NAMED_SYSTEM_RE = /(?<=\b(?:the|its|their|a|an)\s)([A-Z][a-z]{3,20})\s(?:pod|superpod|SuperPod|cluster|supercluster|supercomputer)(?![\w-])/g;

/** Tokens that look like models but name precisions, memories, links, periods or standards. */
const NOT_MODEL = /^(?:Q[1-4]|H[12]|FY\d+|CY\d+|FP\d+|BF\d+|TF\d+|INT\d+|MXFP\d+|NVFP\d+|HBM\w*|L[123]|DDR\w*|LPDDR\w*|GDDR\w*|PCIe\w*|NVLink\w*|CXL\w*|UCIe\w*|USB\w*|SXM\w*|OAM\w*|N[1-7]P?|[1-9]G|G[78]|G20|COVID\w*|GPT\w*|Llama\w*|Series\w*|Gen\d+|Wi\w*|IPv\d|MP\d|S\d{3}|EC2|S3|ES\d)$/;
const STOP_VENDOR = /^(?:The|Its|Their|This|That|These|Those|Each|Every|New|Our|Both|With|And|For|From|Per|Than|Versus|Like|Unlike|Also|While|Its|His|Her|Next|Last|Both|Only|Just|Some|Any|All|Early|Late|Mid|In|On|At|By|Of|To|As|Was|Is|Are|Will|Has|Had|Have|Including|Rivals?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Sixteen|Dozens?|Hundreds?|Thousands?|Several|Many|Few|Most|More|Multiple|Instinct|Radeon|Tesla|Hopper|Blackwell)$/;


/** Spec units, also spelled out ("2 nanometres"), that mark a sibling model as a chip. */
const SPELLED_UNIT = new RegExp(`${SPEC_UNIT.source}|\\d\\s?(?:nanomet(?:er|re)s?|gigabytes|terabytes|watts|(?:peta|tera)flops)\\b`);
/** "Q7" and "Q8", "C2" and "C3": one letter stem, numbers one apart. */
const sameFamily = (a: string, b: string) => {
  const x = a.match(/^([A-Z]+)(\d+)$/);
  const y = b.match(/^([A-Z]+)(\d+)$/);
  return !!x && !!y && x[1] === y[1] && Math.abs(Number(x[2]) - Number(y[2])) === 1;
};

type Found = { vendor?: string; model: string; at: number; kind: ChipKind };

/**
 * The unknown chips of an article. `isKnownChip` folds registry names; `isKnownCompany` says
 * whether a vendor word is a registry company (its prefix is then dropped).
 */
export function buildChipLexicon(
  text: string,
  isKnownChip: (name: string) => boolean,
  isKnownCompany: (name: string) => boolean,
  dropsPrefix: (vendor: string) => boolean = isKnownCompany,
): ChipLexicon {
  const byForm = new Map<string, UnknownChip>();
  if (!CHIP_NOUN.test(text) && !STRONG_UNIT.test(text)) return { byForm, re: null };
  const found: Found[] = [];
  const unitOnly: string[] = [];
  const bare = new Set<string>();
  // sentences, roughly: the chip evidence is read per sentence
  const sentenceOf = (at: number) => {
    let s = at;
    while (s > 0 && !/[.!?\n]/.test(text[s - 1]) ) s--;
    let e = at;
    while (e < text.length && !(/[!?\n]/.test(text[e]) || (text[e] === "." && !/\d/.test(text[e + 1] ?? "")))) e++;
    return text.slice(s, e);
  };
  /** the unknown vendor an article writes before a model, wherever it does ("Corvane C2") */
  const vendorOf = new Map<string, string>();
  for (const m of text.matchAll(MENTION_RE)) {
    let vendor: string | undefined = m[1];
    const model = m[2];
    if (NOT_MODEL.test(model) || MODEL_NAME.test(model) || isKnownChip(model) || isKnownCompany(model)) continue;
    if (vendor && MODEL_NAME.test(vendor)) continue;
    if (vendor && (STOP_VENDOR.test(vendor) || isKnownChip(`${vendor} ${model}`))) vendor = undefined;
    if (vendor && !dropsPrefix(vendor) && !vendorOf.has(model)) vendorOf.set(model, vendor);
    const start = m.index + (vendor ? 0 : m[0].length - model.length);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const nounAfter = after.match(/^\s+([A-Za-z-]+)(?:\s+([A-Za-z]+))?/);
    const directNoun: string | undefined = nounAfter ? [nounAfter[1], nounAfter[2]].find((w) => !!w && CHIP_NOUN.exec(w)?.[0] === w) : undefined;
    const sent = sentenceOf(m.index);
    // throughput, bandwidth and HBM are chip units on their own; GB, W and nm need a chip noun too
    const chipy = directNoun || (CHIP_NOUN.test(sent) && SPEC_UNIT.test(sent)) || STRONG_UNIT.test(sent);
    // a process node or a version is not a product ("TSMC's N3 process", "version 2")
    if (/^\s+(?:process|node|nm|standard|protocol|interface|cores?|instruction)\b/i.test(after)) continue;
    if (!vendor) bare.add(model);
    if (!chipy) {
      if (CHIP_NOUN.test(sent) || EARLIER.test(sent)) found.push({ vendor, model, at: start, kind: "chip" });
      else if (SPELLED_UNIT.test(sent)) unitOnly.push(model);
      continue;
    }
    // "the Q9 rack" is a rack of Q9 chips, and "an eight-chip A4 server" a server of A4 chips: the model stays a chip
    const ofChips = /\b[\w]+[-‑\s](?:chip|gpu|accelerator|card|way)\s+$/i.test(text.slice(Math.max(0, start - 25), start));
    found.push({ vendor, model, at: start, kind: directNoun && SYSTEM_NOUN.test(directNoun) && !/^racks?$/i.test(directNoun) && !ofChips ? "system" : "chip" });
    const key = vendor && !dropsPrefix(vendor) ? `${vendor} ${model}` : model;
    if (!byForm.has(key)) byForm.set(key, { name: key, kind: found[found.length - 1].kind });
  }
  const naming = text.includes("called") || text.includes("dubbed") || text.includes("named");
  if (naming) for (const m of text.matchAll(CALLED_RE)) {
    const name = m[1].replace(/[ \u00a0]+(?:chip|chips|accelerator|system|rack|GPU|processor)s?$/i, "");
    // only a chip or system is named here: "a chip start-up called Zephyr" names a company
    const noun = text.slice(Math.max(0, m.index - 40), m.index).match(/(\w+)\s*,?\s*$/)?.[1] ?? "";
    if (CHIP_NOUN.exec(noun)?.[0] !== noun || isKnownChip(name) || isKnownCompany(name) || byForm.has(name)) continue;
    byForm.set(name, { name, kind: SYSTEM_NOUN.test(noun) ? "system" : "chip" });
  }
  // "Q8 moves to 2 nanometres": a bare model beside a spec unit, one number on from a chip of the article, is its sibling
  for (const model of unitOnly) {
    const sib = [...byForm.values()].find((c) => c.kind === "chip" && sameFamily(c.name.slice(c.name.lastIndexOf(" ") + 1), model));
    if (sib && !byForm.has(model)) byForm.set(model, { name: model, kind: "chip" });
  }
  // a chip first found bare whose vendor-prefixed form appears anywhere in the article
  // ("Corvane C2, ahead of first shipments" beside "the C2 carries 216 GB") takes the full name
  for (const [model, vendor] of vendorOf) {
    const cur = byForm.get(model);
    if (cur && cur.name === model) {
      const full = { name: `${vendor} ${model}`, kind: cur.kind };
      byForm.set(model, full);
      byForm.set(full.name, full);
    }
  }
  // a chip the article only ever writes bare takes the vendor that launches or owns it
  // ("Corvid Systems on Tuesday unveiled the C5"); its bare siblings ("the C4") are the same vendor's
  const bareChips = [...byForm].filter(([model, cur]) => cur.name === model && !model.includes(" "));
  const launchedStem = new Map<string, string>();
  const vendorByModel = new Map<string, string>();
  for (const [model] of bareChips) {
    const vendor = launchingVendor(text, model);
    if (!vendor || dropsPrefix(vendor) || STOP_VENDOR.test(vendor) || MODEL_NAME.test(vendor)) continue;
    vendorByModel.set(model, vendor);
    launchedStem.set(model.replace(/\d+[A-Za-z]*$/, ""), vendor);
  }
  for (const [model, cur] of bareChips) {
    const vendor = vendorByModel.get(model) ?? launchedStem.get(model.replace(/\d+[A-Za-z]*$/, ""));
    if (!vendor) continue;
    const full = { ...cur, name: `${vendor} ${model}` };
    byForm.set(model, full);
    byForm.set(full.name, full);
  }
  // a bare model in an article whose other unknown chips all carry one vendor is that vendor's too
  // ("Quillon's Q7 ... Eight of the chips go into the QS8 server")
  const brands = new Set([...byForm.values()].filter((c) => c.name.includes(" ")).map((c) => c.name.slice(0, c.name.indexOf(" "))));
  if (brands.size === 1) {
    const brand = [...brands][0];
    for (const [model, cur] of [...byForm]) {
      // a cloud's instance keeps its own name ("BX8 instance" with another vendor's GPUs inside)
      if (cur.name !== model || model.includes(" ") || !/\d/.test(model) || new RegExp(`\\b${escapeRe(model)}\\s+instances?\\b`).test(text)) continue;
      const full = { ...cur, name: `${brand} ${model}` };
      byForm.set(model, full);
      byForm.set(full.name, full);
    }
  }
  // a vendor-prefixed name whose bare model the article also writes: the bare model is the same chip,
  // under its full name
  const vendorOfStem = new Map<string, string>();
  for (const [k, v] of [...byForm]) {
    const sp = k.lastIndexOf(" ");
    if (sp < 0) continue;
    const model = k.slice(sp + 1);
    if (!/\d/.test(model)) continue;
    if (v.name === k) vendorOfStem.set(model.replace(/\d+[A-Za-z]*$/, ""), k.slice(0, sp));
    if (bare.has(model)) {
      const full = byForm.get(k)!;
      byForm.set(model, full);
    } else if (!byForm.has(model)) byForm.set(model, v);
  }
  // a sibling of a chip ("C1" next to "C2") in a sentence about chips or an earlier generation
  const stem = (n: string) => n.replace(/\d+[A-Za-z]*$/, "");
  const stems = new Set([...byForm.keys()].map((k) => stem(k.slice(k.lastIndexOf(" ") + 1))));
  for (const f of found) {
    const key = f.vendor && !dropsPrefix(f.vendor) ? `${f.vendor} ${f.model}` : f.model;
    // a bare sibling takes its family's vendor ("C1" beside "Corvane C2" is "Corvane C1")
    const family = !f.vendor ? vendorOfStem.get(stem(f.model)) : undefined;
    if (!byForm.has(key) && stems.has(stem(f.model)))
      byForm.set(key, byForm.get(f.model) ?? { name: family ? `${family} ${f.model}` : key, kind: f.kind });
  }
  // a chip found in one sentence names the same token in every other sentence too
  for (const f of found) {
    const key = f.vendor && !dropsPrefix(f.vendor) ? `${f.vendor} ${f.model}` : f.model;
    if (!byForm.has(key) && byForm.has(f.model) && f.vendor && !dropsPrefix(f.vendor)) byForm.set(key, byForm.get(f.model)!);
  }
  // "the Stratosphere pod", "the Orion supercluster": a one-word product name before a pod or cluster noun
  if (STRONG_UNIT.test(text) || /\d\s+(?:chips|GPUs|accelerators|racks)\b/.test(text)) for (const m of text.matchAll(NAMED_SYSTEM_RE)) {
    const [full, word] = m;
    if (STOP_VENDOR.test(word) || isKnownChip(word) || isKnownCompany(word) || MODEL_NAME.test(word) || byForm.has(full)) continue;
    const sent = sentenceOf(m.index);
    if (!STRONG_UNIT.test(sent) && !/\d\s+(?:[A-Za-z\d-]+\s+)?(?:chips|GPUs|accelerators|racks)\b/.test(sent)) continue;
    byForm.set(full, { name: full, kind: "system" });
  }
  addNamedProducts(text, byForm, isKnownChip, isKnownCompany);
  addSpacedModels(text, byForm, isKnownChip, isKnownCompany, dropsPrefix);
  if (!byForm.size) return { byForm, re: null };
  predecessors(text, byForm);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/ /g, "[ \\u00a0]"));
  return { byForm, re: new RegExp(`(?<![\\w\\-‑/])(?:${forms.join("|")})(?![\\w\\-‑/])`, "g") };
}

/** A company name (its first word is the brand) followed by a launch verb, or its possessive. */
const EARLIER = /\b(?:predecessor|previous|prior|last[\s-]generation|first[\s-]generation|older|launched\s+in\s+\d{4}|released\s+in\s+\d{4}|introduced\s+in\s+\d{4}|succeeds|replaces|successor\s+to)\b/i;

/**
 * The predecessor of each unknown chip: another unknown chip the article names as earlier
 * ("its predecessor, the C1", "the C1, launched in 2024"), or the same family with a lower number.
 */
function predecessors(text: string, byForm: Map<string, UnknownChip>) {
  const chips = [...new Set(byForm.values())];
  const stemOf = (n: string) => n.match(/^(.*?)(\d+)([A-Za-z]*)$/);
  const earlier = new Set<string>();
  for (const c of chips) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(c.name)}(?![\\w-])`, "g");
    for (const m of text.matchAll(re)) {
      const around = text.slice(Math.max(0, m.index - 40), m.index + c.name.length + 40);
      if (EARLIER.test(around)) earlier.add(c.name);
    }
  }
  for (const c of chips) {
    const s = stemOf(c.name);
    const fam = chips.filter((o) => {
      const t = stemOf(o.name);
      return o !== c && s && t && t[1] === s[1] && Number(t[2]) < Number(s[2]);
    });
    const named = fam.find((o) => earlier.has(o.name)) ?? fam.sort((a, b) => Number(stemOf(b.name)![2]) - Number(stemOf(a.name)![2]))[0];
    if (named) c.predecessor = named.name;
  }
}

/** Mentions of the article's unknown chips in `text`. */
export function findChipMentions(text: string, lex: ChipLexicon): { start: number; end: number; chip: UnknownChip }[] {
  if (!lex.re) return [];
  const out: { start: number; end: number; chip: UnknownChip }[] = [];
  lex.re.lastIndex = 0;
  for (const m of text.matchAll(lex.re)) {
    const chip = lex.byForm.get(m[0].replace(/\u00a0/g, " "));
    if (chip) out.push({ start: m.index, end: m.index + m[0].length, chip });
  }
  return out;
}
