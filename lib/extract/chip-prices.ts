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
import { memoryPartPrice } from "./memory-parts";

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

/** "costs ", "is priced at roughly ", "rents for ", "change hands at ": a chip's own price verb (PRICE_GAP allows a few words before it). */
const CHIP_COSTS = new RegExp(String.raw`^(?:\s+(?:chip|GPU|accelerator|card))?(?:s)?(?:\s+(?:reportedly|typically|currently|now|still|likely|will|would|can|could))?\s+(?:costs?|is\s+priced\s+at|are\s+priced\s+at|(?:is|are)\s+(?:expected|said|estimated)\s+to\s+(?:cost|sell\s+for)|sells?\s+for|goes\s+for|go\s+for|lists?\s+(?:at|for)|retails?\s+(?:at|for)|rents?\s+(?:out\s+)?(?:at|for)|changes?\s+hands\s+(?:at|for)|change\s+hands\s+(?:at|for))\s+(?:between\s+)?${APPROX}$`, "i");
/** "sells each B200 for ", "charges for each H100 ": the chip after "each", then the price */
const EACH_FOR = new RegExp(String.raw`^\s+for\s+${APPROX}$`, "i");
/** " apiece", " each", " a unit", " per unit": a per-chip price */
const APIECE = /^\s*(?:apiece|a\s+piece|each|a\s+unit|per\s+unit)\b/i;
/** " per stack", " a stack": a memory stack's price */
const PER_STACK = /^\s*(?:per|a|an|each|\/)\s*(?:HBM\w*\s+)?stack\b/i;
/** " an hour", " per hour", " an hour per GPU": a rental rate */
const HOURLY = /^\s*(?:an|per|a|\/)\s*hour\b/i;

/**
 * A chip's own price in a wording the money rules do not read as per chip: "sells each B200 for
 * $30,000 to $40,000", "the B300 is priced at roughly $40,000 apiece", "an H200 costs $2.50 an hour".
 */
export function chipUnitPrice(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | undefined {
  const after = text.slice(q.end, q.end + 20);
  // "SK Hynix sells HBM4 at around $560 per stack": a memory part's price per stack
  if (q.per === "stack" || (!q.per && PER_STACK.test(after))) {
    const part = q.value >= 10 && q.value < 10000 ? memoryPartPrice(text, sentence, q, ents) : undefined;
    return part ? { subject: part, property: `price_per_stack_${q.detail}` } : undefined;
  }
  if (q.per || q.value >= 1e6) return undefined;
  const hourly = HOURLY.test(after);
  if (hourly ? q.value >= 100 : q.value < 1000) return undefined;
  const suffix = q.detail;
  const property = hourly ? `price_per_chip_hour_${suffix}` : `price_per_chip_${suffix}`;
  // "At $40,000 apiece, the B300 is …": the price put first, the chip after it
  const fronted = !hourly && FRONTED.test(text.slice(Math.max(sentence.start, q.start - 4), q.start)) ? ents.find((e) => e.type === "chip" && e.kind === "chip" && e.start >= q.end && FRONTED_GAP.test(text.slice(q.end, e.start))) : undefined;
  if (fronted) return { subject: fronted.name, property };
  const chips = ents.filter((e) => e.type === "chip" && e.start >= sentence.start && e.end <= q.start && q.start - e.end < 60);
  const c = chips.at(-1);
  if (!c || c.kind !== "chip" || /[;:]/.test(text.slice(c.end, q.start))) return undefined;
  // "Renting an H100 on AWS costs": the cloud it is rented on is no part of the gap
  const gap = text.slice(c.end, q.start).replace(ON_CLOUD, " ");
  const lead = text.slice(Math.max(sentence.start, c.start - 30), c.start);
  const each = /\beach\s+$/i.test(lead) && (EACH_FOR.test(gap) || CHIP_COSTS.test(gap));
  // "The price of an H100 has dropped to around $25,000": the chip's price, stated as such
  const priceOf = PRICE_OF_CHIP.test(lead) && PRICE_MOVE.test(gap);
  if (!each && !priceOf && !CHIP_COSTS.test(gap)) return undefined;
  // a chip's own price is per chip: "The B200 is priced at between $30,000 and $40,000"
  const chipPrice = !hourly && q.value >= 5000 && q.value <= 200000 && /^\s+(?:(?:is|are)\s+(?:priced|expected|said|estimated)|costs?|sells?|lists?|retails?)\b/i.test(gap) && /(?:^|\b(?:the|an?|each))\s*$/i.test(lead) && !/^\s*(?:to|in|for|more|less|over)\b/i.test(after);
  if (!hourly && !each && !priceOf && !chipPrice && !APIECE.test(after)) return undefined;
  return { subject: c.name, property };
}

const FRONTED = /\bat\s+$/i;
const FRONTED_GAP = /^\s*(?:apiece|a\s+piece|each|per\s+(?:chip|GPU|unit))\s*,\s+(?:the|an?|each|every)\s+$/i;
const ON_CLOUD = /^\s+(?:on|at|from|via)\s+(?:[A-Z][\w.-]*\s+){1,3}(?=\S)/;
const PRICE_OF_CHIP = /\bprices?\s+(?:tag\s+)?(?:of|for)\s+(?:an?|the|each|one|a\s+single)\s+$/i;
const PRICE_MOVE = new RegExp(String.raw`^\s+(?:(?:is|was|has|had)\s+)?(?:(?:fallen|dropped|risen|climbed|fell|dropped|rose|climbed|slipped|jumped|come\s+down|gone\s+up)\s+to|(?:now\s+)?(?:stands|stood|sits|sat|runs|ran)\s+at|is|was)\s+${APPROX}$`, "i");
