/**
 * Counts with a clear subject: chips in a system or a deal, CPUs, transistors, and a company's
 * customers, users and employees; and the buyer -> supplier pair of a compute deal.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import { resolveCompany, type EntityMention } from "./entities";
import { topicChip } from "./chip-subjects";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { asCloud, laterClauseSubject, possessiveBefore, PRONOUN_OPENS, subjectBefore } from "./subjects";
import { isChip, isCompany, PRONOUN, type State } from "./state";
import { orderSubject } from "./money-subjects";
import { topicCompany } from "./coreference";
import { speakerCompanyAt, weCompany } from "./speakers";
import { systemHolder } from "./count-holders";
import { chipUseClaim } from "./count-use";
import { productBefore } from "./count-products";
import { fleetTarget, platformCount, siteShare } from "./count-shares";
import { customerDeployment } from "./chip-deployments";

export type UnitCtx = {
  text: string;
  sentence: Sentence;
  clause: Span;
  q: Quantity;
  ents: EntityMention[];
  st: State;
  /** the chip or system the figure describes, if any */
  chip: () => string | undefined;
  beforeTxt: string;
  afterTxt: string;
};
export type UnitResult = { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null;

/**
 * The buyer -> supplier pair of a partnership or compute deal the sentence speaks of:
 * a lab and another company in the sentence, or the article's last compute deal when the
 * sentence names one of its parties or none.
 */
export function dealPair(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany).filter((e) => e.kind !== "other");
  const names = [...new Set(comps.map((e) => e.name))];
  const lab = comps.find((e) => e.kind === "lab");
  const supplier = comps.find((e) => e.kind !== "lab" && e.name !== lab?.name);
  // "Oracle plans to deploy 50,000 GPUs, while Meta, which has 600,000 H100s, ...": two companies in
  // contrasted clauses are not a deal's two parties
  const cut = [...text.slice(sentence.start, sentence.end).matchAll(/;|,\s*(?:while|whereas|but|although|though)\b|,\s*and\s+(?=[A-Z])/g)].map((m) => sentence.start + m.index!);
  const cStart = Math.max(sentence.start, ...cut.filter((c) => c <= q.start));
  const cEnd = Math.min(sentence.end, ...cut.filter((c) => c >= q.end));
  const inClause = (e: EntityMention) => e.start >= cStart && e.end <= cEnd;
  if (lab && supplier && names.length === 2 && !(inClause(lab) || comps.some((e) => e.name === lab.name && inClause(e))) !== !(comps.some((e) => e.name === supplier.name && inClause(e)))) return null;
  if (lab && supplier && names.length === 2) return `${lab.name} -> ${asCloud(supplier.name)}`;
  const last = st.lastBuyer && st.lastCloud ? `${st.lastBuyer} -> ${asCloud(st.lastCloud)}` : null;
  // the last deal when the sentence names none of its parties or both of them; one party alone may speak of its own business
  const both = names.some((n) => n === st.lastBuyer) && names.some((n) => asCloud(n) === asCloud(st.lastCloud!));
  if (last && (names.length === 0 || (names.every((n) => n === st.lastBuyer || asCloud(n) === asCloud(st.lastCloud!)) && (both || q.unit !== "gw")))) {
    if (names.length === 0 && !/\b(?:deal|contract|agreement|partnership|pact|it|will|under)\b/i.test(sentence.text)) return null;
    return last;
  }
  // "Microsoft … . It has signed … a 750-megawatt agreement with IREN": the previous sentence's subject buys
  const it = (PRONOUN_OPENS.test(sentence.text) || TIME_THEN_IT.test(sentence.text)) && st.prevSubject?.sentence === sentence.index - 1 ? st.prevSubject.name : undefined;
  if (it && names.length === 1 && !lab && supplier && asCloud(supplier.name) !== asCloud(it) && DEAL_WORD.test(sentence.text) && /\b(?:with|from|use\s+of)\s+(?:\S+\s+){0,2}$/.test(text.slice(Math.max(sentence.start, supplier.start - 25), supplier.start))) return `${it} -> ${asCloud(supplier.name)}`;
  // a supplier named alone takes the last buyer only where the sentence speaks of a deal, not of the supplier's own business
  if (st.lastBuyer && names.length === 1 && !lab && supplier && asCloud(supplier.name) !== st.lastBuyer && DEAL_WORD.test(sentence.text)) return `${st.lastBuyer} -> ${asCloud(supplier.name)}`;
  // "Anthropic signed a deal with Google Cloud. Under the agreement, Anthropic will access ...": the lab's deal of the sentence before
  if (lab && names.length === 1 && /\b(?:deal|agreement|contract|partnership|pact)\b/i.test(text.slice(sentence.start, q.start))) {
    const prev = text.slice(Math.max(0, sentence.start - 400), sentence.start).split(/\n\s*\n/).pop()!.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((x) => x.trim()).pop() ?? "";
    const m = prev.includes(lab.name) ? prev.match(/\b(?:deal|agreement|contract|partnership|pact)\s+with\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})/) : null;
    const words = m?.[1].split(/\s+/) ?? [];
    // the longest leading run of words that names a company ("Google Cloud to boost" -> Google Cloud)
    for (let n = words.length; n > 0; n--) {
      const c = resolveCompany(words.slice(0, n).join(" "));
      if (c && c.name !== lab.name) return `${lab.name} -> ${asCloud(c.name)}`;
    }
  }
  return null;
}

