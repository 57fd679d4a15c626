/**
 * Which pairs of claims disagree, and of what type (docs/claim-schema.md, "Disagreements").
 *
 * 1. Group claims by subject + property family (valuation, pre- and post-money valuation are one family).
 * 2. Inside a group, fold each source's claims with the same figure into one cluster whose
 *    representative is the source's first claim (lowest offset) stating it. Identical figures
 *    are corroboration and never pair.
 * 3. Pair representatives of different sources stating different figures (and, exceptionally,
 *    two close but incompatible figures inside one article), then type the pair.
 * Big groups are bounded: at most 3 sources per distinct figure, and only neighbouring figures
 * pair when a group holds many distinct figures, so the work is near-linear in the claim count.
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
  propertyFamily,
  quoteFacets,
  relDiff,
  roundingSlack,
  subjectEntities,
  valueKey,
  type Facets,
  type MonthDate,
  type Stage,
} from "./claim-facts";
import { explain, formatNumber } from "./explain";
import type { Disagreement, SourcedClaim } from "./types";

/** Groups with more clusters than this are paired by distinct figure instead of cluster × cluster. */
const SMALL_GROUP = 40;
/** Sources paired per distinct figure: the first few (by article date, then order) stand for the rest. */
const SOURCES_PER_FIGURE = 5;
const SOURCES_PER_FIGURE_BIG = 3;
const ALL_FIGURE_PAIRS = 12;
const FIGURE_NEIGHBOURS = 3;
/** Two close, incompatible figures in one article pair with each other (e.g. $41B vs $40B). */
const SAME_SOURCE_CLOSE = 0.1;
/** Dates this far apart are two points on a timeline, not a disagreement. */
const TIMELINE_MONTHS = 12;

type Cluster = { source: string; rep: number; key: string; value: number };

export function findDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const key = c.subject.trim().toLowerCase() + "\u0000" + propertyFamily(c.property);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const ctx = new ReconcileContext(claims);
  const out: Disagreement[] = [];
  for (const idx of groups.values()) {
    if (idx.length < 2 || allSameFigure(claims, idx)) continue;
    for (const [x, y] of candidatePairs(claims, idx)) {
      const d = ctx.classify(x, y);
      if (d) out.push(d);
    }
  }
  return out;
}

function allSameFigure(claims: SourcedClaim[], idx: number[]): boolean {
  const first = claims[idx[0]];
  for (let k = 1; k < idx.length; k++) {
    const c = claims[idx[k]];
    if (c.value !== first.value || c.value_max !== first.value_max) return false;
  }
  return true;
}

function clustersOf(claims: SourcedClaim[], idx: number[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const i of idx) {
    const c = claims[i];
    const key = valueKey(c.value) + "/" + valueKey(c.value_max);
    const ck = c.source + "\u0000" + key;
    const cur = byKey.get(ck);
    if (!cur) byKey.set(ck, { source: c.source, rep: i, key, value: c.value });
    else {
      const r = claims[cur.rep];
      if (c.start < r.start || (c.start === r.start && i < cur.rep)) cur.rep = i;
    }
  }
  return [...byKey.values()].sort((p, q) => p.rep - q.rep);
}

function* candidatePairs(claims: SourcedClaim[], idx: number[]): Generator<[number, number]> {
  let clusters = clustersOf(claims, idx);
  if (clusters.length < 2) return;
  if (clusters.length <= SMALL_GROUP) {
    clusters = capPerFigure(claims, clusters, SOURCES_PER_FIGURE);
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const p = clusters[i];
        const q = clusters[j];
        if (p.key === q.key) continue; // corroboration
        if (p.source === q.source && !closeInOneSource(claims[p.rep], claims[q.rep])) continue;
        yield [p.rep, q.rep];
      }
    return;
  }
  // Big group: one bucket per distinct figure, its first few sources, neighbouring figures only.
  const buckets = new Map<string, Cluster[]>();
  for (const cl of capPerFigure(claims, clusters, SOURCES_PER_FIGURE_BIG)) {
    const b = buckets.get(cl.key);
    if (b) b.push(cl);
    else buckets.set(cl.key, [cl]);
  }
  const figures = [...buckets.values()].sort((p, q) => p[0].value - q[0].value || p[0].rep - q[0].rep);
  const reach = figures.length <= ALL_FIGURE_PAIRS ? figures.length : FIGURE_NEIGHBOURS;
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j <= i + reach && j < figures.length; j++)
      for (const p of figures[i])
        for (const q of figures[j]) if (p.source !== q.source) yield [p.rep, q.rep];
}

