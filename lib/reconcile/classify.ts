/**
 * The type of a disagreement between two claims about the same subject and property, or null
 * when the pair is two points on a timeline rather than a disagreement. Rules, in order:
 *
 * - dates ≥ 12 months apart → timeline (null)
 * - same article → metric_conflation only when it mixes two metrics under one name (same stage,
 *   same date, not a sequence of parts, not explicitly labelled pre/post-money), else null
 * - one labelled pre-money, the other post-money → pre_vs_post
 * - talks on one side, announced/closed on the other → temporal, except: talks ≥ 1.5x above the
 *   firm figure is a later round (different_deal when both articles give that company the same
 *   round size/valuation, else null); talks clearly after, or ≥ 6 months before a much bigger
 *   firm figure → null
 * - quotes differ in scope (per chip vs per server), sparsity, or total vs part, or chip
 *   throughput about 2x apart → metric_conflation
 * - valuations whose gap matches a round size or inflow of the company → pre_vs_post
 * - both firm and dated ≥ 2 months apart → null; dated ≥ 1 month apart → temporal
 * - compatible bounds, or the same figure at another precision → rounding
 * - deal figures ≥ 1.6x apart → separate rounds or deals (null); anything else → conflict
 */
import type { Claim, DisagreementType } from "../validations/claim";
import {
  claimDate,
  facetClash,
  firmStage,
  intervalsOverlap,
  isChipThroughput,
  isDealFigure,
  isDealMoney,
  isFirm,
  isValuation,
  parseDate,
  quoteFacets,
  relDiff,
  round6,
  roundingSlack,
  subjectEntities,
  type Facets,
  type MonthDate,
  type Stage,
} from "./claim-facts";
import { describeClaim, formatNumber, leadFor } from "./explain";
import type { Disagreement, SourcedClaim } from "./types";

/** Dates this far apart are two points on a timeline, not a disagreement. */
const TIMELINE_MONTHS = 12;
/** Both firm and this far apart: two events. */
const FIRM_EVENTS_MONTHS = 2;
/** Talks this far above a firm figure are a later, bigger round, not the same deal growing. */
const LATER_ROUND = 1.5;
/** Talks this many months before a much bigger firm figure are a separate, earlier deal. */
const EARLIER_DEAL_MONTHS = 6;
/** Deal figures at the same stage this far apart are separate rounds or deals. */
const SEPARATE_EVENTS = 1.6;

const UNSET = -2;

export class PairClassifier {
  private bySource: Map<string, number[]> | null = null;
  private headline = new Map<string, Map<string, Stage>>();
  private inflows: Map<string, Float64Array> | null = null;
  private groupsByCompany: Map<string, number[][]> | null = null;
  // per-claim caches, filled on first use (only representatives ever get here)
  private months: Float64Array;
  private precisions: Int8Array;
  private stages: Int8Array;
  private facets: Array<Facets | undefined>;
  private descriptions: Array<string | undefined>;

  /**
   * @param inflowGroups groups of claims about money raised by or flowing into each company
   *   (lower-case name → index lists), computed on first need
   */
  constructor(
    private claims: SourcedClaim[],
    private inflowGroups: () => Map<string, number[][]>,
  ) {
    const n = claims.length;
    this.months = new Float64Array(n).fill(UNSET);
    this.precisions = new Int8Array(n);
    this.stages = new Int8Array(n).fill(UNSET);
    this.facets = new Array(n);
    this.descriptions = new Array(n);
  }

  private parsedDates = new Map<string, MonthDate | null>();
  private entities = new Map<string, string[]>();

  /** The claim's date (as_of, else the article's) as a month count, -1 when unknown; precision in `precisions`. */
  monthOf(i: number): number {
    if (this.months[i] === UNSET) {
      const raw = claimDate(this.claims[i]);
      let d: MonthDate | null | undefined = null;
      if (raw) {
        d = this.parsedDates.get(raw);
        if (d === undefined) this.parsedDates.set(raw, (d = parseDate(raw)));
      }
      this.months[i] = d ? d.month : -1;
      this.precisions[i] = d ? PRECISIONS.indexOf(d.precision) : 0;
    }
    return this.months[i];
  }

  private entitiesOf(subject: string): string[] {
    let e = this.entities.get(subject);
    if (!e) this.entities.set(subject, (e = subjectEntities(subject)));
    return e;
  }

