/**
 * Deals written in the passive or from the receiving side, where the payer comes after the company paid:
 * "X was acquired by Y for $Z", "X is being bought by Y for $Z", "X was sold to Y for $Z",
 * "X, which Y acquired for $Z", "X received $Z from Y", "X was backed by Y with $Z" → `Y -> X` (amount_*).
 * And an investor's own amount in a participle clause: "…, with Pimco buying about $18bn of the debt"
 * (the buyer of a debt sale just stated), "with Nvidia pledging up to $100 billion of equity in return".
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import type { Draft } from "./assemble";
import { asInvestor } from "./subjects";
import { isCompany, type State } from "./state";

const HEDGE = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+|some\s+|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|~)?`;
const CUR = String.raw`(?:US\s?)?[$€£¥₹]?\s*`;
const AUX = String.raw`(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|is\s+being|was\s+being|will\s+be|would\s+be|to\s+be|being|been|agreed\s+to\s+be|set\s+to\s+be)\s+)`;
const BOUGHT = String.raw`(?:acquired|bought|purchased|taken\s+over|snapped\s+up)`;

/** before the amount: "was acquired by Y for about $" (Y's name sits where the gap is) */
const BY_FOR = new RegExp(String.raw`^\s*(?:,[^,;$€£]{1,80},\s*|,\s*which\s+)?${AUX}(?:(?:later|eventually|reportedly|ultimately|then|finally)\s+)?${BOUGHT}\s+by\s+$`, "i");
const SOLD_TO = new RegExp(String.raw`^\s*(?:,[^,;$€£]{1,80},\s*|,\s*which\s+)?${AUX}(?:(?:later|eventually|reportedly|ultimately|then|finally)\s+)?sold\s+to\s+$`, "i");
/** between the buyer and the amount */
const FOR_AMOUNT = new RegExp(String.raw`^\s+(?:(?:in|last|this|earlier)\s+[\w\s]{0,20}?\s+)?for\s+${HEDGE}${CUR}$`, "i");
/** "X, which Y acquired for $": the target, then the relative clause */
const WHICH = /^\s*,\s*(?:which|that)\s+$/i;
const REL_BOUGHT = new RegExp(String.raw`^\s+(?:(?:later|eventually|had|has|then|quietly)\s+)?(?:acquired|bought|purchased|took\s+over|snapped\s+up)\s+(?:(?:in|last)\s+\w+(?:\s+\d{4})?\s+)?for\s+${HEDGE}${CUR}$`, "i");
/** "X received $Z from Y": the amount, then "from" and the payer */
const RECEIVED = new RegExp(String.raw`^\s+(?:(?:has|have|had|also|recently|just|reportedly)\s+){0,2}(?:received|receives|secured|secures|got|gets|won|took\s+in|landed|lands)\s+(?:an?\s+)?${HEDGE}${CUR}$`, "i");
const FROM_PAYER = /^\s+(?:(?:in|of)\s+(?:new\s+|fresh\s+)?(?:funding|financing|investment|capital|equity|backing)\s+)?from\s+(?:the\s+)?$/i;
/** "X was backed by Y with $Z" */
const BACKED_BY = new RegExp(String.raw`^\s*${AUX}(?:(?:also|further|later)\s+)?(?:backed|funded|financed)\s+by\s+$`, "i");
const WITH_AMOUNT = new RegExp(String.raw`^\s+with\s+(?:an?\s+)?(?:additional\s+|further\s+)?${HEDGE}${CUR}$`, "i");

