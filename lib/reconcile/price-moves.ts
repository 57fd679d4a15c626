/**
 * Share-price moves pair only when they are the same trading day (or a day and the month that
 * holds it), or two consecutive days: moves on other days are separate events, a timeline.
 */
import { claimDate } from "./claim-facts";
import type { ClaimTable } from "./claim-table";
import type { Verdict } from "./pair-details";

const DAY_MS = 86_400_000;

export function priceMoveVerdict(table: ClaimTable, i: number, j: number): Verdict | null {
  const a = table.claims[i];
  const b = table.claims[j];
  const da = claimDate(a);
  const db = claimDate(b);
  if (!da || !db) return null;
  const days = da.length === 10 && db.length === 10 ? Math.abs(Date.parse(da) - Date.parse(db)) / DAY_MS : null;
  const sameDay = days === 0 || (da.length !== db.length && (da.length === 7 || db.length === 7) && da.slice(0, 7) === db.slice(0, 7));
  if (!sameDay && days !== 1) return null;
  if (table.overlaps(i, j) || table.roundsTo(i, j)) return { first: i, second: j, type: "rounding", detail: "the same move written with different precision" };
  if (!sameDay)
    return { first: da < db ? i : j, second: da < db ? j : i, type: "temporal", detail: "moves on consecutive days (after hours vs the next session)" };
  if (a.qualifier === "up to" || b.qualifier === "up to") return { first: i, second: j, type: "metric_conflation", detail: "an intraday peak vs the closing move" };
  return { first: i, second: j, type: "conflict", detail: "two moves for the same day: at most one is right" };
}
