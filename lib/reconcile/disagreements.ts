/**
 * Which pairs of claims disagree, and of what type (docs/claim-schema.md, "Disagreements").
 *
 * 1. Group claims by subject + property family (valuation, pre- and post-money valuation are one family).
 * 2. Inside a group, fold each source's claims with the same figure into one cluster whose
 *    representative is the source's first claim (lowest offset) stating it. Identical figures
 *    are corroboration and never pair.
 * 3. Pair representatives stating different figures, then type the pair (`classify.ts`); two
 *    figures of one article pair only when the article mixes two metrics under one name.
 * Work is bounded: at most a few sources per distinct figure, and in big groups only
 * neighbouring figures pair, so the cost is near-linear in the number of claims.
 *
 * Output: `a` is the earlier figure for `temporal` pairs (talks before announced, older date
 * first), otherwise the lower input index.
 *
 * Runs on 200k+ claims: groups (`groups.ts`), per-claim facts (`claim-table.ts`) and clusters
 * (`clusters.ts`) live in flat typed arrays filled once per claim, and explanations are built
 * only when read, so the pairs found are nearly all that a run allocates.
 */
import { ClaimTable, sameBound } from "./claim-table";
import { PairClassifier } from "./classify";
import { ClusterSet } from "./clusters";
import { groupBySubjectAndProperty } from "./groups";
import { Inflows } from "./inflows";
import type { Disagreement, SourcedClaim } from "./types";

/** Groups with more clusters than this are paired by distinct figure instead of cluster × cluster. */
const SMALL_GROUP = 40;
/** Sources paired per distinct figure: the first few (by article date, then order) stand for the rest. */
const SOURCES_PER_FIGURE = 5;
const SOURCES_PER_FIGURE_BIG = 3;
/** In big groups, all figure pairs up to this many distinct figures, else each figure with its next few. */
const ALL_FIGURE_PAIRS = 12;
const FIGURE_NEIGHBOURS = 3;

export function findDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const groups = groupBySubjectAndProperty(claims);
  const { start, members } = groups;
  const table = new ClaimTable(claims);
  const classifier = new PairClassifier(table, new Inflows(table, groups));
  let largest = 0;
  for (let g = 0; g + 1 < start.length; g++) largest = Math.max(largest, start[g + 1] - start[g]);
  const clusters = new ClusterSet(table, largest);
  const kept = new Int32Array(largest);
  const out: Disagreement[] = [];
  for (const bySubject of groups.ids.values())
    for (const g of bySubject.values()) {
      if (start[g + 1] - start[g] < 2 || allSameFigure(table, members, start[g], start[g + 1])) continue;
      const n = clusters.build(members, start[g], start[g + 1]);
      if (n < 2) continue;
      if (n <= SMALL_GROUP) pairSmallGroup(clusters, kept, clusters.capPerFigure(SOURCES_PER_FIGURE, kept), classifier, out);
      else pairBigGroup(clusters, kept, clusters.capPerFigure(SOURCES_PER_FIGURE_BIG, kept), classifier, out);
    }
  return out;
}

/** Every claim of the group states one figure: corroboration only, nothing to cluster. */
function allSameFigure({ value, valueMax }: ClaimTable, members: Int32Array, from: number, to: number): boolean {
  const first = members[from];
  for (let k = from + 1; k < to; k++) {
    const i = members[k];
    if (value[i] !== value[first] || !sameBound(valueMax[i], valueMax[first])) return false;
  }
  return true;
}

/** Every pair of kept clusters stating different figures (one article's two bounds of a figure excepted). */
function pairSmallGroup(cl: ClusterSet, kept: Int32Array, n: number, classifier: PairClassifier, out: Disagreement[]) {
  for (let x = 0; x < n; x++) {
    const p = kept[x];
    for (let y = x + 1; y < n; y++) {
      const q = kept[y];
      if (cl.figure[p] === cl.figure[q]) continue; // corroboration
      if (cl.source[p] === cl.source[q] && cl.value[p] === cl.value[q]) continue; // one article restating a figure with another bound
      const d = classifier.classify(cl.rep[p], cl.rep[q]);
      if (d) out.push(d);
    }
  }
}

/** Big group: one bucket per distinct figure with its first few sources; neighbouring figures pair. */
function pairBigGroup(cl: ClusterSet, kept: Int32Array, n: number, classifier: PairClassifier, out: Disagreement[]) {
  const start = new Int32Array(cl.figures + 1);
  const bucket = new Int32Array(n);
  cl.bucketByFigure(kept, n, start, bucket);
  // figures by value, then by representative of their first cluster
  const first = (f: number) => bucket[start[f]];
  const figures = Array.from({ length: cl.figures }, (_, f) => f).sort(
    (f, g) => cl.value[first(f)] - cl.value[first(g)] || cl.rep[first(f)] - cl.rep[first(g)],
  );
  const reach = figures.length <= ALL_FIGURE_PAIRS ? figures.length : FIGURE_NEIGHBOURS;
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j <= i + reach && j < figures.length; j++)
      for (let x = start[figures[i]]; x < start[figures[i] + 1]; x++)
        for (let y = start[figures[j]]; y < start[figures[j] + 1]; y++) {
          const p = bucket[x];
          const q = bucket[y];
          if (cl.source[p] === cl.source[q]) continue;
          const d = classifier.classify(cl.rep[p], cl.rep[q]);
          if (d) out.push(d);
        }
}
