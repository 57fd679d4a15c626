/**
 * Pledges into a country: "Google said it will invest £5bn in the UK", "Saudi Arabia pledged $600bn
 * of investment in the United States", "DataVolt will invest $20bn in AI data centres … in the US".
 * The subject is `Investor -> Country`, the country under its short name (`UK`, `US`, `Saudi Arabia`; "the United
 * States" as written). Spending plans ("plans to spend $600 billion in the U.S.") are left to the program rules.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, subjectBefore } from "./subjects";
import { isCompany } from "./state";

const COUNTRY_NAMES = String.raw`United\s+Kingdom|Britain|U\.K\.|UK|United\s+States|U\.S\.|US|America|Saudi\s+Arabia|United\s+Arab\s+Emirates|UAE|France|Germany|India|Japan|Canada|Australia|Brazil|Spain|Italy|Poland|Ireland|Mexico|Singapore|Malaysia|Indonesia|Norway|Sweden|Finland|Denmark|Netherlands|South\s+Korea|Taiwan|Qatar|Vietnam|Thailand|Portugal`;
const COUNTRY = new RegExp(String.raw`^(?:${COUNTRY_NAMES})$`);
/** the pledge verb right before the amount */
const PLEDGE_BEFORE = /\b(?:invest(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|inject(?:s|ed|ing)?)\s+(?:(?:a\s+further|an\s+additional|another|about|around|roughly|nearly|more\s+than|over|up\s+to|as\s+much\s+as|at\s+least|north\s+of|some|almost|~)\s+)*(?:US\s?)?[$€£¥]?\s*$/i;
/** "plans to invest $500 billion in the U.S.": a company's spending plan (lib/extract/projects.ts), not a pledge */
const PLAN_BEFORE = /\b(?:plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|look(?:s|ing)?)\s+to\s+\w+\s+(?:(?:about|around|roughly|nearly|more\s+than|over|up\s+to|as\s+much\s+as|at\s+least|some)\s+)*(?:US\s?)?[$€£¥]?\s*$/i;
/** "… in the UK", "… of investment in the United States", "… across Britain": the country the money goes into */
const INTO_COUNTRY = new RegExp(String.raw`^(?:\s*\([^()]{0,40}\))?[^$€£¥.;:()]{0,90}?\s(?:in|into|across|to)\s+(?:the\s+)?(${COUNTRY_NAMES})(?!\w)(?!\s+(?:government|unit|arm|subsidiary|division|operations|business)\b)`);
const COUNTRY_SUBJECT = new RegExp(String.raw`^\s*(?:the\s+)?(${COUNTRY_NAMES})\s+(?:(?:has|had|have|will|would|also|then|reportedly)\s+)*(?:pledg|invest|commit|promis)\w*`);

/** The short name a country is written under in subjects. */
function countryName(raw: string): string {
  const n = raw.replace(/\s+/g, " ");
  if (/^(?:United Kingdom|Britain|U\.K\.|UK)$/.test(n)) return "UK";
  if (/^(?:U\.S\.|US|America|United States(?: of America)?)$/.test(n)) return "US";
  if (/^(?:United Arab Emirates|UAE)$/.test(n)) return "UAE";
  return n;
}

/** `Investor -> Country` for money pledged into a country, or null. */
export function countryPledgeRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const before = text.slice(Math.max(sentence.start, q.start - 50), q.start);
  if (!PLEDGE_BEFORE.test(before) || PLAN_BEFORE.test(before)) return null;
  const m = text.slice(q.end, Math.min(sentence.end, q.end + 140)).match(INTO_COUNTRY);
  if (!m) return null;
  const at = q.end + m.index! + m[0].length - m[1].length;
  // "invest $2bn in OpenAI's data centres in the US": a company named first is the recipient
  if (ents.some((e) => isCompany(e) && e.start >= q.end && e.start < at)) return null;
  const country = countryName(m[1]);
  const subj = subjectBefore(text, sentence.start, ents, q.start);
  const state = text.slice(sentence.start, q.start).match(COUNTRY_SUBJECT);
  const investor = subj ? asInvestor(subj.name) : state ? countryName(state[1]) : undefined;
  if (!investor || investor === country) return null;
  return { property: `amount_${suffix}`, kind: "investment", role: "invest", subject: `${investor} -> ${country}` };
}
