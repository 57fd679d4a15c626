/**
 * The drafts one amount of money in a sentence gives: a restated conversion, a system's price, an
 * earlier value of the figure just stated, or a deal figure with its role (invest, round, valuation,
 * compute, …), its parties and its status. Called by `extractClaims` for each money quantity.
 */
import { isCompany, type State } from "./state";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { Draft } from "./assemble";
import { reportedCue, statusCue } from "./status";
import { noteRoles } from "./coreference";
import { moneyRole } from "./properties";
import { inPassing, noteRaiser, repeatedAmount, resolveMoneySubject, splitBetween } from "./money-subjects";
import { listedAmount } from "./money-lists";
import { chipUnitPrice, systemPrice } from "./chip-prices";
import { earlierFigure } from "./guidance";
import { priorPeriodFigure } from "./results-prior";
import { eachPartySubjects } from "./money-each";
import { plannedProgram } from "./money-programs";
import { saleRole } from "./money-sales";
import { passiveRole } from "./money-passive";
import { gainRole } from "./money-gains";
import { impliedDealDraft } from "./deal-focus";
import { contributionRole } from "./money-contributions";
import { siteFinancing } from "./site-financing";

const ADD_ON = /^\s*(?:[\w‑-]+\s+)?(?:add[‑-]?on|expansion|extension|top[‑-]?up|follow[‑-]on)\b/i;

/** Words that introduce an earlier value of the figure just stated ("up from", "$148 from"). */
const FROM_PREVIOUS = /(?:\b(?:up|down|rising|falling|increasing|decreasing)\s+from|\d\s*(?:billion|million|trillion|bn|mn|[bmk])?,?\s+from)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+)?(?:US\s?)?[$€£¥]?\s*$/i;

