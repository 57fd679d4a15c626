/**
 * Power and capacity figures (GW, MW): a company's, a deal's or a program's. A figure the
 * sentence gives to a site ("a 300 MW campus", "the Hanau campus will reach 200 megawatts"), to a
 * deal with an unnamed party ("rents capacity from us", "agreed to take 200 MW") or to a company
 * only by a pronoun after it is not guessed onto a company: it is dropped.
 */
import type { ClaimKind } from "@/lib/validations/claim";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { asCloud, subjectBefore } from "./subjects";
import { isCompany, PRONOUN, type State } from "./state";
import { dealPair } from "./count-claims";
import { speakerCompanyAt, speakerEnts, weCompany } from "./speakers";
import { namedSiteBefore, siteReferredTo } from "./projects";
import { programOf, supplyDeal } from "./site-programs";
import { sectionPair } from "./section-pair";

const SITE = "(?:campus|site|park|facility|data[\\s-]?cent(?:er|re)|plant|phase|building|hall|substation)";
/** "a 300 MW campus", "a 500-megawatt training campus", "450 MW solar-plus-storage park" */
const SITE_AFTER = new RegExp(`^[\\s-]*(?:[\\w-]+\\s+){0,2}?${SITE}\\b(?!\\s+capacity)`, "i");
/** "The Hanau campus east of Frankfurt will reach", "its Frankfurt site, which runs on", "a new facility in Hanau, ... with" */
const SITE_BEFORE = new RegExp(`\\b(?:the|its|our|their|a|an|this|that|[A-Z][\\w-]*['’]s)\\s+(?:(?:new|existing|first|second|planned|proposed)\\s+)?(?:[A-Z][\\w-]*\\s+){0,2}${SITE}\\b(?![\\s-]+(?:capacity|power))`, "i");
/** a figure a company takes, leases or rents from another party the sentence does not name */
const TENANT = /\b(?:take|takes|took|taking|lease|leases|leased|leasing|rent|rents|rented|renting|reserve[sd]?|contract(?:s|ed)?\s+for|(?:lease|rental|tenancy)\s+for(?:\s+the\s+(?:first|next|last|remaining))?)\s+(?:(?:at\s+least|up\s+to|about|around|roughly|nearly|more\s+than|over|some|another)\s+)*$/i;
/** "It now has about 1.1 gigawatts", "operates 2 GW": capacity a company holds itself, not a deal's */
const HOLDS = /\b(?:has|have|had|holds?|operates?|operated|runs?)\s+(?:(?:now|already|currently)\s+)?(?:(?:about|around|roughly|nearly|some|more\s+than|over|almost|just\s+over)\s+)?$/i;
/** "1.05 gigawatts is active", "at about 1.6 gigawatts active": power in use, not capacity planned */
const ACTIVE = /^\s+(?:(?:is|are|was|were|now)\s+)?active\b/i;
const DEAL_NOUN = /\b(?:deal|contract|agreement|partnership|pact|lease|order|under|from|with)\b/i;
const SPEAKER_DEAL = /\b(?:from|with|for|to|by)\s+us\b|\bour\s+(?:(?:largest|biggest|second|third|newest|main|anchor)\s+)*(?:customers?|clients?|tenants?|partners?|contracts?)\b|\b[A-Z][\w-]*['’]s\s+our\b/;
const DEAL_PRONOUN = /\b(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:deal|contract|agreement|lease|order|partnership)\b/i;

/** a site noun, then its place and "with" or ", which is being built out to" right before the figure (group 1: the site) */
const SITE_ATTRIBUTE = new RegExp(`(${SITE}s?)\\b[^.;:$€£]{0,60}?(?:,?\\s+with|,\\s+which\\s+(?:is|was|will\\s+be|are|were)\\s+(?:(?:being|now|expected\\s+to\\s+be)\\s+)?(?:built\\s+out|expanded|scaled|designed|planned|sized)\\s+(?:to|for|at))\\s+(?:(?:about|around|roughly|nearly|up\\s+to|more\\s+than|some|an\\s+initial)\\s+)?$`, "i");
const SITE_WORD = new RegExp(`\\b${SITE}s?\\b`, "gi");
const OBLIQUE = /\b(?:with|from|by|against|between)\s+$/i;
const MODIFIER = /^\s+(?:contract|deal|agreement|order|partnership|pact|lease)\b/i;
const TWO_PARTIES = /\b(?:the|both)\s+(?:two\s+)?companies\b|\bthe\s+(?:two|pair)\b(?!\s+(?:of|[\w-]+\s+(?:sites|campuses)))/i;
/** a sentence whose subject is the deal itself: "The expansion is expected to bring", "The agreement covers" */
const DEAL_OPENS = /^\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:expansion|deal|agreement|contract|partnership|pact|arrangement|commitment)\b/;
/** "its target for contracted power to", "contracted capacity of" */
const CONTRACTED_BEFORE = /\bcontracted\s+(?:power|capacity)\s+(?:(?:of|to|at|reached|hit|stood\s+at|rose\s+to|grew\s+to|is|was)\s+)?(?:(?:about|around|roughly|nearly|more\s+than|over|some)\s+)?$/i;
/** "expects 800 megawatts to 1 gigawatt to be connected", "1.2 GW connected by year-end" */
const CONNECTED = /^(?:[^.;]|\.(?=\d)){0,40}?\b(?:to\s+be\s+|will\s+be\s+|already\s+)?connected\b/i;
/** "the company added more than 3.8 gigawatts of power capacity": capacity brought on in a period, not the total */
const ADDED = /\b(?:added|adds|adding|brought\s+online|brings\s+online)\s+(?:(?:about|around|roughly|nearly|more\s+than|over|some|another|an\s+additional)\s+)?$/i;
/** "The first 200 megawatts of the cluster", "whose first 500 MW", "starting with 1 GW in the second half", "an initial 300 MW": a first phase, not the whole */
const FIRST_LEAD = /\b(?:(?:the|its|their|whose|an?)\s+(?:first|initial|opening)\s+(?:phase\s+(?:of\s+)?)?|(?:starting|beginning)\s+(?:with|at)\s+|(?:first|initial)\s+phase\s+(?:of|at|(?:of\s+(?:Project\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:will\s+(?:be|bring|deliver|add|provide|have)|(?:is|was)\s+(?:expected|set|slated|designed|due)\s+to\s+(?:bring|deliver|add|provide|have)|delivers|brings|adds))\s+)(?:(?:about|around|roughly|nearly|some|more\s+than|over|up\s+to)\s+)?$/i;
/** "300 MW in the first phase", "1 GW as a first phase" */
const FIRST_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:in|for|as)\s+(?:the|its|a|an)\s+(?:first|initial|opening)\s+(?:phase|stage|tranche)\b/i;
const RANGE_HIGH = /^\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*(gigawatts?|GW|megawatts?|MW)\b/i;
const RANGE_LOW = /\d\s*(?:gigawatts?|GW|megawatts?|MW)\s*(?:to|-|–)\s*$/i;

