/**
 * Results figures that need more than the words right before them:
 * - a business unit's own figures stay with the unit ("AWS's backlog stood at $200 billion", "Google Cloud revenue
 *   climbed 34% to $15.2 billion", "Revenue at Amazon Web Services, the company's most profitable unit, jumped 20% to",
 *   "Cloud infrastructure revenue in the quarter was $3.3 billion" → the company's cloud arm);
 * - in a story about a quarter's results, a revenue, operating or net income with no period named is the quarter's
 *   ("Overall revenue rose 13% from a year earlier to $180.2 billion", "Operating income of $17.4 billion");
 * - "operating income" keeps its name (`quarterly_operating_income_<cur>`), "operating profit" its own;
 * - capital spending in the quarter is `quarterly_capex_<cur>`;
 * - a revenue forecast for a named fiscal year is that year's revenue ("expects revenue from its cloud business to
 *   reach $144 billion in fiscal 2030", and the bullets "- $32 billion in fiscal 2027" under such a line).
 */
import type { MoneyRole } from "./properties";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isCompany } from "./state";
import { CLOUD_PARENTS } from "./registry";
import { segmentBefore } from "./guidance";
import { attributedCompany } from "./said-by";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|just\\s+(?:over|under)\\s+|some\\s+)?";
const MOVE = "(?:rose|grew|jumped|climbed|increased|surged|soared|advanced|fell|declined|dropped|slipped)";
/** "revenue climbed 34% from a year earlier to", "operating income of", "backlog stood at" */
const LINK = `(?:of|was|were|is|reached|hit|totall?ed|came\\s+(?:in\\s+)?(?:at|to)|stood\\s+at|amounted\\s+to|${MOVE}(?:\\s+(?:about\\s+|roughly\\s+|nearly\\s+)?[\\d.]+\\s?(?:%|per\\s?cent|percent))?(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-](?:on|over)[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?(?:\\s+and\\s+[\\d.]+\\s?(?:%|per\\s?cent|percent)(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-](?:on|over)[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?)?\\s+to)\\s+${HEDGE}`;
const METRIC = `((?:(?:total|net|overall|consolidated|group)\\s+)?(?:revenue|sales)|operating\\s+(?:income|profit)|net\\s+(?:income|profit)|backlog)`;
/** the metric right before the figure, optionally "in the quarter", and its link word */
const METRIC_BEFORE = new RegExp(`\\b${METRIC}(?:\\s+(?:in|for)\\s+the\\s+(?:[\\w-]+\\s+)?quarter)?\\s*,?\\s+${LINK}$`, "i");
/** "AWS posted operating income of", "Google Cloud reported revenue of" */
const POSTED = new RegExp(`^\\s+(?:posted|reported|booked|recorded|had|delivered)\\s+(?:an?\\s+)?${METRIC}\\s+(?:of\\s+)?${HEDGE}$`, "i");
/** between a unit's name and its metric: "AWS's", "Google Cloud", "Revenue at Amazon Web Services, the company's most profitable unit," */
const UNIT_GAP = /^(?:['’]s?)?(?:\s+(?:order|contracted|total|commercial|revenue))?\s*$/i;
const UNIT_AFTER_METRIC = /\b(revenue|sales|operating\s+(?:income|profit))\s+(?:at|from)\s+(?:its\s+)?$/i;
const APPOSITION = new RegExp(`^\\s*(?:cloud(?:\\s+(?:unit|business|division|arm))?)?\\s*(?:,\\s*(?:the|its|a)\\s+[^,.;$]{0,50},)?\\s+${LINK}$`, "i");
/** a company's cloud arm, for its "cloud infrastructure" figures */
export const CLOUD_ARM: Record<string, string> = { Oracle: "Oracle Cloud Infrastructure", Amazon: "AWS", Microsoft: "Microsoft Azure", Google: "Google Cloud", Alphabet: "Google Cloud" };
const PARENT_RE = Object.keys(CLOUD_ARM).map((p) => [p, new RegExp(`\\b${p}\\b`, "g")] as const);
const UNIT_REVENUE = /^(?:['’]s)?\s+(?:revenue|sales)\b/i;
export const ARM_NAME = /^(?:Oracle\s+Cloud\s+Infrastructure|OCI)$/;

const QUARTER_STORY = /\b(?:(?:first|second|third|fourth)[\s-]quarter|quarterly|Q[1-4])\s+(?:results|earnings|report|numbers)\b|\bfiscal\s+(?:first|second|third|fourth)\s+quarter\b|\bresults\s+for\s+(?:the|its)\s+(?:[\w-]+\s+)?quarter\b/i;
/** "from a year earlier", "year over year": a comparison, not the figure's period */
const YOY = /\b(?:from|than|over|on)\s+(?:a|the)\s+(?:year|quarter)\s+(?:earlier|ago|before)|\byear[\s-](?:on|over)[\s-]year|\bon\s+the\s+year|\bquarter[\s-](?:on|over)[\s-]quarter/gi;
const PERIOD_WORD = /\b(?:quarter|Q[1-4]|year|annual|annuali[sz]ed|run[\s-]rate|(?:19|20)\d\d|FY\s?['’]?\d{2}|month|half|H[12]|week)\b/i;
const FORECAST = /\b(?:expect\w*|forecast\w*|guid\w*|outlook|project\w*|target\w*|could|would|will|may|might|aims?\s+to|plans?\s+to|estimat\w*|consensus|analysts?|sees)\b/i;
/** a segment named before the metric: "AI semiconductor revenue", "data-centre sales", "cloud revenue" */
const SEGMENT = /\b(?:cloud|AI|data[\s-]?cent(?:er|re)|advertising|ads|gaming|networking|automotive|semiconductor|chip|software|hardware|services|subscription|enterprise|consumer|segment|division|unit|business|infrastructure|product|licensing|search|devices?)(?:\s+[\w-]+)?\s+$/i;
/** "in the quarter", not "for the December quarter" or "in the quarter to June" (a period some annotators leave unnamed) */
const CAPEX_QUARTER = /^\s+(?:in|during)\s+(?:the|its)\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth|latest|last|most\s+recent)\s+(?:fiscal\s+)?)?quarter\b(?!\s+(?:to|ended|ending|through)\b)/i;
const IN_QUARTER_BEFORE = /\b(?:in|during)\s+the\s+(?:[\w-]+\s+)?quarter\b/i;
const IN_QUARTER = /^\s+(?:in|for|during)\s+the\s+(?:[\w-]+\s+)?quarter\b/i;
const CAPEX = /\b(?:capital[\s-]+(?:expenditures?|spending|outlays?)|capex)\b(?:\s*,\s*[^$€£.;,]{0,60},)?\s+(?:was|were|reached|hit|totall?ed|came\s+(?:in\s+)?(?:at|to)|rose\s+to|grew\s+to|climbed\s+to|jumped\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$/i;

/** "expects revenue from its cloud infrastructure business to reach", "sees OCI revenue growing 77% to", "would rise 77% to" */
const FORECAST_REVENUE = new RegExp(`\\b(?:expects?|expected|sees|saw|forecasts?|projects?|projected|predicts?)\\s+(?:[^.;$]{0,40}?\\s)?(?:revenue|sales)\\b[^.;$]{0,60}?\\b(?:to\\s+(?:reach|hit|top|rise\\s+to|grow\\s+to|climb\\s+to)|(?:growing|rising|climbing)\\s+(?:about\\s+|roughly\\s+)?[\\d.]+\\s?%\\s+to|reaching)\\s+${HEDGE}$`, "i");
const FISCAL_YEAR_AFTER = /^\s+(?:in|for|by)\s+(?:fiscal\s+(?:year\s+)?(?:19|20)\d\d|(?:the\s+)?(?:current|next)\s+fiscal\s+year|FY\s?['’]?\d{2,4})\b/i;
const BULLET_YEAR = /^[ \t]*[-•*·][ \t]*(?:about\s+|roughly\s+)?(?:US)?[$€£]?\s*$/;
const YEAR_LINE_END = /^\s+in\s+(?:fiscal\s+)?(?:19|20)\d\d\s*(?:\n|$)/;

let storyText = "";
let storyQuarter = false;
/** Does the article read as a quarter's results story (computed once per article)? */
function quarterStory(text: string): boolean {
  if (text !== storyText) {
    storyText = text;
    storyQuarter = QUARTER_STORY.test(text.slice(0, 3000));
  }
  return storyQuarter;
}

/** The unit's label when a mention names one: a cloud arm, or Oracle's named cloud business. */
export function unitLabel(text: string, e: EntityMention): string | undefined {
  return ARM_NAME.test(text.slice(e.start, e.end)) ? CLOUD_ARM.Oracle : CLOUD_PARENTS[e.name] ? e.name : undefined;
}

/** The company with a cloud arm the article named last before `at`. */
function unitOwner(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], metricAt: number): string | undefined {
  const comps = ents.filter((e) => isCompany(e) && e.start >= sentence.start && e.end <= q.start);
  const last = comps.at(-1);
  if (!last) return undefined;
  // "AWS's backlog", "Google Cloud revenue", "AWS posted operating income of"
  if (last.end <= metricAt && (UNIT_GAP.test(text.slice(last.end, metricAt)) || POSTED.test(text.slice(last.end, q.start)))) return unitLabel(text, last);
  // "Revenue at Amazon Web Services, the company's most profitable unit, jumped", "revenue from its Azure cloud grew"
  const unit = comps.findLast((e) => UNIT_AFTER_METRIC.test(text.slice(sentence.start, e.start)));
  if (unit && APPOSITION.test(text.slice(unit.end, q.start))) return unitLabel(text, unit);
  return undefined;
}

/** The role the results rules gave (`base`), adjusted or replaced by the rules above; null when neither applies. */
export function unitResults(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string, base: MoneyRole | null): MoneyRole | null {
  const r = adjustedRole(text, sentence, q, ents, suffix, base);
  // "Revenue rose 46% to $11.3 billion, Micron said": a company named only in the attribution after the figure
  if (!r || r.subject || r.role !== "revenue") return r;
  const by = attributedCompany(text, sentence, q, ents);
  return by ? { ...r, subject: by } : r;
}

function adjustedRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string, base: MoneyRole | null): MoneyRole | null {
  const role = (property: string, subject?: string): MoneyRole => ({ property, kind: "other", role: "revenue", ...(subject ? { subject } : {}) });
  const before = text.slice(sentence.start, q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  // "Capital expenditures were $8.5 billion in the quarter"
  if ((!base || /^capex_/.test(base.property)) && CAPEX.test(before.slice(-140)) && (CAPEX_QUARTER.test(after) || (IN_QUARTER_BEFORE.test(before) && !FORECAST.test(before)))) return role(`quarterly_capex_${suffix}`);
  // a bullet "- $32 billion in fiscal 2027" under a line forecasting a year's revenue
  const lineStart = text.lastIndexOf("\n", q.start - 1) + 1;
  if (!base && BULLET_YEAR.test(text.slice(lineStart, q.start)) && YEAR_LINE_END.test(text.slice(q.end, q.end + 30))) {
    const lead = text.slice(Math.max(0, lineStart - 600), lineStart).trimEnd().split(/\n(?![ \t]*(?:[-•*·]|\n))/).pop() ?? "";
    if (/:\s*(?:\n|$)/.test(lead) && /\brevenue\b/i.test(lead) && FORECAST_REVENUE.test(lead.slice(0, lead.search(/(?:US)?[$€£]\s*\d/) + 1 || undefined).replace(/(?:US)?[$€£]$/, ""))) {
      const arm = /\b(?:Oracle\s+Cloud\s+Infrastructure|OCI)\b/.test(lead) ? CLOUD_ARM.Oracle : undefined;
      return role(`annual_revenue_${suffix}`, arm);
    }
  }
  // "Revenue at Amazon Web Services, the company's most profitable unit, jumped 20.2% to": the metric before the unit
  const unit = ents.filter((e) => isCompany(e) && e.start >= sentence.start && e.end <= q.start && UNIT_AFTER_METRIC.test(text.slice(sentence.start, e.start))).at(-1);
  const at = unit ? text.slice(sentence.start, unit.start).match(UNIT_AFTER_METRIC) : null;
  const m = before.match(METRIC_BEFORE) ?? (at && APPOSITION.test(text.slice(unit!.end, q.start)) ? (Object.assign([at[0], at[1]], { index: at.index }) as RegExpMatchArray) : null);
  const forecast = !m && FORECAST_REVENUE.test(before) && FISCAL_YEAR_AFTER.test(after);
  if (!m && !forecast) return base;
  // "Analysts expect revenue of $X in the quarter": a forecast no rule above read is not the reported figure
  if (!base && !forecast && FORECAST.test(before)) return null;
  // guidance, consensus, segment and other named figures keep the results rules' reading
  if (base && !/^(?:quarterly_|annual_)?(?:revenue|operating_profit|net_income|(?:contracted_)?backlog)_[a-z]{3}$/.test(base.property)) return base;
  const metricAt = m ? sentence.start + m.index! : q.start;
  const metric = m ? m[1].toLowerCase() : "revenue";
  const kind = /backlog/.test(metric) ? "backlog" : /operating/.test(metric) ? (/income/.test(metric) ? "operating_income" : "operating_profit") : /net\s+(?:income|profit)/.test(metric) ? "net_income" : "revenue";
  // "cloud infrastructure revenue": the company's cloud arm
  const infra = /\bcloud\s+infrastructure\s+(?:(?:business|unit|segment|division)\s+)?$|\bcloud\s+infrastructure\s+(?:business|unit|segment|division)\b[^.;$]{0,30}$/i.test(before.slice(0, m ? m.index : undefined)) || /\b(?:revenue|sales)\s+from\s+its\s+cloud\s+infrastructure\b/i.test(before);
  // "sees Oracle Cloud Infrastructure revenue growing 77% to": the unit named right before the revenue
  const named = forecast ? ents.filter((e) => isCompany(e) && e.start >= sentence.start && e.end <= q.start && UNIT_REVENUE.test(text.slice(e.end, e.end + 12))).at(-1) : undefined;
  let subject = named ? unitLabel(text, named) : unitOwner(text, sentence, q, ents, metricAt);
  if (!subject && infra) {
    const parent = ents.filter((e) => isCompany(e) && e.end <= q.start && CLOUD_ARM[e.name]).at(-1)?.name ?? dominantParent(text.slice(0, q.start));
    subject = parent ? CLOUD_ARM[parent] : undefined;
    if (!subject) return null;
  }
  if (forecast) return role(`annual_revenue_${suffix}`, subject);
  if (kind === "backlog") return subject && base ? { ...base, subject } : base;
  // the period: the sentence's own, else the quarter of a results story
  const quarter = IN_QUARTER.test(after) || /\bquarter\b/i.test(m![0]);
  const period = quarter ? "quarterly" : base && /^(?:quarterly|annual)_/.test(base.property) ? base.property.split("_")[0] : !PERIOD_WORD.test(before.replace(YOY, " ")) && !PERIOD_WORD.test(after.slice(0, 40).replace(YOY, " ")) && !FORECAST.test(before) && quarterStory(text) ? "quarterly" : undefined;
  // a segment named before the metric ("cloud revenue", "AI revenue") is left to the segment rules, unless it is the unit's
  if (!subject && !infra && SEGMENT.test(before.slice(0, m!.index))) {
    // "AI semiconductor revenue jumped 63% year over year to $5.2 billion", "Networking sales climbed to $8.2 billion"
    // in a quarter's results story: the segment's revenue in the quarter
    const seg = !base && period === "quarterly" && kind === "revenue" ? segmentBefore(before) : undefined;
    return seg ? role(`quarterly_${seg}_revenue_${suffix}`) : base;
  }
  if (!period) return subject && base ? { ...base, subject } : base;
  return role(`${period}_${kind}_${suffix}`, subject ?? base?.subject);
}

/** The company with a cloud arm the text so far names most often. */
function dominantParent(text: string): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [p, re] of PARENT_RE) {
    const c = text.match(re)?.length ?? 0;
    if (c > n) [best, n] = [p, c];
  }
  return best;
}
