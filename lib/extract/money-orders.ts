/** Chip and hardware orders: who buys from whom ("Meta agreed to buy 50,000 accelerators from AMD in an order worth $3 billion"). */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { asInvestor, entityAfter, subjectBefore } from "./subjects";
import { isChip, isCompany, type State } from "./state";

/** "Meta agreed to buy 50,000 accelerators from AMD in an order worth $3 billion": buyer -> vendor. */
export function orderSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
  const customer = q.unit === "money" ? customerOrder(text, sentence, q, ents, st) : undefined;
  if (customer !== undefined) return customer;
  // "Broadcom secured $10 billion in orders from a customer, OpenAI": the subject sells
  if (/\b(?:secur\w*|receiv\w*|won|wins?|winning|land\w*|book\w*|got|gets|signed)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) {
    // the seller is the subject of the amount's own clause ("Intel rose ..., and Kappa Networks jumped after winning")
    const inClause = [...ents].reverse().find((e) => isCompany(e) && e.end <= q.start && !/\b(?:in|into|to|from|by|with|of|for|than|at|on|after|like)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start)));
    const clauseBreak = inClause && /;|,\s*(?:and|while|but|whereas)\s|\b(?:while|whereas)\b/i.test(text.slice(inClause.end, q.start));
    const seller = inClause && !clauseBreak ? inClause : clauseBreak ? undefined : subjectBefore(text, sentence.start, ents, q.start);
    const buyer = [...ents].reverse().find((e) => isCompany(e) && e.start >= q.end && e.name !== seller?.name);
    return seller && buyer ? `${asInvestor(buyer.name)} -> ${seller.name}` : null;
  }
  // "Broadcom said Anthropic has placed orders for … worth $21 billion": the company reporting its orders sells
  const reporter = ents.find((e) => isCompany(e) && e.end <= q.start && /^\s+(?:said|says|disclosed|announced|revealed)\s+(?:that\s+)?(?:[A-Z][\w.-]*\s+){1,3}(?:has|had|have)\s+placed\s+(?:an?\s+)?orders?\b/.test(text.slice(e.end, q.start)));
  const vendor = entityAfter(text, ents, sentence.start, "from|with|to", 200) ?? vendorOfChip(ents) ?? vendorOfChips(text, ents) ?? reporter;
  // "The order is worth €2.5 billion": no party named, the article's running chip order
  if (!vendor && !ents.some(isCompany) && st.lastChipDeal && /\bthe\s+(?:order|purchase|deal)\b/i.test(text.slice(sentence.start, q.start))) return st.lastChipDeal;
  const buyer = subjectBefore(text, sentence.start, ents.filter((e) => e.name !== vendor?.name), q.start) ?? ents.find((e) => isCompany(e) && e.name !== vendor?.name);
  const b = buyer?.name ?? st.lastBuyer;
  if (!b || !vendor || b === vendor.name) return null;
  return `${asInvestor(b)} -> ${vendor.name}`;
}

/** The vendor of a chip named in the sentence, when the registry or the sentence says it. */
function vendorOfChip(ents: EntityMention[]): EntityMention | undefined {
  const chip = ents.find(isChip);
  if (!chip) return undefined;
  return ents.find((e) => isCompany(e) && e.kind === "chipmaker");
}

/** "an order for 100,000 Nvidia Blackwell GPUs": a chipmaker named before the chips it sells. */
function vendorOfChips(text: string, ents: EntityMention[]): EntityMention | undefined {
  return ents.find((e) => isCompany(e) && e.kind === "chipmaker" && /^['’]?s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:chips|GPUs|accelerators|processors)\b/.test(text.slice(e.end, e.end + 50)));
}

/** "names Anthropic as $10 billion customer", "the $10bn customer turned out to be Anthropic", "the customer that placed a $10 billion order … is Anthropic" */
const NAMES_AS = /\bnam(?:es|ed|ing)\s+$/i;
const TURNED_OUT = /^\s+(?:[\w-]+\s+)?customer\s+(?:(?:has\s+)?turned\s+out\s+to\s+be|is|was|has\s+been\s+(?:named|identified|revealed)\s+as|was\s+(?:named|identified|revealed)\s+as)\s+(?:the\s+)?/i;
/** "has since placed an additional $11 billion order", "placed a $10 billion order" */
const PLACED = /\b(?:plac(?:ed|es|ing)|put\s+in|submitted|booked)\s+(?:an?\s+|another\s+|its\s+)?(?:additional\s+|further\s+|new\s+|second\s+|follow-on\s+)?$/i;

/**
 * Orders whose vendor is the article's chipmaker, not named in the sentence: the buyer is the customer the sentence
 * names (after "names … as", "turned out to be", ", is"), the clause's subject that placed the order, or the company a
 * relative clause ("…, which has added another $11bn of orders") hangs on. Undefined when no such wording is found.
 */
function customerOrder(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null | undefined {
  const comps = ents.filter(isCompany);
  const before = text.slice(sentence.start, q.start).replace(/(?:US\s?)?[$€£¥₹]\s*$/, "");
  const after = text.slice(q.end, sentence.end);
  let buyer: EntityMention | undefined;
  const customerWord = /^\s+(?:[\w-]+\s+)?customer\b/i.test(after);
  if (customerWord) {
    buyer = comps.findLast((e) => e.end <= q.start && /^\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(e.end, q.start).replace(/(?:US\s?)?[$€£¥₹]\s*$/, "")) && NAMES_AS.test(text.slice(sentence.start, e.start)));
    if (!buyer) {
      const m = after.match(TURNED_OUT);
      if (m) buyer = comps.find((e) => e.start === q.end + m[0].length);
    }
  } else if (PLACED.test(before) && !entityAfter(text, ents, q.end, "from|with|to", 60)) {
    // "The customer that placed a $10 billion order …, is Anthropic": the company after the main clause's ", is"
    if (/^\s*the\s+customer\s+(?:that|which|who)\s+placed\b/i.test(before)) buyer = comps.find((e) => e.start > q.end && /,\s+(?:is|was)\s+$/i.test(text.slice(Math.max(q.end, e.start - 8), e.start)));
    else buyer = comps.findLast((e) => e.end <= q.start && /^\s+(?:(?:has|have|had|also|since|now|then|already|reportedly)\s+){0,3}$/i.test(text.slice(e.end, sentence.start + before.search(PLACED))));
  } else if (/^\s+(?:worth\s+)?of\s+(?:new\s+|additional\s+|further\s+)?orders\b/i.test(after) && /\b(?:added|adds|placed|booked)\s+(?:another|an\s+additional|a\s+further)\s+$/i.test(before)) {
    // "Anthropic – valued at $170bn – which has added another $11bn of orders"
    const rel = before.search(/[,–—-]\s+which\s+[^,–—]*$/);
    if (rel >= 0) buyer = comps.findLast((e) => e.end <= sentence.start + rel && !/\b(?:than|like|from|with)\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)));
  } else return undefined;
  if (!buyer) return customerWord ? null : undefined;
  // the vendor: a chipmaker named in the sentence, else the article's last chipmaker
  const vendor = comps.find((e) => e.kind === "chipmaker" && e.name !== buyer!.name)?.name ?? [...st.recentCompanies].reverse().find((n) => n !== buyer!.name && st.kinds.get(n) === "chipmaker");
  if (!vendor) return customerWord ? null : undefined;
  return `${asInvestor(buyer.name)} -> ${vendor}`;
}
