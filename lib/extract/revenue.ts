/**
 * Revenue figures whose period or kind is written around the amount rather than before the word "revenue":
 * annual recurring revenue ("ARR passed $70 million"), the period after the word ("Revenue for the first quarter
 * was $1.86 billion") or after the figure ("reported revenue of $1.86 billion for the first quarter", "whose
 * revenue was 1.9 trillion won last year"). Forecasts, guidance and segment figures are left to other rules.
 */
import type { MoneyRole } from "./properties";
import { resolveCompany } from "./entities";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|just\\s+(?:over|under)\\s+|some\\s+)?";
const VERB = "(?:of|was|were|is|reached|hit|passed|topped|exceeded|surpassed|crossed|totall?ed|came\\s+(?:in\\s+)?(?:at|to)|stood\\s+at|stands\\s+at|amounted\\s+to|(?:rose|grew|climbed|jumped|increased|surged|doubled|tripled)(?:\\s+[^$€£¥₹.;]{0,30}?)?\\s+to)";
/** "annual recurring revenue reached", "its ARR is now", "ARR of". */
const ARR = new RegExp(`\\b(?:annual(?:i[sz]ed)?\\s+recurring\\s+revenue(?:\\s*\\(ARR\\))?|ARR)\\s+(?:(?:has|had|have)\\s+)?(?:(?:now|already|recently)\\s+)?${VERB}\\s+(?:(?:now|already)\\s+)?${HEDGE}$`, "i");
const QUARTER = "(?:(?:the\\s+)?three\\s+months\\s+(?:ended|ending|to|through)\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d)|(?:the\\s+|its\\s+)?(?:(?:first|second|third|fourth|latest|last|most\\s+recent|(?:fiscal\\s+)?(?:first|second|third|fourth)|March|June|September|December)\\s+)?quarter|Q[1-4](?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?)";
const YEAR = "(?:(?:the\\s+)?(?:full\\s+|fiscal\\s+|financial\\s+|calendar\\s+)?year(?:\\s+(?:19|20)\\d\\d)?|(?:fiscal\\s+)?(?:19|20)\\d\\d|FY\\s?['’]?\\d{2,4}|last\\s+year)";
/** "Revenue for the first quarter was", "Sales in fiscal 2025 reached". */
const PERIOD_BETWEEN = new RegExp(`\\b(?:(?:total|net|consolidated|group)\\s+)?(?:revenue|sales)\\s+(?:(?:for|in)\\s+(?:(${QUARTER})|${YEAR})|last\\s+year)\\s+${VERB}\\s+${HEDGE}$`, "i");
/** "reported revenue of", "whose revenue was", "posted sales of": a figure the period after it dates. */
const REVENUE_LINK = new RegExp(`\\b(?:(?:total|net|consolidated|group)\\s+)?(?:revenue|sales)\\s+(?:of|was|were|reached|hit|totall?ed|came\\s+(?:in\\s+)?(?:at|to))\\s+${HEDGE}$`, "i");
const QUARTER_AFTER = new RegExp(`^\\s+(?:in|for|during)\\s+${QUARTER}\\b`, "i");
const YEAR_AFTER = new RegExp(`^\\s+(?:(?:in|for|during)\\s+${YEAR}|last\\s+year)\\b`, "i");
/** Words that make the figure a forecast or a target, not the company's reported revenue. */
const FORECAST = /\b(?:expect\w*|forecast\w*|guid\w*|outlook|project\w*|target\w*|could|would|may|might|aims?\s+to|plans?\s+to|estimat\w*|consensus|analysts?)\b/i;
/** A segment's revenue ("data-centre revenue", "cloud sales") is not the company's. */
const SEGMENT = /\b(?:segment|division|unit|data[\s-]cent(?:er|re)|cloud|AI|advertising|ads|gaming|services|hardware|software|product|subscription|enterprise|consumer|semiconductor|chip|GPU|networking|automotive|licensing)\s+$/i;

