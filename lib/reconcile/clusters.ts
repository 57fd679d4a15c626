/**
 * The clusters of one group of claims (same subject and property family): each source's claims
 * stating one figure fold into one cluster, represented by the source's first claim (lowest
 * offset) stating it. Clusters live in flat arrays reused from group to group, so clustering a
 * run of 200k claims allocates next to nothing.
 */
import { round6 } from "./claim-facts";
import { sameBound, type ClaimTable } from "./claim-table";

export class ClusterSet {
  /** Per cluster: representative claim, source id, figure id (per group), value of the claim that opened it. */
  readonly rep: Int32Array;
  readonly source: Int32Array;
  readonly figure: Int32Array;
  readonly value: Float64Array;
  /** Number of clusters and of distinct figures in the current group. */
  size = 0;
  figures = 0;
  /** Clusters in representative order (input order of the claims standing for them). */
  readonly byRep: Int32Array;

  // identity of a cluster's figure: 6 significant digits of value and upper bound (NaN: none)
  private keyValue: Float64Array;
  private keyMax: Float64Array;
  private opener: Int32Array; // the claim that opened the cluster (first in input order)
  private figureIds = new Map<number | string, number>();
  // each source's clusters in this group, as a chain: head per source, next per cluster
  private group = 0;
  private sourceGroup: Int32Array;
  private sourceHead: Int32Array;
  private nextOfSource: Int32Array;
  private when: Float64Array;
  private bucketStart: Int32Array;
  private bucket: Int32Array;
  private bucketFill: Int32Array;
  private perFigure: Int32Array;
  private isKept: Uint8Array;

  constructor(
    private table: ClaimTable,
    maxGroupSize: number,
  ) {
    const m = maxGroupSize;
    this.rep = new Int32Array(m);
    this.source = new Int32Array(m);
    this.figure = new Int32Array(m);
    this.value = new Float64Array(m);
    this.byRep = new Int32Array(m);
    this.keyValue = new Float64Array(m);
    this.keyMax = new Float64Array(m);
    this.opener = new Int32Array(m);
    this.nextOfSource = new Int32Array(m);
    this.when = new Float64Array(m);
    this.bucketStart = new Int32Array(m + 1);
    this.bucket = new Int32Array(m);
    this.bucketFill = new Int32Array(m);
    this.perFigure = new Int32Array(m + 1);
    this.isKept = new Uint8Array(m);
    this.sourceGroup = new Int32Array(table.sourceCount).fill(-1);
    this.sourceHead = new Int32Array(table.sourceCount);
  }

  /** Clusters the claims `members[from .. to)` (ascending input indexes); returns the number of clusters. */
  build(members: Int32Array, from: number, to: number): number {
    const { sourceId, value, valueMax, start } = this.table;
    const group = ++this.group;
    this.size = 0;
    this.figures = 0;
    this.figureIds.clear();
    for (let x = from; x < to; x++) {
      const i = members[x];
      const s = sourceId[i];
      const k = this.sourceGroup[s] === group ? this.clusterOf(s, value[i], valueMax[i]) : -1;
      if (k >= 0) {
        const rep = this.rep[k];
        if (start[i] < start[rep] || (start[i] === start[rep] && i < rep)) this.rep[k] = i;
      } else this.open(i, s);
    }
    this.orderByRep();
    return this.size;
  }

  /** The source's cluster for a figure, -1 when none; the same raw figure needs no rounding. */
  private clusterOf(source: number, v: number, max: number): number {
    const { value, valueMax } = this.table;
    for (let k = this.sourceHead[source]; k >= 0; k = this.nextOfSource[k]) {
      const opener = this.opener[k];
      if (value[opener] === v && sameBound(valueMax[opener], max)) return k;
    }
    const kv = round6(v);
    const km = Number.isNaN(max) ? NaN : round6(max);
    for (let k = this.sourceHead[source]; k >= 0; k = this.nextOfSource[k])
      if (this.keyValue[k] === kv && sameBound(this.keyMax[k], km)) return k;
    return -1;
  }

