/**
 * extractClaims: article text in, claims out (docs/claim-schema.md). Pure and deterministic.
 *
 * Path: sentences -> figures (money, units) -> noise filter -> property from the words around
 * the figure -> subject from the sentence's structure and the article's running context ->
 * qualifier, status, date -> quote (the figure's clause) -> duplicates dropped.
 */
import type { Claim, ClaimKind, DealStatus, Qualifier } from "@/lib/validations/claim";
import { chipSlug, findEntities, predecessorOf, type EntityMention } from "./entities";
import { findNumbers } from "./numbers";
import { findMoney } from "./money";
import { findUnits } from "./units";
import type { Quantity } from "./quantity";
import { qualifierAt } from "./qualifiers";
import { dealStatus, reportedCue, statusCue } from "./status";
import { findDates, findPublicationDate } from "./dates";
import { duplicateKey, isNameNumber, noiseSpans } from "./noise";
import { splitClauses, splitSentences, type Sentence, type Span } from "./sentences";
import { asCloud, asInvestor, entityAfter, possessiveBefore, subjectBefore, type Context } from "./subjects";
import { findTableCells } from "./tables";

export { findPublicationDate } from "./dates";
export { COMPANIES, CHIPS, resolveCompany, resolveChip } from "./entities";

export type ExtractOptions = { publishedAt?: string | null };

type Draft = Omit<Claim, "quote" | "start" | "end" | "as_of" | "status"> & {
  status: DealStatus | null;
  /** status came from the sentence itself, not from the article's running status */
  explicitStatus: boolean;
  q: Quantity;
  sentence: Sentence;
};

