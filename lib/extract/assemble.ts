/**
 * The last step of extraction: each draft figure becomes a claim with its quote, qualifier, deal
 * status and date; figures repeated verbatim in the same surroundings are dropped.
 */
import type { Claim, DealStatus, Qualifier } from "@/lib/validations/claim";
import type { Quantity } from "./quantity";
import { qualifierAt } from "./qualifiers";
import { dealStatus } from "./status";
import { duplicateKey } from "./noise";
import { splitClauses, type Sentence } from "./sentences";
import { asOfFor, clauseOf, quoteOf } from "./quotes";
import type { TableCell } from "./tables";

export type Draft = Omit<Claim, "quote" | "start" | "end" | "as_of" | "status"> & {
  status: DealStatus | null;
  /** status came from the sentence itself, not from the article's running status */
  explicitStatus: boolean;
  q: Quantity;
  sentence: Sentence;
};

/** Claims from the article's drafts (sentence figures and table cells), in order of appearance. */
export function assemble(text: string, drafts: Draft[], tableDrafts: Draft[], tableCells: TableCell[], published: string | null): Claim[] {
  // the running status of each deal: its first explicit stage in the article
  const firstStatus = new Map<string, DealStatus>();
  for (const d of drafts) if (d.explicitStatus && d.status && !firstStatus.has(d.subject) && (d.kind === "investment" || d.kind === "valuation")) firstStatus.set(d.subject, d.status);

  const out: Claim[] = [];
  const seen = new Set<string>();
  const tableSet = new Set(tableDrafts);
  for (const d of [...drafts, ...tableDrafts].sort((a, b) => a.q.start - b.q.start)) {
    const { q, sentence } = d;
    const isTable = tableSet.has(d);
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
