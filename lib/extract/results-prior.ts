/**
 * A results figure's value a year before, given after "from": "Revenue rose 22% from $13.07 billion in the
 * year-ago quarter", "net income climbed 40% from $2.1 billion in the same quarter last year", "sales fell 5%
 * from €900 million in the prior-year period". The figure is the same metric, for the earlier quarter.
 */
import type { MoneyRole } from "./properties";

const MOVE = "(?:rose|grew|jumped|climbed|increased|surged|soared|advanced|fell|declined|dropped|slipped|rises|grows|jumps|climbs|falls|was\\s+up|was\\s+down|were\\s+up|were\\s+down)";
const PCT = "(?:(?:about|around|roughly|nearly|almost|some)\\s+)?[\\d.]+\\s?(?:%|per\\s?cent|percent)";
/** "Revenue rose 22% from", "Net income jumped 39 per cent from" (group 1: revenue, group 2: net income) */
const PRIOR_BEFORE = new RegExp(`\\b(?:((?:(?:total|net|consolidated|group|quarterly)\\s+)?(?:revenue|sales))|(net\\s+(?:income|profit)|quarterly\\s+profit))\\s+${MOVE}\\s+${PCT}\\s+from\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|approximately\\s+)?(?:US\\s?|NT|HK|[CAS])?[$€£¥₹]?\\s*$`, "i");
/** "in the year-ago quarter", "in the same quarter last year", "in the prior-year period", "a year earlier" with a quarter named */
const PRIOR_AFTER = /^\s+(?:(?:in|during|for)\s+the\s+(?:year[\s-](?:ago|earlier)|prior[\s-]year|comparable|year[\s-]before)\s+(?:quarter|period)|(?:in|during)\s+the\s+same\s+(?:quarter|period)\s+(?:a|last|of\s+last|the\s+previous)\s+year)\b/i;

/** Is the amount a results figure's value a year before, given after "from"? */
export function priorPeriodFigure(before: string, after: string): boolean {
  return PRIOR_BEFORE.test(before.slice(-120)) && PRIOR_AFTER.test(after);
}

/** The role of such a figure: the quarter's revenue or net income, or null. */
export function priorPeriodRole(before: string, after: string, suffix: string): MoneyRole | null {
  const m = before.slice(-120).match(PRIOR_BEFORE);
  if (!m || !PRIOR_AFTER.test(after)) return null;
  return { property: `quarterly_${m[1] ? "revenue" : "net_income"}_${suffix}`, kind: "other", role: "revenue" };
}
