/**
 * Money wording beyond investments: chip orders ("an order worth $3 billion"), capital
 * expenditures, share prices after a move ("shares rose 8% to $412.35"), rounds announced with
 * headline verbs ("lands €85 million") and pre/post-money phrases ("after the new money").
 */
import type { MoneyRole } from "./properties";
import { debtRole, portionRole } from "./money-debt";

/** The words between an investor's name and its amount: "Microsoft added", "AMD led with", "Wahat put in". */
export const DIRECT_INVEST = /^\s+(?:(?:Capital|Ventures|Partners|Group|Holdings|Management|Investments|Fund)\s+)?(?:(?:has|had|have|will|would|could|also|then|is|was|already|reportedly|together|jointly|collectively|each)\s+){0,2}(?:added|adds|infuse[sd]?|invested|invests|investing|contributed|contributes|put\s+in|puts\s+in|is\s+putting\s+in|pledged|pledges|committed|poured\s+in|led\s+with|leads\s+with|(?:led|leads|co-led|co-leads)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:round|raise|financing)\s+with(?:\s+an?)?|followed\s+with|follows\s+with|came\s+in\s+with|chipped\s+in|wrote\s+a\s+(?:cheque|check)\s+for|wr(?:ote|ites)\s+an?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|another\s+|a\s+further\s+|an?\s+additional\s+|up\s+to\s+|more\s+than\s+|as\s+much\s+as\s+)?$/i;

