/**
 * Bare numbers under a header that carries the unit: "| Chip | HBM (GB) | BW (TB/s) | TDP (W) |"
 * over "| MI355X | 288 | 8 | 1,400 |". Also footnote markers ("4.5*", "192¹") and "up to" in cells.
 */
import type { RowProperty } from "./table-rows";

/** A unit written in a header, in brackets or after a comma: "(GB)", "(TB/s)", ", W". */
const HEAD_UNIT = /(?:\(|,\s*|\bin\s+)(GB|TB|GiB|TB\/s|GB\/s|TBps|GBps|W|watts|kW|TFLOPS|PFLOPS|EFLOPS|TOPS|POPS|nm)\)?\s*$/i;
/** A cell that is one number: "1,400", "~8", "up to 9", "4.5*", "192¹", "288 †". */
const BARE_CELL = /^(~|≈|approx\.?\s*|up\s+to\s+|>\s*|≥\s*)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]*$/i;

/** The units each property's header may carry. */
const FITS: Record<string, RegExp> = {
  gb: /^(?:GB|GiB|TB)$/i,
  tbps: /^(?:TB\/s|GB\/s|TBps|GBps)$/i,
  w: /^(?:W|watts|kW)$/i,
  tflops: /^(?:TFLOPS|PFLOPS|EFLOPS|TOPS|POPS)$/i,
  nm: /^nm$/i,
};

export type BareValue = { value: number; about: boolean; qualifier?: "at least" | "up to" };

/** The value of a bare-number cell under a header naming its unit, or null. */
export function headerUnitValue(head: string, cell: string, prop: RowProperty): BareValue | null {
  const u = head.trim().match(HEAD_UNIT);
  const m = cell.trim().match(BARE_CELL);
  if (!u || !m || !FITS[prop.unit]?.test(u[1])) return null;
  const n = Number(m[2].replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  const unit = u[1].toLowerCase();
  const factor = unit === "tb" || unit === "pflops" || unit === "pops" || unit === "kw" ? 1000 : unit === "gb/s" || unit === "gbps" ? 0.001 : unit === "eflops" ? 1e6 : 1;
  const lead = (m[1] ?? "").toLowerCase();
  return {
    value: n * factor,
    about: /^[~≈]|approx/.test(lead),
    ...(/^up/.test(lead) ? { qualifier: "up to" as const } : /^[>≥]/.test(lead) ? { qualifier: "at least" as const } : {}),
  };
}
