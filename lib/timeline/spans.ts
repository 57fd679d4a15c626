/** Partial dates ("2025", "2025-12", "2025-12-17") as the span of time they cover. */

export type DatePrecision = "day" | "month" | "year";

export interface DateSpan {
  /** The date as written. */
  date: string;
  precision: DatePrecision;
  /** UTC ms of the first instant covered. */
  start: number;
  /** UTC ms of the first instant after the span (exclusive). */
  end: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span a partial date covers, or null when it is missing or not a date. */
export function spanOf(date: string | null | undefined, precision?: string | null): DateSpan | null {
  if (!date) return null;
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const written: DatePrecision = d !== null ? "day" : mo !== null ? "month" : "year";
  // A stated precision coarser than the text wins ("2025-12-01" stored for "December 2025").
  const p: DatePrecision = precision === "year" || precision === "month" || precision === "day" ? coarser(written, precision) : written;
  if (p === "year") return { date: String(y), precision: p, start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  if (p === "month") {
    return { date: `${m[1]}-${m[2]}`, precision: p, start: Date.UTC(y, mo! - 1, 1), end: Date.UTC(y, mo!, 1) };
  }
  return { date, precision: p, start: Date.UTC(y, mo! - 1, d!), end: Date.UTC(y, mo! - 1, d! + 1) };
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Whether a span had certainly ended by the end of `asOf` ("YYYY-MM-DD"). */
export function endedBy(span: DateSpan, asOf: string): boolean {
  const limit = spanOf(asOf);
  return limit !== null && span.end <= limit.end;
}