const MOVE = /\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|jump\w*|climb\w*|gain\w*|drop\w*|slid|slips?|slipped|sank|sinks?|surg\w*|soar\w*|tumbl\w*|plung\w*|declin\w*|rall\w*|advanc\w*|edg\w*|spik\w*|retreat\w*)\b[^$;]{0,30}\bto\s+$/i;
/** "closed down 3% at $95.10" */
const CLOSED_AT = /\b(?:closed|ended|finished|opened|traded|trading)\s+(?:(?:about\s+)?[\d.]+\s?(?:%|percent)\s+)?(?:up|down|higher|lower)\b[^$;]{0,20}\bat\s+$/i;
const ORDER_BEFORE = /\b(?:(?:order|purchase)(?:\s+for\s+(?:about\s+|roughly\s+|up\s+to\s+)?[\d,.]+\s+(?:[A-Z][\w-]*\s+){0,3}(?:chips|GPUs|accelerators|processors|servers|racks|systems)\s*,?)?|deal\s+for\s+(?:the\s+)?(?:chips|GPUs|accelerators))\s+(?:(?:is|was|would\s+be)\s+)?(?:worth|valued\s+at|of)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i;
/** "placed an order for 100,000 Nvidia GPUs, worth about ¥600 billion": the clause after the comma prices the order */
const ORDER_OF_CHIPS = /\b(?:order|purchase)\s+for\s+(?:about\s+|roughly\s+|up\s+to\s+)?[\d,.]+\s+(?:[A-Z][\w-]*\s+){0,3}(?:chips|GPUs|accelerators|processors|servers|racks|systems)\s*,\s*(?:worth|valued\s+at)\b/i;
/** "placed orders for Ironwood TPU racks worth $21 billion": an order of named hardware priced after it */
const ORDER_FOR_HARDWARE = /\b(?:orders?|purchases?)\s+(?:with\s+[A-Z][\w-]*\s+)?for\s+(?:[\w.,-]+\s+){0,4}(?:chips|GPUs|TPUs|accelerators|processors|servers|racks|systems|pods)\s+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/;
const ORDER_AFTER = /^\s*(?:in\s+)?(?:[\w-]+\s+)?(?:chip|GPU|accelerator|hardware)?\s*(?:orders?|purchases?)\b/i;
const CAPEX_BEFORE = /\b(?:capital[\s-]+(?:expenditures?|spending|outlays?)|capex)\b[^$€£.;]{0,40}$/i;
const RPO_BEFORE = /\b(?:remaining\s+performance\s+obligations?|RPO)\b[^$€£.;]{0,30}$/i;
const TENDER_BEFORE = /\btender\s+offer\b[^$€£.;]{0,20}\b(?:of|worth|for|totall?ing|valued\s+at)\s+(?:about\s+|up\s+to\s+|roughly\s+)?$/i;
const TOTAL_INVESTMENT = /\btotal\s+investment\b[^$€£¥.;]{0,30}\b(?:comes?\s+to|came\s+to|stands\s+at|stood\s+at|is|was|of|reach(?:es|ed)|totals?|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;
const TOTAL_TO = /\b(?:doubling|tripling|bringing|taking|lifting|raising|pushing)\s+(?:its|their|his|her)\s+total\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;
const HEADLINE_ROUND = /\b(?:banks|banked|lands|landed|nets|netted|bags|bagged|secures|secured|snags|snagged|picks\s+up|picked\s+up|pulls\s+in|pulled\s+in|pulling\s+in|raking\s+in|rakes\s+in|raked\s+in)\s+(?:a\s+|an\s+|another\s+|about\s+|nearly\s+|roughly\s+|more\s+than\s+)?$/i;

/** "Lands $3 Billion Meta AI Deal": a headline's deal in title case is no round */
const HEADLINE_DEAL = /^\s*(?:[\w-]+\s+){0,3}(?:contracts?|deals?|agreements?|pacts?|orders?|commitments?|leases?|partnerships?)\b/i;

/** A money role read from the wording around the figure, or null to leave it to the general rules. */
export function wordingRole(before: string, after: string, suffix: string, small: boolean, sentence = ""): MoneyRole | null {
  // "shares rose 8% to $412.35", "while AMD jumped 24% to $203.71" in a sentence about shares
  if (small) return (MOVE.test(before) || CLOSED_AT.test(before)) && /\b(?:shares?|stocks?)\b/i.test(sentence || before) ? { property: `share_price_${suffix}`, kind: "other", role: "price" } : null;
  const portion = portionRole(after, suffix, sentence);
  if (portion) return portion;
  const debt = debtRole(before, after, suffix);
  if (debt) return debt;
  // "a $30 billion purchase of Azure compute capacity" is a compute commitment, left to those rules
  const orderClause = /^\s*(?:worth|valued\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+)?$/i.test(before) && ORDER_OF_CHIPS.test(sentence);
  // "names Anthropic as $10 billion customer": a customer sized by its orders
  if (/^\s+(?:(?:mystery|new|unnamed|unidentified|secret|fifth|fourth|third)\s+)?customer\b/i.test(after)) return { property: `order_value_${suffix}`, kind: "investment", role: "order" };
  if ((orderClause || ORDER_FOR_HARDWARE.test(before) || ORDER_BEFORE.test(before) || ORDER_AFTER.test(after)) && !/\b(?:compute|computing|cloud|capacity|Azure)\b/i.test(after.slice(0, 50))) return { property: `order_value_${suffix}`, kind: "investment", role: "order" };
  // "its $19 billion acquisition of WhatsApp", "acquired Nimbus for $2 billion": the price paid for a company
  if (/^\s*(?:all[\s-](?:cash|stock)\s+)?(?:acquisition|takeover|buyout)\s+of\b/i.test(after) || /\b(?:acquir(?:e|es|ed|ing)|bought|buys)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}for\s+(?:about\s+|roughly\s+|nearly\s+)?$/.test(before))
    return { property: `amount_${suffix}`, kind: "investment", role: "invest" };
  // "its cumulative investment in X stands at $10 billion": all an investor has put in so far
  if (/\bcumulative\s+(?:investment|funding|backing|commitment)\b[^$€£¥.;]{0,40}\b(?:stands\s+at|stood\s+at|is|was|totals|totalled|totaled|reached|of|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$/i.test(before)) return { property: `cumulative_amount_${suffix}`, kind: "investment", role: "invest" };
  // "the government's total investment comes to $11.1 billion", "invest another $4 billion, doubling its total to $8 billion"
  if (TOTAL_INVESTMENT.test(before) || (TOTAL_TO.test(before) && /\binvest/i.test(sentence) && !/\b(?:compute|cloud|capacity|contracts?)\b/i.test(before))) return { property: `total_investment_${suffix}`, kind: "investment", role: "invest" };
  if (CAPEX_BEFORE.test(before) || /^\s+(?:on|in)\s+(?:capital\s+(?:expenditures?|spending|outlays?)|capex)\b/i.test(after)) return { property: `capex_${suffix}`, kind: "other", role: "revenue" };
  if (/\bcontracted\s+backlog\b[^$€£.;]{0,30}$/i.test(before)) return { property: `contracted_backlog_${suffix}`, kind: "other", role: "revenue" };
  if (RPO_BEFORE.test(before)) return { property: `remaining_performance_obligations_${suffix}`, kind: "other", role: "revenue" };
  // "bought $1.5 billion of shares from early investors in a secondary sale": shares changing hands, not new money
  if (/\b(?:bought|buys|buying|acquired|purchased)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$/i.test(before) && /^\s+(?:worth\s+)?of\s+(?:\w+\s+)?(?:shares|stock)\s+from\b/i.test(after) && /\bsecondary\b/i.test(sentence))
    return { property: `secondary_sale_${suffix}`, kind: "investment", role: "invest" };
  // "letting employees sell up to $800 million of stock" in a tender; "bought back $300 million of shares from employees"
  if ((/\bsell\s+(?:up\s+to\s+|about\s+|roughly\s+)?$/i.test(before) && /\btender\b/i.test(sentence)) || /\b(?:bought|buys|buy)\s+back\s+(?:about\s+|roughly\s+|up\s+to\s+)?$/i.test(before) && /\b(?:employees|staff)\b/i.test(after))
    if (/^\s+(?:worth\s+)?of\s+(?:their\s+|its\s+)?(?:shares|stock)\b/i.test(after)) return { property: `tender_offer_${suffix}`, kind: "other", role: "revenue" };
  if (TENDER_BEFORE.test(before) || /^\s*(?:employee\s+)?tender\s+offer\b/i.test(after)) return { property: `tender_offer_${suffix}`, kind: "other", role: "revenue" };
  // "lands €85 million": a round, unless the money is an investment from a named company
  if (HEADLINE_ROUND.test(before) && !HEADLINE_DEAL.test(after) && !/^\s*(?:[\w-]+\s+){0,2}(?:investment|infusion|stake|cheque|check|contracts?|deals?|orders?|revenue|sales|bookings|expansion|extension|agreements?|partnerships?|pacts?|commitments?|leases?)\b|^[^.;]{0,40}\bfrom\s+(?:the\s+)?[A-Z]|^\s*(?:in|of)\s+(?:new\s+)?(?:debt|loans?|bonds?|credit)\b|^\s+(?:worth\s+)?of\s+(?:[A-Z][\w.-]*\s+){1,2}(?:stock|shares)\b/.test(after))
    return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  return null;
}

const POST = /^[^$€£.;]{0,25}?\b(?:after|including|with)\s+the\s+(?:new\s+|fresh\s+|latest\s+)?(?:money|capital|cash|investment|funding|round|raise)\b/i;
const PRE = /^[^$€£.;]{0,25}?\bbefore\s+the\s+(?:new\s+|fresh\s+|latest\s+)?(?:money|capital|cash|investment|funding|round|raise)\b/i;

/** "pre" / "post" when the words after a valuation say which, else undefined. */
export function moneyTiming(after: string): "pre" | "post" | undefined {
  if (PRE.test(after)) return "pre";
  if (POST.test(after)) return "post";
  return undefined;
}
