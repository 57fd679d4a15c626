/**
 * extractClaims: article text in, claims out (docs/claim-schema.md). Pure and deterministic.
 *
 * Path: sentences -> figures (money, units) -> noise filter -> property from the words around
 * the figure -> subject from the sentence's structure and the article's running context ->
 * qualifier, status, date -> quote (the figure's clause) -> duplicates dropped.
 */
import type { Claim } from "@/lib/validations/claim";
import { chipLexicon, findEntities, orgLexicon, resolveCompany, type EntityMention } from "./entities";
import { descriptionMentions, dominantCompany, findDescriptions, newCorefState, noteCompany, noteRoles } from "./coreference";
import { clauseOf } from "./quotes";
import { findNumbers, type NumberMatch } from "./numbers";
import { findMoney } from "./money";
import { findUnits } from "./units";
import type { Quantity } from "./quantity";
import { reportedCue, statusCue } from "./status";
import { findPublicationDate } from "./dates";
import { isNameNumber, noiseSpans } from "./noise";
import { splitSentences } from "./sentences";
import { asInvestor, PRONOUN_OPENS, subjectBefore } from "./subjects";
import { isChip, isCompany, type State } from "./state";
import { moneyRole } from "./properties";
import { inPassing, noteRaiser, repeatedAmount, resolveMoneySubject, splitBetween } from "./money-subjects";
import { listedAmount } from "./money-lists";
import { unitClaim } from "./unit-claims";
import { stakeSubject } from "./stakes";
import { ofMarket } from "./market-share";
import { isSystemSubject, jointChip } from "./chip-subjects";
import { noteTopicChip } from "./topic-chip";
import { findTableCells } from "./tables";
import { systemPrice } from "./chip-prices";
import { assemble, type Draft } from "./assemble";
import { earlierFigure } from "./guidance";
import { priorPeriodFigure } from "./results-prior";
import { warrantDrafts } from "./warrants";
import { eachPartySubjects } from "./money-each";
import { plannedProgram } from "./money-programs";
import { fractionStakeDrafts } from "./stake-fractions";
import { saleRole } from "./money-sales";

export { findPublicationDate } from "./dates";
export { COMPANIES, CHIPS, resolveCompany, resolveChip } from "./entities";

const ADD_ON = /^\s*(?:[\w‑-]+\s+)?(?:add[‑-]?on|expansion|extension|top[‑-]?up|follow[‑-]on)\b/i;

/** Words that introduce an earlier value of the figure just stated ("up from", "$148 from"). */
const FROM_PREVIOUS = /(?:\b(?:up|down|rising|falling|increasing|decreasing)\s+from|\d\s*(?:billion|million|trillion|bn|mn|[bmk])?,?\s+from)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+)?(?:US\s?)?[$€£¥]?\s*$/i;


const MULTIPLE_WORD = /twice|double|triple|quadruple|fold\b|half\s+again/i;

export type ExtractOptions = { publishedAt?: string | null };