/** "with Pimco buying about $18bn of the debt" */
const WITH_BUYER = /\bwith\s+(?:the\s+)?$/i;
const BUYING = new RegExp(String.raw`^\s+(?:alone\s+)?(?:buying|taking|purchasing|snapping\s+up|picking\s+up|acquiring)\s+${HEDGE}${CUR}$`, "i");
const OF_DEBT = /^\s+(?:of|in)\s+(?:the\s+)?(?:debt|bonds?|notes|offering|issue|paper|deal|sale|loans?)\b/i;
const PLEDGING = new RegExp(String.raw`^\s+(?:alone\s+)?(?:pledging|committing|investing|promising|putting\s+up|putting\s+in)\s+${HEDGE}${CUR}$`, "i");
const OF_EQUITY = /^\s+(?:of|in)\s+(?:equity|investment|capital|funding)\b/i;
/** revenue, orders and contracts are no investment */
const NOT_INVEST = /\b(?:revenue|sales|orders?|contracts?|bookings|fees?|payments?|damages|settlement|grants?|servers?|products?|chips?|GPUs?)\b/i;

const companyAt = (ents: EntityMention[], pred: (e: EntityMention) => boolean) => ents.find((e) => isCompany(e) && pred(e));
const role = (payer: string, target: string, q: Quantity): MoneyRole | null =>
  payer === target || asInvestor(payer) === target ? null : { property: `amount_${q.detail}`, kind: "investment", role: "invest", subject: `${asInvestor(payer)} -> ${target}` };

/** The role of `q` when the sentence names the payer after the company paid, or null. */
export function passiveRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State, drafts: Draft[]): MoneyRole | null {
  if (q.per) return null;
  const comps = ents.filter(isCompany);
  const prior = comps.filter((e) => e.end <= q.start && q.start - e.end < 160);
  const payer = prior[prior.length - 1];
  const gap = (a: number, b: number) => text.slice(a, b);
  if (payer) {
    const target = prior[prior.length - 2];
    // "X was acquired by Y for $Z", "X was sold to Y for $Z", "X, which was bought by Y for $Z"
    if (target && !target.possessive && FOR_AMOUNT.test(gap(payer.end, q.start)) && (BY_FOR.test(gap(target.end, payer.start)) || SOLD_TO.test(gap(target.end, payer.start)))) return role(payer.name, target.name, q);
    // "X, which Y acquired for $Z"
    if (target && !target.possessive && WHICH.test(gap(target.end, payer.start)) && REL_BOUGHT.test(gap(payer.end, q.start))) return role(payer.name, target.name, q);
    // "X was backed by Y with $Z"
    if (target && !target.possessive && BACKED_BY.test(gap(target.end, payer.start)) && WITH_AMOUNT.test(gap(payer.end, q.start))) return role(payer.name, target.name, q);
    // "…, with Pimco buying about $18bn of the debt": the buyer of the debt sale the sentence stated
    if (WITH_BUYER.test(gap(Math.max(sentence.start, payer.start - 12), payer.start)) && BUYING.test(gap(payer.end, q.start)) && OF_DEBT.test(text.slice(q.end, q.end + 30))) {
      const debt = drafts.findLast((d) => d.sentence === sentence && /^debt_raised_/.test(d.property) && !d.subject.includes(" -> "));
      if (debt) return role(payer.name, debt.subject, q);
    }
    // "…, with Nvidia pledging up to $100 billion of equity in return": the sentence's other party receives it
    if (WITH_BUYER.test(gap(Math.max(sentence.start, payer.start - 12), payer.start)) && PLEDGING.test(gap(payer.end, q.start)) && OF_EQUITY.test(text.slice(q.end, q.end + 30))) {
      const other = comps.find((e) => e.end <= payer.start && e.name !== payer.name && !e.possessive);
      const recipient = other?.name ?? (st.dominant !== payer.name ? st.dominant : undefined);
      if (recipient) return role(payer.name, recipient, q);
    }
  }
  // "X received $Z from Y"
  const recv = comps.filter((e) => e.end <= q.start && RECEIVED.test(gap(e.end, q.start)));
  if (recv.length) {
    const from = companyAt(comps, (e) => e.start > q.end && e.start - q.end < 50 && FROM_PAYER.test(gap(q.end, e.start)));
    if (from && !NOT_INVEST.test(gap(q.end, from.start))) return role(from.name, recv[recv.length - 1].name, q);
  }
  return null;
}