/** Is the figure a site's: a campus, park or facility the clause is about? */
export function siteFigure(text: string, clause: Span, sentence: Sentence, q: Quantity, ents: EntityMention[]): boolean {
  const site = text.slice(q.end, Math.min(sentence.end, q.end + 40)).match(SITE_AFTER);
  // "the 1.2 gigawatt campus Corvex is building": a site its builder names right after is that company's
  if (site) return !ents.some((e) => isCompany(e) && e.start >= q.end + site[0].length && /^\s*$/.test(text.slice(q.end + site[0].length, e.start)));
  // the site noun leads the figure's part of the sentence, with no company after it
  const lead = text.slice(Math.max(sentence.start, q.start - 90), q.start);
  const m = [...lead.matchAll(new RegExp(SITE_BEFORE.source, "gi"))].at(-1);
  if (!m) return false;
  const at = q.start - lead.length + m.index!;
  if (ents.some((e) => isCompany(e) && e.start > at + m[0].length && e.end <= q.start)) return false;
  // "... capacity across its sites", a site in an oblique phrase, is not what the figure measures
  return !/\b(?:across|at|in|near|from|for|to|of)\s+$/i.test(text.slice(Math.max(sentence.start, at - 12), at)) && !/[;]/.test(text.slice(at, q.start)) && clause.start <= at + 90;
}

/** "Microsoft -> Microsoft Azure", "Amazon -> AWS": a flow from a company to itself or its own cloud */
const SELF_FLOW = /^(?:(.+) -> \1(?: .+)?|Amazon -> AWS|(?:Google|Alphabet) -> Google Cloud)$/;