  private facetsOf(i: number): Facets {
    return (this.facets[i] ??= quoteFacets(this.claims[i].quote));
  }

  /** The claim's own stage, or for money claims the stage of the article's first staged claim about the same company. */
  stageOf(i: number): Stage | null {
    if (this.stages[i] === UNSET) {
      const c = this.claims[i];
      let st = firmStage(c.status);
      if (!st && c.kind !== "chip_spec") {
        const map = this.headlineOf(c.source);
        for (const e of this.entitiesOf(c.subject)) {
          const s = map.get(e);
          if (s) {
            st = s;
            break;
          }
        }
      }
      this.stages[i] = st ? STAGES.indexOf(st) : -1;
    }
    return this.stages[i] < 0 ? null : STAGES[this.stages[i]];
  }

  private headlineOf(source: string): Map<string, Stage> {
    let map = this.headline.get(source);
    if (map) return map;
    if (!this.bySource) {
      const bySource = new Map<string, number[]>();
      this.claims.forEach((c, i) => {
        const l = bySource.get(c.source);
        if (l) l.push(i);
        else bySource.set(c.source, [i]);
      });
      this.bySource = bySource;
    }
    const first = new Map<string, { stage: Stage; start: number }>();
    for (const i of this.bySource.get(source) ?? []) {
      const c = this.claims[i];
      const st = firmStage(c.status);
      if (!st) continue;
      for (const e of this.entitiesOf(c.subject)) {
        const cur = first.get(e);
        if (!cur || c.start < cur.start) first.set(e, { stage: st, start: c.start });
      }
    }
    map = new Map([...first].map(([e, v]) => [e, v.stage]));
    this.headline.set(source, map);
    return map;
  }

  /** Sorted distinct amounts raised by or flowing into a company (round sizes, "X -> company" amounts). */
  private inflowsOf(company: string): Float64Array {
    this.inflows ??= new Map();
    const k = company.trim().toLowerCase();
    let xs = this.inflows.get(k);
    if (!xs) {
      this.groupsByCompany ??= this.inflowGroups();
      const values = new Set<number>();
      for (const idx of this.groupsByCompany.get(k) ?? []) for (const i of idx) if (this.claims[i].value > 0) values.add(this.claims[i].value);
      this.inflows.set(k, (xs = Float64Array.from(values).sort()));
    }
    return xs;
  }

