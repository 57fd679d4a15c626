/**
 * The type of a disagreement between two claims about the same subject and property, or null
 * when the pair is two points on a timeline rather than a disagreement. Rules, in order:
 *
 * - price moves (stock_change_*) → only the same or consecutive trading days pair (rounding, intraday vs close, conflict)
 * - dates ≥ 12 months apart → timeline (null), except money between the same two parties that a
 *   sentence dates to an earlier year → different_deal
 * - same article → metric_conflation only when it mixes two metrics under one name (same stage,
 *   same date, not a sequence of parts, not explicitly labelled pre/post-money, and either scope or
 *   sparsity words, or figures within 2.5x or a system size apart), else null
 * - one labelled pre-money, the other post-money; one labelled and one not, 5–15 % apart; or unlabelled valuations whose gap matches a
 *   round size or inflow of the company → pre_vs_post (before the stages are compared)
 * - talks on one side, announced/closed on the other → temporal, except: talks ≥ 1.5x above the
 *   firm figure is a later round (different_deal when both articles give that company the same
 *   round size/valuation, else null); talks clearly after, or ≥ 6 months before a much bigger
 *   firm figure → null
 * - quotes differ in scope (per chip vs per server), sparsity, or total vs part, chip throughput
 *   about 2x apart, or a chip figure a system size (8, 72, …) times the other → metric_conflation
 * - one valuation labelled and within 30 % → pre_vs_post
 * - exactly 10x or 100x apart → conflict (a slipped digit)
 * - both firm and dated ≥ 2 months apart → null; dated ≥ 1 month apart → temporal (not for chip specs)
 * - compatible bounds, or the same figure at another precision → rounding
 * - deal figures ≥ 1.6x apart → separate rounds or deals (null), unless both sentences date them to the
 *   same past event; anything else → conflict
 *
 * Per-claim facts come from a `ClaimTable` (flat arrays, computed once per claim); details are
 * constant strings, and the one detail that needs formatting is built with the explanation.
 */
import type { DisagreementType } from "../validations/claim";
import { isRoundSize, isStake, isTotal, isValuation, packedFacet, packedFacetClash, relDiff, round6 } from "./claim-facts";
import { datedInText, isFlow, isSystemMultiple, ratio, slippedDigit } from "./figures";
import {
  DEAL_FIGURE,
  isFirmStage,
  NO_STAGE,
  POST_MONEY,
  PRE_MONEY,
  PRICE_MOVE,
  STAGES,
  TALKS,
  VALUATION,
  YEAR,
  type ClaimTable,
} from "./claim-table";
import { describeClaim, formatNumber, LazyDisagreement, leadFor, type PairExplainer } from "./explain";
import type { Inflows } from "./inflows";
import {
  BOTH_AT_STAGE,
  CLASH_DETAIL,
  DATED_DEALS,
  FIRM_DEALS,
  LABELLED_BOTH,
  LABELLED_ONE,
  MOVED_FROM_TALKS,
  SLIPPED_DIGIT,
  SYSTEM_MULTIPLE,
  type Verdict,
} from "./pair-details";
import { priceMoveVerdict } from "./price-moves";
import { denseVsSparse, withinArticleVerdict } from "./within-article";
import type { Disagreement, SourcedClaim } from "./types";

/** Dates this far apart are two points on a timeline, not a disagreement. */
const TIMELINE_MONTHS = 12;
/** Both firm and this far apart: two events. */
const FIRM_EVENTS_MONTHS = 2;
/** Talks this far above a firm figure are a later, bigger round, not the same deal growing. */
const LATER_ROUND = 1.5;
/** Talks this many months before a much bigger firm figure are a separate, earlier deal. */
const EARLIER_DEAL_MONTHS = 6;
/** A labelled and an unlabelled valuation at most this far apart are read as the two bases of one round. */
const NEAR_LABELLED = 0.15;
/** Valuations closer than this are a rounding or a move, not a round's money before and after. */
const MIN_ROUND_GAP = 0.05;
/** Deal figures at the same stage this far apart are separate rounds or deals. */
const SEPARATE_EVENTS = 1.6;

/** Detail "the gap $X matches a $Y round": formatted only when the explanation is read. */
const ROUND_GAP: unique symbol = Symbol("round gap");
type Detail = string | typeof ROUND_GAP;

export class PairClassifier implements PairExplainer<Detail> {
  private claims: SourcedClaim[];
  private descriptions: Array<string | undefined> | null = null;

  constructor(
    private table: ClaimTable,
    private inflows: Inflows,
  ) {
    this.claims = table.claims;
  }

