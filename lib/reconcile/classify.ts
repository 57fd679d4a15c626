/**
 * The type of a disagreement between two claims about the same subject and property, or null
 * when the pair is two points on a timeline rather than a disagreement. Rules, in order:
 *
 * - dates ≥ 12 months apart → timeline (null)
 * - one labelled pre-money, the other post-money → pre_vs_post
 * - talks on one side, announced/closed on the other → temporal (unless the talks are clearly
 *   later: a new round being negotiated → null)
 * - quotes differ in scope (per chip vs per server), sparsity, or total vs part → metric_conflation;
 *   chip throughput exactly 2x apart → metric_conflation (dense vs sparse)
 * - valuations whose gap matches a round size or inflow of the company → pre_vs_post
 * - both firm and dated ≥ 2 months apart → timeline (null); dated ≥ 1 month apart → temporal
 * - compatible bounds, or the same figure at another precision → rounding
 * - deal money, both firm, ≥ 1.5x apart → different_deal
 * - two close figures in one article → metric_conflation; anything else → conflict
 */
import type { DisagreementType } from "../validations/claim";
import {
  claimDate,
  facetClash,
  firmStage,
  intervalsOverlap,
  isChipThroughput,
  isDealMoney,
  isFirm,
  isValuation,
  monthsApart,
  parseDate,
  quoteFacets,
  relDiff,
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

const UNSET = -2;

export class PairClassifier {
  private bySource: Map<string, number[]> | null = null;
  private headline = new Map<string, Map<string, Stage>>();
  private inflows: Map<string, Float64Array> | null = null;
  // per-claim caches, filled on first use (only representatives ever get here)
  private months: Float64Array;
  private precisions: Int8Array;
  private stages: Int8Array;
  private facets: Array<Facets | undefined>;
  private descriptions: Array<string | undefined>;

  constructor(private claims: SourcedClaim[]) {
    const n = claims.length;
    this.months = new Float64Array(n).fill(UNSET);
    this.precisions = new Int8Array(n);
    this.stages = new Int8Array(n).fill(UNSET);
    this.facets = new Array(n);
    this.descriptions = new Array(n);
  }

  private dateOf(i: number): MonthDate | null {
    if (this.months[i] === UNSET) {
      const d = parseDate(claimDate(this.claims[i]));
      this.months[i] = d ? d.month : -1;
      this.precisions[i] = d ? PRECISIONS.indexOf(d.precision) : 0;
    }
    return this.months[i] < 0 ? null : { month: this.months[i], precision: PRECISIONS[this.precisions[i]] };
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
        for (const e of subjectEntities(c.subject)) {
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
      for (const e of subjectEntities(c.subject)) {
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
    if (!this.inflows) {
      const lists = new Map<string, Set<number>>();
      for (const c of this.claims) {
        let target: string | null = null;
        if (c.property === "round_size_usd") target = c.subject.trim();
        else if (isDealMoney(c.property) && c.subject.includes("->")) target = subjectEntities(c.subject)[0];
        if (!target || !(c.value > 0)) continue;
        const k = target.toLowerCase();
        const l = lists.get(k);
        if (l) l.add(c.value);
        else lists.set(k, new Set([c.value]));
      }
      this.inflows = new Map([...lists].map(([k, v]) => [k, Float64Array.from(v).sort()]));
    }
    return this.inflows.get(company.trim().toLowerCase()) ?? EMPTY;
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

  private emit(first: number, second: number, type: DisagreementType, detail?: string): Disagreement {
    const c = this.claims[first];
    const arrow = type === "temporal" ? " → " : " vs ";
    const explanation = `${c.subject} ${c.property}: ${this.describe(first)}${arrow}${this.describe(second)}: ${detail ?? leadFor(type)}`;
    return { a: first, b: second, type, explanation };
  }

  classify(x: number, y: number): Disagreement | null {
    const [i, j] = x < y ? [x, y] : [y, x];
    const a = this.claims[i];
    const b = this.claims[j];
    const da = this.dateOf(i);
    const db = this.dateOf(j);
    const apart = da && db ? monthsApart(da, db) : null;
    if (apart !== null && apart >= TIMELINE_MONTHS) return null;
    const sa = this.stageOf(i);
    const sb = this.stageOf(j);

    const fa = this.facetsOf(i);
    const fb = this.facetsOf(j);
    const valuation = isValuation(a.property);
    const labelA = prePost(a.property) ?? fa.money;
    const labelB = prePost(b.property) ?? fb.money;
    if (valuation && labelA && labelB && labelA !== labelB)
      return this.emit(i, j, "pre_vs_post", `one is labelled ${labelA}-money, the other ${labelB}-money`);

    // A deal stage moved: talks on one side, announced or closed on the other.
    if ((sa === "talks" && isFirm(sb)) || (sb === "talks" && isFirm(sa))) {
      const talksFirst = sa === "talks";
      const [t, f] = talksFirst ? [i, j] : [j, i];
      const dt = talksFirst ? da : db;
      const df = talksFirst ? db : da;
      // talks clearly after the firm figure: a new round being negotiated, a timeline point
      if (dt && df && dt.precision !== "year" && df.precision !== "year" && dt.month - df.month >= 2) return null;
      return this.emit(t, f, "temporal", `the figure moved from talks to ${talksFirst ? sb : sa}`);
    }

    const clash = facetClash(fa, fb);
    if (clash === "sparsity") return this.emit(i, j, "metric_conflation", "one figure is for sparse, the other for dense throughput");
    if (clash === "scope") return this.emit(i, j, "metric_conflation", "one figure is per chip, the other per server/system");
    if (clash === "part") return this.emit(i, j, "metric_conflation", "one figure is a total, the other a part (tranche or add-on)");

    if (isChipThroughput(a.property) && a.qualifier !== "range" && b.qualifier !== "range") {
      if (Math.abs(ratio(a.value, b.value) - 2) <= 0.15)
        return this.emit(i, j, "metric_conflation", "a 2x gap: likely dense vs sparse throughput");
    }

    if (valuation) {
      const diff = Math.abs(a.value - b.value);
      const r = this.roundMatching(a.subject, diff);
      if (r !== null && relDiff(a.value, b.value) <= 0.5)
        return this.emit(i, j, "pre_vs_post", `the gap ${formatNumber(a.property, diff)} matches a ${formatNumber(a.property, r)} round: pre-money vs post-money`);
      if ((labelA || labelB) && relDiff(a.value, b.value) <= 0.3)
        return this.emit(i, j, "pre_vs_post", `only one figure is labelled ${labelA ?? labelB}-money`);
    }

    // Both firm, dated apart: two events on a timeline.
    if (isFirm(sa) && isFirm(sb) && apart !== null && apart >= FIRM_EVENTS_MONTHS) return null;
    if (apart !== null && apart >= 1) {
      const [p, q] = da!.month > db!.month ? [j, i] : [i, j];
      return this.emit(p, q, "temporal", "the figure changed between the two dates");
    }

    if (intervalsOverlap(a, b) || roundsTo(a.value, b.value)) {
      const bounds = a.qualifier !== "exact" || b.qualifier !== "exact";
      return this.emit(i, j, "rounding", bounds ? "compatible bounds" : "the same figure written with different precision");
    }

    if (isDealMoney(a.property) && isFirm(sa) && isFirm(sb) && a.source !== b.source && ratio(a.value, b.value) >= 1.5)
      return this.emit(i, j, "different_deal", `both ${sa === sb ? sa : `${sa}/${sb}`}, ${ratio(a.value, b.value).toFixed(1)}x apart: likely two deals`);

    if (a.source === b.source)
      return this.emit(i, j, "metric_conflation", "one article states both: likely different scopes (e.g. with vs without co-investors)");
    return this.emit(i, j, "conflict");
  }
}

const STAGES: Stage[] = ["talks", "announced", "closed"];
const PRECISIONS: Array<MonthDate["precision"]> = ["year", "month", "day"];
const EMPTY = new Float64Array();

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