  /** An inflow r with |diff - r| <= 10 % of r, i.e. r in [diff/1.1, diff/0.9]. */
  private roundMatching(company: string, diff: number): number | null {
    const xs = this.inflowsOf(company);
    let lo = 0;
    let hi = xs.length;
    const min = diff / 1.1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < min) lo = mid + 1;
      else hi = mid;
    }
    return lo < xs.length && xs[lo] <= diff / 0.9 ? xs[lo] : null;
  }

  private describe(i: number): string {
    return (this.descriptions[i] ??= describeClaim(this.claims[i], this.stageOf(i)));
  }

  /** The explanation of a pair, built on first read (most pairs of a big run are never shown). */
  explain(d: Disagreement, detail: string | undefined): string {
    const c = this.claims[d.a];
    const arrow = d.type === "temporal" ? " → " : " vs ";
    return `${c.subject} ${c.property}: ${this.describe(d.a)}${arrow}${this.describe(d.b)}: ${detail ?? leadFor(d.type)}`;
  }

  private emit(first: number, second: number, type: DisagreementType, detail?: string): Disagreement {
    return new LazyDisagreement(first, second, type, this, detail);
  }

  /** Months between the two claims' dates (whole years when one is year-only); -1 when one is undated. */
  private monthsBetween(i: number, j: number): number {
    const ma = this.monthOf(i);
    const mb = this.monthOf(j);
    if (ma < 0 || mb < 0) return -1;
    if (this.precisions[i] === 0 || this.precisions[j] === 0) return Math.abs(Math.floor(ma / 12) - Math.floor(mb / 12)) * 12;
    return Math.abs(ma - mb);
  }

  classify(x: number, y: number): Disagreement | null {
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    const a = this.claims[i];
    const b = this.claims[j];
    const apart = this.monthsBetween(i, j);
    if (apart >= TIMELINE_MONTHS) return null;
    const sa = this.stageOf(i);
    const sb = this.stageOf(j);
    if (a.source === b.source) return this.withinArticle(i, j, sa, sb, apart);

    const valuation = isValuation(a.property);
    const labelA = prePost(a.property) ?? (valuation ? this.facetsOf(i).money : undefined);
    const labelB = prePost(b.property) ?? (valuation ? this.facetsOf(j).money : undefined);
    if (valuation && labelA && labelB && labelA !== labelB)
      return this.emit(i, j, "pre_vs_post", `one is labelled ${labelA}-money, the other ${labelB}-money`);

    // A deal stage moved: talks on one side, announced or closed on the other.
    if ((sa === "talks" && isFirm(sb)) || (sb === "talks" && isFirm(sa))) {
      const t = sa === "talks" ? i : j;
      const f = sa === "talks" ? j : i;
      const talks = this.claims[t];
      const firm = this.claims[f];
      if (talks.value >= LATER_ROUND * (firm.value_max ?? firm.value)) {
        // talks far above a firm figure: a later, bigger round; worth a flag only when the two
        // articles give the rounds the same size (or valuation), which makes them easy to confuse
        return this.sameSiblingFigure(t, f)
          ? this.emit(f, t, "different_deal", "talks far above a closed figure: a later round, easy to confuse with the earlier one")
          : null;
      }
      // talks clearly after the firm figure: a new round being negotiated, a timeline point;
      // talks long before a much bigger firm figure: an earlier, separate deal
      const datedByMonth = apart >= 0 && this.precisions[t] > 0 && this.precisions[f] > 0;
      if (datedByMonth && this.monthOf(t) - this.monthOf(f) >= 2) return null;
      if (apart >= EARLIER_DEAL_MONTHS && ratio(talks.value, firm.value) >= LATER_ROUND) return null;
      return this.emit(t, f, "temporal", `the figure moved from talks to ${sa === "talks" ? sb : sa}`);
    }

    const clash = facetClash(this.facetsOf(i), this.facetsOf(j));
    if (clash && clash !== "money") return this.emit(i, j, "metric_conflation", CLASH_DETAIL[clash]);
    if (denseVsSparse(a, b)) return this.emit(i, j, "metric_conflation", "about 2x apart: likely dense vs sparse throughput");

    if (valuation) {
      const diff = Math.abs(a.value - b.value);
      const r = this.roundMatching(a.subject, diff);
      if (r !== null && relDiff(a.value, b.value) <= 0.5)
        return this.emit(i, j, "pre_vs_post", `the gap ${formatNumber(a.property, diff)} matches a ${formatNumber(a.property, r)} round: pre-money vs post-money`);
      if ((labelA || labelB) && relDiff(a.value, b.value) <= 0.3)
        return this.emit(i, j, "pre_vs_post", `only one figure is labelled ${labelA ?? labelB}-money`);
    }

    // Both firm, dated apart: two events on a timeline.
    if (isFirm(sa) && isFirm(sb) && apart >= FIRM_EVENTS_MONTHS) return null;
    if (apart >= 1) {
      const later = this.monthOf(i) > this.monthOf(j);
      return this.emit(later ? j : i, later ? i : j, "temporal", "the figure changed between the two dates");
    }

    if (intervalsOverlap(a, b) || roundsTo(a.value, b.value)) {
      const bounds = a.qualifier !== "exact" || b.qualifier !== "exact";
      return this.emit(i, j, "rounding", bounds ? "compatible bounds" : "the same figure written with different precision");
    }

    // Deal figures far apart at the same stage: separate rounds or deals, a timeline.
    if (isDealFigure(a.property) && ratio(a.value, b.value) >= SEPARATE_EVENTS) return null;
    return this.emit(i, j, "conflict", sa && sa === sb ? `both ${sa}: at most one can be right` : undefined);
  }

  /**
   * Two figures in one article pair only when the article mixes two metrics under one name
   * (planned so far vs total target, dense vs sparse, with vs without co-investors): same stage,
   * same date, and not two parts of a sequence ("initial … add-on … new").
   */
  private withinArticle(i: number, j: number, sa: Stage | null, sb: Stage | null, apart: number): Disagreement | null {
    const a = this.claims[i];
    const b = this.claims[j];
    if (sa !== sb || apart > 0 || (apart < 0 && this.monthOf(i) !== this.monthOf(j))) return null;
    const fa = this.facetsOf(i);
    const fb = this.facetsOf(j);
    if (fa.part === "part" && fb.part === "part") return null;
    // the article names the metrics apart itself (pre-money vs post-money): no mix-up
    if (a.property !== b.property || fa.money || fb.money) return null;
    const clash = facetClash(fa, fb);
    let detail = "one article states both: likely different scopes (e.g. with vs without co-investors)";
    if (clash) detail = CLASH_DETAIL[clash];
    else if (fa.part === "total" || fb.part === "total") detail = CLASH_DETAIL.part;
    else if (fa.sparsity || fb.sparsity || denseVsSparse(a, b)) detail = CLASH_DETAIL.sparsity;
    else if (a.qualifier === "range" || b.qualifier === "range") detail = "one article gives a single figure and a range across variants";
    else if (a.qualifier !== "exact" || b.qualifier !== "exact") detail = "one article gives a figure so far and a target";
    return this.emit(i, j, "metric_conflation", detail);
  }

  /** The two articles give the same figure for a sibling property of the company (round size ↔ valuation). */
  private sameSiblingFigure(i: number, j: number): boolean {
    const siblings = (p: string) => (isValuation(p) ? ["round_size_usd"] : p === "round_size_usd" ? ["valuation_usd", "pre_money_valuation_usd", "post_money_valuation_usd"] : []);
    const props = siblings(this.claims[i].property);
    if (!props.length) return false;
    const figures = (k: number) => {
      const c = this.claims[k];
      const subject = c.subject.trim().toLowerCase();
      this.headlineOf(c.source); // builds the per-source index
      const out = new Set<number>();
      for (const x of this.bySource!.get(c.source) ?? []) {
        const o = this.claims[x];
        if (props.includes(o.property) && o.subject.trim().toLowerCase() === subject) out.add(round6(o.value));
      }
      return out;
    };
    const fi = figures(i);
    for (const v of figures(j)) if (fi.has(v)) return true;
    return false;
  }
}

