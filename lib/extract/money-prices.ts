/** Subjects of prices: a chip's price per chip(-hour), a price target, a share or tender price's company. */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { isChip, isCompany, type State } from "./state";
import { topicCompany } from "./coreference";
import { priceTargetSubject } from "./results";

export function priceSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], role: MoneyRole, st: State): string | null {
  const comps = ents.filter(isCompany);
  if (/^price_per_chip/.test(role.property)) {
    // a price per chip-hour is a chip's: not a comparator's ("less than the H200 instances"), not a system's
    const chips = ents.filter(isChip).filter((e) => !/\b(?:than|vs\.?|versus|compared\s+(?:to|with)|under|below|above|against)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 30), e.start)));
    const forChip = chips.find((e) => e.start >= q.end && /^[^.;,]{0,30}?\b(?:for|of|on)\s+(?:the\s+|a\s+|each\s+|its\s+)?$/i.test(text.slice(q.end, e.start)));
    // "lists the V2 at $24,000 per card", "rents the Vireo V2 at $2.10 per chip-hour"
    const priced = chips.findLast((e) => e.end <= q.start && /^\s+(?:[\w-]+\s+){0,2}?(?:at|for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|~)?[$€£]?\s*$/i.test(text.slice(e.end, q.start)));
    const c = chips.find((e) => e.start >= q.end && e.start - q.end < 20) ?? priced ?? forChip ?? chips.findLast((e) => e.end <= q.start);
    if (c && c.kind !== "chip") return null;
    // "That works out at roughly €139,000 per chip": the running chip order's price per chip
    if (!c && st.lastChipDeal && /\bworks?\s+out\s+(?:at|to)\b/i.test(text.slice(sentence.start, q.start))) return st.lastChipDeal;
    return c?.name ?? st.lastChip ?? null;
  }
  if (/^price_target_/.test(role.property)) return priceTargetSubject(text, sentence, q, ents, st);
  const c = [...comps].reverse().find((e) => e.end <= q.start) ?? comps[0];
  // "Staff cashed out in the tender at ~$61 a share": a tender is the raising company's, not the last name seen
  if (!c && /^tender_/.test(role.property)) return st.lastRaiser ?? topicCompany(st) ?? null;
  const name = c?.name ?? (st.recentCompanies.at(-1) ?? null);
  if (name && /^share_price_/.test(role.property)) st.lastStock = name;
  return name;
}