export function gwClaim(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[], st: State):
  { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null {
  const around = text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 60));
  // "3.1 gigawatts of contracted power": capacity signed for, not yet running
  const lead = text.slice(Math.max(clause.start, q.start - 50), q.start);
  // "800 megawatts to 1 gigawatt": the high end of a range is read with its low end
  if (RANGE_LOW.test(lead)) return null;
  const high = text.slice(q.end, q.end + 30).match(RANGE_HIGH);
  if (high) {
    // the figure now stands for the whole range (its qualifier is read from the quantity)
    q.valueMax = parseFloat(high[1]) / (/^m/i.test(high[2]) ? 1000 : 1);
    q.range = true;
  }
  const base = { value: q.value, valueMax: q.valueMax };
  // "the first 1 GW campus in Ohio" is the first of its kind, not a first phase
  const firstOfKind = /\bthe\s+first\s+$/i.test(lead) && SITE_AFTER.test(text.slice(q.end, q.end + 40)) && !/^[\s-]*(?:[\w-]+\s+)?phase\b/i.test(text.slice(q.end, q.end + 30));
  const first = !firstOfKind && (FIRST_LEAD.test(lead) || FIRST_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 50))));
  const deal = first ? "first_phase_capacity_gw" : "capacity_gw";
  const prop = first ? deal : /^\s+(?:of\s+)?contracted\s+(?:power|capacity)\b/i.test(text.slice(q.end, q.end + 30)) || CONTRACTED_BEFORE.test(lead) ? "contracted_power_gw"
    : CONNECTED.test(text.slice(q.end, q.end + 60)) ? "connected_power_gw"
    : ADDED.test(lead) ? `${/\bpower\b/i.test(around) ? "power_" : ""}capacity_added_gw`
    : (/\bpower\b/i.test(around) && !/\bcapacity\b/i.test(around)) || ACTIVE.test(text.slice(q.end, q.end + 20)) ? "power_gw" : "capacity_gw";
  // "from a new data center in Vineland, with 300 megawatts", "its campus in Childress, which is being built out to 750
  // megawatts": the site's own figure, whatever deal the sentence names
  const attr = SITE_ATTRIBUTE.exec(text.slice(Math.max(sentence.start, q.start - 110), q.start));
  // the last site noun of the match is the one the figure describes ("deployed in phases ... at its campus in X, which")
  const siteEnd = attr ? q.start - attr[0].length + Math.max(...[...attr[0].matchAll(SITE_WORD)].map((m) => m.index! + m[0].length)) : 0;
  if (attr && !ents.some((e) => isCompany(e) && e.start >= siteEnd && e.end <= q.start)) {
    const site = ents.some(isCompany) ? undefined : siteReferredTo(text, sentence.start, q.start);
    return site ? { subject: site, property: prop, kind: "other", ...base } : null;
  }
  // "the two companies agreed to develop 4.5 gigawatts ... as part of Stargate": the deal just reported, not the program
  const lastDeal = st.lastBuyer && st.lastCloud ? `${st.lastBuyer} -> ${asCloud(st.lastCloud)}` : null;
  if (lastDeal && TWO_PARTIES.test(text.slice(sentence.start, q.start))) return { subject: lastDeal, property: deal, kind: "investment", ...base };
  // "The startup could get access to as many as 400,000 of the chips, or roughly 1.2 gigawatts": the buyer's access under the last deal
  if (lastDeal && /\b(?:get|gets|getting|gain|gains|gaining|given|give|gives)\s+access\s+to\b/i.test(text.slice(sentence.start, q.start)) && ents.filter(isCompany).every((e) => e.name === st.lastBuyer)) return { subject: lastDeal, property: deal, kind: "investment", ...base };
  // "- AMD: 6 gigawatts of Instinct GPUs" under a list of one buyer's deals: that buyer's deal with the line's company
  const listed = listedSupplier(text, sentence, q, ents, st);
  if (listed) return { subject: listed, property: deal, kind: "investment", ...base };
  const supplied = supplyDeal(text, sentence.start, q, ents, st.recentCompanies, st.kinds);
  if (supplied !== undefined) return supplied ? { subject: supplied, property: deal, kind: "investment", ...base } : null;
  const ofProgram = programOf(text, q, ents);
  if (ofProgram === null) return null;
  const program = ofProgram ?? namedSiteBefore(text, sentence.start, q.start, ents);
  if (program) return { subject: program, property: prop, kind: "other", ...base };
  const own = HOLDS.test(text.slice(Math.max(clause.start, q.start - 30), q.start)) && !DEAL_NOUN.test(text.slice(clause.start, clause.end));
  const pair = own ? null : clausePair(clause, ents) ?? dealPair(text, sentence, q, ents, st);
  // a site's figure is a deal's only when the sentence names the deal's parties itself
  const named = (n: string) => ents.some((e) => isCompany(e) && (e.name === n || n.startsWith(e.name) || e.name.startsWith(n)));
  if (siteFigure(text, clause, sentence, q, ents) && !(pair && pair.split(" -> ").every(named))) {
    // "The campus will draw 1.2 GW" after a site named just before: that site's figure
    const site = ents.some(isCompany) ? undefined : siteReferredTo(text, sentence.start, q.start);
    return site ? { subject: site, property: prop, kind: "other", ...base } : null;
  }
  // a deal's gigawatts are its capacity, whatever the words ("requiring 4GW of power"); a company never buys from its own cloud
  if (pair && SELF_FLOW.test(pair)) return null;
  if (pair) return { subject: pair, property: deal, kind: "investment", ...base };
  // "The expansion is expected to bring well over a gigawatt online, the Claude developer said": the chip deal just reported
  const chipParties = st.lastChipDeal?.split(" -> ") ?? [];
  if (st.lastChipDeal && DEAL_OPENS.test(sentence.text) && ents.filter(isCompany).every((e) => chipParties.includes(e.name))) return { subject: st.lastChipDeal, property: deal, kind: "investment", ...base };
  // "X rents capacity from us", "X is our largest customer": capacity between X and the speaker's
  // company, which the sentence does not name; "It's a six-year deal, two gigawatts": a deal's, not a company's
  if (SPEAKER_DEAL.test(sentence.text) || DEAL_PRONOUN.test(text.slice(sentence.start, q.start))) return speakerDeal(text, sentence, q, ents);
  if (TENANT.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) return null;
  // "co-developing accelerators for another 10 gigawatts": more of a deal, not the company's own capacity
  if (/\bfor\s+(?:another|an\s+additional|a\s+further)\s+(?:(?:about|around|roughly|nearly|up\s+to)\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) return null;
  const comps = ents.filter(isCompany);
  // a company named only in an oblique phrase ("Under its agreement with Nvidia, Humain will build") or as a
  // modifier ("The Microsoft contract will be served from") is not the figure's holder
  const fallback = comps[0] && !OBLIQUE.test(text.slice(Math.max(sentence.start, comps[0].start - 20), comps[0].start)) ? comps[0] : undefined;
  const s0 = subjectBefore(text, sentence.start, ents, q.start) ?? fallback;
  const s = s0 && MODIFIER.test(text.slice(s0.end, s0.end + 20)) ? undefined : s0;
  if (s0 && !s) return null;
  // a pronoun before the figure is the last company spoken of; one after it ("making it one of") says nothing
  // ("IT capacity" is no pronoun)
  const name = s?.name ?? weCompany(text, sentence.start, q.start) ?? (PRONOUN.test(text.slice(sentence.start, q.start).replace(/\bIT\b/g, "")) ? st.recentCompanies.at(-1) : undefined);
  if (!name) {
    // "3. Oracle and OpenAI" ... "a contract ... for roughly 4.5 gigawatts": the deal of the section's heading
    const sec = !comps.length && /\b(?:deal|contract|agreement|plan|pact|partnership|commitment|order)\b/i.test(sentence.text) ? sectionPair(text, sentence.start) : null;
    return sec ? { subject: sec, property: deal, kind: "investment", ...base } : null;
  }
  // "Humain plans to deploy 200 megawatts of Qualcomm AI200 racks": the buyer's deal with the hardware's vendor
  const vendor = DEPLOY_LEAD.test(text.slice(Math.max(sentence.start, q.start - 50), q.start)) ? ents.find((e) => isCompany(e) && e.kind !== "other" && e.start > q.end && /^\s+of\s+$/i.test(text.slice(q.end, e.start)) && VENDOR_GOODS.test(text.slice(e.end, e.end + 60))) : undefined;
  if (vendor && vendor.name !== name) return { subject: `${name} -> ${asCloud(vendor.name)}`, property: deal, kind: "investment", ...base };
  return { subject: name, property: prop, kind: "other", ...base };
}