/** Keeps the first `cap` sources per distinct figure (earliest article date, then input order). */
function capPerFigure(claims: SourcedClaim[], clusters: Cluster[], cap: number): Cluster[] {
  const count = new Map<string, number>();
  let over = false;
  for (const cl of clusters) {
    const n = (count.get(cl.key) ?? 0) + 1;
    count.set(cl.key, n);
    if (n > cap) over = true;
  }
  if (!over) return clusters;
  const when = (cl: Cluster) => parseDate(claimDate(claims[cl.rep]))?.month ?? Infinity;
  const sorted = [...clusters].sort((p, q) => when(p) - when(q) || p.rep - q.rep);
  count.clear();
  const kept = sorted.filter((cl) => {
    const n = (count.get(cl.key) ?? 0) + 1;
    count.set(cl.key, n);
    return n <= cap;
  });
  return kept.sort((p, q) => p.rep - q.rep);
}

function closeInOneSource(a: SourcedClaim, b: SourcedClaim): boolean {
  const point = (q: string) => q === "exact" || q === "about";
  return (
    point(a.qualifier) &&
    point(b.qualifier) &&
    relDiff(a.value, b.value) <= SAME_SOURCE_CLOSE &&
    !intervalsOverlap(a, b)
  );
}

const ratio = (x: number, y: number) => Math.max(Math.abs(x), Math.abs(y)) / Math.max(1e-12, Math.min(Math.abs(x), Math.abs(y)));

class ReconcileContext {
  private bySource: Map<string, number[]> | null = null;
  private headline = new Map<string, Map<string, Stage>>();
  private inflows: Map<string, Float64Array> | null = null;
  private dates = new Map<number, MonthDate | null>();
  private facets = new Map<number, Facets>();
  private stages = new Map<number, Stage | null>();

  constructor(private claims: SourcedClaim[]) {}

  private dateOf(i: number): MonthDate | null {
    let d = this.dates.get(i);
    if (d === undefined) this.dates.set(i, (d = parseDate(claimDate(this.claims[i]))));
    return d;
  }

  private facetsOf(i: number): Facets {
    let f = this.facets.get(i);
    if (!f) this.facets.set(i, (f = quoteFacets(this.claims[i].quote)));
    return f;
  }

  private cachedStage(i: number): Stage | null {
    let s = this.stages.get(i);
    if (s === undefined) this.stages.set(i, (s = this.stageOf(i).stage));
    return s;
  }

  /** The claim's own stage, or for money claims the stage of the article's first staged claim about the same company. */
  stageOf(i: number): { stage: Stage | null; inferred: boolean } {
    const c = this.claims[i];
    const own = firmStage(c.status);
    if (own || c.kind === "chip_spec") return { stage: own, inferred: false };
    const map = this.headlineOf(c.source);
    for (const e of subjectEntities(c.subject)) {
      const s = map.get(e);
      if (s) return { stage: s, inferred: true };
    }
    return { stage: null, inferred: false };
  }