const PRONOUN = /\b(?:it|its|they|their|the company|the firm|the group|the startup|the start-up|the lab|the chipmaker|the cloud company|the cloud provider|the tech giant|the e-commerce giant|the retailer|the company's|the two companies|the pair)\b/i;

const isCompany = (e: EntityMention) => e.type === "company";
const isChip = (e: EntityMention) => e.type === "chip" && e.name !== "Trainium";

function clauseOf(text: string, sentence: Span, q: Quantity): Span {
  const clauses = splitClauses(text, sentence);
  const i = clauses.findIndex((c) => c.start <= q.start && q.end <= c.end);
  if (i < 0) return sentence;
  let c = clauses[i];
  // too short to say anything on its own: take the clause before it too
  const words = c.text.split(/\s+/).length;
  if (words < 5 && i > 0) c = { start: clauses[i - 1].start, end: c.end, text: text.slice(clauses[i - 1].start, c.end) };
  if (c.text.split(/\s+/).length < 4 && i + 1 < clauses.length) c = { start: c.start, end: clauses[i + 1].end, text: text.slice(c.start, clauses[i + 1].end) };
  return c;
}

/** The quote for a figure: its clause, trimmed of dangling punctuation. */
function quoteOf(text: string, sentence: Span, q: Quantity): Span {
  const c = clauseOf(text, sentence, q);
  let s = c.start;
  let e = c.end;
  while (s < e && /[\s"“”'‘’(\[\-–—•*]/.test(text[s]) && !(s === q.start)) s++;
  while (e > s && /[\s,;:"“”'‘’)\]\-–—]/.test(text[e - 1]) && e > q.end) e--;
  if (s > q.start) s = q.start;
  if (e < q.end) e = q.end;
  return { start: s, end: e, text: text.slice(s, e) };
}

// ---------------------------------------------------------------- money

type MoneyRole = { property: string; kind: ClaimKind; role: "invest" | "round" | "valuation" | "compute" | "tranche" | "price" | "revenue" };

const VAL_BEFORE = /\b(?:valuation|valued|valuing|values?|worth)\b[^$€£;:]{0,45}$/i;
const VAL_AFTER = /^[^$€£.;,]{0,25}?\b(?:(pre|post)[\s-]money\s+)?valuation\b/i;
const ROUND_BEFORE = /\b(?:rais(?:e|es|ed|ing)|fund-?rais\w*|(?:funding|financing|investment)\s+round|round|series\s+[a-h])\b[^$€£;:]{0,40}$/i;
const ROUND_AFTER = /^[^$€£.;,]{0,30}?\b(?:(?:funding|financing|fundraising|equity)\s+(?:round|push)|round|raise|fundraise|series\s+[a-h]\b|in\s+(?:new\s+|fresh\s+|equity\s+|venture\s+)*funding)\b/i;
const INVEST = /\b(?:invest\w*|contribut\w*|receiv\w*|got|gets|stake|infusion|backing|pour\w*|inject\w*|bet|capital|commit\w*|fund(?:ed|ing)?|tranche|put)\b/i;
const COMPUTE = /\b(?:compute|computing|cloud|capacity|data[\s-]?cent(?:er|re)s?|servers?|GPUs?|TPUs?|chips?|infrastructure|contract|Azure)\b/i;
const COMPUTE_VERB = /\b(?:spend\w*|purchas\w*|buy\w*|bought|contract\w*|deal|agreement|commit\w*|pact|lease|rent\w*)\b/i;

function moneyRole(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  const suffix = q.detail === "usd" ? "usd" : q.detail;
  const before = text.slice(Math.max(clause.start, q.start - 80), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const beforeS = text.slice(sentence.start, q.start);
  // share prices: "to close at $356.70", "up 24% or $5.92"
  if (q.value < 1e5 && !q.per) {
    if (/\b(?:close[ds]?|closing|trad(?:e|ed|ing)|opened|priced|share\s+price|stock\s+price)\s+(?:at\s+)?$/i.test(before)) return { property: `share_price_${suffix}`, kind: "other", role: "price" };
    if (/\b(?:up|down)\s+(?:about\s+)?[\d.]+\s?%\s+or\s+$/i.test(before)) return { property: `stock_change_${suffix}`, kind: "other", role: "price" };
    return null;
  }
  if (q.per) {
    if (/hour/i.test(q.per) && /chip|gpu|instance|hour/i.test(q.per)) return { property: `price_per_chip_hour_${suffix}`, kind: "other", role: "price" };
    return null;
  }
  // "OpenAI Raises $110B as Valuation Soars": the raise verb right before wins
  if (/\b(?:rais(?:e|es|ed|ing)|closed|closes)\s+(?:a\s+|an\s+|another\s+|about\s+|approximately\s+|nearly\s+|roughly\s+|at\s+least\s+|more\s+than\s+|up\s+to\s+)?$/i.test(before) && !/^\s*(?:(?:pre|post)[\s-]money\s+)?valuation\b/i.test(after)) {
    if (!/^\s*(?:in|from)\s+(?:a\s+)?(?:debt|loans?|bonds?)\b/i.test(after)) return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  }
  if (/\bvalue\s+of\s+(?:\w+\s+){0,2}(?:agreements?|contracts?|deals?|orders?|pacts?)\b[^$€£]{0,20}$/i.test(before)) {
    const total = /\btotal\b/i.test(before) ? "total_" : "";
    return { property: `${total}compute_commitment_${suffix}`, kind: "investment", role: "compute" };
  }
  const m = after.match(VAL_AFTER);
  if (m) {
    const pp = m[1] ? `${m[1].toLowerCase()}_money_valuation_${suffix}` : `valuation_${suffix}`;
    return { property: pp, kind: "valuation", role: "valuation" };
  }
  if (VAL_BEFORE.test(before) && !/\bworth\b[^$€£]{0,45}$/i.test(before) || /\bworth\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?$/i.test(before) && /\b(?:company|startup|valu)/i.test(before)) {
    const pm = (before + after.slice(0, 30)).match(/\b(pre|post)[\s-]money\b/i);
    return { property: pm ? `${pm[1].toLowerCase()}_money_valuation_${suffix}` : `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  }
  if (/\b(?:option|right)\s+to\s+(?:extend|increase|expand|add|invest)\b/i.test(before) && /\binvest/i.test(sentence.text)) return { property: `contingent_tranche_${suffix}`, kind: "investment", role: "tranche" };
  const tr = before.match(/\b(initial|first|second|final|last|contingent)\s+(?:tranche\s+of\s+)?(?:an?\s+)?$/i) ?? after.match(/^\s*(initial|first|second|final)?\s*tranche\b/i);
  if (tr && (tr[1] || /^\s*tranche/i.test(after))) {
    const w = (tr[1] ?? "initial").toLowerCase().replace("last", "final");
    return { property: `${w === "first" ? "first" : w}_tranche_${suffix}`, kind: "investment", role: "tranche" };
  }
  const revBefore = text.slice(Math.max(sentence.start, q.start - 110), q.start);
  if (/\b(?:annuali[sz]ed|run[\s-]rate)\s+revenue\b[^$€£]*$/i.test(revBefore)) return { property: `annualized_revenue_${suffix}`, kind: "other", role: "revenue" };
  if (/\b(?:revenue|sales)\b/i.test(before.slice(-45)) || /^[^$€£.;,]{0,25}\brevenue\b/i.test(after)) return null;
  const clauseText = clause.text;
  const inRound = ROUND_AFTER.test(after) || ROUND_BEFORE.test(before);
  const hasCloud = ents.some((e) => e.type === "company" && e.kind === "cloud");
  const investNear = INVEST.test(text.slice(Math.max(clause.start, q.start - 40), Math.min(clause.end, q.end + 30)));
  if (hasCloud && COMPUTE.test(clauseText + " " + after.slice(0, 40)) && COMPUTE_VERB.test(beforeS.slice(-120) + " " + after.slice(0, 40)) && !/\binvest\w*\b/i.test(text.slice(Math.max(clause.start, q.start - 40), q.end + 30))) {
    return { property: `compute_commitment_${suffix}`, kind: "investment", role: "compute" };
  }
  if (inRound && !/\b(?:invest\w*|contribut\w*|put|pour\w*|inject\w*|commit\w*)\s+(?:of\s+|about\s+|around\s+|roughly\s+|up\s+to\s+|another\s+|an?\s+)?$/i.test(before) && !/^\s*(?:investment|stake)\b/i.test(after)) {
    return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  }
  if (investNear || INVEST.test(clauseText)) return { property: `amount_${suffix}`, kind: "investment", role: "invest" };
  return null;
}

// ---------------------------------------------------------------- extraction

type State = Context & {
  statusBySubject: Map<string, DealStatus>;
  lastTrainium?: string;
  /** subject of each chip figure already seen, by unit and value */
  valueSubjects: Map<string, string>;
  /** the company whose shares the article last spoke of */
  lastStock?: string;
  /** the last group of companies named together ("Microsoft and Nvidia") */
  lastGroup?: string;
  /** the company valued in a clause ("OpenAI valued at ~$500 billion after a $40 billion raise") */
  clauseRaiser?: { clause: number; name: string };
};

function companyAt(ents: EntityMention[], pos: number): EntityMention | undefined {
  return ents.find((e) => isCompany(e) && e.start <= pos && pos < e.end);
}

function resolveMoneySubject(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  ents: EntityMention[],
  role: MoneyRole,
  st: State,
): string | null {
  const comps = ents.filter(isCompany);
  const pronounBefore = PRONOUN.test(text.slice(clause.start, q.start));
  if (role.role === "price") {
    if (/^price_per_chip/.test(role.property)) {
      const chips = ents.filter(isChip);
      const c = chips.find((e) => e.start >= q.end && e.start - q.end < 20) ?? chips[chips.length - 1];
      return c?.name ?? st.lastChip ?? null;
    }
    const c = [...comps].reverse().find((e) => e.end <= q.start) ?? comps[0];
    return c?.name ?? (st.recentCompanies.at(-1) ?? null);
  }
  if (role.role === "valuation" || role.role === "round" || role.role === "revenue") {
    const before = text.slice(sentence.start, q.start);
    // "value the ChatGPT developer at", "valuing Scale AI at"
    const whose = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,?\s*whose\b/i.test(text.slice(e.end, e.end + 10)));
    if (whose && role.role === "valuation") return whose.name;
    const participle = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,?\s*(?:was\s+|is\s+)?(?:valued|worth)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|~)?$/i.test(text.slice(e.end, q.start).replace(/[$€£]\s*$/, "")));
    if (participle) {
      st.clauseRaiser = { clause: clause.start, name: participle.name };
      return participle.name;
    }
    if (st.clauseRaiser && st.clauseRaiser.clause === clause.start) return st.clauseRaiser.name;
    const valued = [...comps].reverse().find((e) => e.end <= q.start && /\b(?:valu\w*|worth)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 20), e.start)));
    if (valued) return valued.name;
    const poss = possessiveBefore(text, ents, q.start, 60);
    if (poss) return asInvestor(poss.name);
    // "round of Anthropic", "valuation of OpenAI"
    const of = entityAfter(text, ents, Math.max(sentence.start, q.start - 60), "round of|valuation of", 40);
    if (of && of.start < q.start) return of.name;
    // the recipient of an investment in the same sentence ("invests $X in Y, valuing it at")
    const rec = entityAfter(text, ents, sentence.start, "invest\\w*\\s+in|investment\\s+in|stake\\s+in|in|into", 200);
    if (rec && role.role === "valuation" && rec.start < q.start && /\binvest|\bstake\b/i.test(text.slice(sentence.start, rec.start))) return rec.name;
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj && !/\b(?:named|with|from)\b/.test(text.slice(subj.end, subj.end + 12))) return asInvestor(subj.name);
    if (subj) return subj.name;
    const afterEnt = comps.find((e) => e.start >= q.end);
    if (afterEnt && role.role !== "revenue" && /^\W{0,3}$|^\s*(?:for|in)\s/.test(text.slice(q.end, afterEnt.start).replace(/[^\w\s]/g, ""))) return afterEnt.name;
    if (st.lastRaiser) return st.lastRaiser;
    return st.recentCompanies.length ? st.recentCompanies[st.recentCompanies.length - 1] : null;
  }
  if (role.role === "compute") {
    const clouds = comps.filter((e) => e.kind === "cloud");
    const onCloud = entityAfter(text, ents, q.end, "on|from|with|of", 60) ?? clouds.find((c) => c.start >= sentence.start);
    const cloud = onCloud && onCloud.kind === "cloud" ? onCloud : clouds[0];
    let buyer = comps.find((e) => e.kind !== "cloud" && e.name !== cloud?.name && !/\bwith\s+$/.test(text.slice(Math.max(0, e.start - 6), e.start)));
    if (!buyer && clouds.length > 1) buyer = clouds.find((c) => c.name !== cloud?.name && c.name !== "Oracle");
    const b = buyer?.name ?? (pronounBefore ? st.lastBuyer ?? st.recentCompanies.at(-1) : st.lastBuyer);
    const c = cloud?.name ?? st.lastCloud;
    if (!b || !c || b === c) return null;
    st.lastBuyer = b;
    st.lastCloud = c;
    return `${b} -> ${asCloud(c)}`;
  }
  // investment, tranche: investor -> recipient
  let recipient: EntityMention | undefined =
    entityAfter(text, ents, q.end, "in|into|to|for|behind", 70) ??
    comps.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start).replace(/[+]|\b(?:B|billion|bn)\b/g, "")) && /^\s*(?:['’]s\s+)?(?:investment|stake|deal|round)/i.test(text.slice(e.end, e.end + 14)));
  const beforeAmt = comps.filter((e) => e.end <= q.start);
  // "invest in OpenAI ... $X" (recipient before the amount)
  if (!recipient) {
    const r = entityAfter(text, ents, clause.start, "invest\\w*\\s+in|stake\\s+in|investment\\s+in|into|backing", 120);
    if (r && r.start < q.start) recipient = r;
  }
  // "Nvidia will invest up to $10 billion and Microsoft up to $5 billion": the name right before the amount
  const elliptic = [...comps].reverse().find((e) => e.end <= q.start && /^\s*(?:up\s+to|about|around|nearly|roughly|more\s+than|over|as\s+much\s+as|at\s+least|another|an?)?\s*(?:US)?$/i.test(text.slice(e.end, q.start).replace(/[$€£]\s*$/, "")) && /\band\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)));
  let investor: EntityMention | undefined = elliptic ?? possessiveBefore(text, ents, q.start);
  if (investor && recipient && investor.name === recipient.name) investor = undefined;
  if (!investor) investor = entityAfter(text, ents, q.end, "from|by|led by", 70);
  if (!investor) investor = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,?\s*(?:which|who|that)\s+(?:has\s+|had\s+|also\s+)?(?:invest\w*|contribut\w*|put|pour\w*|commit\w*|back\w*)\b[^.;]{0,20}$/i.test(text.slice(e.end, q.start)));
  let investorName: string | undefined = investor?.name;
  // "from Microsoft and Nvidia": a group of investors
  if (investor && !elliptic) {
    const partner = comps.find((e) => e.start > investor!.end && /^\s*(?:and|&)\s*$/.test(text.slice(investor!.end, e.start)));
    if (partner && partner.name !== recipient?.name) investorName = `${asInvestor(investor.name)} + ${asInvestor(partner.name)}`;
  }
  // "The two tech giants have agreed to invest": the group named before
  if (!investorName && st.lastGroup && /\b(?:the\s+two\s+(?:[\w-]+\s+)?(?:companies|giants|firms|groups|investors|partners)|both\s+(?:companies|firms)|the\s+(?:pair|duo))\b/i.test(text.slice(sentence.start, q.start))) investorName = st.lastGroup;
  if (!investorName) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj && subj.name !== recipient?.name && !(PRONOUN.test(text.slice(subj.end, q.start)) && /^\s*,/.test(text.slice(subj.end)))) investorName = subj.name;
    else if (subj && subj.name !== recipient?.name) investorName = subj.name;
  }
  // "Microsoft and Nvidia ... invest up to $15 billion in the Claude maker": several investors
  if (!investorName && pronounBefore) investorName = [...beforeAmt].reverse().find((e) => e.name !== recipient?.name)?.name ?? st.recentCompanies.slice().reverse().find((c) => c !== recipient?.name);
  // recipient from "nets $15 billion investment from X": the subject receives
  if (!recipient && investor && investor.start > q.end) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj && subj.name !== investor.name) recipient = subj;
  }
  let recipientName = recipient?.name;
  if (!recipientName && investorName && st.lastInvestor === asInvestor(investorName)) recipientName = st.lastRecipient;
  if (!recipientName && investorName && st.lastRaiser && (!st.lastRecipient || /\bround\b/i.test(clause.text)) && !investorName.includes(st.lastRaiser)) recipientName = st.lastRaiser;
  if (!recipientName && investorName && st.lastRecipient && !investorName.split(" + ").includes(st.lastRecipient) && /\binvest|\bbacking|\bstake\b/i.test(sentence.text)) recipientName = st.lastRecipient;
  if (!investorName && recipientName && st.lastRecipient === recipientName) investorName = st.lastInvestor;
  if (!investorName && !recipientName && !comps.length) {
    investorName = st.lastInvestor;
    recipientName = st.lastRecipient;
  }
  if (!investorName || !recipientName) return null;
  investorName = investorName.split(" + ").map(asInvestor).join(" + ");
  if (investorName === recipientName) return null;
  st.lastInvestor = investorName;
  st.lastRecipient = recipientName;
  return `${investorName} -> ${recipientName}`;
}

// ---------------------------------------------------------------- chips and other units

const CHIP_ANAPHOR = /\b(?:it|its|the\s+(?:chip|gpu|tpu|accelerator|part|processor|architecture|system|die|package|superchip|server|card)|each\s+(?:chip|die|gpu)|per\s+(?:chip|gpu|die)|the\s+new\s+chip)\b/i;

function chipSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  const chips = ents.filter(isChip).filter((e) => !/\b\d[\d,.]*\s+(?:[a-z-]+\s+)?$/.test(text.slice(Math.max(sentence.start, e.start - 24), e.start)) || e.start === q.end + 1);
  const direct = chips.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start)));
  if (direct) return direct.name;
  const systems = chips.filter((e) => e.kind !== "chip" && e.end <= q.start);
  if (q.unit === "tflops" && systems.length) return systems[systems.length - 1].name;
  const sameClauseGap = (a: number, b: number) => !/[,;:]|\b(?:and|while|but|whereas)\b/.test(text.slice(a, b));
  // "H100's 1.23 Tflop/s", "the H100's memory bandwidth is 900 GB/s"
  const poss = [...chips].reverse().find((e) => e.possessive && e.end <= q.start && q.start - e.end < 45 && sameClauseGap(e.end + 2, q.start));
  if (poss) return poss.name;
  const isComparator = (e: EntityMention) => /\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over|matches|matching|match|comparable\s+to|like|of)\s*(?:the\s+)?(?:Nvidia['’]?s?\s+|AMD['’]?s?\s+|Google['’]?s?\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 24), e.start));
  const before = chips.filter((e) => e.end <= q.start && !isComparator(e));
  // "on the MI355X", "per Trainium v5 chip"
  const after = chips.find((e) => e.start >= q.end && /^[^.;]{0,120}?\b(?:on|for|of|in|from|per)\s+(?:the\s+|a\s+|each\s+|its\s+)?(?:\w+\s+){0,2}$/i.test(text.slice(q.end, e.start)) && !/\b(?:than|vs|versus|compared)\b/i.test(text.slice(q.end, e.start)));
  const near = [...before].reverse().find((e) => sameClauseGap(e.end, q.start));
  if (near) return near.name;
  if (after) return after.name;
  if (before[0]) return before[0].name;
  if (CHIP_ANAPHOR.test(text.slice(sentence.start, q.start))) return st.lastChip;
  // a figure restated later ("these numbers of 20.8 petaflops") keeps the subject it had
  return st.valueSubjects.get(`${q.unit}:${q.value}`);
}

function comparatorChip(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], subject: string | undefined): string | null {
  const after = text.slice(q.end, sentence.end);
  if (/\b(?:its|their|the)\s+predecessors?\b|\bprevious\s+generation\b|\bprior\s+generation\b/i.test(after.slice(0, 120))) return subject ? predecessorOf(subject) ?? null : null;
  const chips = ents.filter((e) => isChip(e) && e.start >= q.end && e.name !== subject && e.start - q.end < 90);
  if (chips[0]) return chips[0].name;
  const beforeChips = ents.filter((e) => isChip(e) && e.end <= q.start && e.name !== subject && /\b(?:than|vs\.?|versus|over|compared\s+(?:to|with))\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 16), e.start)));
  if (beforeChips.length) return beforeChips[beforeChips.length - 1].name;
  // "Trainium3's 4.4x performance boost": an improvement without a named baseline is over the predecessor
  if (subject && /^\s*(?:more|faster|higher|better|performance|boost|improvement|increase|the\s+performance|as\s+fast)/i.test(after)) return predecessorOf(subject) ?? null;
  return null;
}

/**
 * The buyer -> supplier pair of a partnership or compute deal the sentence speaks of:
 * a lab and another company in the sentence, or the article's last compute deal when the
 * sentence names one of its parties or none.
 */
function dealPair(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany).filter((e) => e.kind !== "other");
  const names = [...new Set(comps.map((e) => e.name))];
  const lab = comps.find((e) => e.kind === "lab");
  const supplier = comps.find((e) => e.kind !== "lab" && e.name !== lab?.name);
  if (lab && supplier && names.length === 2) return `${lab.name} -> ${asCloud(supplier.name)}`;
  const last = st.lastBuyer && st.lastCloud ? `${st.lastBuyer} -> ${asCloud(st.lastCloud)}` : null;
  if (last && (names.length === 0 || names.every((n) => n === st.lastBuyer || asCloud(n) === asCloud(st.lastCloud!)))) {
    if (names.length === 0 && !/\b(?:deal|contract|agreement|partnership|pact|it|will|under)\b/i.test(sentence.text)) return null;
    return last;
  }
  if (st.lastBuyer && names.length === 1 && !lab && supplier && asCloud(supplier.name) !== st.lastBuyer) return `${st.lastBuyer} -> ${asCloud(supplier.name)}`;
  return null;
}

function unitClaim(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  ents: EntityMention[],
  st: State,
): { subject: string; property: string; kind: ClaimKind; value: number; valueMax: number | null } | null {
  const around = text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 60));
  const afterTxt = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const beforeTxt = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const beforeDie = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const dieCtx =
    (/\b(?:each|per|one|a\s+single)\s+(?:[\w-]+\s+){0,3}die\b[^.;,]{0,30}$/i.test(beforeDie) && !/\btotal\b/i.test(beforeDie.slice(-25))) ||
    /^[\s-]*transistors?\s+dies\b|^[^.;,]{0,12}\beach\b/i.test(text.slice(q.end, q.end + 30)) ||
    /^-?[\w-]*\s+dies\b/i.test(text.slice(q.end, q.end + 30)) && /-$/.test(text.slice(q.start, q.end).replace(/transistors?$/, ""));
  const chip = () => {
    const c = chipSubject(text, sentence, q, ents, st);
    return c && dieCtx && !/\bdie$/.test(c) ? `${c} die` : c;
  };
  const base = { value: q.value, valueMax: q.valueMax };
  switch (q.unit) {
    case "tflops": {
      const s = chip();
      if (!s) return null;
      let p = q.detail;
      if (!p) {
        const sib = findUnits(sentence.text).find((u) => u.unit === "tflops" && u.detail);
        if (sib) p = sib.detail;
      }
      if (!p && q.value >= 1e6 && !ents.some((e) => isChip(e) && e.kind === "chip" && e.name === s))
        return { subject: s, property: "peak_compute_exaflops", kind: "chip_spec", value: q.value / 1e6, valueMax: q.valueMax && q.valueMax / 1e6 };
      return { subject: s, property: p ? `peak_${p}_tflops` : "peak_compute_tflops", kind: "chip_spec", ...base };
    }
    case "gb": {
      if (!/\b(?:HBM\w*|memory|VRAM|capacity)\b/i.test(around)) return null;
      const s = chip();
      return s ? { subject: s, property: "memory_gb", kind: "chip_spec", ...base } : null;
    }
    case "tbps": {
      const near = afterTxt.slice(0, 40) + " " + beforeTxt.slice(-40);
      const kinds: [RegExp, string][] = [
        [/\bI\/O\b/i, "io"],
        [/\bdecompression\b/i, "decompression"],
        [/\bCPU[\s-]GPU\b|\bCPU[\s-]to[\s-]GPU\b/i, "cpu_gpu"],
        [/\bNV-HSI\b|\bdie[\s-]to[\s-]die\b|\bon-package\b|\bdual-die\b|\btwo dies\b/i, "die_to_die"],
        [/\bNVLink\b/i, "nvlink"],
        [/\bEthernet\b|\bnetwork\w*\b/i, "network"],
        [/\bPCIe\b/i, "pcie"],
        [/\binterconnect\b|\bscale-up\b/i, "interconnect"],
      ];
      const a1 = afterTxt.slice(0, 28);
      const b1 = beforeTxt.slice(-28);
      const k = kinds.find(([re]) => re.test(a1)) ?? kinds.find(([re]) => re.test(b1)) ?? kinds.find(([re]) => re.test(near));
      if (k) {
        const s = chip();
        return s ? { subject: s, property: `${k[1]}_bandwidth_tbps`, kind: "chip_spec", ...base } : null;
      }
      const s = chip();
      return s ? { subject: s, property: "memory_bandwidth_tbps", kind: "chip_spec", ...base } : null;
    }
    case "w": {
      const s = chip();
      return s ? { subject: s, property: "power_w", kind: "chip_spec", ...base } : null;
    }
    case "mm2": {
      const s = chip();
      return s ? { subject: s, property: "die_area_mm2", kind: "chip_spec", ...base } : null;
    }
    case "ghz": {
      const s = chip();
      return s ? { subject: s, property: "clock_ghz", kind: "chip_spec", ...base } : null;
    }
    case "nm": {
      const s = chip();
      return s ? { subject: s, property: "process_nm", kind: "chip_spec", ...base } : null;
    }
    case "gw": {
      const prop = /\bpower\b/i.test(around) && !/\bcapacity\b/i.test(around) ? "power_gw" : "capacity_gw";
      const program = ents.find((e) => e.type === "company" && e.kind === "other" && /^(?:Project|Stargate)/.test(e.name));
      if (program) return { subject: program.name, property: prop, kind: "other", ...base };
      const pair = dealPair(text, sentence, q, ents, st);
      if (pair) return { subject: pair, property: prop, kind: "investment", ...base };
      const comps = ents.filter(isCompany);
      const s = subjectBefore(text, sentence.start, ents, q.start) ?? comps[0];
      const name = s?.name ?? (PRONOUN.test(sentence.text) ? st.recentCompanies.at(-1) : undefined);
      if (!name) return null;
      return { subject: name, property: prop, kind: "other", ...base };
    }
    case "multiple": {
      const s = chip();
      if (!s) return null;
      const vs = comparatorChip(text, sentence, q, ents, s);
      if (!vs || vs === s) return null;
      const ctx = text.slice(q.end, Math.min(sentence.end, q.end + 40)) + " " + beforeTxt.slice(-30);
      const what = /\bmemory\b/i.test(ctx) && !/bandwidth/i.test(ctx) ? "memory" : /bandwidth/i.test(ctx) ? "memory_bandwidth" : /efficien|per\s+watt|energy/i.test(ctx) ? "efficiency" : /transistor/i.test(ctx) ? "transistor" : "perf";
      return { subject: s, property: `${what}_multiple_vs_${chipSlug(vs)}`, kind: "chip_spec", ...base };
    }
    case "pct": {
      const segB = (text.slice(Math.max(sentence.start, q.start - 70), q.start).split(/[;]|,\s|\band\s/).pop() ?? "");
      const segA = (text.slice(q.end, Math.min(sentence.end, q.end + 50)).split(/[;,.)]|\band\s|\bto\s+(?:retain|keep|win|gain)/)[0] ?? "");
      const seg = segB + " # " + segA;
      const wide = text.slice(Math.max(sentence.start, q.start - 70), Math.min(sentence.end, q.end + 50));
      const reduce = /\b(?:reduc\w*|lower\w*|cut\w*|less|sav\w*|drop\w*|decreas\w*|slash\w*|fewer)\b/i;
      if (reduce.test(seg) || (reduce.test(wide) && /\b(?:energy|power|costs?|rates?|prices?)\b/i.test(seg))) {
        if (/\b(?:rates?|prices?|pricing)\b/i.test(seg)) {
          const c = subjectBefore(text, sentence.start, ents, q.start)?.name;
          return c ? { subject: c, property: "price_cut_pct", kind: "other", ...base } : null;
        }
        const s = chip();
        if (/\b(?:energy|power|electricity|watts?)\b/i.test(seg)) return s ? { subject: s, property: "energy_reduction_pct", kind: "chip_spec", ...base } : null;
        if (/\bcosts?\b/i.test(seg)) return s ? { subject: s, property: "cost_reduction_pct", kind: "chip_spec", ...base } : null;
      }
      // share price moves: "Broadcom shares jumped 9.9%", "Intel Up 24%", "Meta has declined by 1.7%"
      const move = /\b(?:up|down|jump\w*|surg\w*|soar\w*|ris(?:e|es|en|ing)|rose|gain\w*|climb\w*|rall\w*|spik\w*|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i;
      const stockCtx = /\b(?:shares?|stock|stocks)\b/i.test(sentence.text) || /^\s*(?:up|down)\s*$/i.test(segB.split(/\b[A-Z][\w.]*\b/).pop() ?? "");
      if (move.test(segB) && (stockCtx || /\b(?:shares?|stock)\b/i.test(wide) || /\b(?:Up|Down)\s+$/.test(beforeTxt))) {
        const comps = ents.filter(isCompany);
        const sharesOf = comps.find((e) => /\b(?:shares?|stock)\s+(?:in|of)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start)) && e.end <= q.start);
        const inSeg = [...comps].reverse().find((e) => e.end <= q.start && e.start >= q.start - segB.length);
        const near = inSeg ?? sharesOf ?? [...comps].reverse().find((e) => e.end <= q.start);
        const anaphor = /\b(?:the\s+stock|its\s+shares|the\s+shares|its\s+stock)\b/i.test(segB);
        const name = near?.name ?? (anaphor ? st.lastStock ?? st.recentCompanies.at(-1) : comps[0]?.name);
        if (!name) return null;
        const down = /\b(?:down|fell|fall\w*|drop\w*|declin\w*|slid|slump\w*|plung\w*|tumbl\w*|sank|sink\w*|lost|los(?:e|es|ing))\b/i.test(segB);
        return { subject: name, property: "stock_change_pct", kind: "other", value: down ? -q.value : q.value, valueMax: null };
      }
      const isShare = /\bmarket\s+share\b|\bshare\s+of\s+the\b|\bfollowed\s+by\b|\bmarket\s+(?:leader|position)\b/i;
      if (/\bstake\b|\bownership\b|\bown(?:s|ing)?\b|\bequity\b|\bshareholder\b|\bequal\s+to\s+about\b/i.test(seg) && !isShare.test(seg)) {
        const comps = ents.filter(isCompany);
        const target = entityAfter(text, ents, q.end, "in|of", 40) ?? entityAfter(text, ents, Math.max(sentence.start, q.start - 50), "in|of", 30) ??
          comps.find((e) => /^\s*(?:['’]s\s+)?stake\b/i.test(text.slice(e.end, e.end + 10)));
        const investor = possessiveBefore(text, ents, q.start, 30) ?? subjectBefore(text, sentence.start, ents, q.start) ?? comps.find((e) => e.name !== target?.name);
        let inv = investor?.name ?? st.lastInvestor;
        if (inv === target?.name) inv = comps.find((e) => e.name !== target?.name)?.name ?? st.lastInvestor;
        const rec = target?.name ?? st.lastRecipient;
        if (!inv || !rec || asInvestor(inv) === rec) return null;
        return { subject: `${asInvestor(inv)} -> ${rec}`, property: "stake_pct", kind: "investment", ...base };
      }
      if (isShare.test(wide) || (/\bmarket\s+share\b/i.test(sentence.text) && /\bat\s*$/.test(beforeTxt))) {
        const atEnt = [...ents.filter(isCompany)].reverse().find((e) => e.end <= q.start && q.start - e.end < 12);
        const s = atEnt?.name ?? subjectBefore(text, sentence.start, ents, q.start)?.name;
        return s ? { subject: s, property: "market_share_pct", kind: "other", ...base } : null;
      }
      return null;
    }
    case "count": {
      if (q.detail === "transistors") {
        const s = chip();
        return s ? { subject: s, property: "transistor_count", kind: "chip_spec", ...base } : null;
      }
      if (q.detail === "cpus") {
        const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance"));
        return system ? { subject: system.name, property: "cpu_count", kind: "chip_spec", ...base } : null;
      }
      if (!/^(?:chips|gpus|tpus|accelerators|superchips|h100s|h200s|b200s|a100s|mi300xs|mi355xs)$/.test(q.detail)) return null;
      // the program, system or buyer the chips belong to
      const program = ents.find((e) => e.type === "company" && e.kind === "other" && /^(?:Project|Stargate)/.test(e.name));
      if (program) return { subject: program.name, property: "chip_count", kind: "other", ...base };
      const system = ents.find((e) => e.type === "chip" && (e.kind === "system" || e.kind === "instance"));
      if (system) return { subject: system.name, property: "chip_count", kind: "chip_spec", ...base };
      if (/\bper\s+pod\b/i.test(text.slice(q.end, q.end + 12))) {
        const c = chipSubject(text, sentence, q, ents, st);
        if (c) return { subject: `${c} pod`, property: "chip_count", kind: "chip_spec", ...base };
      }
      const pair = dealPair(text, sentence, q, ents, st);
      if (pair) return { subject: pair, property: "chip_count", kind: "investment", ...base };
      return null;
    }
    default:
      return null;
  }
  return null;
}

// ---------------------------------------------------------------- main

const dateCache = new WeakMap<Sentence, ReturnType<typeof findDates>>();

function asOfFor(text: string, sentence: Sentence, clause: Span, q: Quantity, published: string | null): string | null {
  let found = dateCache.get(sentence);
  if (!found) {
    found = findDates(sentence.text, published);
    dateCache.set(sentence, found);
  }
  const dates = found.map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
  if (dates.length) {
    const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
    const pool = inClause.length ? inClause : dates;
    pool.sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start));
    return pool[0].value;
  }
  return published ?? null;
}

/** Claims stated by `text`, in order of appearance. */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== "string" || !text.trim()) return [];
  const published = options.publishedAt === undefined ? findPublicationDate(text) : options.publishedAt;
  const noise = noiseSpans(text);
  const inNoise = (s: number, e: number) => noise.some((n) => n.start <= s && e <= n.end);
  const tableCells = findTableCells(text);
  const tableRows = new Set(tableCells.map((c) => c.rowStart));
  const sentences = splitSentences(text);
  const st: State = { recentCompanies: [], statusBySubject: new Map(), valueSubjects: new Map() };
  const drafts: Draft[] = [];
  const tableDrafts: Draft[] = [];

  for (const sentence of sentences) {
    if (inNoise(sentence.start, sentence.end)) continue;
    const ents = findEntities(sentence.text).map((e) => ({ ...e, start: e.start + sentence.start, end: e.end + sentence.start }));
    // the bare family name "Trainium" means the generation the article is about
    for (const e of ents) {
      if (e.type !== "chip") continue;
      if (/^Trainium\d$/.test(e.name)) st.lastTrainium = e.name;
      else if (e.name === "Trainium" && st.lastTrainium) e.name = st.lastTrainium;
    }
    const tableRow = [...tableRows].some((r) => r >= sentence.lineStart && r < sentence.lineEnd);
    if (!tableRow) {
      const nums = findNumbers(sentence.text)
        .map((n) => ({ ...n, start: n.start + sentence.start, end: n.end + sentence.start }))
        .filter((n) => !isNameNumber(text, n.start, n.end) && !inNoise(n.start, n.end))
        .filter((n) => !ents.some((e) => e.start <= n.start && n.end <= e.end));
      const rel = nums.map((n) => ({ ...n, start: n.start - sentence.start, end: n.end - sentence.start }));
      const money = findMoney(sentence.text, rel).map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }));
      const units = findUnits(sentence.text, rel)
        .map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }))
        .filter((u) => !money.some((m) => m.start < u.end && u.start < m.end));
      const qs = [...money, ...units].sort((a, b) => a.start - b.start);
      for (const q of qs) {
        const clause = clauseOf(text, sentence, q);
        if (q.unit === "money") {
          // a conversion in brackets after another amount: "1.3 billion euros ($1.5 billion)"
          if (/\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|~)?$/.test(text.slice(Math.max(0, q.start - 14), q.start)) && money.some((m) => m !== q && m.end <= q.start && q.start - m.end < 16)) continue;
          // denied or hypothetical-negative figures: "hasn't received any such $10 billion order"
          if (/\b(?:hasn['’]t|has\s+not|hadn['’]t|didn['’]t|did\s+not|never|no\s+such|any\s+such|denied|won['’]t)\b/i.test(text.slice(clause.start, q.start))) continue;
          const role = moneyRole(text, sentence, clause, q, ents);
          if (!role) continue;
          // money for a program or site ("Stargate ... over $400 billion in investment") is planned for it
          const program = ents.find((e) => e.type === "company" && e.kind === "other" && /^(?:Project\s|Stargate)/.test(e.name));
          if (program && role.role === "invest" && !entityAfter(text, ents, q.end, "in|into", 40)) {
            drafts.push({ kind: "other", subject: program.name, property: `planned_investment_${q.detail}`, value: q.value, value_max: q.valueMax, qualifier: "exact", status: statusCue(clause.text) ?? statusCue(sentence.text), explicitStatus: true, q, sentence });
            continue;
          }
          const subject = resolveMoneySubject(text, sentence, clause, q, ents, role, st);
          if (!subject) continue;
          if (role.role === "round" || role.role === "valuation") st.lastRaiser = subject;
          const clauseCue = statusCue(clause.text) ?? statusCue(sentence.text);
          drafts.push({
            kind: role.kind,
            subject,
            property: role.property,
            value: q.value,
            value_max: q.valueMax,
            qualifier: "exact",
            status: clauseCue,
            explicitStatus: clauseCue !== null,
            q,
            sentence,
          });
        } else {
          const c = unitClaim(text, sentence, clause, q, ents, st);
          if (!c) continue;
          if (c.kind === "chip_spec" && !c.subject.includes("->")) {
            st.lastChip = c.subject.replace(/ die$/, "");
            st.valueSubjects.set(`${q.unit}:${q.value}`, c.subject);
          }
          if (c.property === "stock_change_pct") st.lastStock = c.subject;
          const cue = c.kind === "investment" ? statusCue(clause.text) ?? statusCue(sentence.text) : reportedCue(sentence.text) ? "reported" : null;
          drafts.push({
            kind: c.kind,
            subject: c.subject,
            property: c.property,
            value: c.value,
            value_max: c.valueMax,
            qualifier: "exact",
            status: cue,
            explicitStatus: cue !== null,
            q,
            sentence,
          });
        }
      }
    }
    const chipsHere = ents.filter(isChip);
    if (chipsHere.length === 1) st.lastChip = chipsHere[0].name;
    for (const e of ents) if (isCompany(e)) st.recentCompanies.push(e.name);
    const cs = ents.filter(isCompany);
    for (let k = 0; k + 1 < cs.length; k++)
      if (/^\s*(?:and|&)\s*$/.test(text.slice(cs[k].end, cs[k + 1].start)) && cs[k].name !== cs[k + 1].name) {
        st.lastGroup = `${asInvestor(cs[k].name)} + ${asInvestor(cs[k + 1].name)}`;
        break;
      }
  }

  // tables
  for (const cell of tableCells) {
    if (inNoise(cell.start, cell.end)) continue;
    const sentence = sentences.find((s) => s.start <= cell.start && cell.end <= s.end) ?? sentences[0];
    const q: Quantity = { start: cell.start, end: cell.end, value: cell.value, valueMax: null, unit: "count", detail: "" };
    tableDrafts.push({
      kind: "chip_spec",
      subject: cell.chip,
      property: cell.property,
      value: cell.value,
      value_max: null,
      qualifier: cell.about ? "about" : "exact",
      status: null,
      explicitStatus: false,
      q,
      sentence,
    });
  }

  // the running status of each deal: its first explicit stage in the article
  const firstStatus = new Map<string, DealStatus>();
  for (const d of drafts) if (d.explicitStatus && d.status && !firstStatus.has(d.subject) && (d.kind === "investment" || d.kind === "valuation")) firstStatus.set(d.subject, d.status);

  const out: Claim[] = [];
  const seen = new Set<string>();
  for (const d of [...drafts, ...tableDrafts].sort((a, b) => a.q.start - b.q.start)) {
    const { q, sentence } = d;
    const isTable = tableDrafts.includes(d);
    const quote = isTable ? { start: q.start, end: q.end, text: text.slice(q.start, q.end) } : quoteOf(text, sentence, q);
    const rowQuote = isTable ? (() => {
      const cell = tableCells.find((c) => c.start === q.start)!;
      return { start: cell.rowStart, end: cell.rowEnd, text: text.slice(cell.rowStart, cell.rowEnd) };
    })() : quote;
    const cl = isTable ? sentence : splitClauses(text, sentence).find((c) => c.start <= q.start && q.end <= c.end) ?? sentence;
    const key = `${d.subject}|${d.property}|${d.value}|${duplicateKey(text, Math.max(cl.start, sentence.lineStart), Math.min(sentence.lineEnd, cl.end), q.start, q.end)}`;
    if (!isTable && seen.has(key)) continue;
    seen.add(key);
    let qualifier: Qualifier = d.qualifier;
    if (!isTable) {
      qualifier = q.range ? "range" : q.plus ? "at least" : qualifierAt(text, q.start, q.end, sentence.start);
      if (q.range && d.value_max === null) qualifier = "exact";
    }
    let status: DealStatus | null = d.status;
    if (d.kind === "investment" || d.kind === "valuation") {
      const clause = clauseOf(text, sentence, q);
      status = dealStatus(clause.text, sentence.text, firstStatus.get(d.subject) ?? null);
    }
    const clause = clauseOf(text, sentence, q);
    const asOf = isTable ? published ?? null : asOfFor(text, sentence, clause, q, published);
    out.push({
      kind: d.kind,
      subject: d.subject,
      property: d.property,
      value: d.value,
      value_max: qualifier === "range" ? d.value_max : null,
      qualifier,
      status,
      as_of: asOf,
      quote: rowQuote.text,
      start: rowQuote.start,
      end: rowQuote.end,
    });
  }
  // a figure first given without precision takes the precision the article states for it elsewhere
  for (const c of out) {
    if (c.property !== "peak_compute_tflops") continue;
    const twin = out.find((o) => o !== c && /^peak_[a-z0-9]+_tflops$/.test(o.property) && o.property !== c.property && o.subject === c.subject && o.value === c.value);
    if (twin) c.property = twin.property;
  }
  return out;
}
