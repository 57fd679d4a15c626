/**
 * Results-story money beyond the reported total: the "by the numbers" lines of an earnings story
 * ("Revenue: $18.02 billion vs. $17.49 billion expected", "Earnings per share: $1.95 adjusted vs. $1.86
 * expected"), a company's revenue guidance ("guided for revenue of about $19.1 billion", "expects 2025
 * revenue of $5.05 billion to $5.15 billion", "cut its fourth-quarter revenue forecast to $2.1 billion"),
 * a segment's revenue ("AI revenue in the quarter came in at $6.5 billion" → `quarterly_ai_revenue_<cur>`)
 * and the earlier figure a company gave for the metric just stated ("down from the $5.15 billion to
 * $5.35 billion it forecast in August").
 */
import type { MoneyRole } from "./properties";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|at\\s+least\\s+|up\\s+to\\s+|as\\s+much\\s+as\\s+|just\\s+(?:over|under)\\s+|some\\s+|between\\s+)?";
const role = (property: string): MoneyRole => ({ property, kind: "other", role: "revenue" });

/** "Revenue: $18.02 billion", "- EPS (adjusted): $1.95": the label of an earnings line. */
const LINE_LABEL = /^\s*(?:[-•*·]\s*)?((?:total\s+|net\s+)?(?:revenue|sales)|(?:adjusted\s+)?(?:earnings\s+per\s+share|EPS))(?:\s*\(([^)]{1,30})\))?\s*:\s*/i;
/** "... vs. $1.86 expected", "versus $17.49 billion estimated", "vs. consensus of $17.5 billion" */
const VS = /\b(?:vs\.?|versus|against)\s+(?:(?:the\s+)?(?:consensus|estimates?|expectations?)\s+(?:of\s+)?)?$/i;
const EXPECTED_AFTER = /^\s*(?:expected|estimated|est\.?|forecast|consensus|anticipated|(?:analysts['’]?\s+)?(?:estimates?|expectations?))\b/i;

/** "- Data center: $51.2 billion", "Gaming revenue: $4.3 billion": a segment's line in a results list */
const SEGMENT_LINE = /^\s*(?:[-•*·]\s*)?(data[\s-]?cent(?:er|re)|gaming|networking|automotive)(?:\s+(?:revenue|sales|segment))?\s*:\s*$/i;

/** A figure on an earnings line, or null when the sentence is no such line. */
export function earningsLineRole(before: string, after: string, suffix: string): MoneyRole | null {
  const seg = before.match(SEGMENT_LINE);
  if (seg && !/^\s*(?:vs\.?|versus)\b/i.test(after)) return role(`quarterly_${/^data/i.test(seg[1]) ? "data_center" : seg[1].toLowerCase()}_revenue_${suffix}`);
  const label = before.match(LINE_LABEL);
  if (!label) return null;
  const rest = before.slice(label[0].length);
  const eps = /earnings|EPS/i.test(label[1]);
  const annual = /\b(?:full[\s-]year|annual|fiscal[\s-]year)\b/i.test(label[2] ?? "");
  const metric = eps ? "eps" : `${annual ? "annual" : "quarterly"}_revenue`;
  // the analysts' figure: after "vs." and followed by "expected" (or the label says "consensus")
  if (rest.trim() && VS.test(rest) && (EXPECTED_AFTER.test(after) || /consensus|estimate|expect/i.test(rest))) return role(`consensus_${metric}_${suffix}`);
  if (rest.trim()) return null;
  // "$1.95 adjusted": an adjusted figure
  const adjusted = eps && (/^\s*(?:\(\s*)?adjusted\b/i.test(after) || /adjusted/i.test(label[1] + (label[2] ?? "")));
  return role(`${adjusted ? "adjusted_" : ""}${metric}_${suffix}`);
}

const QUARTER = "(?:(?:first|second|third|fourth|current|next|coming|latest|last|most\\s+recent|fiscal\\s+(?:first|second|third|fourth))[\\s-]+quarter|Q[1-4])";
const PERIOD_WORD = `(?:(${QUARTER})|(?:full[\\s-]year|annual|fiscal[\\s-]year|(?:fiscal\\s+)?(?:19|20)\\d\\d|FY\\s?['’]?\\d{2,4}))`;
/** "guided for revenue of about", "guided fourth-quarter revenue to", "set guidance for 2026 sales of" */
const GUIDED = new RegExp(`\\b(?:guided|guides|guiding|guidance)\\s+(?:for\\s+|to\\s+|of\\s+)?(?:an?\\s+)?(?:${PERIOD_WORD}\\s+)?(?:revenue|sales)\\s+(?:of|to|at|between|in\\s+the\\s+range\\s+of)\\s+${HEDGE}$`, "i");
/** "its fourth-quarter revenue forecast to", "revenue guidance of", "a sales outlook of" */
const NOUN = new RegExp(`\\b(?:${PERIOD_WORD}\\s+)?(?:revenue|sales)\\s+(?:guidance|forecast|outlook|projection|target)\\s+(?:(?:to|of|at|for|is|was|stands\\s+at|between)\\s+)${HEDGE}$`, "i");
/** "expects 2025 revenue of", "forecast first-quarter sales of", "projects revenue between" (a range only) */
const EXPECTS = new RegExp(`\\b(?:expects?|expected|expecting|forecasts?|forecasted|projects?|projected|sees|predicts?)\\s+(?:${PERIOD_WORD}\\s+)?(?:revenue|sales)\\s+(?:of|at|between|in\\s+the\\s+range\\s+of)\\s+${HEDGE}$`, "i");
const PERIOD_AFTER_QUARTER = new RegExp(`^[^.;]{0,40}?\\b(?:in|for)\\s+(?:the\\s+|its\\s+)?${QUARTER}\\b`, "i");
const PERIOD_AFTER_YEAR = /^[^.;]{0,40}?\b(?:in|for)\s+(?:the\s+)?(?:(?:full|fiscal|calendar)\s+year|(?:fiscal\s+)?(?:19|20)\d\d|this\s+year|next\s+year)\b|^[^.;]{0,20}?\bthis\s+year\b/i;
const PERIOD_BEFORE_QUARTER = new RegExp(`\\b(?:for|in)\\s+the\\s+${QUARTER}\\b|\\b${QUARTER}\\s+of\\s+(?:fiscal\\s+)?(?:19|20)\\d\\d\\b`, "i");
const PERIOD_BEFORE_YEAR = /\b(?:for|in)\s+(?:the\s+)?(?:full\s+year|fiscal\s+year|(?:fiscal\s+)?(?:19|20)\d\d)\b/i;

const IS_QUARTER = new RegExp(`^${QUARTER}$`, "i");
/** a forecast verb right before the figure, the revenue after it */
const FIGURE_FIRST = new RegExp(`\\b(?:expects?|expected|expecting|forecasts?|forecasted|forecasting|projects?|projected|sees|predicts?|(?:guided|guides|guiding)\\s+(?:to|for))\\s+${HEDGE}$`, "i");
const IN_REVENUE_AFTER = new RegExp(`^\\s+(?:in|of)\\s+(?:(?:total|net)\\s+)?(?:${PERIOD_WORD}\\s+)?(?:revenue|sales)\\b(?!\\s+(?:growth|per)\\b)`, "i");
const OUTLOOK_LABEL = new RegExp(`^\\s*(?:[-•*·]\\s*)?(${QUARTER}|full[\\s-]year|fiscal[\\s-]year|(?:fiscal\\s+)?(?:19|20)\\d\\d|FY\\s?['’]?\\d{2,4})\\s+(?:revenue|sales)\\s+(?:outlook|guidance|forecast)\\s*:\\s*$`, "i");
const ANY_PERIOD = new RegExp(PERIOD_WORD, "i");
const QUARTER_IN = new RegExp(`\\b${QUARTER}\\b`, "i");

/** The period of a guidance figure from the words around it: quarterly, annual, or null when none is given. */
function periodOf(match: string | undefined, before: string, after: string): "quarterly" | "annual" | null {
  if (match) return IS_QUARTER.test(match) ? "quarterly" : "annual";
  if (PERIOD_AFTER_QUARTER.test(after)) return "quarterly";
  if (PERIOD_AFTER_YEAR.test(after)) return "annual";
  if (PERIOD_BEFORE_QUARTER.test(before)) return "quarterly";
  if (PERIOD_BEFORE_YEAR.test(before)) return "annual";
  return null;
}

/** A company's revenue guidance, or null. `range` says whether the figure is a range. */
export function guidanceRole(before: string, after: string, suffix: string, range: boolean): MoneyRole | null {
  const b = before.slice(-140);
  // "expects about $65 billion in revenue in the fiscal fourth quarter", "guided to $2.1 billion in sales for the current quarter"
  const first = FIGURE_FIRST.test(b) && !/\b(?:analysts?|Wall\s+Street|consensus|investors|estimates?)\b/i.test(b.slice(-80)) ? after.match(IN_REVENUE_AFTER) : null;
  if (first) {
    const period = first[1] ? (IS_QUARTER.test(first[1]) ? "quarterly" : "annual") : periodOf(undefined, b, after.slice(first[0].length));
    if (period) return role(`${period}_revenue_guidance_${suffix}`);
  }
  // "Q4 revenue outlook: $65 billion", "- Full-year sales guidance: $48 billion"
  const label = b.match(OUTLOOK_LABEL);
  if (label) return role(`${IS_QUARTER.test(label[1]) ? "quarterly" : "annual"}_revenue_guidance_${suffix}`);
  const expects = b.match(EXPECTS);
  // "expects fourth-quarter revenue of about $65 billion": a company's forecast of a quarter is guidance too
  const quarterly = expects && !/\b(?:analysts?|Wall\s+Street|consensus|investors|estimates?)\b/i.test(b.slice(0, expects.index)) && (expects[1] || PERIOD_AFTER_QUARTER.test(after));
  const m = b.match(GUIDED) ?? b.match(NOUN) ?? (range || quarterly ? expects : null);
  if (!m) {
    // "For the fiscal fourth quarter, it expects revenue of about $17.4 billion": a quarter's forecast, its quarter
    // set out first as in an outlook paragraph, is guidance
    return expects && PERIOD_BEFORE_QUARTER.test(b.slice(0, expects.index)) ? role(`quarterly_revenue_guidance_${suffix}`) : null;
  }
  const period = periodOf(m[1] ?? m[0].match(ANY_PERIOD)?.[0], b.slice(0, m.index), after);
  return period ? role(`${period}_revenue_guidance_${suffix}`) : null;
}

/** Segment names and the property word each gets: "AI semiconductor revenue" → ai. */
const SEGMENTS: [RegExp, string][] = [
  [/\bAI(?:\s+(?:semiconductor|chip|accelerator|networking|infrastructure))?$/i, "ai"],
  [/\bdata[\s-]?cent(?:er|re)$/i, "data_center"],
  [/\bcloud$/i, "cloud"],
  [/\bnetworking$/i, "networking"],
  [/\bgaming$/i, "gaming"],
  [/\bautomotive$/i, "automotive"],
];
const SEG_LINK = `(?:\\s+(?:in|for)\\s+the\\s+(?:\\w+\\s+)?quarter)?\\s*,?\\s+(?:of|was|were|reached|hit|totall?ed|came\\s+(?:in\\s+)?(?:at|to)|stood\\s+at|(?:rose|grew|climbed|jumped|increased|surged|fell|declined)(?:\\s+(?:about\\s+|roughly\\s+|nearly\\s+)?[\\d.]+\\s?(?:%|percent))?(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-](?:on|over)[\\s-]year))?\\s+to|will\\s+(?:double|triple|rise|grow|climb|jump|increase|reach)\\s+to|(?:is\\s+)?expected\\s+to\\s+(?:double|rise|grow|reach|hit)\\s+(?:to\\s+)?)\\s+${HEDGE}$`;
const SEG_REVENUE = new RegExp(`\\b([\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:revenue|sales|(business|segment|unit|division))${SEG_LINK}`, "i");
/** "The data center segment reported $51.2 billion in sales" */
const SEG_REPORTED = /\b([\w-]+(?:\s+[\w-]+)?)\s+(?:segment|business|unit|division)\s+(?:reported|posted|generated|booked|recorded|had)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$/i;
const IN_SALES = /^\s+(?:in|of)\s+(?:revenue|sales)\b/i;
const YEAR_NEAR = /\b(?:fiscal\s+)?(?:19|20)\d\d\b|\b(?:full[\s-]year|annual|this\s+year|last\s+year)\b/i;
const FUTURE = /\b(?:will|would|expects?|expected|forecast\w*|guid\w*|outlook|projects?|sees)\b/i;

/** A segment's quarterly revenue ("AI revenue hit $8.2bn last quarter") or its guidance; null without a quarter named. */
export function segmentRole(before: string, after: string, suffix: string): MoneyRole | null {
  const b = before.slice(-120);
  // "pulled in $5 billion in AI chip revenue, and it guided to $6.5 billion for the next quarter": that revenue's guidance
  if (GUIDED_TO.test(b) && NEXT_QUARTER.test(after)) {
    const prior = [...b.matchAll(REVENUE_WORD)].at(-1);
    const pseg = prior ? SEGMENTS.find(([re]) => re.test(prior[1] ?? ""))?.[1] : undefined;
    if (prior) return role(`quarterly_${pseg ? `${pseg}_` : ""}revenue_guidance_${suffix}`);
  }
  const g = b.match(SEG_GUIDED);
  const gseg = g && CURRENT_PERIOD.test(after) ? SEGMENTS.find(([re]) => re.test(g[1]))?.[1] : undefined;
  if (gseg) return role(`quarterly_${gseg}_revenue_guidance_${suffix}`);
  const rev = b.match(SEG_REVENUE);
  const m = rev ?? (IN_SALES.test(after) ? b.match(SEG_REPORTED) : null);
  if (!m) return null;
  const business = !rev || !!rev[2];
  const seg = SEGMENTS.find(([re]) => re.test(m[1]))?.[1];
  // "the cloud business rose to": a segment word names revenue only with a known segment
  if (!seg) return null;
  const quarter = /\b(?:in|for)\s+the\s+(?:\w+\s+)?quarter\b/i.test(m[0]) || QUARTER_IN.test(b) || /^[^.;]{0,50}?\b(?:last|this|the|its|in\s+the|in\s+its)\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth|current|latest|most\s+recent|next)\s+)?quarter\b/i.test(after);
  // "Nvidia's data center business grew 66% to $51.2 billion": a segment's business named with no period is
  // the quarter's, as results stories report segments (a year is named when meant)
  if (!quarter) return !business || FUTURE.test(m[0]) || YEAR_NEAR.test(b) || YEAR_NEAR.test(after.slice(0, 40)) ? null : role(`quarterly_${seg}_revenue_${suffix}`);
  return role(`quarterly_${seg}_revenue${FUTURE.test(m[0]) || /^[^.;]{0,30}?\b(?:current|next|coming)\s+quarter\b/i.test(after) ? "_guidance" : ""}_${suffix}`);
}

/** The segment word of "<segment> revenue <link>" right before a figure ("AI semiconductor revenue jumped 63% to"), or undefined. */
export function segmentBefore(before: string): string | undefined {
  const m = before.slice(-120).match(SEG_REVENUE);
  if (!m || m[2] || FUTURE.test(m[0])) return undefined;
  return SEGMENTS.find(([re]) => re.test(m[1]))?.[1];
}

/** "guided AI semiconductor revenue to $6.2 billion in the current period": a segment's guidance for the quarter */
const SEG_GUIDED = new RegExp(`\\b(?:guided|guides|guiding|forecast|forecasts|expects|projected|projects|sees)\\s+(?:its\\s+)?([\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:revenue|sales)\\s+(?:to|of|at)\\s+${HEDGE}$`, "i");
const GUIDED_TO = new RegExp(`\\b(?:guided|guides|guiding)\\s+(?:to|for)\\s+${HEDGE}$`, "i");
const NEXT_QUARTER = /^\s+(?:for|in)\s+the\s+(?:next|current|coming)\s+(?:fiscal\s+)?quarter\b/i;
/** "AI chip revenue", "revenue": the last revenue the sentence spoke of (group 1: up to two words before it) */
const REVENUE_WORD = /(?:\b([\w-]+(?:\s+[\w-]+)?)\s+)?\b(?:revenue|sales)\b/gi;
const CURRENT_PERIOD = /^[^.;]{0,40}?\b(?:in|for)\s+the\s+(?:current|next|coming|(?:fiscal\s+)?(?:first|second|third|fourth))\s+(?:fiscal\s+)?(?:quarter|period)\b/i;

/** "down from the $5.15 billion to $5.35 billion it forecast in August", "versus the $20 billion it guided": a company's earlier figure. */
const EARLIER_BEFORE = /\b(?:(?:up|down)\s+from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|more\s+than\s+|over\s+|at\s+least\s+)?(?:US\s?)?[$€£¥]?\s*$/i;
const EARLIER_AFTER = /^\s+(?:range\s+|forecast\s+|outlook\s+|guidance\s+)?(?:(?:it|the\s+company|management|the\s+group)\s+(?:had\s+)?(?:previously\s+|originally\s+|initially\s+)?(?:forecast|forecasted|guided|projected|expected|predicted|estimated|targeted|gave|given|provided|issued|set\s+out|signal(?:l)?ed|flagged|indicated)|(?:previously|earlier)\b)/i;

/** Is the amount an earlier value the company gave for the figure just stated? */
export function earlierFigure(before: string, after: string): boolean {
  return EARLIER_BEFORE.test(before.slice(-40)) && EARLIER_AFTER.test(after);
}

/** "ahead of the $18.27 billion consensus", "below the $16.21 billion analysts had expected" */
const CONSENSUS_AFTER = /^\s+(?:average|mean|median)\s+(?:of\s+)?(?:analysts['’]?|analyst|Wall\s+Street|LSEG|FactSet|Bloomberg|Visible\s+Alpha)\s+(?:estimates?|forecasts?|expectations|projections)\b|^\s+(?:(?:analyst|analysts['’]|Wall\s+Street|street|market)\s+)?(?:consensus|estimates?\b(?!\s+(?:of|for)\b))|^\s+(?:that\s+)?(?:analysts|Wall\s+Street)\s+(?:polled\s+by\s+[\w&. ]{1,20}\s+)?(?:had\s+)?(?:expected|forecast|estimated|predicted|projected|anticipated)\b|^\s+(?:that\s+)?(?:analysts|Wall\s+Street)\s+(?:polled\s+by\s+[\w&. ]{1,20}\s+)?(?:were|had\s+been)\s+(?:looking\s+for|expecting|forecasting|projecting|anticipating)\b/i;
/** "Analysts expect revenue of", "analysts had forecast fourth-quarter sales of" */
const ANALYSTS_EXPECT = new RegExp(`\\b(?:analysts|Wall\\s+Street)\\s+(?:polled\\s+by\\s+[\\w&. ]{1,20}\\s+)?(?:had\\s+)?(?:expect(?:ed)?|forecast|estimated?|see|project(?:ed)?|predict(?:ed)?)\\s+(?:[A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,2}\\s+to\\s+(?:post|report|generate|deliver|book|record)\\s+)?(?:${PERIOD_WORD}\\s+)?(?:revenue|sales)\\s+(?:of|at)\\s+${HEDGE}$`, "i");
/** "… revenue of $48 billion this year", "for the full year", "for fiscal 2026": a year's figure, not a quarter's */
const YEAR_AFTER = /^\s*,?\s*(?:for\s+(?:the\s+)?(?:(?:full|whole|entire|current|coming|next)[\s-]+)?(?:fiscal\s+|calendar\s+)?year|for\s+(?:fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?|FY\s?)(?:20)?\d\d|for\s+(?:19|20)\d\d|(?:this|next)\s+(?:fiscal\s+|calendar\s+)?year|in\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d)\b(?![-\s]+(?:first|second|third|fourth|Q[1-4])\b|['’]s\s+(?:first|second|third|fourth|Q[1-4])\b|\s+quarter)/i;

/** Analysts' consensus for the revenue the sentence reports or guides; quarterly unless a year is named. */
export function consensusRole(before: string, after: string, suffix: string): MoneyRole | null {
  const b = before.slice(-160);
  if (!(CONSENSUS_AFTER.test(after) && /\b(?:revenue|sales)\b/i.test(b)) && !ANALYSTS_EXPECT.test(b)) return null;
  const year = (/\b(?:full[\s-]year|annual|fiscal[\s-]year|for\s+the\s+year|this\s+year|(?:19|20)\d\d\s+(?:revenue|sales))\b/i.test(b) && !/\bquarter\b|\bQ[1-4]\b/i.test(b)) || (ANALYSTS_EXPECT.test(b) && YEAR_AFTER.test(after) && !/\bquarter\b|\bQ[1-4]\b/i.test(b.slice(-80)));
  return role(`consensus_${year ? "annual" : "quarterly"}_revenue_${suffix}`);
}

const CAPEX_WORD = /\b(?:capital[\s-]+(?:expenditures?|spending|outlays?)|capex)\b/i;
/** "when it expects to spend", "plans to spend", "will spend": a spending plan in a sentence about capital spending */
const SPEND = new RegExp(`\\b(?:expects?|expected|plans?|planned|intends?|forecasts?|projects?)\\s+to\\s+spend\\s+${HEDGE}$|\\bwill\\s+spend\\s+${HEDGE}$`, "i");
/** "guiding to $66-72 billion of capex", "$70 billion in capital expenditures" */
const BUILD_THIS_YEAR = /^\s+on\s+(?:AI\s+)?(?:infrastructure|data\s+cent(?:er|re)s|(?:AI\s+)?data[\s-]cent(?:er|re)\s+(?:infrastructure|capacity)|servers\s+and\s+data\s+cent(?:er|re)s)\s+(?:this|next)\s+(?:fiscal\s+)?year\b/i;
const CAPEX_QUARTER = /^\s+(?:of|in|on)\s+(?:capital[\s-]+(?:expenditures?|spending|outlays?)|capex)\s+(?:in|during|for)\s+(?:the|its)\s+(?:latest\s+|last\s+|most\s+recent\s+|(?:fiscal\s+)?(?:first|second|third|fourth)\s+)?quarter\b(?!\s+(?:to|ended|ending|through)\b)/i;
const CAPEX_AFTER = /^\s+(?:of|in|on)\s+(?:capital[\s-]+(?:expenditures?|spending|outlays?)|capex)\b/i;

/**
 * A year's capital spending given by its wording: "$66-72 billion of capex this year", or in a sentence about
 * capital expenditures, "when it expects to spend $70 billion to $72 billion" (spending on something else, "on
 * compute from Oracle", is not capex).
 */
export function capexRole(before: string, after: string, suffix: string): MoneyRole | null {
  // "spent $8.5 billion on capital expenditures in the quarter": one quarter's spending
  if (CAPEX_AFTER.test(after)) return role(`${CAPEX_QUARTER.test(after) && !/\b(?:expects?|plans?|will|forecast\w*|guid\w*)\b/i.test(before.slice(-60)) ? "quarterly_" : ""}capex_${suffix}`);
  const b = before.slice(-160);
  // "plans to spend about $125 billion on AI infrastructure this year": one year's build-out spending
  if (SPEND.test(b) && BUILD_THIS_YEAR.test(after)) return role(`capex_${suffix}`);
  if (!SPEND.test(b) || !CAPEX_WORD.test(b)) return null;
  if (/^\s+(?:on|for|with|from|in)\s+(?!(?:capital|capex|data\s+cent(?:er|re)s?|infrastructure)\b)/i.test(after)) return null;
  return role(`capex_${suffix}`);
}
