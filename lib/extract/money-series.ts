/**
 * A series of compute deals between the same two parties, listed after a lead-in: "OpenAI has now signed three
 * contracts with CoreWeave this year: an initial deal worth up to $11.9 billion in March, a $4 billion expansion in
 * May, and another $6.5 billion in September, taking the total to $22.4 billion". Each listed amount is a
 * `Buyer -> Cloud` `compute_commitment_usd` (with its own date); the running sum is `total_compute_commitment_usd`.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asCloud, asInvestor } from "./subjects";
import { isCompany } from "./state";

/** "has signed three contracts with", "struck a string of deals with", "inked two agreements with" */
const LEAD = /\b(?:signed|struck|inked|agreed|sealed|reached|announced|has|had)\s+(?:(?:now|also|since|so\s+far)\s+)?(?:(?:two|three|four|five|six|several|multiple|\d)\s+(?:separate\s+|successive\s+|cloud\s+|compute\s+)?|an?\s+(?:series|string|run|sequence)\s+of\s+(?:cloud\s+|compute\s+)?)(?:contracts|deals|agreements|pacts)\s+with\s+$/i;
/** "taking the total to", "bringing the total value to", "for a total of", "lifting the tally to" */
const TOTAL = /\b(?:(?:taking|bringing|lifting|pushing|raising)\s+(?:the\s+|their\s+)?(?:total|tally|sum|combined\s+value)(?:\s+value)?(?:\s+of\s+(?:the\s+|their\s+)?(?:contracts|deals|agreements))?\s+to|for\s+a\s+(?:combined\s+)?total\s+of|worth\s+a\s+combined|totall?(?:ing|ed)\s+(?:in\s+all\s+)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$/i;

/** The role and subject of an amount listed after a lead-in naming a series of deals between two parties, or null. */
export function seriesAmount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  if (q.per || q.value < 1e6) return null;
  const head = text.slice(sentence.start, q.start);
  const colon = head.lastIndexOf(":");
  if (colon < 0 || /;/.test(head.slice(colon))) return null;
  const comps = ents.filter(isCompany);
  // the cloud right after "with", then words of time ("this year") up to the colon
  const cloud = comps.find((e) => e.kind === "cloud" && e.end <= sentence.start + colon && LEAD.test(text.slice(sentence.start, e.start)) && /^(?:\s+(?:this|last|so\s+far|since|in)\b[^:;,]{0,20})?\s*$/i.test(text.slice(e.end, sentence.start + colon)));
  if (!cloud) return null;
  const verbAt = sentence.start + text.slice(sentence.start, cloud.start).search(LEAD);
  const buyer = comps.findLast((e) => e.end <= verbAt && e.name !== cloud.name && /^\s+(?:(?:has|have|had|now|also|so\s+far|since)\s+){0,3}$/i.test(text.slice(e.end, verbAt)));
  if (!buyer) return null;
  const subject = `${asInvestor(buyer.name)} -> ${asCloud(cloud.name)}`;
  const total = TOTAL.test(head.slice(colon));
  return { property: `${total ? "total_" : ""}compute_commitment_${q.detail}`, kind: "investment", role: "compute", subject };
}

/** "picked up $350 million of CoreWeave stock", "bought $2 billion worth of Intel shares" */
const BOUGHT = /\b(?:bought|buys|buying|buy|purchase|purchased|purchases|picked\s+up|picks\s+up|snapped\s+up|snaps\s+up|scooped\s+up|took|takes)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|another\s+|an\s+additional\s+)?$/i;
const OF_STOCK = /^\s+(?:worth\s+)?of\s+(?:newly\s+issued\s+)?$/i;
const STOCK_AFTER = /^(?:['’]s?)?\s+(?:(?:common|ordinary|class\s+[A-C]|preferred)\s+)?(?:stock|shares|equity)\b/i;

/** "OpenAI also picked up $350 million of CoreWeave stock": `Buyer -> Company` `amount_usd` for shares bought from the company. */
export function stockPurchase(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const before = text.slice(Math.max(sentence.start, q.start - 40), q.start).replace(/(?:US\s?)?[$€£¥₹]\s*$/, "");
  if (!BOUGHT.test(before) || /\b(?:back|secondary|tender)\b/i.test(sentence.text)) return null;
  const comps = ents.filter(isCompany);
  const co = comps.find((e) => e.start > q.end && e.start - q.end < 30 && OF_STOCK.test(text.slice(q.end, e.start)) && STOCK_AFTER.test(text.slice(e.end, e.end + 24)));
  // shares bought from other holders are no money for the company
  if (!co || /^[^.;]{0,40}\bfrom\s+(?:its\s+|early\s+|existing\s+)?(?:investors|shareholders|holders|employees|staff|founders)\b/i.test(text.slice(co.end, sentence.end))) return null;
  const verbAt = Math.max(sentence.start, q.start - 40) + before.search(BOUGHT);
  const buyer = comps.findLast((e) => e.end <= verbAt && e.name !== co.name && /^\s+(?:(?:has|have|had|also|already|will|would|then|reportedly|separately)\s+){0,2}(?:(?:agreed|agrees|plans|planned|is\s+set|was\s+set|intends|is\s+going|moved|offered)\s+(?:(?:in|on|last|earlier|this)\s+(?:[\w-]+\s+){1,2}?)?to\s+)?$/i.test(text.slice(e.end, verbAt)));
  return buyer ? { property: `amount_${suffix}`, kind: "investment", role: "invest", subject: `${asInvestor(buyer.name)} -> ${co.name}` } : null;
}