  private describe(i: number): string {
    const stage = this.table.stageOf(i);
    this.descriptions ??= new Array(this.claims.length);
    return (this.descriptions[i] ??= describeClaim(this.claims[i], stage === NO_STAGE ? null : STAGES[stage]));
  }

  /** The explanation of a pair, built on first read (most pairs of a big run are never shown). */
  explain(d: Disagreement, detail: Detail | undefined): string {
    const c = this.claims[d.a];
    const arrow = d.type === "temporal" ? " → " : " vs ";
    const why = detail === ROUND_GAP ? this.roundGapDetail(d.a, d.b) : (detail ?? leadFor(d.type));
    return `${c.subject} ${c.property}: ${this.describe(d.a)}${arrow}${this.describe(d.b)}: ${why}`;
  }

  /** Two valuations 5–50 % apart whose gap matches money raised by the company: before and after a round. */
  private roundGap(i: number, j: number): boolean {
    const a = this.claims[i];
    const b = this.claims[j];
    const gap = relDiff(a.value, b.value);
    return gap >= MIN_ROUND_GAP && gap <= 0.5 && this.inflows.matching(a.subject, Math.abs(a.value - b.value)) !== null;
  }

  private roundGapDetail(i: number, j: number): string {
    const a = this.claims[i];
    const diff = Math.abs(a.value - this.claims[j].value);
    const r = this.inflows.matching(a.subject, diff)!;
    return `the gap ${formatNumber(a.property, diff)} matches a ${formatNumber(a.property, r)} round: pre-money vs post-money`;
  }

  private emit(first: number, second: number, type: DisagreementType, detail?: Detail): Disagreement {
    return new LazyDisagreement(first, second, type, this, detail);
  }

  private decide(v: Verdict | null): Disagreement | null {
    return v && this.emit(v.first, v.second, v.type, v.detail);
  }

  /** "pre" or "post" when the property or (for valuations) the quote says which. */
  private moneyLabel(i: number, valuation: boolean): "pre" | "post" | undefined {
    const kind = this.table.kinds[i];
    if (kind & PRE_MONEY) return "pre";
    if (kind & POST_MONEY) return "post";
    return valuation ? packedFacet(this.table.facetsOf(i), "money") : undefined;
  }

