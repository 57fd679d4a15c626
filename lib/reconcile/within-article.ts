/**
 * Two figures of one article: they pair only when the article gives a figure and its revision
 * (`temporal`), mixes two metrics under one name (`metric_conflation`: planned so far vs total
 * target, dense vs sparse, with vs without co-investors), or states a chip's fixed spec twice
 * (`conflict`). Everything else in one article is two different things, or a sequence of parts.
 */
import { packedFacet, packedFacetClash } from "./claim-facts";
import { CHIP_THROUGHPUT, isFirmStage, NO_STAGE, TALKS, YEAR, type ClaimTable } from "./claim-table";
import { isSystemMultiple, ratio } from "./figures";
import { CLASH_DETAIL, MOVED_FROM_TALKS, REVISED_IN_ARTICLE, SPEC_TWICE, type Verdict } from "./pair-details";
import { periodActual, revisionWording } from "./revisions";

/** Two figures of one article this far apart, with no scope or sparsity words, are different things. */
const WITHIN_ARTICLE_RATIO = 2.5;

export function withinArticleVerdict(t: ClaimTable, i: number, j: number, sa: number, sb: number, apart: number): Verdict | null {
  const a = t.claims[i];
  const b = t.claims[j];
  if (a.property === b.property && ratio(a.value, b.value) <= WITHIN_ARTICLE_RATIO) {
    const revised = revisedInArticle(t, i, j, sa, sb);
    if (revised) return revised;
  }
  // a figure with no stage (a company metric, a project) sits beside a staged one of its article
  if ((sa !== sb && sa !== NO_STAGE && sb !== NO_STAGE) || apart > 0 || (apart < 0 && t.monthOf(i) !== t.monthOf(j))) return null;
  const fa = t.facetsOf(i);
  const fb = t.facetsOf(j);
  if (packedFacet(fa, "part") === "part" && packedFacet(fb, "part") === "part") return null;
  // the article names the metrics apart itself (pre-money vs post-money): no mix-up
  if (a.property !== b.property || packedFacet(fa, "money") || packedFacet(fb, "money")) return null;
  const clash = packedFacetClash(fa, fb);
  // figures far apart with nothing to tell their metrics apart are different things, not a mix-up
  if (!clash && ratio(a.value, b.value) > WITHIN_ARTICLE_RATIO && !isSystemMultiple(a.value, b.value)) return null;
  // one figure written twice at two precisions ("9.9%" … "about 10%"); open bounds ("over $400B") are a target, not a rounding
  if (!clash && pointLike(a.qualifier) && pointLike(b.qualifier) && t.roundsTo(i, j))
    return { first: i, second: j, type: "rounding", detail: "one article writes the figure at two precisions" };
  if (!clash && selfContradictingSpec(t, i, j)) return { first: i, second: j, type: "conflict", detail: SPEC_TWICE };
  let detail = "one article states both: likely different scopes (e.g. with vs without co-investors)";
  if (clash) detail = CLASH_DETAIL[clash];
  else if (packedFacet(fa, "part") === "total" || packedFacet(fb, "part") === "total") detail = CLASH_DETAIL.part;
  else if (packedFacet(fa, "sparsity") || packedFacet(fb, "sparsity") || denseVsSparse(t, i, j)) detail = CLASH_DETAIL.sparsity;
  else if (a.qualifier === "range" || b.qualifier === "range") detail = "one article gives a single figure and a range across variants";
  else if (a.qualifier !== "exact" || b.qualifier !== "exact") detail = "one article gives a figure so far and a target";
  return { first: i, second: j, type: "metric_conflation", detail };
}

/**
 * One article giving a figure and its revision: talks that ended in a firm figure ("in talks to
 * raise $2B … raised $3.5B"), or two dated figures one of which the article words as the earlier
 * or the revised value ("up from the $35B it forecast in September").
 */
function revisedInArticle(t: ClaimTable, i: number, j: number, sa: number, sb: number): Verdict | null {
  if ((sa === TALKS && isFirmStage(sb)) || (sb === TALKS && isFirmStage(sa))) {
    const tk = sa === TALKS ? i : j;
    const f = sa === TALKS ? j : i;
    // talks dated after the firm figure: the next round being negotiated, a timeline point
    if (t.monthOf(tk) < 0 || t.monthOf(f) < 0 || t.monthOf(tk) > t.monthOf(f)) return null;
    return { first: tk, second: f, type: "temporal", detail: MOVED_FROM_TALKS[sa === TALKS ? sb : sa] };
  }
  const mi = t.monthOf(i);
  const mj = t.monthOf(j);
  if (mi < 0 || mj < 0 || mi === mj || t.precisionOf(i) === YEAR || t.precisionOf(j) === YEAR) return null;
  if (periodActual(t.claims[i].property)) return null;
  if (!revisionWording(t.claims[i].quote) && !revisionWording(t.claims[j].quote)) return null;
  return { first: mi < mj ? i : j, second: mi < mj ? j : i, type: "temporal", detail: REVISED_IN_ARTICLE };
}

/**
 * One article giving a chip two exact values of a fixed spec (memory, bandwidth, process, power)
 * with nothing to tell them apart: the article contradicts itself. Throughput and multiples are
 * left out: they vary with precision and sparsity, which articles often leave unsaid.
 */
function selfContradictingSpec(t: ClaimTable, i: number, j: number): boolean {
  const a = t.claims[i];
  const b = t.claims[j];
  if (a.kind !== "chip_spec" || t.kinds[i] & CHIP_THROUGHPUT || a.property.includes("multiple")) return false;
  if (a.qualifier !== "exact" || b.qualifier !== "exact") return false;
  if (isSystemMultiple(a.value, b.value)) return false;
  const fa = t.facetsOf(i);
  const fb = t.facetsOf(j);
  return !packedFacet(fa, "sparsity") && !packedFacet(fb, "sparsity") && !packedFacet(fa, "scope") && !packedFacet(fb, "scope");
}

const pointLike = (q: string) => q === "exact" || q === "about";

/** Chip throughput about 2x apart: the dense and the sparse figure of one chip. */
export function denseVsSparse(t: ClaimTable, i: number, j: number): boolean {
  const a = t.claims[i];
  const b = t.claims[j];
  if (!(t.kinds[i] & CHIP_THROUGHPUT) || a.qualifier === "range" || b.qualifier === "range") return false;
  const r = ratio(a.value, b.value);
  return r >= 1.8 && r <= 2.25;
}