/** "Last month it agreed", "On Monday, it said": a sentence whose subject is the pronoun after a time phrase */
const TIME_THEN_IT = /^\s*(?:(?:Last|This|Earlier\s+this|Later\s+that|Next)\s+(?:week|month|year|quarter)|(?:On|In|Earlier\s+in)\s+[A-Z][a-z]+(?:\s+\d{1,4})?|Earlier|Later|Separately|Meanwhile)\s*,?\s+(?:it|they)\s+(?!(?:is|was)\s+(?:expected|unclear|reported)\b)/;

/** "a fleet of more than 420,000 GPUs", "our fleet passed 420,000 GPUs" */
const FLEET = /\bfleet\s+(?:of|(?:has\s+|had\s+)?(?:passed|reached|topped|crossed|exceeded|surpassed|grew\s+to|stands\s+at|stood\s+at|is|was|totals|totalled|totaled|numbers|numbered))\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost|just\s+over)\s+)?$/i;
const DEAL_WORD = /\b(?:deal|contract|agreement|partnership|pact|supply|supplies|supplying|provide|provides|providing|deploy\w*|order\w*|buy\w*|purchas\w*|commit\w*|will|under)\b/i;

const ORDER_VERB = /\b(?:(?:buy|buys|buying|bought|purchas\w*|order(?:s|ed|ing)?|acquir\w*|deploy(?:s|ed|ing)?)|(?:plac\w+|put\s+in|submitted)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?orders?\s+for|order\s+(?:is|was)\s+for)\s+(?:(?:up\s+to|about|around|roughly|nearly|more\s+than|over|some|another|an\s+additional)\s+)?$/i;
/** "we've got 40,000 A4s on order", "has 20,000 chips on order": an order stated after the count */
const ON_ORDER = /^\s+(?:on\s+order|on\s+back-?order)\b/i;

/**
 * An order of an unknown vendor's chips ("ordered 40,000 Q7 chips", "will deploy up to 20,000 Zeta Z2
 * accelerators", "has ordered 40,000 of the chips"): the buyer, the clause's company, takes them from
 * the company whose name the chip carries ("Quillon Q7" is Quillon Semiconductor's).
 */