  /** Opens a cluster for claim i, the first of its source stating its figure. */
  private open(i: number, s: number) {
    const { value, valueMax } = this.table;
    const k = this.size++;
    this.rep[k] = i;
    this.opener[k] = i;
    this.source[k] = s;
    this.value[k] = value[i];
    this.keyValue[k] = round6(value[i]);
    this.keyMax[k] = Number.isNaN(valueMax[i]) ? NaN : round6(valueMax[i]);
    this.figure[k] = this.figureId(this.keyValue[k], this.keyMax[k]);
    this.nextOfSource[k] = this.sourceGroup[s] === this.group ? this.sourceHead[s] : -1;
    this.sourceGroup[s] = this.group;
    this.sourceHead[s] = k;
  }

  private figureId(kv: number, km: number): number {
    const key = Number.isNaN(km) ? kv : `${kv}/${km}`;
    let id = this.figureIds.get(key);
    if (id === undefined) this.figureIds.set(key, (id = this.figures++));
    return id;
  }

  /** Fills `byRep`; clusters open in input order, so they are nearly always in order already. */
  private orderByRep() {
    let sorted = true;
    for (let k = 1; k < this.size && sorted; k++) sorted = this.rep[k - 1] < this.rep[k];
    if (sorted) for (let k = 0; k < this.size; k++) this.byRep[k] = k;
    else this.byRep.set(Array.from({ length: this.size }, (_, k) => k).sort((p, q) => this.rep[p] - this.rep[q]));
  }

  /**
   * Keeps the first `cap` sources per distinct figure (earliest date, undated last, then input
   * order); writes the kept clusters, in representative order, to `out` and returns their count.
   */
  capPerFigure(cap: number, out: Int32Array): number {
    const n = this.size;
    const count = this.perFigure;
    for (let f = 0; f < this.figures; f++) count[f] = 0;
    let over = false;
    for (let k = 0; k < n; k++) if (++count[this.figure[k]] > cap) over = true;
    if (n <= cap || !over) {
      for (let r = 0; r < n; r++) out[r] = this.byRep[r];
      return n;
    }
    // clusters of over-full figures start dropped; each such figure takes back its `cap` earliest
    const { isKept: kept, when, bucketStart: start, bucket } = this;
    this.bucketByFigure(this.byRep, n, start, bucket);
    for (let k = 0; k < n; k++) {
      kept[k] = count[this.figure[k]] > cap ? 0 : 1;
      if (!kept[k]) when[k] = this.dateOf(this.rep[k]);
    }
    for (let f = 0; f < this.figures; f++)
      for (let taken = 0; count[f] > cap && taken < cap; taken++) {
        let first = -1;
        for (let x = start[f]; x < start[f + 1]; x++) {
          const k = bucket[x];
          if (!kept[k] && (first < 0 || when[k] < when[first] || (when[k] === when[first] && this.rep[k] < this.rep[first]))) first = k;
        }
        kept[first] = 1;
      }
    let m = 0;
    for (let r = 0; r < n; r++) if (kept[this.byRep[r]]) out[m++] = this.byRep[r];
    return m;
  }

  /**
   * Counting sort of the clusters `list[0..n)` by figure: the clusters of figure f are
   * `bucket[start[f] .. start[f + 1])`, in list order.
   */
  bucketByFigure(list: Int32Array, n: number, start: Int32Array, bucket: Int32Array) {
    const fill = this.bucketFill;
    for (let f = 0; f <= this.figures; f++) start[f] = 0;
    for (let x = 0; x < n; x++) start[this.figure[list[x]] + 1]++;
    for (let f = 0; f < this.figures; f++) {
      start[f + 1] += start[f];
      fill[f] = start[f];
    }
    for (let x = 0; x < n; x++) bucket[fill[this.figure[list[x]]]++] = list[x];
  }

  /** The claim's month count, undated last. */
  private dateOf(i: number): number {
    const month = this.table.monthOf(i);
    return month < 0 ? Infinity : month;
  }
}
