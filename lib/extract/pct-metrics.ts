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
import { attributedCompany } from "./said-by";

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

const PERIOD = "(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-](?:on|over)[\\s-]year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|on\\s+the\\s+year|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter|from\\s+the\\s+(?:previous|prior)\\s+quarter)";
/** "sequentially", "quarter over quarter": a growth against the quarter before */
const SEQ = /^\s*(?:sequentially|quarter[\s-](?:on|over)[\s-]quarter|from\s+the\s+(?:previous|prior)\s+quarter)\b/i;
/** "10% sequentially and ": the first of two growth figures of one metric ("rose 10% sequentially and 28% year over year") */
const FIRST_OF_TWO = new RegExp(`\\d[\\d.]*\\s?(?:%|per\\s?cent)\\s+(?:${PERIOD}\\s+)?and\\s+(?:by\\s+)?$`, "i");
/** "Net income rose 65% to", "AWS revenue jumped 20 per cent to", "its data center business grew 66% to": the growth of a results figure */
const GROWTH_BEFORE = /\b(?:((?:data[\s-]?cent(?:er|re)|AI(?:\s+semiconductor)?|cloud|networking|gaming)\s+)?(?:(?:total|net|consolidated|group)\s+)?(revenue|sales|business|segment)|(net\s+income|net\s+profit|(?<!(?:operating|gross|pre-?tax|adjusted|EBITDA)\s)\b(?:quarterly\s+|annual\s+)?profits?)|(remaining\s+performance\s+obligations|RPO))\s+(?:(?:in|for)\s+the\s+(?:[\w-]+\s+)?quarter\s+)?(?:rose|grew|jumped|climbed|increased|surged|soared|advanced|fell|declined|dropped|slipped|decreased|slid|sank|tumbled|plunged|slumped|shrank|rises|grows|jumps|climbs|surges|soars|falls|declines|drops)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const GROWTH_AFTER = new RegExp(`^\\s*(?:${PERIOD}\\s+)?(?:and\\s+(?:by\\s+)?[\\d.]+\\s?(?:%|per\\s?cent)\\s+(?:${PERIOD}\\s+)?)?(?:to|from)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?(?:US\\s?|NT|HK|[CAS])?[$€£¥₹]\\s?\\d`, "i");
/** "Profit Jumps 39% as …", "revenue rose 30%, the company said", "net income grew 12% year over year": the growth with no amount after it */
const GROWTH_END = new RegExp(`^\\s*(?:(?:${PERIOD}|(?:in|for)\\s+the\\s+(?:[\\w-]+\\s+)?quarter)\\b|[,;.:]|$|\\s+(?:as|after|on|while|and|but)\\b)`, "i");
/** "a 39% jump in quarterly profit", "a 22% rise in revenue": the growth named by a noun (group 1: a profit, group 2: revenue) */
const GROWTH_NOUN = /^\s*(?:year[\s-](?:on|over)[\s-]year\s+|annual\s+)?(?:jump|rise|increase|gain|surge|climb|leap|growth|fall|drop|decline|decrease|slide|slump|plunge)\s+in\s+(?:its\s+|the\s+company['’]s\s+)?(?:(?:quarterly|annual|full[\s-]year|(?:first|second|third|fourth)[\s-]quarter)\s+)?(?:(net\s+income|net\s+profit|profits?|earnings)|(revenue|sales))\b(?!\s+(?:per|guidance|forecast|outlook|margin))/i;
/** a growth figure's verb or noun that says it fell: "fell 5%", "a 4% slide in revenue" */
const FALL = /\b(?:fell|declined|dropped|slipped|decreased|slid|sank|tumbled|plunged|slumped|shrank|falls|declines|drops)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;
const FALL_NOUN = /^\s*(?:year[\s-](?:on|over)[\s-]year\s+|annual\s+)?(?:fall|drop|decline|decrease|slide|slump|plunge)\s+in\b/i;
/** words that make a growth a forecast, not a result */
const WILL = /\b(?:expects?|expected|forecasts?|forecasted|projects?|projected|sees|predicts?|will|would|could|may|might|to)\s+(?:\S+\s+){0,4}$/i;

/** The property of a "<metric> rose N% to <amount>" growth figure, or undefined. */
function growthAt(text: string, from: number, q: { start: number; end: number }): string | undefined {
  const before = text.slice(Math.max(from, q.start - 110), q.start).replace(FIRST_OF_TWO, "");
  const after = text.slice(q.end, q.end + 80);
  const p = growthProperty(before, after);
  return p && SEQ.test(after) ? p.replace(/_yoy$/, "_qoq") : p;
}

function growthProperty(before: string, after: string): string | undefined {
  const noun = /\b(?:an?|its)\s+$/i.test(before) && !FORECAST.test(before) ? after.match(GROWTH_NOUN) : null;
  if (noun) return noun[1] ? "net_income_growth_pct_yoy" : "revenue_growth_pct_yoy";
  const m = before.match(GROWTH_BEFORE);
  if (!m) return undefined;
  // with no amount after it, only a company's own revenue or profit ("Revenue rose 30%, …"), never a segment's
  const bare = !m[1] && (m[3] || /^(?:revenue|sales)$/i.test(m[2] ?? "")) && GROWTH_END.test(after) && !WILL.test(before.slice(0, m.index)) && !/\b(?:at|from|of)\s+(?:its\s+)?$/i.test(before.slice(0, m.index));
  if (!bare && !GROWTH_AFTER.test(after)) return undefined;
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
  // "sales fell 5%", "a 4% slide in revenue": a fall is a negative growth (signed, like stock moves)
  const sign = /_growth_pct_yoy$/.test(property) && (FALL.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)) || FALL_NOUN.test(text.slice(q.end, q.end + 40))) ? -1 : 1;
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
  if (lent) return { subject: lent, property, kind: "other", value: sign * q.value, valueMax: q.valueMax == null ? q.valueMax : sign * q.valueMax };
  const s = possessiveBefore(text, ents, q.start, 60) ?? subjectBefore(text, sentence.start, ents, q.start);
  // no company before the figure: the speaker's, else the topic company when the sentence names no other
  const topic = speakerCompanyAt(text, q.start) ?? topicCompany(st);
  const name = s?.name ?? attributedCompany(text, sentence, q, ents) ?? (ents.filter(isCompany).every((e) => e.name === topic && e.start > q.start) ? topic : undefined);
  return name ? { subject: name, property, kind: "other", value: sign * q.value, valueMax: q.valueMax == null ? q.valueMax : sign * q.valueMax } : null;
}
