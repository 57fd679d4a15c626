/**
 * One-line, human explanations built from the claims' own fields:
 * "≥ $10B (talks, Dec 2025; 000_…) → $50B (announced; 004_…)".
 */
import type { Claim, DisagreementType } from "../validations/claim";
import { claimDate, formatDate } from "./claim-facts";
import type { Disagreement, SourcedClaim } from "./types";
import { formatFigure as formatClaimFigure, formatValue } from "../format";

/** A bare number in the property's unit ("$50B", "4,614 TFLOPS"): the dashboard's formatter, so both read alike. */
export function formatNumber(property: string, v: number): string {
  return formatValue(property, v);
}

/** The figure with its qualifier: "≥ $10B", "≈ $14B", "$500–750B". */
export function formatFigure(c: Pick<Claim, "property" | "value" | "value_max" | "qualifier">): string {
  return formatClaimFigure(c.property, c.value, c.value_max, c.qualifier);
}

const stageName = (s: string) => (s === "talks" ? "talks stage" : s);

/** "≥ $10B (talks, Dec 2025; 000_ee96.txt)". `stage` may be inferred from the article when the claim has none. */
export function describeClaim(c: SourcedClaim, stage?: string | null): string {
  const bits: string[] = [];
  const own = c.status && c.status !== "reported" ? c.status : null;
  if (own) bits.push(stageName(own));
  else if (stage) bits.push(c.status === "reported" ? `reported, article at ${stageName(stage)}` : stageName(stage));
  else if (c.status) bits.push(c.status);
  const d = formatDate(claimDate(c));
  if (d) bits.push(d);
  const where = bits.length ? `${bits.join(", ")}; ${c.source}` : c.source;
  return `${formatFigure(c)} (${where})`;
}

const LEAD: Record<DisagreementType, string> = {
  temporal: "changed over time or deal stage",
  rounding: "same figure at different precision or compatible bounds",
  pre_vs_post: "pre-money vs post-money valuation of one round",
  metric_conflation: "different metrics under one name",
  different_deal: "two different deals between the same parties",
  conflict: "contradiction: at most one can be right",
};

export const leadFor = (type: DisagreementType): string => LEAD[type];

export function explain(
  type: DisagreementType,
  first: SourcedClaim,
  second: SourcedClaim,
  opts: { firstStage?: string | null; secondStage?: string | null; detail?: string } = {},
): string {
  const arrow = type === "temporal" ? " → " : " vs ";
  const head = `${first.subject} ${first.property}: ${describeClaim(first, opts.firstStage)}${arrow}${describeClaim(second, opts.secondStage)}`;
  return `${head}: ${opts.detail ?? LEAD[type]}`;
}

/** Builds the explanation of a pair on first read; `detail` is what the classifier said about it. */
export interface PairExplainer<Detail> {
  explain(d: Disagreement, detail: Detail | undefined): string;
}

/**
 * A disagreement whose `explanation` is built on first read, then kept: building 100k+
 * explanations nobody reads would cost more than finding the pairs. `explanation` is an own,
 * enumerable accessor (one shared getter, no closure per pair), so spreads, JSON.stringify and
 * equality checks see a plain string.
 */
export class LazyDisagreement<Detail> implements Disagreement {
  declare explanation: string;
  #explainer: PairExplainer<Detail> | null;
  #detail: Detail | undefined;
  #text: string | undefined;
  constructor(
    public a: number,
    public b: number,
    public type: DisagreementType,
    explainer: PairExplainer<Detail>,
    detail: Detail | undefined,
  ) {
    this.#explainer = explainer;
    this.#detail = detail;
    Object.defineProperty(this, "explanation", EXPLANATION);
  }
  static text<D>(d: LazyDisagreement<D>): string {
    if (d.#text === undefined) {
      d.#text = d.#explainer!.explain(d, d.#detail);
      d.#explainer = null;
      d.#detail = undefined;
    }
    return d.#text;
  }
}

const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyDisagreement<unknown>) {
    return LazyDisagreement.text(this);
  },
};
