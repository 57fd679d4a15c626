/**
 * Prices of whole systems: "a fully configured GB300 NVL72 rack costs roughly $3.7 million",
 * "around $3 million for a GB200 NVL72", "put the price of a single rack at around $3 million".
 * The claim is the system's `price_usd` (kind `other`). Chips' own prices are read by the money rules
 * (`price_per_chip_usd`), so a chip named alone is left to them.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { State } from "./state";
import { systemLabel } from "./system-subjects";

const APPROX = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|some\s+|over\s+|more\s+than\s+|north\s+of\s+|upwards\s+of\s+|as\s+much\s+as\s+|up\s+to\s+|~)?`;
/** The words between a system and its price: "rack costs roughly ", "is priced at about ", "sells for ". */
const COSTS = new RegExp(String.raw`^(?:\s+(?:rack|system|server|pod|cluster|unit))?(?:\s+(?:reportedly|typically|currently|now|still|likely))?\s+(?:costs?|is\s+priced\s+at|(?:is\s+)?(?:expected|said|estimated)\s+to\s+cost|sells\s+for|goes\s+for|lists\s+(?:at|for)|retails\s+(?:at|for)|carries\s+a\s+(?:list\s+)?price\s+(?:tag\s+)?of)\s+(?:between\s+)?${APPROX}$`, "i");
/** The words between a price and the system it buys: " for a ", " for each fully configured ". */
const FOR_SYSTEM = /^\s+(?:each\s+|apiece\s+)?for\s+(?:a|an|the|one|each|every)\s+(?:(?:single|complete|whole|full|fully[\s-][\w-]+|liquid-cooled)\s+)?$/i;
/** "the price of a single rack at around ": an unnamed rack or system of the system the article is about. */
const PRICE_OF_SYSTEM = new RegExp(String.raw`\bprice\s+(?:tag\s+)?of\s+(?:a|an|one|each|the)\s+(?:(?:single|complete|whole|full|fully[\s-][\w-]+)\s+)?(?:rack|system)\s+(?:at\s+)?${APPROX}$`, "i");

/** The system a price in dollars describes, or undefined when the figure is not such a price. */
export function systemPrice(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): string | undefined {
  // a rack or system costs hundreds of thousands of dollars or more; a per-unit or per-hour figure is a chip's or a rental
  if (q.detail !== "usd" || q.per || q.value < 100000) return undefined;
  if (/^\s*(?:per|an?|each)\s+(?:chip|gpu|accelerator|card|unit|hour|month|year)\b|^\s*(?:apiece|a\s+piece)\b/i.test(text.slice(q.end, q.end + 20))) return undefined;
  const systems = ents.filter((e) => e.type === "chip" && e.kind === "system" && e.start >= sentence.start && e.end <= sentence.end);
  const before = systems.findLast((e) => e.end <= q.start && q.start - e.end < 80 && COSTS.test(text.slice(e.end, q.start)));
  if (before) return systemLabel(text, before, st);
  const after = systems.find((e) => e.start >= q.end && e.start - q.end < 45 && FOR_SYSTEM.test(text.slice(q.end, e.start)));
  if (after) return systemLabel(text, after, st);
  if (st.lastSystem && !ents.some((e) => e.type === "chip" && e.start >= sentence.start && e.end <= sentence.end) && PRICE_OF_SYSTEM.test(text.slice(Math.max(sentence.start, q.start - 60), q.start))) return st.lastSystem;
  return undefined;
}
