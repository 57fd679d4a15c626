/** Chip and hardware orders: who buys from whom ("Meta agreed to buy 50,000 accelerators from AMD in an order worth $3 billion"). */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import { asInvestor, entityAfter, subjectBefore } from "./subjects";
import { isChip, isCompany, type State } from "./state";

/** "Meta agreed to buy 50,000 accelerators from AMD in an order worth $3 billion": buyer -> vendor. */
export function orderSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | null {
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