  private headlineOf(source: string): Map<string, Stage> {
    let map = this.headline.get(source);
    if (map) return map;
    if (!this.bySource) {
      this.bySource = new Map();
      this.claims.forEach((c, i) => {
        const l = this.bySource!.get(c.source);
        if (l) l.push(i);
        else this.bySource!.set(c.source, [i]);
      });
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

  /** Money raised by or flowing into a company: round sizes and "X -> company" amounts. */
  /** Sorted distinct amounts raised by or flowing into a company. */
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
    return this.inflows.get(company.trim().toLowerCase()) ?? new Float64Array();
  }

  /** A round or inflow r with |diff - r| <= 10 % of r, i.e. r in [diff/1.1, diff/0.9]. */
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

  classify(x: number, y: number): Disagreement | null {
    const claims = this.claims;
    const [i, j] = x < y ? [x, y] : [y, x];
    const a = claims[i];
    const b = claims[j];
    const sa = this.cachedStage(i);
    const sb = this.cachedStage(j);
    const da = this.dateOf(i);
    const db = this.dateOf(j);
    const apart = da && db ? monthsApart(da, db) : null;
    if (apart !== null && apart >= TIMELINE_MONTHS) return null;

    const make = (type: DisagreementType, detail?: string, swap = false): Disagreement => {
      const [p, q] = swap ? [j, i] : [i, j];
      const [sp, sq] = swap ? [sb, sa] : [sa, sb];
      return { a: p, b: q, type, explanation: explain(type, claims[p], claims[q], { firstStage: sp, secondStage: sq, detail }) };
    };

    const fa = this.facetsOf(i);
    const fb = this.facetsOf(j);
    const valuation = isValuation(a.property);
    const labelA = prePost(a.property) ?? fa.money;
    const labelB = prePost(b.property) ?? fb.money;
    if (valuation && labelA && labelB && labelA !== labelB)
      return make("pre_vs_post", `one is labelled ${labelA}-money, the other ${labelB}-money`);

    // A deal stage moved: talks on one side, announced or closed on the other.
    if ((sa === "talks" && isFirm(sb)) || (sb === "talks" && isFirm(sa))) {
      const talksFirst = sa === "talks";
      const dt = talksFirst ? da : db;
      const df = talksFirst ? db : da;
      // talks clearly after the firm figure: a new round being negotiated, a timeline point
      if (dt && df && dt.precision !== "year" && df.precision !== "year" && dt.month - df.month >= 2) return null;
      return make("temporal", `the figure moved from ${talksFirst ? sa : sb} to ${talksFirst ? sb : sa}`, !talksFirst);
    }

    const clash = facetClash(fa, fb);
    if (clash === "sparsity") return make("metric_conflation", "one figure is for sparse, the other for dense throughput");
    if (clash === "scope") return make("metric_conflation", "one figure is per chip, the other per server/system");
    if (clash === "part") return make("metric_conflation", "one figure is a total, the other a part (tranche or add-on)");

    if (isChipThroughput(a.property) && a.qualifier !== "range" && b.qualifier !== "range") {
      const r = ratio(a.value, b.value);
      if (Math.abs(r - 2) <= 0.15) return make("metric_conflation", "a 2x gap: likely dense vs sparse throughput");
    }

    if (valuation) {
      const diff = Math.abs(a.value - b.value);
      const r = this.roundMatching(a.subject, diff);
      if (r !== null && relDiff(a.value, b.value) <= 0.5)
        return make("pre_vs_post", `the gap ${formatNumber(a.property, diff)} matches a ${formatNumber(a.property, r)} round: pre-money vs post-money`);
      if ((labelA || labelB) && relDiff(a.value, b.value) <= 0.3)
        return make("pre_vs_post", `only one figure is labelled ${labelA ?? labelB}-money`);
    }

    // Both firm, dated apart: two events on a timeline.
    if (isFirm(sa) && isFirm(sb) && apart !== null && apart >= 2) return null;
    if (apart !== null && apart >= 1) {
      const swap = da!.month > db!.month;
      return make("temporal", "the figure changed between the two dates", swap);
    }

    if (intervalsOverlap(a, b) || roundsTo(a.value, b.value)) {
      const bounds = a.qualifier !== "exact" || b.qualifier !== "exact";
      return make("rounding", bounds ? "compatible bounds" : "the same figure written with different precision");
    }

    if (isDealMoney(a.property) && isFirm(sa) && isFirm(sb) && a.source !== b.source && ratio(a.value, b.value) >= 1.5)
      return make("different_deal", `both ${sa === sb ? sa : `${sa}/${sb}`}, ${ratio(a.value, b.value).toFixed(1)}x apart: likely two deals`);

    if (a.source === b.source)
      return make("metric_conflation", "one article states both: likely different scopes (e.g. with vs without co-investors)");
    return make("conflict");
  }
}

function prePost(property: string): "pre" | "post" | undefined {
  if (property.startsWith("pre_money")) return "pre";
  if (property.startsWith("post_money")) return "post";
  return undefined;
}

/** One figure is the other written with fewer significant digits (4.6 PFLOPS vs 4,614 TFLOPS). */
function roundsTo(x: number, y: number): boolean {
  const slack = Math.max(roundingSlack(x), roundingSlack(y));
  return Math.abs(x - y) <= slack;
}
