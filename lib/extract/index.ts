/**
 * extractClaims: article text in, claims out (docs/claim-schema.md). Pure and deterministic.
 *
 * Path: sentences -> figures (money, units) -> noise filter -> property from the words around
 * the figure -> subject from the sentence's structure and the article's running context ->
 * qualifier, status, date -> quote (the figure's clause) -> duplicates dropped.
 */
import type { Claim } from "@/lib/validations/claim";
import { chipLexicon, findEntities, orgLexicon, resolveCompany, type EntityMention } from "./entities";
import { descriptionMentions, dominantCompany, findDescriptions, newCorefState, noteCompany } from "./coreference";
import { clauseOf } from "./quotes";
import { findNumbers, type NumberMatch } from "./numbers";
import { findMoney } from "./money";
import { findUnits } from "./units";
import type { Quantity } from "./quantity";
import { findPublicationDate } from "./dates";
import { isNameNumber, noiseSpans } from "./noise";
import { splitSentences } from "./sentences";
import { asInvestor, LEAD_PRONOUN, PRONOUN_OPENS, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { noteTopicChip } from "./topic-chip";
import { findTableCells } from "./tables";
import { assemble, type Draft } from "./assemble";
import { warrantDrafts } from "./warrants";
import { fractionStakeDrafts } from "./stake-fractions";
import { pushMoneyDrafts } from "./money-drafts";
import { pushUnitDrafts } from "./unit-drafts";
import { noteDealFocus } from "./deal-focus";
import { countPhraseDrafts } from "./count-phrases";
import { widenFundNames } from "./fund-names";
import { personCompanyMentions } from "./person-companies";

export { findPublicationDate } from "./dates";
export { COMPANIES, CHIPS, resolveCompany, resolveChip } from "./entities";

/** A sentence without numbers states a figure only as a word multiple. */
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
  widenFundNames(text, allEnts);
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
    const desc = dk > di ? descriptionMentions(text, allDescs.slice(di, dk), ents, st, sentence.index) : [];
    const personal = personCompanyMentions(text, sentence, ents, allEnts);
    if (personal.length) desc.push(...personal);
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
        if (q.unit === "money") pushMoneyDrafts(text, sentence, clause, q, money, ents, st, drafts);
        else if (pushUnitDrafts(text, sentence, clause, q, ents, st, drafts)) chipClaim = true;
      }
      countPhraseDrafts(text, sentence, nums, qs, ents, st, drafts);
    }
    if (!tableRow) drafts.push(...warrantDrafts(text, sentence, ents, st), ...fractionStakeDrafts(text, sentence, ents, st));
    noteTopicChip(text, sentence, ents, drafts, chipClaim, st);
    noteDealFocus(text, sentence, ents, st, drafts);
    for (const e of ents) if (isCompany(e)) st.recentCompanies.push(e.name);
    const sentSubject = subjectBefore(text, sentence.start, ents, sentence.end, true);
    // "It plans …, and has agreed to spend $30 billion on X, Y's cloud unit": the sentence's subject is still the previous one
    const carried = st.prevSubject?.sentence === sentence.index - 1 && (PRONOUN_OPENS.test(sentence.text) || LEAD_PRONOUN.test(sentence.text));
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
