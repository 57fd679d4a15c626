/**
 * How an investor's commitment is split or changed, and employees' share sales:
 * "of which $7.5 billion was its own" (direct_amount), "$2.5 billion was syndicated to
 * co-investors" (syndicated_to_coinvestors), "cut its commitment to $20 billion"
 * (reduced_commitment), "after a $6.6B employee share sale" / "employees sold about $6.6 billion
 * of stock" (secondary_sale, subject the company whose shares were sold).
 */
import type { MoneyRole } from "./properties";

const Q = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|some\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|~)?`;
const BE = String.raw`(?:(?:was|were|is|are|will\s+be|would\s+be|to\s+be|being|has\s+been|had\s+been|have\s+been)\s+)?`;

/** "$7.5 billion was its own", "$30 billion of its own money", "$4 billion from its own balance sheet" */
const DIRECT_AFTER = new RegExp(String.raw`^\s+${BE}(?:its|their|his|her)\s+own\b(?!\s+(?:valuation|revenue|sales|estimate|figure|shares))|^\s+(?:of|from)\s+(?:its|their|his|her)\s+own\s+(?:money|cash|capital|funds|balance\s+sheet|pocket)\b`, "i");
/** "$2.5 billion was syndicated to co-investors", "$11 billion syndicated to co-investors" */
const SYNDICATED_AFTER = new RegExp(String.raw`^\s+${BE}(?:syndicated|passed\s+on|sold\s+down|farmed\s+out|laid\s+off)\s+to\s+(?:other\s+|outside\s+|third-party\s+)?(?:co-?investors|investors|partners|backers|lenders)\b`, "i");
/** "it syndicated $11 billion to co-investors" */
const SYNDICATED_BEFORE = new RegExp(String.raw`\bsyndicat(?:ed|es|ing|e)\s+${Q}$`, "i");
const TO_COINVESTORS = /^\s+(?:of\s+(?:it|that|the\s+\w+)\s+)?to\s+(?:other\s+|outside\s+)?(?:co-?investors|investors|partners|backers)\b/i;
/** "could have cut its commitment to $20 billion", "reduced its pledge to about $10bn" */
const REDUCED_BEFORE = new RegExp(String.raw`\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|scal(?:e|es|ed|ing)\s+back|shr[aiu]nk(?:s|ing)?|slash(?:es|ed|ing)?|pare[sd]?\s+back|downsiz(?:e|es|ed|ing))\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:commitment|investment|pledge|contribution|cheque|check)\s+(?:down\s+)?to\s+(?:just\s+)?${Q}(?:US\s?)?[$€£¥]?\s*$`, "i");
/** "after a $6.6B employee share sale", "a $10bn secondary share sale" */
const SALE_AFTER = /^\s+(?:(?:employee|employees['’]?|staff|secondary|insider|worker)\s+){1,2}(?:share|stock|equity)\s+sales?\b|^\s+secondary\s+(?:sale|transaction)\b/i;
/** "employees sold about $6.6 billion", "let current and former staff cash out $6.6 billion" */
const STAFF_SOLD = new RegExp(String.raw`\b(?:employees|staff|staffers|workers)\b[^$€£.;]{0,30}\b(?:sold|sell|sells|selling|cash(?:ed|es|ing)?\s+out|offload(?:ed|s)?|unload(?:ed|s)?)\s+${Q}(?:US\s?)?[$€£]?\s*$`, "i");
const OF_STOCK = /^\s+(?:(?:worth\s+)?of\s+(?:their\s+|its\s+|the\s+company['’]s\s+)?(?:shares|stock|equity)|worth\s+of\s+(?:shares|stock|equity)|in\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:sale|offering))\b/i;
const AUTHORIZED = /\b(?:authori[sz]ed|allowed|permitted|approved|cleared)\s+(?:current\s+and\s+former\s+|current\s+|former\s+)?(?:employees|staff)\s+to\s+sell\s+/i;

/** The role of an amount that splits or changes a commitment, or is an employees' share sale; null otherwise. */
export function commitmentRole(before: string, after: string, suffix: string, sentence: string): MoneyRole | null {
  if (DIRECT_AFTER.test(after)) return { property: `direct_amount_${suffix}`, kind: "investment", role: "invest" };
  if (SYNDICATED_AFTER.test(after) || (SYNDICATED_BEFORE.test(before) && TO_COINVESTORS.test(after))) return { property: `syndicated_to_coinvestors_${suffix}`, kind: "investment", role: "invest" };
  if (REDUCED_BEFORE.test(before)) return { property: `reduced_commitment_${suffix}`, kind: "investment", role: "invest" };
  if (/\btender\b/i.test(sentence)) return null;
  if (SALE_AFTER.test(after)) return { property: `secondary_sale_${suffix}`, kind: "investment", role: "round" };
  if (STAFF_SOLD.test(before) && OF_STOCK.test(after)) return { property: `${AUTHORIZED.test(before) ? "secondary_sale_authorized" : "secondary_sale"}_${suffix}`, kind: "investment", role: "round" };
  return null;
}
