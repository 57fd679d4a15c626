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
 */
import { isDealMoney, propertyFamily, round6, subjectEntities } from "./claim-facts";
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

type Cluster = { source: string; rep: number; key: number | string; value: number };
type Groups = Map<string, Map<string, number[]>>; // property family → normalised subject → indexes

export function findDisagreements(claims: SourcedClaim[]): Disagreement[] {
  const groups = groupBySubjectAndProperty(claims);
  const classifier = new PairClassifier(claims, () => inflowGroups(groups));
  const out: Disagreement[] = [];
  const visit = (p: Cluster, q: Cluster) => {
    const d = classifier.classify(p.rep, q.rep);
    if (d) out.push(d);
  };
  const when = (cl: Cluster) => classifier.monthOf(cl.rep);
  for (const bySubject of groups.values())
    for (const idx of bySubject.values()) {
      if (idx.length < 2 || allSameFigure(claims, idx)) continue;
      const clusters = clustersOf(claims, idx);
      if (clusters.length < 2) continue;
      if (clusters.length <= SMALL_GROUP) pairSmallGroup(claims, capPerFigure(clusters, SOURCES_PER_FIGURE, when), visit);
      else pairBigGroup(capPerFigure(clusters, SOURCES_PER_FIGURE_BIG, when), visit);
    }
  return out;
}

/** Indexes grouped by property family and normalised subject, without building a string per claim. */
function groupBySubjectAndProperty(claims: SourcedClaim[]): Groups {
  const subjectKey = new Map<string, string>();
  const family = new Map<string, string>();
  const groups: Groups = new Map();
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
  return groups;
}

/** Groups of money raised by or flowing into a company, by the company (lower case): for pre/post checks. */
function inflowGroups(groups: Groups): Map<string, number[][]> {
  const out = new Map<string, number[][]>();
  for (const [family, bySubject] of groups) {
    const round = family === "round_size_usd";
    if (!round && !isDealMoney(family)) continue;
    for (const [subject, idx] of bySubject) {
      if (!round && !subject.includes("->")) continue;
      const company = round ? subject : subjectEntities(subject)[0];
      const l = out.get(company);
      if (l) l.push(idx);
      else out.set(company, [idx]);
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

/** Groups up to this size find clusters by linear search (no allocation); bigger ones use a map. */
const LINEAR_CLUSTERING = 48;

/** One cluster per (source, figure), represented by the source's first claim stating it. */
function clustersOf(claims: SourcedClaim[], idx: number[]): Cluster[] {
  const all: Cluster[] = [];
  const index = idx.length > LINEAR_CLUSTERING ? new Map<string, Map<number | string, Cluster>>() : null;
  for (const i of idx) {
    const c = claims[i];
    const key = c.value_max === null ? round6(c.value) : `${round6(c.value)}/${round6(c.value_max)}`;
    let cur: Cluster | undefined;
    if (index) cur = index.get(c.source)?.get(key);
    else
      for (let k = 0; k < all.length; k++)
        if (all[k].key === key && all[k].source === c.source) {
          cur = all[k];
          break;
        }
    if (!cur) {
      const cl = { source: c.source, rep: i, key, value: c.value };
      all.push(cl);
      if (index) {
        let m = index.get(c.source);
        if (!m) index.set(c.source, (m = new Map()));
        m.set(key, cl);
      }
    } else {
      const r = claims[cur.rep];
      if (c.start < r.start || (c.start === r.start && i < cur.rep)) cur.rep = i;
    }
  }
  return all.length > 1 ? all.sort((p, q) => p.rep - q.rep) : all;
}

function pairSmallGroup(claims: SourcedClaim[], clusters: Cluster[], visit: (p: Cluster, q: Cluster) => void) {
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++) {
      const p = clusters[i];
      const q = clusters[j];
      if (p.key === q.key) continue; // corroboration
      if (p.source === q.source && p.value === q.value) continue; // one article restating a figure with another bound
      visit(p, q);
    }
}

/** Big group: one bucket per distinct figure with its first few sources; neighbouring figures pair. */
function pairBigGroup(clusters: Cluster[], visit: (p: Cluster, q: Cluster) => void) {
  const buckets = new Map<number | string, Cluster[]>();
  for (const cl of clusters) {
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

/** Keeps the first `cap` sources per distinct figure (earliest date, undated last, then input order). */
function capPerFigure(clusters: Cluster[], cap: number, monthOf: (cl: Cluster) => number): Cluster[] {
  if (clusters.length <= cap) return clusters;
  const count = new Map<number | string, number>();
  let over = false;
  for (const cl of clusters) {
    const n = (count.get(cl.key) ?? 0) + 1;
    count.set(cl.key, n);
    if (n > cap) over = true;
  }
  if (!over) return clusters;
  const when = new Map(clusters.map((cl) => [cl, monthOf(cl) < 0 ? Infinity : monthOf(cl)]));
  const sorted = [...clusters].sort((p, q) => when.get(p)! - when.get(q)! || p.rep - q.rep);
  count.clear();
  const kept = sorted.filter((cl) => {
    const n = (count.get(cl.key) ?? 0) + 1;
    count.set(cl.key, n);
    return n <= cap;
  });
  return kept.sort((p, q) => p.rep - q.rep);
}
