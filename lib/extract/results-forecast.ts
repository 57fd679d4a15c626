/**
 * A company's own single-figure forecast of a year's revenue: "It expects revenue of around $12.7 billion for the
 * full year", "has projected revenue as high as $34.5 billion in 2027", "is on track for $20 billion in revenue this
 * year", "would book well more than $13 billion in revenue this year", "is targeting $13 billion in sales for 2025".
 * The gold names it the year's revenue (`annual_revenue_<cur>`); a forecast range is guidance (guidance.ts).
 */
import type { MoneyRole } from "./properties";
import { resolveCompany } from "./entities";

/** "OpenAI, which is on track for", "the ChatGPT maker OpenAI, which expects revenue of": the relative clause's head */
const HEAD = /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*,\s*which\s+(?:\w+\s+){0,3}?$/;

const HEDGE = "[\"“]?(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|(?:well\\s+)?more\\s+than\\s+|over\\s+|at\\s+least\\s+|up\\s+to\\s+|as\\s+(?:much|high)\\s+as\\s+|some\\s+|close\\s+to\\s+)?[\"“]?";
const VERB = "(?:expects?|expected|expecting|projects?|projected|projecting|forecasts?|forecasted|targets?|targeted|targeting|(?:is|was|are)\\s+on\\s+(?:track|pace|course)\\s+(?:for|to\\s+(?:hit|reach|book|generate|top|post|bring\\s+in))|(?:would|will|could|should)\\s+(?:book|generate|post|bring\\s+in|hit|reach|top|make)|(?:aims?|aiming|hopes?)\\s+(?:for|to\\s+(?:hit|reach|book|generate|top)))";
/** "expects revenue of", "projected revenue as high as", "is targeting sales of" */
const REVENUE_FIRST = new RegExp(`\\b${VERB}\\s+(?:(?:annual|full[\\s-]year|total)\\s+)?(?:revenue|sales)\\s+(?:of\\s+|at\\s+|to\\s+(?:reach|hit|top)\\s+)?${HEDGE}$`, "i");
/** "is on track for", "would book": the word revenue comes after the figure */
const FIGURE_FIRST = new RegExp(`\\b${VERB}\\s+${HEDGE}$`, "i");
const IN_REVENUE = /^["”]?\s+(?:in|of)\s+(?:(?:annual|full[\s-]year|total)\s+)?(?:revenue|sales)\b/i;
/** the year: "this year", "for the full year", "in 2027", "for fiscal 2026", "next year", "that year" */
const YEAR = /^[^.;$€£]{0,40}?\b(?:(?:this|next|that)\s+year|(?:for|in)\s+(?:the\s+)?(?:full|fiscal|calendar)\s+year|(?:for|in)\s+(?:fiscal\s+)?(?:19|20)\d\d)\b/i;
/** a run rate or a contract's revenue is not the company's year */
const NOT_YEAR = /^[^.;]{0,40}?\b(?:annuali[sz]ed|run[\s-]rate|a\s+year|per\s+year|each\s+year|from\s+(?:the|this)\s+(?:deal|contract))\b/i;

/** The year's revenue a company forecasts, or null. */
export function yearForecastRole(before: string, after: string, suffix: string, range: boolean): MoneyRole | null {
  if (range) return null;
  const b = before.slice(-100);
  const first = REVENUE_FIRST.test(b);
  const inRevenue = !first && FIGURE_FIRST.test(b) ? after.match(IN_REVENUE) : null;
  if (!first && !inRevenue) return null;
  const rest = inRevenue ? after.slice(inRevenue[0].length) : after;
  if (NOT_YEAR.test(rest) || !YEAR.test(rest)) return null;
  // analysts' expectations are the consensus, not the company's forecast
  if (/\b(?:analysts?|Wall\s+Street|consensus|investors)\b[^.;]{0,30}$/i.test(b)) return null;
  const role: MoneyRole = { property: `annual_revenue_${suffix}`, kind: "other", role: "revenue" };
  const verb = b.search(first ? REVENUE_FIRST : FIGURE_FIRST);
  const head = b.slice(0, verb).match(HEAD);
  if (!head) return role;
  const co = resolveCompany(head[1])?.name;
  return co ? { ...role, subject: co } : null;
}
