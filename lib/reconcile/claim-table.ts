/**
 * The facts `findDisagreements` needs about each claim, in flat arrays indexed like the input, so
 * that typing a pair compares numbers instead of re-reading strings. Source ids, property kinds,
 * figures, dates and own stages are filled in one sequential pass over the claims; stages taken
 * from the article and quote facets on first use (only cluster representatives ever need them),
 * each at most once per claim.
 */
import {
  claimDate,
  firmStage,
  isChipThroughput,
  isDealFigure,
  isValuation,
  packFacets,
  parseDate,
  quoteFacets,
  roundingSlack,
  subjectEntities,
  valueInterval,
  type MonthDate,
  type Stage,
} from "./claim-facts";
import type { SourcedClaim } from "./types";

/** Property kinds, as bit flags in `ClaimTable.kinds`. */
export const VALUATION = 1;
export const DEAL_FIGURE = 2;
export const CHIP_THROUGHPUT = 4;
export const PRE_MONEY = 8;
export const POST_MONEY = 16;
/** A price move ("shares rose 3%"): an event of its day, never a disagreement. */
export const PRICE_MOVE = 32;

/** Stage codes: the index in STAGES, -1 when the claim says nothing about the stage; firm = announced or closed. */
export const STAGES: readonly Stage[] = ["talks", "announced", "closed"];
export const NO_STAGE = -1;
export const TALKS = 0;
export const isFirmStage = (s: number) => s > TALKS;

/** Date precision codes; undated claims read as YEAR but are never compared by precision. */
const PRECISIONS: ReadonlyArray<MonthDate["precision"]> = ["year", "month", "day"];
export const YEAR = 0;

const UNSET = -2;

/** Equal upper bounds (`ClaimTable.valueMax`), NaN standing for "none". */
export const sameBound = (x: number, y: number) => x === y || (Number.isNaN(x) && Number.isNaN(y));

export class ClaimTable {
  /** Interned source of each claim: equal ids, same article. */
  readonly sourceId: Int32Array;
  readonly sourceCount: number;
  /** Property kind flags (VALUATION, DEAL_FIGURE, ...) of each claim. */
  readonly kinds: Uint8Array;
  /** The claim's value, upper bound (NaN when none) and offset, copied together for quick scans of a group. */
  readonly value: Float64Array;
  readonly valueMax: Float64Array;
  readonly start: Float64Array;

  private months: Int32Array;
  private precisions: Int8Array;
  private stages: Int8Array;
  private facets: Int16Array;
  /** Rounding slack and the interval each claim allows (valueInterval), computed on first use: NaN until then. */
  private slack: Float64Array;
  private lo: Float64Array;
  private hi: Float64Array;
  private entities = new Map<string, string[]>();
  private headlines: Array<Map<string, Stage> | undefined>;
  private bySource: { start: Int32Array; claims: Int32Array } | null = null;

  constructor(readonly claims: SourcedClaim[]) {
    const n = claims.length;
    this.sourceId = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.value = new Float64Array(n);
    this.valueMax = new Float64Array(n);
    this.start = new Float64Array(n);
    this.months = new Int32Array(n);
    this.precisions = new Int8Array(n);
    this.stages = new Int8Array(n);
    this.facets = new Int16Array(n).fill(UNSET);
    this.slack = new Float64Array(n).fill(NaN);
    this.lo = new Float64Array(n).fill(NaN);
    this.hi = new Float64Array(n);
    const sources = new Map<string, number>();
    const kinds = new Map<string, number>();
    const dates = new Map<string, MonthDate | null>();
    // claims of one article mostly come together: reuse the previous claim's facts when its fields match
    let prev: SourcedClaim | undefined;
    for (let i = 0; i < n; i++) {
      const c = claims[i];
      let s = prev && c.source === prev.source ? this.sourceId[i - 1] : sources.get(c.source);
      if (s === undefined) sources.set(c.source, (s = sources.size));
      let k = prev && c.property === prev.property ? this.kinds[i - 1] : kinds.get(c.property);
      if (k === undefined) kinds.set(c.property, (k = propertyKind(c.property)));
      this.sourceId[i] = s;
      this.kinds[i] = k;
      this.value[i] = c.value;
      this.valueMax[i] = c.value_max ?? NaN;
      this.start[i] = c.start;
      if (prev && c.as_of === prev.as_of && c.sourceDate === prev.sourceDate) {
        this.months[i] = this.months[i - 1];
        this.precisions[i] = this.precisions[i - 1];
      } else this.setDate(i, claimDate(c), dates);
      const st = firmStage(c.status);
      // without a stage of its own, a deal claim (not a chip spec or company metric) takes the article's (`stageOf`, on first use)
      this.stages[i] = st ? STAGES.indexOf(st) : c.kind === "chip_spec" || c.kind === "other" ? NO_STAGE : UNSET;
      prev = c;
    }
    this.sourceCount = sources.size;
    this.headlines = new Array(sources.size);
  }

