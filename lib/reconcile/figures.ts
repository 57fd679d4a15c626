/**
 * Small facts about two figures or one claim that typing a pair uses: how far apart, whether one
 * is a system's worth of the other, whether a sentence dates the claim.
 */
import type { SourcedClaim } from "./types";

/** Chips per server, node, rack or pod in the products the articles cover. */
const SYSTEM_SIZES = [4, 8, 16, 32, 36, 64, 72, 128, 144, 256, 288, 576];
/** One figure is the other times a usual system size (40 PFLOPS per 8-chip server vs 5 per chip). */
export function isSystemMultiple(x: number, y: number): boolean {
  const r = ratio(x, y);
  if (r < 3.9) return false;
  for (let k = 0; k < SYSTEM_SIZES.length; k++) if (Math.abs(r - SYSTEM_SIZES[k]) <= 0.01 * SYSTEM_SIZES[k]) return true;
  return false;
}

/** A money flow "A -> B" (not a company's own figure). */
export const isFlow = (c: SourcedClaim) => c.subject.includes("->");

/** The claim's sentence dates it before its article ("in 2024"): its as_of is not the article's date. */
export function datedInText(c: SourcedClaim): boolean {
  if (!c.as_of || !c.sourceDate) return false;
  return c.as_of < c.sourceDate.slice(0, c.as_of.length);
}

export const ratio = (x: number, y: number) =>
  Math.max(Math.abs(x), Math.abs(y)) / Math.max(1e-12, Math.min(Math.abs(x), Math.abs(y)));

/** Exactly 10x or 100x apart (to 0.5 %): the mark of a slipped digit or unit, not of two events. */
export function slippedDigit(x: number, y: number): boolean {
  const r = ratio(x, y);
  return Math.abs(r - 10) <= 0.05 || Math.abs(r - 100) <= 0.5;
}