/** "generated $4.3 billion in revenue in the first half of 2025", "booked $900 million of sales in the quarter" */
const EARNED = new RegExp(`\\b(?:generated|generates|posted|reported|booked|recorded|earned|brought\\s+in|took\\s+in|pulled\\s+in|raked\\s+in|hauled\\s+in|made)\\s+${HEDGE}$`, "i");
/** "in AI chip revenue", "of data-centre sales": a segment's revenue after the figure (group 1: the segment) */
const IN_SEGMENT_REVENUE = /^\s+(?:in|of)\s+(AI(?:\s+(?:chip|semiconductor|accelerator))?|data[\s-]?cent(?:er|re)|cloud|networking|gaming|automotive)\s+(?:revenue|sales)\b/i;
/** "In its fiscal third quarter, ", "For the latest quarter, " opening the sentence */
const QUARTER_OPENS = /^\s*(?:In|For|During)\s+(?:its|the)\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth)|latest|last|most\s+recent|(?:first|second|third|fourth)\s+fiscal)\s+quarter\b/i;
const IN_REVENUE = /^\s+(?:in|of)\s+(?:total\s+|net\s+)?(?:revenue|sales)\s+(?:(?:in|for|during|over)\s+(?:the\s+|its\s+)?|(?=last\s+(?:quarter|year)\b))/i;
const QUARTER_START = new RegExp(`^${QUARTER}\\b`, "i");
const YEAR_START = new RegExp(`^${YEAR}\\b`, "i");
const HALF = /^(?:(?:first|second)\s+half|(?:H[12]))\b/i;

/** "$20 billion in annualized revenue run rate", "$200 million of run-rate revenue", "$100 million in ARR": the figure first */
const IN_RUN_RATE = /^\s+(?:in|of)\s+(?:(annuali[sz]ed\s+(?:revenue|sales)(?:\s+run[\s-]rate)?|(?:annual(?:i[sz]ed)?\s+)?run[\s-]rate(?:\s+revenue)?|(?:annual(?:i[sz]ed)?\s+)?revenue\s+run[\s-]rate)|(ARR|annual(?:i[sz]ed)?\s+recurring\s+revenue))\b/i;
/** "Its annual revenue run rate is approaching", "a revenue run-rate of", "its run rate has climbed to about" */
const RUN_RATE_IS = new RegExp(`\\b(?:(?:annual(?:i[sz]ed)?\\s+)?revenue\\s+run[\\s-]rate|run[\\s-]rate)\\s+(?:(?:has|had|have|is|was)\\s+)?(?:(?:now|already|recently)\\s+)?(?:${VERB.slice(3, -1)}|approaching|nearing|near|closing\\s+in\\s+on|(?:climbed|risen|grown|jumped|surged)\\s+to)\\s+${HEDGE}$`, "i");

