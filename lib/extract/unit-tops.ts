/**
 * Integer throughput: "870 TOPS (INT8)", "1.6 POPS of INT4", "400 trillion operations per second".
 * The precision comes from the words around (in brackets too); TOPS without one is plain `peak_tops`.
 */

/** "TOPS", "POPS", "tera-operations per second" right after a number (upper case for the short form: "tops" is a verb). */
const TOPS = /^[\s-]?(?:([TP])OPS(?![a-z])|(tera|peta)[\s-]?op(?:eration)?s(?:\s+per\s+second)?\b|(trillion|quadrillion)\s+operations\s+per\s+second\b)/;
const OPS_PRECISION = /^\s*(?:\(\s*|of\s+|on\s+|at\s+|in\s+)?(INT\s?8|INT\s?4|FP\s?8|FP\s?4|FP\s?16|BF\s?16)\b/i;
const OPS_PRECISION_BEFORE = /\b(INT\s?8|INT\s?4|FP\s?8|FP\s?4|FP\s?16|BF\s?16)\s+(?:performance\s+|throughput\s+|compute\s+)?(?:of\s+|at\s+|is\s+|reaches\s+|hits\s+)?(?:up\s+to\s+|about\s+|roughly\s+)?$/i;

/** The unit's length, its factor to TOPS and the precision, for the text right after a number. */
export function topsUnit(rest: string, before: string): { len: number; factor: number; detail: string } | null {
  const m = rest.match(TOPS);
  if (!m) return null;
  const big = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const factor = big === "p" || big === "peta" || big === "quadrillion" ? 1000 : 1;
  const p = rest.slice(m[0].length, m[0].length + 20).match(OPS_PRECISION) ?? before.match(OPS_PRECISION_BEFORE);
  return { len: m[0].length, factor, detail: p ? p[1].toLowerCase().replace(/\s/g, "") : "" };
}