/** Pushes onto `drafts` what the amount `q` (one of the sentence's `money`) states. */
export function pushMoneyDrafts(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  money: Quantity[],
  ents: EntityMention[],
  st: State,
  drafts: Draft[],
): void {
  // a conversion in brackets after an amount in the same currency is a restatement, not a figure
  const conv = !q.per && /(?:\(|\d\s*(?:billion|million|bn|mn|[bm])?,\s+or)\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|~)?$/.test(text.slice(Math.max(0, q.start - 26), q.start)) ? money.find((m) => m !== q && m.end <= q.start && q.start - m.end < 16) : undefined;
  if (conv && conv.detail === q.detail) return;
  // "₹8,500 crore ($966 million)", "€1.3 billion ($1.5bn)": the article's own conversion is the same claim in its currency
  const converted = conv && drafts.findLast((d) => d.q === conv && d.property.endsWith(`_${conv.detail}`));
  if (converted) {
    drafts.push({ ...converted, property: converted.property.slice(0, -conv.detail.length) + q.detail, value: q.value, value_max: q.valueMax, q });
    return;
  }
  // denied or hypothetical-negative figures: "hasn't received any such $10 billion order"
  if (/\b(?:hasn['’]t|has\s+not|hadn['’]t|had\s+not|haven['’]t|have\s+not|didn['’]t|did\s+not|never|no\s+such|any\s+such|denied|won['’]t)\b/i.test(text.slice(clause.start, q.start))) return;
  // "a GB300 NVL72 rack costs roughly $3.7 million": a whole system's price (lib/extract/chip-prices.ts)
  const priced = systemPrice(text, sentence, q, ents, st);
  if (priced) {
    drafts.push({ kind: "other", subject: priced, property: "price_usd", value: q.value, value_max: q.valueMax, qualifier: "exact", status: reportedCue(sentence.text) ? "reported" : null, explicitStatus: false, q, sentence });
    return;
  }
  // "sells each B200 for $30,000", "costs $2.50 an hour": a chip's own price (lib/extract/chip-prices.ts)
  const unitPrice = chipUnitPrice(text, sentence, q, ents);
  if (unitPrice) {
    drafts.push({ kind: "other", ...unitPrice, value: q.value, value_max: q.valueMax, qualifier: "exact", status: reportedCue(sentence.text) ? "reported" : null, explicitStatus: false, q, sentence });
    return;
  }
  // "valued at $1.1 billion, up from $420 million", "to $148 from $131": an earlier value of the
  // figure just stated; without such a figure in the sentence it is not read as anything else
  if (FROM_PREVIOUS.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)) || earlierFigure(text.slice(Math.max(sentence.start, q.start - 40), q.start), text.slice(q.end, q.end + 40))) {
    const prevQ = [...money].reverse().find((m) => m.end <= q.start);
    const prevMoney = prevQ && q.start - prevQ.end < 45 && !/[;:]/.test(text.slice(prevQ.end, q.start)) ? drafts.find((d) => d.q === prevQ && d.q.detail === q.detail) : undefined;
    if (prevMoney) drafts.push({ ...prevMoney, property: prevMoney.property.replace(/^(?:pre|post)_money_/, ""), value: q.value, value_max: q.valueMax, status: null, explicitStatus: false, q, sentence });
    // "Revenue rose 22% from $13.07 billion in the year-ago quarter": the metric's earlier value, read by the results rules
    if (prevMoney || !priorPeriodFigure(text.slice(sentence.start, q.start), text.slice(q.end, q.end + 60))) return;
  }
  // "The deal is worth about $5 billion": the deal a sentence before named (lib/extract/deal-focus.ts)
  const implied = impliedDealDraft(text, sentence, clause, q, st);
  if (implied) {
    drafts.push(implied);
    return;
  }
  const role = listedAmount(text, sentence, q, ents, st) ?? contributionRole(text, sentence, q, ents, st) ?? passiveRole(text, sentence, q, ents, st, drafts) ?? gainRole(text, sentence, q, ents, st) ?? saleRole(text, sentence, clause, q, ents, st) ?? moneyRole(text, sentence, clause, q, ents) ?? repeatedAmount(text, q, ents, st);
  // "The campus secured $7.1 billion in project loans": a site's own financing (lib/extract/site-financing.ts)
  const site = siteFinancing(text, sentence, clause, q, ents);
  if (site) {
    const cue = statusCue(clause.text) ?? statusCue(sentence.text);
    drafts.push({ kind: "other", ...site, value: q.value, value_max: q.valueMax, qualifier: "exact", status: cue, explicitStatus: cue !== null, q, sentence });
    return;
  }
  // "followed by a $4 billion add-on": more of the deal the article just gave
  const prev = drafts[drafts.length - 1];
  if (!role && prev && prev.q.unit === "money" && prev.kind === "investment" && ADD_ON.test(text.slice(q.end, q.end + 20)) && prev.sentence.index >= sentence.index - 1) {
    drafts.push({ ...prev, value: q.value, value_max: q.valueMax, status: null, explicitStatus: false, q, sentence });
    return;
  }
  if (!role) return;
  // money for a program or site ("Stargate ... over $400 billion in investment") is planned for it
  const program = plannedProgram(text, q, ents, role);
  if (program) {
    drafts.push({ kind: "other", subject: program.name, property: `planned_investment_${q.detail}`, value: q.value, value_max: q.valueMax, qualifier: "exact", status: statusCue(clause.text) ?? statusCue(sentence.text), explicitStatus: true, q, sentence });
    return;
  }
  const subject = resolveMoneySubject(text, sentence, clause, q, ents, role, st);
  if (!subject) return;
  // "split evenly between A and B": each one's half is a claim too, on the same quote
  const [investors, recipient] = subject.split(" -> ");
  const halves = role.role === "invest" && investors.includes(" + ") && splitBetween(text, sentence, q, ents.filter(isCompany)) ? investors.split(" + ").map((inv) => `${inv} -> ${recipient}`) : [];
  if ((role.role === "round" || role.role === "valuation") && !inPassing(text, sentence, subject, ents)) noteRaiser(subject, st);
  if (role.role !== "compute" && role.role !== "price" && role.role !== "order") noteRoles(subject, st);
  const clauseCue = statusCue(clause.text) ?? statusCue(sentence.text);
  const each = role.role === "invest" ? eachPartySubjects(text, sentence, q, ents, subject) : [];
  drafts.push({
    kind: role.kind,
    subject: each[0] ?? subject,
    property: role.property,
    value: role.negative ? -q.value : q.value,
    value_max: q.valueMax,
    qualifier: "exact",
    status: clauseCue,
    explicitStatus: clauseCue !== null,
    q,
    sentence,
  });
  for (const s of each.slice(1)) drafts.push({ ...drafts[drafts.length - 1], subject: s });
  for (const h of halves) drafts.push({ kind: role.kind, subject: h, property: role.property, value: q.value / 2, value_max: q.valueMax === null ? null : q.valueMax / 2, qualifier: "exact", status: clauseCue, explicitStatus: clauseCue !== null, q, sentence });
}