const PRODUCT_EARNS = /(?:^|[^\w.'’-])([A-Z][\w.+-]*[\w+](?:\s+[A-Z][\w.+-]*[\w+])?)\s+(?:alone\s+|itself\s+)?(?:(?:is|was|has\s+been)\s+(?:now\s+|already\s+)?)?(?:generat\w*|brings?\s+in|bringing\s+in|earn\w*|pull(?:s|ed|ing)?\s+in|hit|hits|reached|passed|topped|crossed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/;
const NOT_NAME = /^(?:The|This|That|It|Its|Our|We|They|Their|He|She|Now|Today|Meanwhile|But|And|Also|Company)\b/;

/** The revenue role of an amount, or null. `before` is the sentence up to the figure, `after` the text after it. */
export function revenueRole(before: string, after: string, suffix: string): MoneyRole | null {
  const b = before.slice(-120);
  const role = (property: string): MoneyRole => ({ property, kind: "other", role: "revenue" });
  if (ARR.test(b)) return role(`annual_recurring_revenue_${suffix}`);
  const rr = after.match(IN_RUN_RATE);
  // "a contract worth $2 billion in annualized revenue" belongs to the deal rules
  // "customers each representing over $100,000 in run-rate revenue": the size of a customer, not the company's revenue
  if (rr && !/\b(?:deal|contract|agreement|pact)\b[^.;]{0,50}$/i.test(b) && !/\b(?:each|those|customers|accounts|clients|per\s+customer)\b[^$€£.;]{0,40}$/i.test(b)) {
    const r = role(rr[1] ? `annualized_revenue_${suffix}` : `annual_recurring_revenue_${suffix}`);
    // "Claude Code alone was generating over $500 million in run-rate revenue": a product's own run rate
    const product = b.match(PRODUCT_EARNS);
    return product && !NOT_NAME.test(product[1]) && !resolveCompany(product[1]) ? { ...r, subject: product[1] } : r;
  }
  if (RUN_RATE_IS.test(b)) return role(`annualized_revenue_${suffix}`);
  // "In its fiscal third quarter, it pulled in about $5 billion in AI chip revenue": a segment's quarter
  const seg = EARNED.test(b) && !FORECAST.test(b) ? after.match(IN_SEGMENT_REVENUE) : null;
  if (seg && (QUARTER_OPENS.test(before) || /^\s+(?:in|of)\s+[\w\s-]{0,30}?(?:revenue|sales)\s+(?:in|for|during)\s+(?:the|its)\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth)|latest|last|most\s+recent)\s+quarter\b/i.test(after))) {
    const name = /^AI/i.test(seg[1]) ? "ai" : /^data/i.test(seg[1]) ? "data_center" : seg[1].toLowerCase();
    return role(`quarterly_${name}_revenue_${suffix}`);
  }
  const earned = EARNED.test(b) && !FORECAST.test(b) ? after.match(IN_REVENUE) : null;
  if (earned) {
    const rest = after.slice(earned[0].length);
    if (HALF.test(rest)) return role(`half_year_revenue_${suffix}`);
    if (/^last\s+quarter\b/i.test(rest) || QUARTER_START.test(`the ${rest}`) || /^(?:[\w-]+\s+){0,2}quarter\b/i.test(rest)) return role(`quarterly_revenue_${suffix}`);
    if (YEAR_START.test(rest)) return role(`annual_revenue_${suffix}`);
    return null;
  }
  const between = b.match(PERIOD_BETWEEN);
  if (between && !FORECAST.test(b) && !SEGMENT.test(b.slice(0, between.index))) return role(`${between[1] ? "quarterly" : "annual"}_revenue_${suffix}`);
  const link = b.match(REVENUE_LINK);
  if (!link || FORECAST.test(b) || SEGMENT.test(b.slice(0, link.index))) return null;
  if (QUARTER_AFTER.test(after)) return role(`quarterly_revenue_${suffix}`);
  // "revenue of $136.4 million for the first half of 2024"
  if (/^\s+(?:in|for|during)\s+the\s+(?:first|second)\s+half\b|^\s+(?:in|for)\s+H[12]\b/i.test(after)) return role(`half_year_revenue_${suffix}`);
  if (YEAR_AFTER.test(after)) return role(`annual_revenue_${suffix}`);
  return null;
}

/** "¥2.5 trillion ($16.6 billion)": a bracketed conversion after a figure, and the figure before a bracketed one */
export const CONVERSION_AFTER = /^\s*\(\s*(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?(?:US|U\.S\.|NT|C|A|S|HK)?[$€£¥₹]\s?[\d.,]+\s*(?:trillion|billion|million|bn|mn|tn|[bm])?\s*\)/i;
export const CONVERTED_BEFORE = /(?:(?:US|U\.S\.|NT|C|A|S|HK)?[$€£¥₹₩]\s?[\d.,]+\s*(?:trillion|billion|million|bn|mn|tn|[bm])?|[\d.,]+\s*(?:trillion|billion|million)?\s*(?:yen|won|yuan|euros?|pounds?|rupees?))\s*\(\s*(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?(?:US|U\.S\.)?$/i;
