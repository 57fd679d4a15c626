/**
 * Which pairs of claims disagree, and of what type (docs/claim-schema.md, "Disagreements").
 *
 * 1. Group claims by subject + property family (valuation, pre- and post-money valuation are one family).
 * 2. Inside a group, fold each source's claims with the same figure into one cluster whose
 *    representative is the source's first claim (lowest offset) stating it. Identical figures
 *    are corroboration and never pair.
 * 3. Pair representatives of different sources stating different figures (and, exceptionally,
 *    two close but incompatible figures inside one article), then type the pair (`classify.ts`).
 * Work is bounded: at most a few sources per distinct figure, and in big groups only
 * neighbouring figures pair, so the cost is near-linear in the number of claims.
 *
 * Output: `a` is the earlier figure for `temporal` pairs (talks before announced, older date
 * first), otherwise the lower input index.
 */
import { claimDate, intervalsOverlap, parseDate, propertyFamily, relDiff, round6 } from "./claim-facts";
import { PairClassifier } from "./classify";
import type { Disagreement, SourcedClaim } from "./types";

/** Groups with more clusters than this are paired by distinct figure instead of cluster × cluster. */
const SMALL_GROUP = 40;
/** Sources paired per distinct figure: the first few (by article date, then order) stand for the rest. */
const SOURCES_PER_FIGURE = 5;
const SOURCES_PER_FIGURE_BIG = 3;
/** In big groups, all figure pairs up to this many distinct figures, else each figure with its next few. */
const ALL_FIGURE_PAIRS = 12;
const FIGURE_NEIGHBOURS = 3;
/** Two close, incompatible figures in one article pair with each other (e.g. $41B vs $40B). */
const SAME_SOURCE_CLOSE = 0.1;

type Cluster = { source: string; rep: number; key: number | string; value: number };

export function findDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const classifier = new PairClassifier(claims);
  const out: Disagreement[] = [];
  for (const idx of groupBySubjectAndProperty(claims)) {
    if (idx.length < 2 || allSameFigure(claims, idx)) continue;
    const clusters = clustersOf(claims, idx);
    if (clusters.length < 2) continue;
    const visit = (p: Cluster, q: Cluster) => {
      const d = classifier.classify(p.rep, q.rep);
      if (d) out.push(d);
    };
    if (clusters.length <= SMALL_GROUP) pairSmallGroup(claims, clusters, visit);
    else pairBigGroup(claims, clusters, visit);
  }
  return out;
}

/** Indexes grouped by normalised subject and property family, without building a string per claim. */
function groupBySubjectAndProperty(claims: SourcedClaim[]): Iterable<number[]> {
  const subjectKey = new Map<string, string>();
  const family = new Map<string, string>();
  const groups = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    let s = subjectKey.get(c.subject);
    if (s === undefined) subjectKey.set(c.subject, (s = c.subject.trim().toLowerCase()));
    let f = family.get(c.property);
    if (f === undefined) family.set(c.property, (f = propertyFamily(c.property)));
    let bySubject = groups.get(f);
    if (!bySubject) groups.set(f, (bySubject = new Map()));
    const g = bySubject.get(s);
    if (g) g.push(i);
    else bySubject.set(s, [i]);
  }
  return [...groups.values()].flatMap((m) => [...m.values()]);
}

function allSameFigure(claims: SourcedClaim[], idx: number[]): boolean {
  const first = claims[idx[0]];
  for (let k = 1; k < idx.length; k++) {
    const c = claims[idx[k]];
    if (c.value !== first.value || c.value_max !== first.value_max) return false;
  }
  return true;
}

/** One cluster per (source, figure), represented by the source's first claim stating it. */
function clustersOf(claims: SourcedClaim[], idx: number[]): Cluster[] {
  // a source states few figures per group: a short list per source beats a map per source
  const bySource = new Map<string, Cluster[]>();
  const all: Cluster[] = [];
  for (const i of idx) {
    const c = claims[i];
    const key = c.value_max === null ? round6(c.value) : `${round6(c.value)}/${round6(c.value_max)}`;
    let list = bySource.get(c.source);
    if (!list) bySource.set(c.source, (list = []));
    let cur: Cluster | undefined;
    for (const cl of list) if (cl.key === key) cur = cl;
    if (!cur) {
      const cl = { source: c.source, rep: i, key, value: c.value };
      list.push(cl);
      all.push(cl);
    } else {
      const r = claims[cur.rep];
      if (c.start < r.start || (c.start === r.start && i < cur.rep)) cur.rep = i;
    }
  }
  return all.sort((p, q) => p.rep - q.rep);
}

function pairSmallGroup(claims: SourcedClaim[], all: Cluster[], visit: (p: Cluster, q: Cluster) => void) {
  const clusters = capPerFigure(claims, all, SOURCES_PER_FIGURE);
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++) {
      const p = clusters[i];
      const q = clusters[j];
      if (p.key === q.key) continue; // corroboration
      if (p.source === q.source && !closeInOneSource(claims[p.rep], claims[q.rep])) continue;
      visit(p, q);
    }
}

/** Big group: one bucket per distinct figure with its first few sources; neighbouring figures pair. */
function pairBigGroup(claims: SourcedClaim[], all: Cluster[], visit: (p: Cluster, q: Cluster) => void) {
  const buckets = new Map<number | string, Cluster[]>();
  for (const cl of capPerFigure(claims, all, SOURCES_PER_FIGURE_BIG)) {
    const b = buckets.get(cl.key);
    if (b) b.push(cl);
    else buckets.set(cl.key, [cl]);
  }
  const figures = [...buckets.values()].sort((p, q) => p[0].value - q[0].value || p[0].rep - q[0].rep);
  const reach = figures.length <= ALL_FIGURE_PAIRS ? figures.length : FIGURE_NEIGHBOURS;
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j <= i + reach && j < figures.length; j++)
      for (const p of figures[i]) for (const q of figures[j]) if (p.source !== q.source) visit(p, q);
}

/** Keeps the first `cap` sources per distinct figure (earliest article date, then input order). */
function capPerFigure(claims: SourcedClaim[], clusters: Cluster[], cap: number): Cluster[] {
  const count = new Map<number | string, number>();
  let over = false;
  for (const cl of clusters) {
    const n = (count.get(cl.key) ?? 0) + 1;
    count.set(cl.key, n);
    if (n > cap) over = true;
  }
  if (!over) return clusters;
  const when = new Map(clusters.map((cl) => [cl, parseDate(claimDate(claims[cl.rep]))?.month ?? Infinity]));
  const sorted = [...clusters].sort((p, q) => when.get(p)! - when.get(q)! || p.rep - q.rep);
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
