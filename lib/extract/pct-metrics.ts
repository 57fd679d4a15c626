/**
 * A company's own percentages from results and financing: margins ("a gross margin of 78%",
 * "Adjusted EBITDA was $1.0 billion, a margin of 56%") and a bond's coupon. "down from 52%" gives the earlier value of
 * the same figure. The company is the one the sentence names, else the transcript speaker's, else
 * the article's topic company.
 */
import { possessiveBefore, subjectBefore } from "./subjects";
import { isCompany } from "./state";
import { topicCompany } from "./coreference";
import { speakerCompanyAt } from "./speakers";
import type { UnitCtx, UnitResult } from "./count-claims";
import { loanSubject } from "./money-debt";
import { unitGrowth } from "./unit-growth";

const LOAN_AT = /\s(?:[\w-]+\s+){0,2}?loan\s+from\s/i;

const LEADIN = "(?:\\s*:|\\s+(?:(?:of|was|is|were|at)\\s+between|between|of|was|is|were|at|came\\s+in\\s+at|stood\\s+at|reached|(?:narrowed|widened|rose|fell|improved|slipped|expanded|contracted|grew|dropped)\\s+to))?\\s+(?:(?:about|around|roughly|nearly|almost|approximately|just\\s+over|more\\s+than)\\s+)?$";
const MARGIN = new RegExp(`\\b((?:adjusted\\s+)?(?:gross|operating|net|EBITDA|EBIT|profit|contribution))?\\s*margins?(\\s+(?:outlook|guidance|forecast))?${LEADIN}`, "i");
/** the metric a bare "a margin of" refers to: the figure the sentence named before it */
const METRIC = /\b((?:adjusted\s+)?(?:EBITDA|EBIT|gross\s+profit|operating\s+income|operating\s+profit|net\s+income))\b(?:[^.;]|\.(?=\d)){0,60}$/i;
const COUPON = new RegExp(`\\bcoupons?${LEADIN}`, "i");
/** "a €150 million loan from KfW, the state development bank, at 3.1 percent", "$7.5 billion of debt in January at 9%" */
const DEBT_RATE = /\b(?:loans?|debt|bonds?|notes|borrowings?|credit\s+facility)\b(?:\s+(?:from|in|with|led\s+by|arranged\s+by)\s+[^.;%$€£¥]{0,60}?)?,?\s+at\s+(?:an?\s+(?:rate|interest\s+rate)\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|a\s+bit\s+(?:under|over)|under|below|over|more\s+than|less\s+than)\s+)?$/i;
/** "an interest rate of 7.5%", "bearing interest at 6%" */
const INTEREST = new RegExp(`\\binterest(?:\\s+rate)?(?:\\s+(?:of|at)|${LEADIN.slice(0, -1)})$`, "i");
/** "... 52% from 57%", "down from 52%": an earlier value of the figure before */
const FROM = /(?:\d\s?(?:%|per\s?cent|percent)|\b(?:up|down))\s+from\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const PCT = /\d[\d.]*\s?(?:%|per\s?cent|percent)/gi;
/** "59% to 61%", "70% and 72%": the high end of a range, right after the low end */
const PCT_HIGH = /^\s*(?:to|and|-|–)\s*(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)/i;
/** a verb that makes the sentence's margin a forecast */
const FORECAST = /\b(?:forecasts?|forecasted|expects?|expected|guided|guides|projects?|projected|sees|anticipates?|outlook|guidance)\b/i;