/** Claims stated by `text`, in order of appearance. */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== "string" || !text.trim()) return [];
  const published = options.publishedAt === undefined ? findPublicationDate(text) : options.publishedAt;
  const sentences = splitSentences(text);
  const noise = noiseSpans(text, sentences);
  const inNoise = (s: number, e: number) => noise.some((n) => n.start <= s && e <= n.end);
  const chipLex = chipLexicon(text);
  const tableCells = findTableCells(text, chipLex);
  const tableRows = new Set(tableCells.map((c) => c.rowStart));
  const orgs = orgLexicon(text, chipLex);
  const st: State = { ...newCorefState(), statusBySubject: new Map(), valueSubjects: new Map(), chipLex };
  const drafts: Draft[] = [];
  const tableDrafts: Draft[] = [];

  // companies, chips and numbers are found once per article; each sentence takes its share
  const allEnts = findEntities(text, orgs, chipLex);
  st.dominant = dominantCompany(allEnts.filter((e) => !inNoise(e.start, e.end)));
  const allNums = findNumbers(text);
  const allDescs = findDescriptions(text);
  let ei = 0;
  let ni = 0;
  let di = 0;
  for (const sentence of sentences) {
    while (ei < allEnts.length && allEnts[ei].start < sentence.start) ei++;
    while (ni < allNums.length && allNums[ni].start < sentence.start) ni++;
    if (inNoise(sentence.start, sentence.end)) continue;
    const ents: EntityMention[] = [];
    for (let k = ei; k < allEnts.length && allEnts[k].start < sentence.end; k++) if (allEnts[k].end <= sentence.end) ents.push(allEnts[k]);
    const sentNums: NumberMatch[] = [];
    for (let k = ni; k < allNums.length && allNums[k].start < sentence.end; k++) if (allNums[k].end <= sentence.end) sentNums.push(allNums[k]);
    for (const e of ents) if (isCompany(e)) noteCompany(text, e, st, (n) => !!resolveCompany(n));
    // "the startup", "the chipmaker": the article's current company of that kind
    while (di < allDescs.length && allDescs[di].start < sentence.start) di++;
    let dk = di;
    while (dk < allDescs.length && allDescs[dk].end <= sentence.end) dk++;
    const desc = dk > di ? descriptionMentions(text, allDescs.slice(di, dk), ents, st) : [];
    if (desc.length) {
      ents.push(...desc);
      ents.sort((a, b) => a.start - b.start);
    }
    // the bare family name "Trainium" means the generation the article is about
    for (const e of ents) {
      if (e.type !== "chip") continue;
      if (/^Trainium\d$/.test(e.name)) st.lastTrainium = e.name;
      else if (e.name === "Trainium" && st.lastTrainium) e.name = st.lastTrainium;
    }
    let chipClaim = false;
    let tableRow = false;
    for (const r of tableRows) if (r >= sentence.lineStart && r < sentence.lineEnd) tableRow = true;
    // a sentence without numbers states a figure only as a word multiple ("twice", "threefold")
    if (!tableRow && (sentNums.length || MULTIPLE_WORD.test(sentence.text))) {
      const nums = sentNums
        .filter((n) => !isNameNumber(text, n.start, n.end) && !inNoise(n.start, n.end))
        .filter((n) => !ents.some((e) => e.start <= n.start && n.end <= e.end));
      const rel: NumberMatch[] = nums.map((n) => ({ start: n.start - sentence.start, end: n.end - sentence.start, value: n.value, scale: n.scale, words: n.words }));
      const money = findMoney(sentence.text, rel).map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }));
      // numbers inside an amount of money are not read again as units
      const unitNums = money.length ? rel.filter((n) => !money.some((m) => m.start - sentence.start <= n.start && n.end <= m.end - sentence.start)) : rel;
      const units = findUnits(sentence.text, unitNums)
        .map((q) => ({ ...q, start: q.start + sentence.start, end: q.end + sentence.start }))
        .filter((u) => !money.some((m) => m.start < u.end && u.start < m.end));
      const qs = [...money, ...units].sort((a, b) => a.start - b.start);
      for (const q of qs) {
        const clause = clauseOf(text, sentence, q);
        if (q.unit === "money") {
          // a conversion in brackets after an amount in the same currency is a restatement, not a figure
          const conv = !q.per && /(?:\(|\d\s*(?:billion|million|bn|mn|[bm])?,\s+or)\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|~)?$/.test(text.slice(Math.max(0, q.start - 26), q.start)) ? money.find((m) => m !== q && m.end <= q.start && q.start - m.end < 16) : undefined;
          if (conv && conv.detail === q.detail) continue;
          // "₹8,500 crore ($966 million)", "€1.3 billion ($1.5bn)": the article's own conversion is the same claim in its currency
          const converted = conv && drafts.findLast((d) => d.q === conv && d.property.endsWith(`_${conv.detail}`));
          if (converted) {
            drafts.push({ ...converted, property: converted.property.slice(0, -conv.detail.length) + q.detail, value: q.value, value_max: q.valueMax, q });
            continue;
          }
          // denied or hypothetical-negative figures: "hasn't received any such $10 billion order"
          if (/\b(?:hasn['’]t|has\s+not|hadn['’]t|had\s+not|haven['’]t|have\s+not|didn['’]t|did\s+not|never|no\s+such|any\s+such|denied|won['’]t)\b/i.test(text.slice(clause.start, q.start))) continue;
          // "a GB300 NVL72 rack costs roughly $3.7 million": a whole system's price (lib/extract/chip-prices.ts)
          const priced = systemPrice(text, sentence, q, ents, st);
          if (priced) {
            drafts.push({ kind: "other", subject: priced, property: "price_usd", value: q.value, value_max: q.valueMax, qualifier: "exact", status: reportedCue(sentence.text) ? "reported" : null, explicitStatus: false, q, sentence });
            continue;
          }
          // "valued at $1.1 billion, up from $420 million", "to $148 from $131": an earlier value of the
          // figure just stated; without such a figure in the sentence it is not read as anything else
          if (FROM_PREVIOUS.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)) || earlierFigure(text.slice(Math.max(sentence.start, q.start - 40), q.start), text.slice(q.end, q.end + 40))) {
            const prevQ = [...money].reverse().find((m) => m.end <= q.start);
            const prevMoney = prevQ && q.start - prevQ.end < 45 && !/[;:]/.test(text.slice(prevQ.end, q.start)) ? drafts.find((d) => d.q === prevQ && d.q.detail === q.detail) : undefined;
            if (prevMoney) drafts.push({ ...prevMoney, property: prevMoney.property.replace(/^(?:pre|post)_money_/, ""), value: q.value, value_max: q.valueMax, status: null, explicitStatus: false, q, sentence });
            // "Revenue rose 22% from $13.07 billion in the year-ago quarter": the metric's earlier value, read by the results rules
            if (prevMoney || !priorPeriodFigure(text.slice(sentence.start, q.start), text.slice(q.end, q.end + 60))) continue;
          }
          const role = listedAmount(text, sentence, q, ents, st) ?? saleRole(text, sentence, clause, q, ents, st) ?? moneyRole(text, sentence, clause, q, ents) ?? repeatedAmount(text, q, ents, st);
          // "followed by a $4 billion add-on": more of the deal the article just gave
          const prev = drafts[drafts.length - 1];
          if (!role && prev && prev.q.unit === "money" && prev.kind === "investment" && ADD_ON.test(text.slice(q.end, q.end + 20)) && prev.sentence.index >= sentence.index - 1) {
            drafts.push({ ...prev, value: q.value, value_max: q.valueMax, status: null, explicitStatus: false, q, sentence });
            continue;
          }
          if (!role) continue;
          // money for a program or site ("Stargate ... over $400 billion in investment") is planned for it
          const program = plannedProgram(text, q, ents, role);
          if (program) {
            drafts.push({ kind: "other", subject: program.name, property: `planned_investment_${q.detail}`, value: q.value, value_max: q.valueMax, qualifier: "exact", status: statusCue(clause.text) ?? statusCue(sentence.text), explicitStatus: true, q, sentence });
            continue;
          }
          const subject = resolveMoneySubject(text, sentence, clause, q, ents, role, st);
          if (!subject) continue;
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
        } else {
          // stakes are read by their own rules (lib/extract/stakes.ts); other percentages by the unit rules
          const stake = q.unit === "pct" && !ofMarket(text, q) ? stakeSubject(text, sentence, q, ents, st) : undefined;
          if (stake === null) continue;
          const each = stake ? eachPartySubjects(text, sentence, q, ents, stake) : [];
          const c = stake ? { subject: each[0] ?? stake, property: "stake_pct", kind: "investment" as const, value: q.value, valueMax: q.valueMax } : unitClaim(text, sentence, clause, q, ents, st);
          if (!c) continue;
          if (c.kind === "chip_spec" && !c.subject.includes("->")) {
            // a rack or server figure does not change the chip the article is talking about
            if (isSystemSubject(c.subject, st)) st.lastSystem = c.subject;
            // "up from 900 W for the Q6": a baseline's figure does not change the chip spoken of
            else if (!/\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 20), q.start))) st.lastChip = c.subject.replace(/ die$/, "");
            chipClaim = true;
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
          for (const s of each.slice(1)) drafts.push({ ...drafts[drafts.length - 1], subject: s });
          // "Both the X and the Y are rated at 1,400 watts": the other chip's figure too
          const mate = c.kind === "chip_spec" ? jointChip(text, sentence, q, ents, c.subject) : undefined;
          if (mate) drafts.push({ ...drafts[drafts.length - 1], subject: mate });
          // "up to 10 petaFLOPS (double that with sparsity)": a second figure stated as a multiple of the first
          const again = c.kind === "chip_spec" ? text.slice(q.end, sentence.end).match(/^[^.;]{0,40}?\b(double|twice|triple|quadruple|half)\s+that\b/i) : null;
          if (again) {
            const at = q.end + again.index! + again[0].length - again[1].length - 5;
            const factor = { double: 2, twice: 2, triple: 3, quadruple: 4, half: 0.5 }[again[1].toLowerCase() as "double"];
            const q2: Quantity = { ...q, start: at, end: at + again[1].length + 5, value: q.value * factor, valueMax: null, range: false, plus: false };
            drafts.push({ ...drafts[drafts.length - 1], value: c.value * factor, value_max: null, q: q2 });
          }
        }
      }
    }
    if (!tableRow) drafts.push(...warrantDrafts(text, sentence, ents, st), ...fractionStakeDrafts(text, sentence, ents, st));
    noteTopicChip(text, sentence, ents, drafts, chipClaim, st);
    for (const e of ents) if (isCompany(e)) st.recentCompanies.push(e.name);
    const sentSubject = subjectBefore(text, sentence.start, ents, sentence.end, true);
    // "It plans …, and has agreed to spend $30 billion on X, Y's cloud unit": the sentence's subject is still the previous one
    const carried = st.prevSubject?.sentence === sentence.index - 1 && PRONOUN_OPENS.test(sentence.text);
    if (carried) st.prevSubject = { sentence: sentence.index, name: st.prevSubject!.name };
    else if (sentSubject) st.prevSubject = { sentence: sentence.index, name: sentSubject.name };
    if (sentSubject && !carried && !/^\s*(?:[-‑]|['’]s?\s+(?:\w+\s+)?(?:chips?|GPUs?|accelerators?|cloud|platform|models?)\b)/.test(text.slice(sentSubject.end, sentSubject.end + 30))) st.subjects.add(sentSubject.name);
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
      kind: cell.kind ?? "chip_spec",
      subject: cell.chip,
      property: cell.property,
      value: cell.value,
      value_max: cell.valueMax ?? null,
      qualifier: cell.qualifier ?? (cell.about ? "about" : "exact"),
      status: null,
      explicitStatus: false,
      q,
      sentence,
    });
  }

  return assemble(text, drafts, tableDrafts, tableCells, published);
}