function chipVendorOrder(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  if (!ORDER_VERB.test(text.slice(Math.max(sentence.start, q.start - 50), q.start)) && !ON_ORDER.test(text.slice(q.end, q.end + 20))) return null;
  const named = ents.find((e) => isChip(e) && e.start >= q.start && e.end <= q.end);
  // "ordered 40,000 A4s": the plural of a chip the article names
  const plural = text.slice(q.start, q.end).match(/([A-Z][\w-]*\d[\w-]*?)s$/)?.[1];
  const chip = named?.name ?? (plural ? st.chipLex?.byForm.get(plural)?.name : undefined) ?? (/\b(?:the|these|those)\s+(?:chips|accelerators|parts|processors)\b/i.test(text.slice(q.start, q.end)) ? st.lastChip : undefined);
  // "placed an order for 100,000 Nvidia Blackwell GPUs": the chipmaker named in the counted phrase sells them
  const maker = ents.find((e) => isCompany(e) && e.kind === "chipmaker" && e.start > q.start && e.end < q.end);
  // "Oracle will deploy 50,000 AMD MI450 chips": the same when the chip is named too; the buyer is its clause's subject
  if (maker) {
    const others = ents.filter((e) => e.name !== maker.name);
    const buyer = laterClauseSubject(text, sentence.start, others, q.start) ?? subjectBefore(text, sentence.start, others, q.start);
    if (buyer && buyer.name !== maker.name) return `${buyer.name} -> ${maker.name}`;
    if (!chip) return null;
  }
  if (!chip || !st.chipLex?.byForm.has(chip) || !chip.includes(" ")) return null;
  const brand = chip.split(" ")[0];
  const vendorOf = (n: string) => n === brand || n.startsWith(`${brand} `);
  // or the brand's company the article names later ("Quorra Semiconductor, the chip start-up, says ...")
  const later = text.match(new RegExp(`\\b${brand}\\s+(?:Semiconductors?|Systems|Labs|Compute|Computing|Technologies|Silicon|Devices|Microsystems|Chips)\\b`))?.[0];
  const vendor = ents.find((e) => isCompany(e) && vendorOf(e.name))?.name ?? [...st.recentCompanies].reverse().find(vendorOf) ?? later;
  if (!vendor) return null;
  const buyer = subjectBefore(text, sentence.start, ents.filter((e) => !vendorOf(e.name)), q.start)?.name ?? weCompany(text, sentence.start, q.start);
  return buyer && buyer !== vendor ? `${buyer} -> ${vendor}` : null;
}

/** "We have about 420 people": in an interview about a chip, "we" is the company whose name the chip carries. */
function speakerCompany(text: string, st: State): string | undefined {
  const chip = topicChip(text, st);
  if (!chip?.includes(" ")) return undefined;
  const brand = chip.slice(0, chip.indexOf(" "));
  return [...st.recentCompanies].reverse().find((n) => n === brand || n.startsWith(`${brand} `));
}

const VAGUE = /\b(?:several|a\s+few|few|many|some\s+few|multiple|tens\s+of|hundreds\s+of|thousands\s+of)\s+$/i;