/** "Net income rose 65% to", "AWS revenue jumped 20 per cent to", "its data center business grew 66% to": the growth of a results figure */
const GROWTH_BEFORE = /\b(?:((?:data[\s-]?cent(?:er|re)|AI(?:\s+semiconductor)?|cloud|networking|gaming)\s+)?(?:(?:total|net|consolidated|group)\s+)?(revenue|sales|business|segment)|(net\s+income|net\s+profit)|(remaining\s+performance\s+obligations|RPO))\s+(?:(?:in|for)\s+the\s+(?:[\w-]+\s+)?quarter\s+)?(?:rose|grew|jumped|climbed|increased|surged|soared|advanced|fell|declined|dropped|slipped)\s+(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const GROWTH_AFTER = /^\s*(?:(?:from\s+a\s+year\s+(?:earlier|ago)|year[\s-](?:on|over)[\s-]year|on\s+the\s+year)\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:US\s?)?[$€£¥₹]\s?\d/i;

/** The property of a "<metric> rose N% to <amount>" growth figure, or undefined. */
function growthAt(text: string, from: number, q: { start: number; end: number }): string | undefined {
  const m = text.slice(Math.max(from, q.start - 90), q.start).match(GROWTH_BEFORE);
  if (!m || !GROWTH_AFTER.test(text.slice(q.end, q.end + 60))) return undefined;
  if (m[3]) return "net_income_growth_pct_yoy";
  if (m[4]) return "remaining_performance_obligations_growth_pct_yoy";
  // "business" and "segment" name a revenue only with a segment before them
  if (!m[2] || (/^(?:business|segment)$/i.test(m[2]) && !m[1])) return undefined;
  const seg = m[1] ? (/^data/i.test(m[1]) ? "data_center" : m[1].trim().split(/\s+/)[0].toLowerCase()) : undefined;
  return seg ? `${seg}_revenue_growth_pct_yoy` : "revenue_growth_pct_yoy";
}

function metricAt(text: string, from: number, at: number): string | undefined {
  const before = text.slice(Math.max(from, at - 70), at);
  const m = before.match(MARGIN);
  if (m) {
    const kind = m[1] ?? text.slice(from, at - m[0].length).match(METRIC)?.[1];
    if (!kind) return undefined;
    return `${kind.toLowerCase().replace(/\s+/g, "_").replace(/_profit$|_income$/, "")}_margin${m[2] ? "_guidance" : ""}_pct`;
  }
  if (COUPON.test(before)) return "coupon_pct";
  if (DEBT_RATE.test(before) || INTEREST.test(before)) return "debt_interest_rate_pct";
  return undefined;
}

/** Undefined when the figure is none of these. */
export function metricPct(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents, st } = c;
  const unit = unitGrowth(c);
  if (unit !== undefined) return unit;
  let property = metricAt(text, sentence.start, q.start) ?? growthAt(text, sentence.start, q);
  if (!property && FROM.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) {
    const prev = [...text.slice(sentence.start, q.start).matchAll(PCT)].at(-1);
    if (prev) property = metricAt(text, sentence.start, sentence.start + prev.index!);
  }
  if (!property) return undefined;
  // "a gross margin of 59% to 61%", "between 70% and 72%": the figure is the range's low end
  const high = text.slice(q.end, q.end + 20).match(PCT_HIGH);
  const valueMax = q.valueMax ?? (high ? parseFloat(high[1]) : null);
  if (valueMax !== null && valueMax > q.value && !q.valueMax) {
    q.valueMax = valueMax;
    q.range = true;
  }
  // "TSMC forecast ... a gross margin of 59% to 61%", "expects a gross margin of": a margin forecast is guidance
  if (/_margin_pct$/.test(property) && FORECAST.test(text.slice(sentence.start, q.start))) property = property.replace(/_pct$/, "_guidance_pct");
  // "a €150 million loan from KfW ... at 3.1 percent": the loan's lender -> borrower
  const loan = property === "debt_interest_rate_pct" ? LOAN_AT.exec(text.slice(sentence.start, q.start)) : null;
  const lent = loan ? loanSubject(text, sentence, { ...q, start: sentence.start + loan.index, end: sentence.start + loan.index }, ents, st) : null;
  if (lent) return { subject: lent, property, kind: "other", value: q.value, valueMax: q.valueMax };
  const s = possessiveBefore(text, ents, q.start, 60) ?? subjectBefore(text, sentence.start, ents, q.start);
  // no company before the figure: the speaker's, else the topic company when the sentence names no other
  const topic = speakerCompanyAt(text, q.start) ?? topicCompany(st);
  const name = s?.name ?? (ents.filter(isCompany).every((e) => e.name === topic && e.start > q.start) ? topic : undefined);
  return name ? { subject: name, property, kind: "other", value: q.value, valueMax: q.valueMax } : null;
}
