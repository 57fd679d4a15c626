/**
 * What a disagreement's explanation says after its two figures: constants, so that 100k pairs
 * share a handful of strings.
 */
import type { DisagreementType } from "../validations/claim";
import type { Facets } from "./claim-facts";
import { STAGES } from "./claim-table";

/** A rule's decision about a pair: the claim read first, the type, and why. */
export type Verdict = { first: number; second: number; type: DisagreementType; detail?: string };

export const CLASH_DETAIL: Record<keyof Facets, string> = {
  sparsity: "one figure is for sparse, the other for dense throughput",
  scope: "one figure is per chip, the other per server/system",
  part: "one figure is a total or target, the other a part or the amount so far",
  money: "pre-money vs post-money",
};

export const MOVED_FROM_TALKS = STAGES.map((s) => `the figure moved from talks to ${s}`);
export const BOTH_AT_STAGE = STAGES.map((s) => `both ${s}: at most one can be right`);
export const LABELLED_BOTH = { pre: "one is labelled pre-money, the other post-money", post: "one is labelled post-money, the other pre-money" };
export const LABELLED_ONE = { pre: "only one figure is labelled pre-money", post: "only one figure is labelled post-money" };

export const FIRM_DEALS = "the same two parties signed both, months apart: separate deals, easy to mistake for one";
export const DATED_DEALS = "the same two parties in different years: separate deals, easy to mistake for one";
export const SLIPPED_DIGIT = "one figure is exactly ten or a hundred times the other: a dropped or added zero, at most one is right";
export const REVISED_IN_ARTICLE = "the article gives the earlier figure and the revised one";
export const SPEC_TWICE = "one article gives the same spec two values: at most one is right";
export const SYSTEM_MULTIPLE =
  "one figure is a whole number of times the other, as many chips as a server or rack holds: per chip vs per system";
