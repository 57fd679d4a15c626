/**
 * A chip's price premium over another chip in percent: "sells at a 20% premium to the H100", "a premium
 * of about 30% over the B200", "costs roughly 25% more than the MI300X", "HBM4 commands a premium of
 * some 40% over HBM3E" -> `price_premium_pct_vs_<chip>`.
 */
import { chipSlug, type EntityMention } from "./entities";
import { memoryPartPrice } from "./memory-parts";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";

const APPROX = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+|up\\s+to\\s+|more\\s+than\\s+|over\\s+|almost\\s+)?";
/** "a 20% premium to ", "a 20 percent price premium over " */
const PREMIUM_AFTER = /^\s*(?:price\s+)?premium\s+(?:to|over|above|on|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+|an?\s+|its\s+)?/i;
/** "a premium of about " before the figure, then "over|to" after it */
const PREMIUM_OF = new RegExp(`\\bpremium\\s+of\\s+${APPROX}$`, "i");
const OVER_AFTER = /^\s*(?:to|over|above|on|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+|an?\s+|its\s+)?/i;
/** "costs roughly 25% more than the ": a price verb, then the figure, then "more than" */
const PRICE_VERB = new RegExp(`\\b(?:costs?|costing|priced|prices|sells?\\s+for|retails?\\s+for|goes\\s+for|rents?\\s+for)\\s+(?:at\\s+)?${APPROX}$|[$€£]\\s?[\\d.,]+\\s*(?:per\\s+\\w+|apiece|each|a\\s+(?:stack|chip|unit))?\\s*,\\s+${APPROX}$`, "i");
const MORE_THAN = /^\s*(?:more|higher)\s+than\s+(?:the\s+|an?\s+|its\s+)?/i;
const HBM_BASE = /^(?:\d+-high\s+|\d+-Hi\s+)?(HBM\d[Ee]?)\b/i;

export function pricePremium(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | undefined {
  if (q.unit !== "pct") return undefined;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const before = text.slice(Math.max(sentence.start, q.start - 40), q.start);
  const m = after.match(PREMIUM_AFTER) ?? (PREMIUM_OF.test(before) ? after.match(OVER_AFTER) : null) ?? (PRICE_VERB.test(before) ? after.match(MORE_THAN) : null);
  if (!m) return undefined;
  const baseAt = q.end + m[0].length;
  const hbm = text.slice(baseAt, baseAt + 20).match(HBM_BASE);
  if (hbm) {
    const part = memoryPartPrice(text, sentence, q, ents, true);
    return part && !part.endsWith(hbm[1].toUpperCase()) ? { subject: part, property: `price_premium_pct_vs_${hbm[1].toLowerCase()}` } : undefined;
  }
  const chips = ents.filter((e) => e.type === "chip" && e.kind === "chip");
  const base = chips.find((e) => e.start === baseAt);
  const own = [...chips].reverse().find((e) => e.end <= q.start && e.start >= sentence.start);
  if (!base || !own || own.name === base.name) return undefined;
  return { subject: own.name, property: `price_premium_pct_vs_${chipSlug(base.name)}` };
}
