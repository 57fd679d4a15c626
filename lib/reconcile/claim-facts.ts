/**
 * Small facts derived from one claim: its deal stage, its date, the interval of values it
 * allows, the family of its property and the wording of its quote. Pure and cheap: these run
 * once per claim on the hot path of `findDisagreements`.
 */
import type { Claim } from "../validations/claim";

export type Stage = "talks" | "announced" | "closed";

/** talks < announced < closed; `reported` and null say nothing about the stage. */
export function firmStage(status: Claim["status"]): Stage | null {
  return status === "talks" || status === "announced" || status === "closed" ? status : null;
}

export const isFirm = (s: Stage | null): boolean => s === "announced" || s === "closed";

/** A partial date as a month count (year*12 + month-1); year-only dates sit mid-year. */
export type MonthDate = { month: number; precision: "year" | "month" | "day" };

export function parseDate(d: string | null | undefined): MonthDate | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { month: y * 12 + 6, precision: "year" };
  return { month: y * 12 + Number(m[2]) - 1, precision: m[3] ? "day" : "month" };
}

/** Months between two dates; for year-only dates, whole years (0 when the year is the same). */
export function monthsApart(a: MonthDate, b: MonthDate): number {
  if (a.precision === "year" || b.precision === "year") {
    const ya = Math.floor(a.month / 12);
    const yb = Math.floor(b.month / 12);
    return Math.abs(ya - yb) * 12;
  }
  return Math.abs(a.month - b.month);
}

export const claimDate = (c: { as_of: string | null; sourceDate?: string | null }): string | null =>
  c.as_of ?? (c.sourceDate ? c.sourceDate.slice(0, 10) : null);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export function formatDate(d: string | null): string | null {
  const p = parseDate(d);
  if (!p) return null;
  const y = Math.floor(p.month / 12);
  return p.precision === "year" ? String(y) : `${MONTHS[p.month % 12]} ${y}`;
}

/** Properties that name the same quantity, so that an unlabelled valuation meets a labelled one. */
export function propertyFamily(property: string): string {
  const m = VALUATION_PROPERTY.exec(property);
  return m ? `valuation_${m[1]}` : property;
}

/** Any currency: valuation_usd, post_money_valuation_eur, round_size_jpy. */
const VALUATION_PROPERTY = /^(?:pre_money_|post_money_)?valuation_([a-z]{3})$/;
const ROUND_SIZE_PROPERTY = /^round_size_[a-z]{3}$/;
export const isValuation = (property: string) => VALUATION_PROPERTY.test(property);
export const isRoundSize = (property: string) => ROUND_SIZE_PROPERTY.test(property);
export const isDealMoney = (property: string) =>
  /(^amount|tranche|round_size|commitment|investment|direct_amount|syndicated)[a-z_]*_[a-z]{3}$/.test(property) && !/_(per|pct)_|_pct$/.test(property);
export const isChipThroughput = (property: string) => /_tflops$/.test(property);
export const isStake = (property: string) => property === "stake_pct";
/** A running total ("total_compute_commitment_usd", "total_funding_usd"): it grows over time. */
export const isTotal = (property: string) => property.startsWith("total_");
/** Money that belongs to one deal or round: amounts, tranches, commitments, round sizes, valuations. */
export const isDealFigure = (property: string) => isDealMoney(property) || isValuation(property) || isRoundSize(property);

/** The entities a subject names: "Amazon -> OpenAI" → ["OpenAI", "Amazon"] (recipient first). */
export function subjectEntities(subject: string): string[] {
  const parts = subject.split("->").map((s) => s.trim()).filter(Boolean);
  return parts.reverse();
}

/** Identity of a figure: 6 significant digits, so 2,500 TFLOPS and 2.5 PFLOPS (2500) coincide. */
export const valueKey = (v: number | null): string => (v === null ? "-" : v.toPrecision(6));

/** A figure rounded to 6 significant digits, as a number (no string: this runs once per claim). */
export function round6(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = 10 ** (5 - Math.floor(Math.log10(Math.abs(v))));
  return Math.round(v * scale) / scale;
}

export function sameValue(a: Claim, b: Claim): boolean {
  return valueKey(a.value) === valueKey(b.value) && valueKey(a.value_max) === valueKey(b.value_max);
}

/** Half a unit in the last significant digit the figure was written with (4,600 → 50). */
export function roundingSlack(v: number): number {
  if (v === 0) return 0;
  const digits = significantDigits(v);
  const exp = Math.floor(Math.log10(Math.abs(v)));
  return 0.5 * 10 ** (exp - digits + 1);
}

export function significantDigits(v: number): number {
  const a = Math.abs(v);
  if (a === 0 || !Number.isFinite(a)) return 2;
  const exp = Math.floor(Math.log10(a));
  // "40" or "$40 billion" counts as two significant digits: trailing zeros are ambiguous,
  // and a round figure is more often exact than rounded to one digit.
  for (let d = 2; d < 15; d++) {
    const unit = 10 ** (exp - d + 1);
    if (Math.abs(Math.round(a / unit) * unit - a) <= a * 1e-9) return d;
  }
  return 15;
}

