/**
 * Results-story money: a company's quarterly or annual revenue ("Fourth-quarter revenue rose 71% to
 * €1.3 billion", "For the full year, revenue reached €4.1 billion"), analysts' consensus for it,
 * earnings per share, operating profit, the order book and a company's own compute budget (role
 * "revenue", the subject resolved like revenue in money-subjects.ts); a fund's assets under
 * management; a company that "went from $X to $Y" (its valuations); the company of a price target.
 */
import type { MoneyRole } from "./properties";
import { resolveCompany, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { isCompany, type State } from "./state";
import { entityAfter, possessiveBefore } from "./subjects";
import { topicCompany } from "./coreference";
import { CONVERSION_AFTER, CONVERTED_BEFORE, revenueRole } from "./revenue";
import { wealthRole } from "./wealth";
import { marketRole } from "./market";
import { capexRole, consensusRole, earningsLineRole, guidanceRole, segmentRole } from "./guidance";
import { priorPeriodRole } from "./results-prior";
import { yearForecastRole } from "./results-forecast";

const APPROX = "(?:a\\s+record\\s+)?(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+|north\\s+of\\s+|just\\s+(?:over|under)\\s+)?";
/** The verb that links a results figure to its value: "came to", "was", "reached", "rose 71% from a year earlier to". */
const LINK = `(?:of|was|were|is|(?:has|had|have)\\s+(?:reached|hit|topped|climbed\\s+to|risen\\s+to|grown\\s+to)|reached|hit|totall?ed|came\\s+(?:in\\s+)?(?:at|to)|stood\\s+at|amounted\\s+to|at|(?:rose|grew|increased|jumped|climbed|surged|fell|declined|dropped|slipped|swelled|expanded|(?:has|had|have)\\s+(?:grown|risen|increased|jumped|climbed|surged|fallen|declined|dropped|swelled|expanded))(?:(?:\\s+(?:by\\s+)?(?:about\\s+|roughly\\s+|nearly\\s+)?[\\d.]+\\s?(?:%|per\\s?cent))?(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-]on[\\s-]year|year[\\s-]over[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?(?:\\s+and\\s+[\\d.]+\\s?(?:%|per\\s?cent)(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-]on[\\s-]year|year[\\s-]over[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?)?)\\s+to)\\s+${APPROX}`;
const RPO_LINK = new RegExp(`\\b(?:remaining\\s+performance\\s+obligations?|RPO)\\s+${LINK}$`, "i");
const PERIOD = "(quarterly|(?:first|second|third|fourth)[\\s-]quarter|Q[1-4])|(full[\\s-]year|annual|fiscal[\\s-]year|(?:19|20)\\d\\d)";

const REVENUE = new RegExp(`\\b(?:${PERIOD})\\s+(?:(?:total|net|consolidated|group)\\s+)?(?:revenue|sales)\\s+${LINK}$`, "i");
/** "For the full year, revenue reached", "In the fourth quarter, sales rose 12% to". */
const PERIOD_FIRST = new RegExp(`\\b(?:for|in)\\s+(?:the\\s+)?(?:${PERIOD})(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?\\s*,\\s*(?:(?:its|the\\s+company['’]s|group)\\s+)?(?:revenue|sales)\\s+${LINK}$`, "i");
const TRAILING_PERIOD_REVENUE = new RegExp(`\\b(?:(?:consolidated|total|net|group)\\s+)?(?:revenue|sales)\\s+(?:of|was|were|reached|hit|totall?ed|came\\s+to|(?:rose|grew|soared|jumped|climbed|surged|increased|fell|declined|dropped)(?:\\s+(?:about\\s+|roughly\\s+|nearly\\s+)?[\\d.,]+\\s?(?:%|per\\s?cent|percent|fold))?(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-]on[\\s-]year|year[\\s-]over[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?(?:\\s+and\\s+[\\d.]+\\s?(?:%|per\\s?cent)(?:\\s+(?:from\\s+a\\s+year\\s+(?:earlier|ago)|year[\\s-]on[\\s-]year|year[\\s-]over[\\s-]year|on\\s+the\\s+year|on\\s+a\\s+year[\\s-](?:on|over)[\\s-]year\\s+basis|sequentially|quarter[\\s-](?:on|over)[\\s-]quarter))?)?\\s+to)\\s+${APPROX}$`, "i");
/** "which reported $1.9 billion in 2024 revenue", "$4.1 billion of fiscal 2025 sales" */
const PERIOD_REVENUE_AFTER = /^\s+(?:in|of)\s+(?:(fiscal\s+)?(?:19|20)\d\d|(first|second|third|fourth)[\s-]quarter)\s+(?:revenue|sales)\b/i;
const EPS = new RegExp(`\\b(?:(?:diluted\\s+|adjusted\\s+)?earnings\\s+per\\s+share|EPS)\\s+${LINK}$`, "i");
/** "Net income rose 65% to $31.91 billion in the quarter", "net profit was" */
const NET_INCOME = new RegExp(`\\b(?:(first|second|third|fourth)[\\s-]quarter\\s+|(full[\\s-]year|annual)\\s+)?net\\s+(?:income|profit|earnings)\\s+${LINK}$`, "i");
/** "Intel, which lost $18.8 billion last year", "posted a net loss of $2 billion in 2024" */
const LOSS = /\b(?:lost|(?:posted|reported|booked|recorded)\s+an?\s+(?:net\s+)?loss\s+of|net\s+loss\s+(?:of|was|widened\s+to|narrowed\s+to))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
const REPORTED_BY = /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:(?:has|had|also)\s+)?(?:reported|posted|booked|recorded|logged|announced)\s+(?:an?\s+)?(?:(?:quarterly|annual|record)\s+)?net\s+(?:income|profit|earnings)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/;
const LOSS_QUARTER = /^\s+(?:in|for|during)\s+(?:the|that|this|its)\s+(?:single\s+|latest\s+|last\s+|same\s+|most\s+recent\s+|(?:fiscal\s+)?(?:first|second|third|fourth)\s+)?quarter\b/i;
const LOSS_YEAR = /^\s+(?:last\s+year|in\s+(?:fiscal\s+)?(?:19|20)\d\d|(?:in|for)\s+the\s+(?:full\s+|fiscal\s+)?year)\b/i;
const PROFIT = new RegExp(`\\b(adjusted\\s+)?(operating\\s+(?:profit|income)|EBITDA)\\s+${LINK}$`, "i");
/** "Contracted backlog stood at", "a revenue backlog of", "its AI backlog is": the words before "backlog" name its kind */
const BACKLOG = new RegExp(`\\b((?:(?:total|consolidated|revenue|contracted|AI|order)\\s+)*)(?:order\\s+book|backlog)\\s+${LINK}$`, "i");
/** "about $40 billion is the company's total contracted backlog" */
const BACKLOG_AFTER = /^\s+(?:is|was|are|were)\s+(?:now\s+)?(?:the\s+company['’]s|the\s+group['’]s|its|our|their)\s+(?:total\s+)?(?:contracted\s+)?(?:order\s+)?backlog\b/i;
const BURN = /\bburn(?:ed|t|s|ing)?\s+(?:through\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|an\s+estimated\s+)?$/i;
const BURN_PERIOD = /^\s+(?:(?:of\s+)?cash\s+)?(?:(a|per|each|every)\s+month|(?:in|during)\s+the\s+(?:(?:first|second|third|fourth|latest|last|most\s+recent|fiscal\s+\w+)\s+)?quarter)\b/i;
const PRIOR_REVENUE = new RegExp(`\\b(?:${PERIOD})\\s+(?:(?:total|net|consolidated|group)\\s+)?(?:revenue|sales)\\b`, "i");
const FORECAST_WORD = /\b(?:expect\w*|forecast\w*|guidance|project\w*|target\w*|could|would|may|might|aims?|plans?|estimat\w*)\b/i;
const CONSENSUS = /\b(?:analysts['’]?\s+(?:(?:average|mean|consensus)\s+)?(?:forecasts?|estimates?|expectations?)|(?:the\s+)?consensus(?:\s+(?:forecast|estimate))?)\s+(?:of|for)\s+(?:about\s+|around\s+|roughly\s+)?$/i;

/** "a one-time, non-cash tax charge of", "a $15.9 billion tax charge" */
const TAX_CHARGE_BEFORE = /\btax\s+(?:charge|expense|hit|bill)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
const TAX_CHARGE_AFTER = /^\s+(?:(?:one[\s-]time|non[\s-]cash|deferred|income|noncash)[\s,]+)*tax\s+(?:charge|expense|hit)\b/i;
/** "plans to spend $600 billion in the U.S. through 2028", "pledged to invest $500 billion in America": a company's national spending plan */
const NATIONAL_PLAN = /\b(?:plans?|planned|pledged|pledges|promised|promises|intends?|vowed|vows|committed|commits|aims?)\s+to\s+(?:spend|invest)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+|as\s+much\s+as\s+|some\s+)?$/i;
const IN_COUNTRY = /^\s+(?:in|across)\s+(?:the\s+)?(?:U\.S\.?|US|United\s+States|America|UK|U\.K\.|United\s+Kingdom|Britain|Europe|Japan|India|France|Germany|Canada|Australia|the\s+country)(?![\w.-])/;

/** "a cash burn of", "cash burn is projected at about", "its cash burn was expected to reach" */
const CASH_BURN_IS = /\bcash\s+burn\s+(?:of|was|is|reached|hit|(?:is|was)\s+(?:projected|expected|forecast|estimated|seen)\s+(?:at|to\s+(?:be|reach|hit|top)))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?$/i;
/** "through 2029", "by the end of 2028", "between now and 2030": a total over several years */
const BURN_CUMULATIVE = /^\s+(?:(?:in|of)\s+cash\s+)?(?:(?:through|until|by|to)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|between\s+now\s+and\s+(?:19|20)\d\d|over\s+the\s+next\s+(?:\w+\s+)?years|cumulatively)\b/i;
/** "in the first half", "in H1", "over the same period" after a half-year figure */
const BURN_HALF = /^\s+(?:(?:in|of)\s+cash\s+)?(?:(?:in|during|over)\s+the\s+(?:first|second)\s+half|in\s+H[12]\b|(?:in|during|over)\s+the\s+first\s+six\s+months)/i;
const SAME_PERIOD = /^\s+(?:(?:in|of)\s+cash\s+)?(?:over|in|during)\s+the\s+same\s+(?:period|six\s+months)\b/i;
const HALF_BEFORE = /\b(?:(?:first|second)\s+half|H[12]\b|first\s+six\s+months)/i;

/** The period prefix of a cash burn: cumulative, half-year, annual (a full year named), or none. */
function burnPeriod(before: string, after: string): string {
  if (BURN_CUMULATIVE.test(after)) return "cumulative_";
  if (BURN_HALF.test(after) || (SAME_PERIOD.test(after) && HALF_BEFORE.test(before))) return "half_year_";
  if (/\bfor\s+the\s+full\s+year\b|\bfull[\s-]year\b/i.test(before) || /^\s+(?:(?:in|of)\s+cash\s+)?(?:for\s+the\s+full\s+year)\b/i.test(after)) return "annual_";
  return "";
}

/** The results role of an amount, or null. `before` is the text of the sentence up to the figure. */
export function resultsRole(rawBefore: string, rawAfter: string, suffix: string, small: boolean, value = 0, range = false): MoneyRole | null {
  // "net income of ¥2.5 trillion ($16.6 billion) for the quarter": a bracketed conversion shares its figure's words
  const before = rawBefore.replace(CONVERTED_BEFORE, "");
  const after = rawAfter.replace(CONVERSION_AFTER, "");
  const b = before.slice(-140);
  const role = (property: string): MoneyRole => ({ property, kind: "other", role: "revenue" });
  const line = earningsLineRole(before, after, suffix) ?? priorPeriodRole(before, after, suffix);
  if (line) return line;
  if (small) return EPS.test(b) ? role(`eps_${suffix}`) : null;
  const market = marketRole(before, after, suffix, value) ?? consensusRole(before, after, suffix) ?? guidanceRole(before, after, suffix, range) ?? yearForecastRole(before, after, suffix, range) ?? segmentRole(before, after, suffix) ?? capexRole(before, after, suffix);
  if (market) return market;
  if (TAX_CHARGE_BEFORE.test(b) || TAX_CHARGE_AFTER.test(after)) return role(`tax_charge_${suffix}`);
  // "remaining performance obligations jumped 359% from a year earlier to $455 billion"
  if (RPO_LINK.test(b)) return role(`remaining_performance_obligations_${suffix}`);
  // "it added $317 billion in future contract revenue during its latest quarter"
  if (/\b(?:added|adds|adding|booked|books|signed)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|another\s+|some\s+)?$/i.test(b) && /^\s+(?:in|of)\s+(?:new\s+|future\s+|additional\s+)*contract(?:ed)?\s+revenue\b/i.test(after)) return role(`contract_revenue_added_${suffix}`);
  // "offered some of his staff signing bonuses of $100 million", "a $100 million signing bonus"
  if (/\bsigning\s+bonus(?:es)?\s+(?:of|worth)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+)?$/i.test(b) || /^\s+signing\s+bonus/i.test(after)) {
    // the company that offered it, not the one whose staff were offered it
    const by = b.match(/\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s+(?:has\s+|had\s+)?(?:reportedly\s+)?(?:offered|offers|paid|pays|dangled|gave|promised|handed)\b[^.;]*$/);
    const payer = by ? resolveCompany(by[1])?.name : undefined;
    return payer ? { ...role(`signing_bonus_${suffix}`), subject: payer } : role(`signing_bonus_${suffix}`);
  }
  if (NATIONAL_PLAN.test(b) && IN_COUNTRY.test(after)) return role(`planned_investment_${suffix}`);
  // "expects to spend more than $3 billion on computing this year": a company's own compute budget, no cloud named
  // "plans to spend as much as $60 billion on compute through 2029": a planned budget
  if (/\bspend\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+|as\s+much\s+as\s+)?$/i.test(b) && /^\s+on\s+(?:AI\s+)?(?:computing|compute)(?:\s+(?:power|capacity))?\b(?![^.;]{0,40}\b(?:from|with|at)\s+[A-Z])/.test(after))
    // "has committed to spend more than $1.4 trillion on computing": a commitment across its suppliers
    return role(/\b(?:committed|commits|agreed|agrees|pledged|signed\s+up)\s+to\s+spend\s+(?:\S+\s+){0,3}$/i.test(b) ? `total_compute_commitment_${suffix}` : `${/\bplan(?:s|ned|ning)?\s+to\s+spend\s+(?:\S+\s+){0,3}$/i.test(b) ? "planned_" : ""}compute_spend_${suffix}`);
  // "has committed something like $1.4 trillion to compute over the next eight years": a commitment across its suppliers
  if (/\b(?:committed|commits|pledged)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|something\s+like\s+|an\s+estimated\s+)?$/i.test(b) && /^\s+(?:to|on|for)\s+(?:AI\s+)?(?:compute|computing)(?:\s+(?:power|capacity|deals|contracts))?\b(?![^.;]{0,40}\b(?:from|with|at)\s+[A-Z])/.test(after))
    return role(`total_compute_commitment_${suffix}`);
  // "It burned about $2.8 billion in cash last year", "a cash burn of $500 million"
  if ((/\bburn(?:ed|t|s|ing)?\s+(?:through\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$/i.test(b) && /^\s+(?:in|of)\s+cash\b/i.test(after)) || CASH_BURN_IS.test(b))
    return role(`${burnPeriod(b, after)}cash_burn_${suffix}`);
  // "has been burning roughly $1 billion a month", "burned $10 billion in the quarter": a burn rate per period
  if (BURN.test(b) && BURN_CUMULATIVE.test(after)) return role(`cumulative_cash_burn_${suffix}`);
  const rate = BURN.test(b) ? after.match(BURN_PERIOD) : null;
  if (rate) return role(`${rate[1] ? "monthly" : "quarterly"}_cash_burn_${suffix}`);
  const rev = b.match(REVENUE) ?? b.match(PERIOD_FIRST);
  if (rev) return role(`${rev[1] ? "quarterly" : "annual"}_revenue_${suffix}`);
  const pra = PERIOD_REVENUE_AFTER.exec(after);
  if (pra && !FORECAST_WORD.test(b.slice(-70))) {
    // "Nvidia backed CoreWeave, which reported $1.9 billion in 2024 revenue": the relative clause's head
    const head = b.match(/\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*,\s*which\s+(?:\w+\s+){0,2}?$/);
    const r = role(`${pra[2] ? "quarterly" : "annual"}_revenue_${suffix}`);
    if (!head) return r;
    const co = resolveCompany(head[1])?.name;
    return co ? { ...r, subject: co } : null;
  }
  const period = revenueRole(b, after, suffix);
  if (period) return period;
  // "had revenue of €85 million in 2025", "consolidated revenue of ₹6.2 lakh crore in FY25": the period after the figure
  if (TRAILING_PERIOD_REVENUE.test(b) && !FORECAST_WORD.test(b.slice(-70))) {
    if (/^\s+(?:(?:in|for)\s+(?:(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d|FY\s?['’]?\d{2,4})|this\s+year|last\s+year)\b/i.test(after)) return role(`annual_revenue_${suffix}`);
    if (/^\s+in\s+the\s+(?:first|second|third|fourth|latest|last)\s+quarter\b/i.test(after)) return role(`quarterly_revenue_${suffix}`);
  }
  const ni = b.match(NET_INCOME);
  if (ni && !FORECAST_WORD.test(b.slice(-70))) {
    const quarter = ni[1] || /^\s+(?:in|for)\s+the\s+(?:[\w-]+\s+)?quarter\b/i.test(after);
    const year = ni[2] || /^\s+(?:in|for)\s+(?:the\s+(?:full\s+|fiscal\s+)?year|(?:fiscal\s+)?(?:19|20)\d\d)\b/i.test(after);
    // "SoftBank reported net income of": the company right before the verb reported it
    const by = b.match(REPORTED_BY);
    const co = by ? resolveCompany(by[1])?.name : undefined;
    if (quarter || year) return co ? { ...role(`${quarter ? "quarterly" : "annual"}_net_income_${suffix}`), subject: co } : role(`${quarter ? "quarterly" : "annual"}_net_income_${suffix}`);
  }
  if (LOSS.test(b) && LOSS_YEAR.test(after) && !FORECAST_WORD.test(b.slice(-70))) return role(`net_loss_${suffix}`);
  // "lost about $11.5 billion in that single quarter", "its net loss widened to $863 million"
  if (LOSS.test(b) && !FORECAST_WORD.test(b.slice(-70))) {
    if (LOSS_QUARTER.test(after)) {
      // "implies OpenAI lost about $11.5 billion": the company right before the verb lost it
      const by = b.match(/\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:(?:has|had|reportedly|also)\s+)?lost\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/);
      const co = by ? resolveCompany(by[1])?.name : undefined;
      return co ? { ...role(`quarterly_net_loss_${suffix}`), subject: co } : role(`quarterly_net_loss_${suffix}`);
    }
    if (/\bnet\s+loss\s+(?:widened|narrowed|was)\s+(?:to\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(b)) return role(`net_loss_${suffix}`);
  }
  const p = b.match(PROFIT);
  if (p) return role(`${p[1] ? "adjusted_" : ""}${/ebitda/i.test(p[2]) ? "ebitda" : "operating_profit"}_${suffix}`);
  const bl = b.match(BACKLOG);
  // a segment's backlog ("AI backlog") and a company's whole order book ("total backlog") keep their names; a (revenue) backlog is contracted
  if (bl) return role(`${/\bAI\b/i.test(bl[1]) ? "ai_" : /\b(?:total|consolidated)\b/i.test(bl[1]) && !/\bcontracted\b/i.test(bl[1]) ? "" : "contracted_"}backlog_${suffix}`);
  if (BACKLOG_AFTER.test(after)) return role(`contracted_backlog_${suffix}`);
  // "revenue rose to €1.3 billion, ahead of analysts' forecasts of €1.2 billion": the consensus for the figure just given
  if (CONSENSUS.test(b)) {
    const prior = before.match(PRIOR_REVENUE);
    if (prior) return role(`consensus_${prior[1] ? "quarterly" : "annual"}_revenue_${suffix}`);
  }
  return null;
}

/** "which manages about $410 billion in assets", "assets under management of $90 billion", "the $524 billion fund". */
export function assetsRole(before: string, after: string, suffix: string): MoneyRole | null {
  const aum =
    (/\bmanag(?:es|ed|ing)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|almost\s+)?$/i.test(before) && /^\s+(?:in|of)\s+(?:assets|funds|capital)\b/i.test(after)) ||
    /\bassets\s+under\s+management\s+(?:of|at|to|stood\s+at|reached)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?$/i.test(before) ||
    /^\s+(?:in|of)\s+assets\s+under\s+management\b/i.test(after) ||
    (/\bthe\s+$/i.test(before) && /^[-\s]+(?:(?:sovereign(?:[-\s]+wealth)?|state|wealth|pension)\s+)?fund\b(?!\s+(?:for|to)\b)/i.test(after));
  return aum ? { property: `assets_under_management_${suffix}`, kind: "other", role: "revenue" } : null;
}

/** The fund whose assets a figure gives: the head of "X, which manages", the clause's subject, or for "the $N fund" the article's last fund. */
export function assetsSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany).filter((e) => e.end <= q.start);
  const head = comps.findLast((e) => /^\s*,\s*(?:which|that|who)\s+(?:now\s+|currently\s+)?manag\w*\s+[^,;]*$/i.test(text.slice(e.end, q.start)));
  if (head) return head.name;
  if (/\bthe\s+$/i.test(text.slice(q.start - 4, q.start))) {
    if (comps.length) return null;
    return [...st.recentCompanies].reverse().find((n) => st.kinds.get(n) === "investor" && !st.raisers.has(n)) ?? null;
  }
  const subj = comps.find((e) => /^\s+(?:now\s+|currently\s+)?manag\w*\s+[^,;]*$|^['’]s\s+assets\s+under\s+management\b/i.test(text.slice(e.end, q.start)));
  return subj?.name ?? null;
}

/** "OpenAI Valuation History: From $29 Billion to", "Anthropic's valuation, from $61.5 billion to": the story of a valuation */
const VALUATION_OF = /^\s*(?:['’]s?)?\s+valuation(?:\s+(?:history|timeline|journey|trajectory|story))?\s*[:,—–-]?\s*from\s+(?=(?:US)?[$€£]?\s*$|(?:US)?[$€£]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\s+to\s+(?:US)?[$€£]?\s*$)/i;
/** "1. January 2023: $29 Billion", "- Oct 2024 — $157 billion": a dated line of a valuation history */
const HISTORY_LINE = /^\s*(?:\d{1,2}[.)]\s*|[-•*·]\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d\s*[:—–-]\s*(?:about\s+|around\s+|roughly\s+|~)?(?:US)?[$€£]?\s*$/i;
/** a heading that names the company whose valuation the article's dated lines give */
const HISTORY_HEADING = /^(?!\s*Related\b)[^\n]{0,80}?\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}?)(?:['’]s)?\s+[Vv]aluation\s+(?:[Hh]istory|[Tt]imeline)\b/gm;
/** "was valued at $80 billion ..., and its October round lifted that to": the valuation just given, raised */
const LIFTED = /\b(?:lifted|raised|pushed|took|boosted|brought|sent|drove)\s+(?:that|it|the\s+figure|this)\s+(?:to|up\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:US)?[$€£]?\s*$/i;

/** A dated line under a "<Company> Valuation History" heading, or a valuation the sentence says a round lifted. */
function historyRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  const role = (subject: string): MoneyRole => ({ property: `valuation_${q.detail}`, kind: "valuation", role: "valuation", subject });
  const lineStart = text.lastIndexOf("\n", q.start - 1) + 1;
  if (HISTORY_LINE.test(text.slice(lineStart, q.start)) && /^[^\S\n]*(?:\n|$)/.test(text.slice(q.end, q.end + 40))) {
    let name: string | undefined;
    for (const h of text.slice(0, lineStart).matchAll(HISTORY_HEADING)) name = h[1];
    if (name) return role(resolveCompany(name)?.name ?? name);
  }
  const before = text.slice(sentence.start, q.start);
  if (LIFTED.test(before)) {
    const valued = ents.find((e) => isCompany(e) && e.start >= sentence.start && e.end <= q.start && /^\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:first|last|previously)\s+)?valued\s+at\b/i.test(text.slice(e.end, e.end + 40)));
    if (valued) return role(valued.name);
  }
  return null;
}

const WENT = "(?:went|has\\s+gone|had\\s+gone|grew|has\\s+grown|soared|jumped|climbed|rose|leapt)\\s+from\\s+";
const FIRST = new RegExp(`^\\s+${WENT}$`, "i");
const SECOND = new RegExp(`^\\s+${WENT}(?:US)?[$€£]\\s*[\\d.,]+\\s*(?:billion|million|trillion|bn|mn|[bm])?\\s+to\\s+$`, "i");

/**
 * "How Tessaly AI Went From $2.1 Billion to $46 Billion": a company that went from one amount to another with
 * no metric named is the story of its valuation; both amounts are valuations of the company.
 */
export function trajectoryRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  if (q.value < 1e8 || q.per) return null;
  const history = historyRole(text, sentence, q, ents) ?? wealthRole(text, sentence, q, ents);
  if (history) return history;
  const co = ents.findLast((e) => isCompany(e) && (!e.possessive || VALUATION_OF.test(text.slice(e.end, q.start))) && e.end <= q.start && e.start >= sentence.start);
  if (!co) return null;
  const gap = text.slice(co.end, q.start).replace(/(?:US)?[$€£]\s*$/, "").replace(VALUATION_OF, " went from ");
  const first = FIRST.test(gap) && /^\s+to\s+(?:US)?[$€£]/i.test(text.slice(q.end, q.end + 8));
  if (!first && !SECOND.test(gap)) return null;
  return { property: `valuation_${q.detail}`, kind: "valuation", role: "valuation", subject: co.name };
}

/** The company a price target is on, never the analysts' firm. */
export function priceTargetSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany);
  const on = entityAfter(text, ents, Math.max(sentence.start, q.start - 60), "on|for", 50);
  if (on && on.start < q.start) return on.name;
  const poss = possessiveBefore(text, ents, q.start, 40);
  if (poss && poss.kind !== "investor") return poss.name;
  // "Analysts at Borg Securities raised their target on the stock": the analysts' firm is not the stock
  const others = comps.filter((e) => e.end <= q.start && !/\banalysts?\s+(?:at|from|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 20), e.start)) && !/^\s+analysts?\b/i.test(text.slice(e.end, e.end + 12)));
  if (!others.length && /\bon\s+(?:the|its)\s+(?:stock|shares)\b/i.test(text.slice(sentence.start, q.start))) return st.lastStock ?? topicCompany(st) ?? null;
  return comps.length ? null : topicCompany(st) ?? null;
}