export function countClaim(c: UnitCtx): UnitResult {
  const { text, sentence, clause, q, ents, st, chip } = c;
  const base = { value: q.value, valueMax: q.valueMax };
  // "several hundred thousand GPUs", "a few thousand chips", "tens of thousands": a vague amount, not a count
  if (VAGUE.test(text.slice(Math.max(sentence.start, q.start - 14), q.start)) || /^(?:hundreds|thousands|tens)\b/i.test(text.slice(q.start, q.end))) return null;
  if (q.detail === "transistors") {
    const s = chip();
    return s ? { subject: s, property: "transistor_count", kind: "chip_spec", ...base } : null;
  }
  // "eight stacks of HBM3e": the chip's memory stacks
  if (q.detail === "hbm_stacks") {
    // "pairs two dies with eight stacks of HBM": the build described in passing, not a stated figure
    if (/\bwith\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 6), q.start))) return null;
    const s = chip();
    return s ? { subject: s, property: "hbm_stack_count", kind: "chip_spec", ...base } : null;
  }
  // "144 streaming multiprocessors": the chip's SM count
  if (q.detail === "sms") {
    const s = chip();
    return s ? { subject: s, property: "sm_count", kind: "chip_spec", ...base } : null;
  }
  if (q.detail === "cpus") {
    const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance"));
    return system ? { subject: system.name, property: "cpu_count", kind: "chip_spec", ...base } : null;
  }
  // a company's customers, users, employees: "<modifier>_<noun>_count" with the company as subject
  if (q.detail.startsWith("of:")) {
    const noun = q.detail.slice(3).replace(/\s+/g, "_");
    const property = `${noun}_count`;
    // "ChatGPT now has 700 million weekly users": the product named before the verb counts its users
    const product = /(?:user|subscriber)$/.test(noun) ? productBefore(text, Math.max(clause.start, q.start - 120), q.start, ents) : undefined;
    if (product) return { subject: product, property, kind: "other", ...base };
    // "signed deals with 3 customers": the parties of a deal, not the customers a company has
    if (/customer|client/.test(noun) && /\b(?:deals?|contracts?|agreements?|partnerships?)\s+with\s+(?:(?:about|around|some|more\s+than|over)\s+)?$/i.test(text.slice(Math.max(clause.start, q.start - 40), q.start))) return null;
    const comps = ents.filter(isCompany);
    // not a company in a list of others ("from investors including SoftBank and Broadcom and employs 1,400 people")
    const listed = (e: EntityMention) => /\b(?:including|such\s+as|like)\s+(?:[A-Z][\w.&-]*\s*(?:,|and)?\s+){0,4}$/.test(text.slice(Math.max(clause.start, e.start - 60), e.start));
    // "founded by former OpenAI employees": a company that only qualifies other people is not the counted one
    const modifier = (e: EntityMention) => /^\s+(?:employees|staff(?:ers)?|researchers|executives|engineers|alumni|veterans)\b/i.test(text.slice(e.end, e.end + 20));
    const inClause = [...comps].reverse().find((e) => e.start >= clause.start && e.end <= q.start && !listed(e) && !modifier(e) && !/\b(?:in|to|from|by|with|of|for|than|at|on)\s+(?:the\s+)?(?:former\s+|ex-)?$/i.test(text.slice(Math.max(clause.start, e.start - 19), e.start)));
    const s = possessiveBefore(text, ents, q.start, 40) ?? inClause ?? subjectBefore(text, sentence.start, ents, q.start);
    const we = /\b(?:we|our)\b/i.test(text.slice(sentence.start, q.start));
    // in a transcript, a count in an executive's answer that names no company is the speaker's company's
    const speaker = we || !comps.length ? speakerCompanyAt(text, q.start) : undefined;
    const name = s?.name ?? speaker ?? (we ? speakerCompany(text, st) : undefined) ?? (PRONOUN.test(text.slice(sentence.start, q.start)) || we ? topicCompany(st) : undefined);
    return name ? { subject: name, property, kind: "other", ...base } : null;
  }
  const racks = /^(?:racks|servers|nodes)$/.test(q.detail);
  if (!racks && !/^(?:chips|gpus|tpus|accelerators|superchips|[a-z]{1,3}\d{1,4}[a-z]?s)$/.test(q.detail)) return null;
  // "Two GB200 NVL72s hold 144 GPUs": a number of whole systems is not a number of chips
  if (!racks && ents.some((e) => e.type === "chip" && e.kind !== "chip" && e.start >= q.start && e.start < q.end)) return null;
  // "we expect to ship more than 150,000 Q7s this year": the vendor's shipments
  if (!racks && /\b(?:ship|ships|shipped|shipping)\s+(?:(?:more\s+than|over|about|around|nearly|some|up\s+to|roughly)\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) {
    const we = /\b(?:we|our)\b/i.test(text.slice(sentence.start, q.start));
    const name = (we ? speakerCompany(text, st) : undefined) ?? subjectBefore(text, sentence.start, ents, q.start)?.name;
    return name ? { subject: name, property: "shipment_count", kind: "other", ...base } : null;
  }
  const customer = racks ? null : customerDeployment(c);
  const forCustomer = racks ? undefined : (customer ? { subject: customer, property: "chip_count", kind: "investment" as const, ...base } : undefined) ?? platformCount(c) ?? fleetTarget(c);
  if (forCustomer) return forCustomer;
  const use = racks ? undefined : chipUseClaim(c);
  if (use) return use;
  const sys = racks ? null : systemHolder(c);
  if (sys) return sys;
  // "We'll be at roughly 350,000 accelerators in the fleet": in a transcript, the speaker's company's own fleet
  const own = racks || ents.some((e) => isCompany(e) && e.end <= q.start) ? undefined : weCompany(text, sentence.start, q.start);
  if (own && /\b(?:fleet|operate|run|running|installed)\b|\b(?:be|are|were)\s+at\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over)\s+)?$/i.test(text.slice(sentence.start, q.end + 30)) && !ORDER_VERB.test(text.slice(sentence.start, q.start)) && !ON_ORDER.test(text.slice(q.end, q.end + 20)))
    return { subject: own, property: "chip_count", kind: "other", ...base };
  // "The company now operates roughly 180,000 GPUs", "a fleet of more than 420,000 GPUs": the fleet a company runs is its own, not a deal
  if (!racks && (/\b(?:operates|operated|runs|ran|(?:expects?|plans?|aims?|hopes?|intends?)\s+to\s+(?:operate|run)|will\s+(?:be\s+)?(?:operate|operating))\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over)\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 30), q.start)) || FLEET.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)))) {
    // "It now has ... a fleet of": the pronoun is the last company spoken of, as for its gigawatts
    const fleet = FLEET.test(text.slice(Math.max(sentence.start, q.start - 40), q.start));
    const s = subjectBefore(text, sentence.start, ents, q.start)?.name ?? weCompany(text, sentence.start, q.start) ?? (PRONOUN.test(text.slice(sentence.start, q.start)) ? (fleet ? st.recentCompanies.at(-1) : topicCompany(st)) : undefined);
    return s ? { subject: s, property: "chip_count", kind: "other", ...base } : null;
  }
  // "18,000 GPUs in 250 NVL72 racks": the racks of a deployment or an order are counted for its parties;
  // "The first 6,000 chips are due in ...": the first delivery of the order
  const property = racks ? "rack_count" : /\bfirst\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 10), q.start)) ? "first_tranche_chip_count" : "chip_count";
  // "a campus near Leeds that will house 50,000 GB300 chips", "a platform built with Nvidia that will initially run on
  // 18,000 chips": a site's or a platform's chips, not an order's
  if (SITE_HOLDS.test(text.slice(Math.max(sentence.start, q.start - 100), q.start)) || siteShare(c)) return null;
  const deal = chipDeal(c, racks);
  if (deal) st.lastChipDeal = deal;
  return deal ? { subject: deal, property, kind: "investment", ...base } : null;
}