/** The values a claim allows: "$10B+" → [10B, 20B], "about 3" → [2.7, 3.3], a range → [lo, hi]. */
export function valueInterval(c: Claim): [number, number] {
  const v = c.value;
  const slack = roundingSlack(v);
  switch (c.qualifier) {
    case "at least":
      return [v, v * 2];
    case "up to":
      // "up to $10B" names a cap that the deal is expected to reach, not any figure below it
      return [v * 0.9, v];
    case "about":
      return [v * 0.9 - slack, v * 1.1 + slack];
    case "range":
      return [v, c.value_max ?? v];
    default:
      return [v - slack, v + slack];
  }
}

export function intervalsOverlap(a: Claim, b: Claim): boolean {
  const [alo, ahi] = valueInterval(a);
  const [blo, bhi] = valueInterval(b);
  return alo < bhi && blo < ahi;
}

/** Relative difference of two point values (0 = equal). */
export const relDiff = (x: number, y: number) =>
  x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));

/** What a quote says about the metric it measures; two claims with different facets measure different things. */
export type Facets = { scope?: "chip" | "system"; sparsity?: "dense" | "sparse"; part?: "total" | "part"; money?: "pre" | "post" };

const CHIP_SCOPE = /\bper (chip|gpu|die|accelerator)\b|\beach (chip|gpu)\b|\bsingle (chip|gpu)\b/;
const SYSTEM_SCOPE = /\bper (server|instance|node|pod|rack|system|ultraserver|cluster)\b|\b(server|instance|pod|rack|ultraserver|superpod|nvl\d+)\b/;
const SPARSE = /\bsparse|sparsity\b/;
const DENSE = /\bdense\b/;
const TOTAL = /\b(in total|total(ling|ing)?|including|combined|cumulative|all told|overall|altogether|bringing)\b/;
const PART = /\b(initial|first|tranche|add[-\u2010\u2011 ]?on|additional|new|latest|second|final|direct(ly)?)\b/;
const PRE_MONEY = /pre-?money/;
const POST_MONEY = /post-?money/;
/** Any facet word at all: most quotes have none, and one scan rules them all out. */
const ANY_FACET = new RegExp([CHIP_SCOPE, SYSTEM_SCOPE, SPARSE, DENSE, TOTAL, PART, PRE_MONEY, POST_MONEY].map((r) => `(?:${r.source})`).join("|"));

export function quoteFacets(quote: string): Facets {
  const q = quote.toLowerCase();
  const f: Facets = {};
  if (!ANY_FACET.test(q)) return f;
  if (CHIP_SCOPE.test(q)) f.scope = "chip";
  else if (SYSTEM_SCOPE.test(q)) f.scope = "system";
  if (SPARSE.test(q)) f.sparsity = "sparse";
  else if (DENSE.test(q)) f.sparsity = "dense";
  if (TOTAL.test(q)) f.part = "total";
  else if (PART.test(q)) f.part = "part";
  if (PRE_MONEY.test(q)) f.money = "pre";
  else if (POST_MONEY.test(q)) f.money = "post";
  return f;
}

/** The facet in which two quotes plainly differ, if any. */
export function facetClash(a: Facets, b: Facets): keyof Facets | null {
  for (const k of ["money", "sparsity", "scope", "part"] as const) {
    if (a[k] && b[k] && a[k] !== b[k]) return k;
  }
  return null;
}

/**
 * Facets packed in one small integer, two bits per facet (0 = not said), so that per-claim facets
 * fit a flat array and two claims' facets compare without reading objects.
 */
const PACKED_FACETS = ["money", "sparsity", "scope", "part"] as const; // facetClash's order
const FACET_VALUES = { money: ["pre", "post"], sparsity: ["dense", "sparse"], scope: ["chip", "system"], part: ["total", "part"] } as const;
const FACET_SHIFT = { money: 0, sparsity: 2, scope: 4, part: 6 } as const;

export function packFacets(f: Facets): number {
  let code = 0;
  for (const k of PACKED_FACETS) {
    const v = f[k];
    if (v) code |= ((FACET_VALUES[k] as readonly string[]).indexOf(v) + 1) << FACET_SHIFT[k];
  }
  return code;
}

/** One facet of a packed set: `packedFacet(code, "money")` → "pre" | "post" | undefined. */
export function packedFacet<K extends keyof Facets>(code: number, k: K): Facets[K] {
  const v = (code >> FACET_SHIFT[k]) & 3;
  return v ? (FACET_VALUES[k][v - 1] as Facets[K]) : undefined;
}

/** `facetClash` on packed facets. */
export function packedFacetClash(a: number, b: number): keyof Facets | null {
  for (let n = 0; n < PACKED_FACETS.length; n++) {
    const fa = (a >> (2 * n)) & 3;
    const fb = (b >> (2 * n)) & 3;
    if (fa && fb && fa !== fb) return PACKED_FACETS[n];
  }
  return null;
}