/** "plans to deploy ", "will use up to ", "agreed to buy about ": the verb of a buyer taking a vendor's hardware */
const DEPLOY_LEAD = /\b(?:deploy|deploys|deployed|deploying|use|uses|using|buy|buys|buying|purchase|purchases|purchasing|install|installs|installing)\s+(?:(?:about|around|roughly|nearly|some|up\s+to|as\s+much\s+as|more\s+than|over|an\s+initial|a\s+further)\s+)?$/i;
/** "Qualcomm AI200 and AI250 racks", "Nvidia's GB300 systems", "AMD Instinct GPUs": the vendor's hardware after the figure */
const VENDOR_GOODS = /^(?:['’]s?)?\s+(?:[\w.+-]+\s+(?:and\s+)?){0,4}?(?:systems|GPUs|TPUs|XPUs|ASICs|chips|accelerators|racks|processors|servers|hardware|infrastructure)\b/i;

/**
 * "A signed a deal to deploy 10 GW of B's GPUs, and C will ...": a lab and one other company in the
 * figure's own clause are the deal's parties, whatever the rest of the sentence names.
 */
function clausePair(clause: Span, ents: EntityMention[]): string | null {
  const comps = ents.filter((e) => isCompany(e) && e.kind !== "other" && e.start >= clause.start && e.end <= clause.end);
  const names = [...new Set(comps.map((e) => e.name))];
  const lab = comps.find((e) => e.kind === "lab");
  return lab && names.length === 2 && comps[0] === lab ? `${lab.name} -> ${asCloud(names.find((n) => n !== lab.name)!)}` : null;
}

/**
 * In a transcript, "Microsoft rents capacity from us, roughly 600 megawatts": the named tenant -> the
 * speaker's company; "Meta's our largest. It's a six-year deal, two gigawatts": the tenant of the sentence before.
 */
function speakerDeal(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null {
  const speaker = speakerCompanyAt(text, q.start);
  if (!speaker) return null;
  const tenant = (from: number, to: number, es: EntityMention[]) => {
    const names = [...new Set(es.filter((e) => isCompany(e) && e.kind !== "other" && e.start >= from && e.end <= to && e.name !== speaker).map((e) => e.name))];
    return names.length === 1 ? names[0] : undefined;
  };
  const lead = subjectBefore(text, sentence.start, ents, q.start);
  let name = SPEAKER_DEAL.test(sentence.text) ? (lead && lead.name !== speaker ? lead.name : tenant(sentence.start, sentence.end, ents)) : undefined;
  if (!name && !ents.some(isCompany) && DEAL_PRONOUN.test(text.slice(sentence.start, q.start))) {
    // the sentence before, in the same turn, names the tenant as the speaker's customer
    const prev = text.slice(Math.max(0, sentence.start - 200), sentence.start);
    const cut = Math.max(prev.lastIndexOf("\n"), prev.search(/[.!?][^.!?]*[.!?]\s*$/));
    const before = prev.slice(cut + 1);
    if (SPEAKER_DEAL.test(before)) {
      const m = before.match(/([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+our\b|^\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:is|was)\s+our\b/);
      const cand = m?.[1] ?? m?.[2];
      const at = sentence.start - before.length + (cand ? before.indexOf(cand) : 0);
      const e = cand ? speakerEnts(text).find((x) => isCompany(x) && x.start >= at && x.start < at + cand.length) : undefined;
      if (e && e.name !== speaker) name = e.name;
    }
  }
  return name ? { subject: `${name} -> ${speaker}`, property: "capacity_gw", kind: "investment", value: q.value, valueMax: q.valueMax } : null;
}

/** A list line "- Name: [about] 10 gigawatts of systems|GPUs|chips|accelerators|compute". */
const LIST_ITEM = /^[ \t]*[-•*–·▪][ \t]*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s*:\s*(?:(?:about|around|roughly|nearly|up\s+to|more\s+than|over|an?\s+(?:additional|further|incremental))\s+)?$/;
const SUPPLY_AFTER = /^\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:systems|GPUs|TPUs|XPUs|ASICs|chips|accelerators|compute|capacity|racks|processors)\b/i;

/**
 * "- Nvidia: 10 gigawatts of systems" in a list of compute deals whose buyer the article has
 * just named (st.lastBuyer, set by the list's money lines): `Buyer -> Nvidia`.
 */
function listedSupplier(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  if (!st.lastBuyer) return null;
  const item = LIST_ITEM.exec(text.slice(sentence.lineStart, q.start));
  if (!item || !SUPPLY_AFTER.test(text.slice(q.end, q.end + 40))) return null;
  const at = sentence.lineStart + item.index! + item[0].indexOf(item[1]);
  const e = ents.find((x) => isCompany(x) && x.start === at);
  if (!e || e.name === st.lastBuyer) return null;
  return `${st.lastBuyer} -> ${asCloud(e.name)}`;
}