const AT_SITE = /^\s+(?:at|in)\s+(?:its|their|the|a)\s+(?:[A-Z][\w-]*\s+){1,3}(?:site|campus|facility|data[\s-]?cent(?:er|re)|plant|hub)\b/;
const SITE_HOLDS = /\b(?:campus|site|facility|data[\s-]?cent(?:er|re)|building|platform|cluster|supercomputer)\b[^.;]{0,60}?\b(?:that|which|to)\s+(?:will\s+|would\s+)?(?:(?:initially|eventually|first)\s+)?(?:(?:house|hold|host)s?|runs?\s+on)\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|up\s+to)\s+)?$/i;

/** The buyer -> vendor pair the counted chips or racks are ordered or deployed under. */
function chipDeal(c: UnitCtx, racks: boolean): string | null {
  const { text, sentence, q, ents, st } = c;
  if (racks && !/\b(?:in|into|across|over)\s+$/i.test(text.slice(Math.max(sentence.start, q.start - 8), q.start))) return null;
  const customer = racks ? null : customerDeployment(c);
  if (customer) return customer;
  // "Halcyon ordered 40,000 of Quillon's Q7 chips": buyer -> the company that makes the chip
  const own = chipVendorOrder(text, sentence, q, ents, st);
  if (own) return own;
  // "agreed to buy 50,000 accelerators from AMD": buyer -> vendor
  if (/\b(?:buy|buys|buying|bought|purchas\w*|order(?:s|ed|ing)?|acquir\w*)\b/i.test(text.slice(sentence.start, q.start))) {
    const order = orderSubject(text, sentence, q, ents, st);
    if (order) return order;
  }
  const pair = dealPair(text, sentence, q, ents, st);
  if (pair) return pair;
  // "- 18,000 GPUs in 250 racks", "The first 6,000 chips ship in May": the article's chip order, when the
  // sentence names no other company
  const parties = st.lastChipDeal?.split(" -> ") ?? [];
  // "will install 23,040 GB300s at its Loughton site": chips placed at a site are the site's, not the order's
  if (st.lastChipDeal && ents.filter(isCompany).every((e) => parties.includes(e.name)) && !AT_SITE.test(text.slice(q.end, q.end + 60))) return st.lastChipDeal;
  return null;
}