  private setDate(i: number, raw: string | null, parsed: Map<string, MonthDate | null>) {
    let d: MonthDate | null | undefined = null;
    if (raw) {
      d = parsed.get(raw);
      if (d === undefined) parsed.set(raw, (d = parseDate(raw)));
    }
    this.months[i] = d ? d.month : -1;
    this.precisions[i] = d ? PRECISIONS.indexOf(d.precision) : YEAR;
  }

  /** The claim's date (as_of, else the article's) as a month count, -1 when unknown. */
  monthOf(i: number): number {
    return this.months[i];
  }

  /** YEAR, 1 (month) or 2 (day). */
  precisionOf(i: number): number {
    return this.precisions[i];
  }

  /** Months between the two claims' dates (whole years when one is year-only); -1 when one is undated. */
  monthsBetween(i: number, j: number): number {
    const ma = this.monthOf(i);
    const mb = this.monthOf(j);
    if (ma < 0 || mb < 0) return -1;
    if (this.precisions[i] === YEAR || this.precisions[j] === YEAR) return Math.abs(Math.floor(ma / 12) - Math.floor(mb / 12)) * 12;
    return Math.abs(ma - mb);
  }

  /** Stage code of the claim's own stage, or for money claims of the article's first staged claim about the same company. */
  stageOf(i: number): number {
    if (this.stages[i] === UNSET) {
      const c = this.claims[i];
      const map = this.headlineOf(this.sourceId[i]);
      let st: Stage | undefined;
      for (const e of this.entitiesOf(c.subject)) {
        st = map.get(e);
        if (st) break;
      }
      this.stages[i] = st ? STAGES.indexOf(st) : NO_STAGE;
    }
    return this.stages[i];
  }

  /** The quote's facets, packed (`packFacets`). */
  /** Half a unit of the claim's last significant digit (4.6 PFLOPS → 0.05 PFLOPS). */
  slackOf(i: number): number {
    let s = this.slack[i];
    if (Number.isNaN(s)) this.slack[i] = s = roundingSlack(this.value[i]);
    return s;
  }

  /** The two claims allow a common value (their qualifiers and precision considered). */
  overlaps(i: number, j: number): boolean {
    if (Number.isNaN(this.lo[i])) [this.lo[i], this.hi[i]] = valueInterval(this.claims[i]);
    if (Number.isNaN(this.lo[j])) [this.lo[j], this.hi[j]] = valueInterval(this.claims[j]);
    return this.lo[i] < this.hi[j] && this.lo[j] < this.hi[i];
  }

  /** One figure is the other written with fewer significant digits (4.6 PFLOPS vs 4,614 TFLOPS). */
  roundsTo(i: number, j: number): boolean {
    return Math.abs(this.value[i] - this.value[j]) <= Math.max(this.slackOf(i), this.slackOf(j));
  }

  facetsOf(i: number): number {
    if (this.facets[i] === UNSET) this.facets[i] = packFacets(quoteFacets(this.claims[i].quote));
    return this.facets[i];
  }

  private entitiesOf(subject: string): string[] {
    let e = this.entities.get(subject);
    if (!e) this.entities.set(subject, (e = subjectEntities(subject)));
    return e;
  }

  /** Indexes of the claims of one source, in input order. */
  claimsOfSource(source: number): Int32Array {
    this.bySource ??= indexBySource(this.sourceId, this.sourceCount);
    const { start, claims } = this.bySource;
    return claims.subarray(start[source], start[source + 1]);
  }

  /** The stage of each company's first (lowest offset) staged claim in the article. */
  private headlineOf(source: number): Map<string, Stage> {
    let map = this.headlines[source];
    if (map) return map;
    const first = new Map<string, { stage: Stage; start: number }>();
    for (const i of this.claimsOfSource(source)) {
      const c = this.claims[i];
      const st = firmStage(c.status);
      if (!st) continue;
      for (const e of this.entitiesOf(c.subject)) {
        const cur = first.get(e);
        if (!cur || c.start < cur.start) first.set(e, { stage: st, start: c.start });
      }
    }
    map = new Map([...first].map(([e, v]) => [e, v.stage]));
    this.headlines[source] = map;
    return map;
  }
}

function propertyKind(property: string): number {
  let k = 0;
  if (isValuation(property)) k |= VALUATION;
  if (isDealFigure(property)) k |= DEAL_FIGURE;
  if (isChipThroughput(property)) k |= CHIP_THROUGHPUT;
  if (property.startsWith("pre_money")) k |= PRE_MONEY;
  else if (property.startsWith("post_money")) k |= POST_MONEY;
  if (property.startsWith("stock_change")) k |= PRICE_MOVE;
  return k;
}

/** Claim indexes ordered by source (input order within a source), with each source's start offset. */
function indexBySource(sourceId: Int32Array, sources: number): { start: Int32Array; claims: Int32Array } {
  const start = new Int32Array(sources + 1);
  for (let i = 0; i < sourceId.length; i++) start[sourceId[i] + 1]++;
  for (let s = 0; s < sources; s++) start[s + 1] += start[s];
  const next = start.slice(0, sources);
  const claims = new Int32Array(sourceId.length);
  for (let i = 0; i < sourceId.length; i++) claims[next[sourceId[i]]++] = i;
  return { start, claims };
}