const CLASH_DETAIL: Record<keyof Facets, string> = {
  sparsity: "one figure is for sparse, the other for dense throughput",
  scope: "one figure is per chip, the other per server/system",
  part: "one figure is a total or target, the other a part or the amount so far",
  money: "pre-money vs post-money",
};

/** Chip throughput about 2x apart: the dense and the sparse figure of one chip. */
function denseVsSparse(a: Claim, b: Claim): boolean {
  if (!isChipThroughput(a.property) || a.qualifier === "range" || b.qualifier === "range") return false;
  const r = ratio(a.value, b.value);
  return r >= 1.8 && r <= 2.25;
}

/**
 * A disagreement whose `explanation` is built on first read, then kept: building 100k+
 * explanations nobody reads would cost more than finding the pairs. `explanation` is an own,
 * enumerable accessor (one shared getter, no closure per pair), so spreads, JSON.stringify and
 * equality checks see a plain string.
 */
class LazyDisagreement implements Disagreement {
  declare explanation: string;
  #classifier: PairClassifier | null;
  #detail: string | undefined;
  #text: string | undefined;
  constructor(
    public a: number,
    public b: number,
    public type: DisagreementType,
    classifier: PairClassifier,
    detail: string | undefined,
  ) {
    this.#classifier = classifier;
    this.#detail = detail;
    Object.defineProperty(this, "explanation", EXPLANATION);
  }
  static text(d: LazyDisagreement): string {
    if (d.#text === undefined) {
      d.#text = d.#classifier!.explain(d, d.#detail);
      d.#classifier = null;
    }
    return d.#text;
  }
}

const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyDisagreement) {
    return LazyDisagreement.text(this);
  },
};

const STAGES: Stage[] = ["talks", "announced", "closed"];
const PRECISIONS: Array<MonthDate["precision"]> = ["year", "month", "day"];

const ratio = (x: number, y: number) =>
  Math.max(Math.abs(x), Math.abs(y)) / Math.max(1e-12, Math.min(Math.abs(x), Math.abs(y)));

function prePost(property: string): "pre" | "post" | undefined {
  if (property.startsWith("pre_money")) return "pre";
  if (property.startsWith("post_money")) return "post";
  return undefined;
}

/** One figure is the other written with fewer significant digits (4.6 PFLOPS vs 4,614 TFLOPS). */
function roundsTo(x: number, y: number): boolean {
  return Math.abs(x - y) <= Math.max(roundingSlack(x), roundingSlack(y));
}