  classify(x: number, y: number): Disagreement | null {
    const t = this.table;
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    const a = this.claims[i];
    const b = this.claims[j];
    if (t.kinds[i] & PRICE_MOVE) return this.decide(priceMoveVerdict(t, i, j));
    const apart = t.monthsBetween(i, j);
    const sameSource = t.sourceId[i] === t.sourceId[j];
    if (apart >= TIMELINE_MONTHS) {
      // money between the same two parties in two dated years: two deals a reader can mix up
      return !sameSource && isFlow(a) && (datedInText(a) || datedInText(b)) ? this.emit(i, j, "different_deal", DATED_DEALS) : null;
    }
    const sa = t.stageOf(i);
    const sb = t.stageOf(j);
    if (sameSource) return this.decide(withinArticleVerdict(t, i, j, sa, sb, apart));

    const valuation = (t.kinds[i] & VALUATION) !== 0;
    const labelA = this.moneyLabel(i, valuation);
    const labelB = this.moneyLabel(j, valuation);
    if (valuation && labelA && labelB && labelA !== labelB) return this.emit(i, j, "pre_vs_post", LABELLED_BOTH[labelA]);
    // unlabelled valuations whose gap is a round into the company: one is likely pre-, the other post-money,
    // whatever the stages say
    if (valuation && !(labelA && labelA === labelB) && this.roundGap(i, j)) return this.emit(i, j, "pre_vs_post", ROUND_GAP);
    // one labelled, the other not, a round's worth apart (5–15 %): the unlabelled one is likely the other basis
    if (valuation && (labelA ? !labelB : labelB) && relDiff(a.value, b.value) >= MIN_ROUND_GAP && relDiff(a.value, b.value) <= NEAR_LABELLED)
      return this.emit(i, j, "pre_vs_post", LABELLED_ONE[(labelA ?? labelB)!]);

    // A deal stage moved: talks on one side, announced or closed on the other.
    if ((sa === TALKS && isFirmStage(sb)) || (sb === TALKS && isFirmStage(sa))) {
      const tk = sa === TALKS ? i : j;
      const f = sa === TALKS ? j : i;
      const talks = this.claims[tk];
      const firm = this.claims[f];
      if (talks.value >= LATER_ROUND * (firm.value_max ?? firm.value)) {
        // talks far above a firm figure: a later, bigger round; worth a flag only when the two
        // articles give the rounds the same size (or valuation), which makes them easy to confuse
        return this.sameSiblingFigure(tk, f)
          ? this.emit(f, tk, "different_deal", "talks far above a closed figure: a later round, easy to confuse with the earlier one")
          : null;
      }
      // talks clearly after the firm figure: a new round being negotiated, a timeline point;
      // talks long before a much bigger firm figure: an earlier, separate deal
      const datedByMonth = apart >= 0 && t.precisionOf(tk) !== YEAR && t.precisionOf(f) !== YEAR;
      if (datedByMonth && t.monthOf(tk) - t.monthOf(f) >= 2) return null;
      if (apart >= EARLIER_DEAL_MONTHS && ratio(talks.value, firm.value) >= LATER_ROUND) return null;
      return this.emit(tk, f, "temporal", MOVED_FROM_TALKS[sa === TALKS ? sb : sa]);
    }

    const clash = packedFacetClash(t.facetsOf(i), t.facetsOf(j));
    if (clash && clash !== "money") return this.emit(i, j, "metric_conflation", CLASH_DETAIL[clash]);
    if (denseVsSparse(t, i, j)) return this.emit(i, j, "metric_conflation", "about 2x apart: likely dense vs sparse throughput");
    if (a.kind === "chip_spec" && isSystemMultiple(a.value, b.value)) return this.emit(i, j, "metric_conflation", SYSTEM_MULTIPLE);

    if (valuation && (labelA || labelB) && relDiff(a.value, b.value) <= 0.3) return this.emit(i, j, "pre_vs_post", LABELLED_ONE[(labelA ?? labelB)!]);
    if (slippedDigit(a.value, b.value) && a.qualifier !== "range" && b.qualifier !== "range") return this.emit(i, j, "conflict", SLIPPED_DIGIT);

    // compatible bounds or one figure at two precisions read the same, whenever each was written
    if (t.overlaps(i, j) || t.roundsTo(i, j)) {
      const bounds = a.qualifier !== "exact" || b.qualifier !== "exact";
      return this.emit(i, j, "rounding", bounds ? "compatible bounds" : "the same figure written with different precision");
    }

    // a chip's spec, or the stake a deal gave, does not drift from month to month: two values of it
    // within a year are a contradiction, not two events
    const fixed = a.kind === "chip_spec" || isStake(a.property);
    // Both firm, dated apart: two events; between the same two parties, two deals easy to mistake for one
    // (a running total between them, "deals now total $22B", grows instead: temporal, below)
    if (!fixed && isFirmStage(sa) && isFirmStage(sb) && apart >= FIRM_EVENTS_MONTHS && !isTotal(a.property))
      return isFlow(a) && t.kinds[i] & DEAL_FIGURE ? this.emit(i, j, "different_deal", FIRM_DEALS) : null;
    if (apart >= 1 && !fixed) {
      const later = t.monthOf(i) > t.monthOf(j);
      return this.emit(later ? j : i, later ? i : j, "temporal", "the figure changed between the two dates");
    }


    // Deal figures far apart at the same stage: separate rounds or deals, a timeline; unless both
    // sentences date them to the same past event ("in 2024"), which only one can be right about
    if (t.kinds[i] & DEAL_FIGURE && ratio(a.value, b.value) >= SEPARATE_EVENTS && !(a.as_of === b.as_of && datedInText(a) && datedInText(b))) return null;
    return this.emit(i, j, "conflict", sa !== NO_STAGE && sa === sb ? BOTH_AT_STAGE[sa] : undefined);
  }

  /** The two articles give the same figure for a sibling property of the company (round size ↔ valuation). */
  private sameSiblingFigure(i: number, j: number): boolean {
    const props = siblingProperties(this.claims[i].property);
    if (!props.length) return false;
    const fi = this.siblingFigures(i, props);
    for (const v of this.siblingFigures(j, props)) if (fi.has(v)) return true;
    return false;
  }

  /** Figures the claim's article gives for `props` of the claim's subject. */
  private siblingFigures(k: number, props: readonly string[]): Set<number> {
    const subject = this.claims[k].subject.trim().toLowerCase();
    const out = new Set<number>();
    for (const x of this.table.claimsOfSource(this.table.sourceId[k])) {
      const o = this.claims[x];
      if (props.includes(o.property) && o.subject.trim().toLowerCase() === subject) out.add(round6(o.value));
    }
    return out;
  }
}


/** Round size ↔ valuations in the same currency. */
const siblingProperties = (p: string): readonly string[] => {
  const currency = p.slice(-3);
  if (isValuation(p)) return [`round_size_${currency}`];
  return isRoundSize(p) ? [`valuation_${currency}`, `pre_money_valuation_${currency}`, `post_money_valuation_${currency}`] : [];
};

