/**
 * A listed company's market capitalisation and its change: "a market value of roughly $1.9 trillion",
 * "pushing its market capitalization above $4 trillion", "Velmora Stock Tops $2 Trillion", "added about
 * $63 billion to the company's market value" (a gain), "wiping $140 billion off its market value", "sheds
 * $140 billion in value" (a loss, stated as a negative change). "Market value", "market cap" and "market
 * capitalisation" name one metric: `market_cap_<currency>`.
 */
import type { MoneyRole } from "./properties";
import type { EntityMention } from "./entities";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|above\\s+|below\\s+|under\\s+|just\\s+(?:over|under|above|below)\\s+|some\\s+|north\\s+of\\s+)?";
const MARKET = "market\\s+(?:cap(?:itali[sz]ation)?|value|valuation)";
/** "a market value of", "market cap above", "a market value that now stands at about", "market value, which now stands above". */
const CAP_BEFORE = new RegExp(`\\b${MARKET}\\s*(?:,?\\s*(?:that|which)\\s+(?:now\\s+|currently\\s+)?(?:stands|stood|sits|sat|is|was|reached|hit|topped|tops|exceeds|exceeded)\\s+(?:now\\s+)?(?:at\\s+)?|(?:of|at|to|is|was|above|below|past|beyond|near|(?:(?:has|had)\\s+)?(?:reached|hit|topped|crossed|passed|surpassed|exceeded|(?:rose|risen|climbed|jumped|grew|grown|swelled|surged|soared|fell|fallen|dropped|slid|sank|shrank)\\s+(?:to|above|past|below)))\\s+)?${HEDGE}$`, "i");
/** "a $3.9 trillion company", "the $1.6 trillion chipmaker": a company sized by its market value */
const SIZED_BEFORE = /(?:^|[\s,(])(?:a|an|the)\s+(?:US|U\.S\.)?[$€£]?\s*$/i;
const SIZED_AFTER = /^\s+(?:company|firm|chipmaker|chip\s+giant|tech\s+giant|giant|group|software\s+maker|behemoth|juggernaut)\b/i;
/** "Microsoft Stock Tops $4 Trillion", "shares closed at a level that ...": only an amount no share trades at. */
const STOCK_TOPS = new RegExp(`\\b(?:stock|shares)\\s+(?:(?:has|have|had)\\s+)?(?:tops?|topped|hits?|crosse[sd]|cross|pass(?:es|ed)?|surpass(?:es|ed)?|eclipse[sd]?|reach(?:es|ed)?)\\s+${HEDGE}$`, "i");
const GAIN = /\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|tack(?:s|ed|ing)\s+on|put(?:s|ting)?\s+on)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|an\s+estimated\s+)?$/i;
const LOSS = /\b(?:wip(?:e|es|ed|ing)(?:\s+out)?|eras(?:e|es|ed|ing)|shed(?:s|ding)?|los(?:e|es|t|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|strip(?:s|ped|ping)?|slash(?:es|ed|ing)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|an\s+estimated\s+)?$/i;
/** "to its market value", "off the company's market cap", "in market value", "in value" */
const OF_MARKET = new RegExp(`^\\s+(?:to|off|from|of|in)\\s+(?:(?:its|their|the|a|[A-Z][\\w.&-]*['’]s|the\\s+(?:company|group|chipmaker|firm|stock)['’]s)\\s+)?(?:combined\\s+|total\\s+)?(?:${MARKET}|value)\\b`, "i");

const VALUED_AT = new RegExp(`(?:^|,)\\s*(?:(?:now|currently|recently)\\s+)?(?:valued\\s+at|worth)\\s+${HEDGE}$`, "i");

const OWNER = new RegExp(`^['’]s?\\s+(?:combined\\s+|total\\s+)?${MARKET}\\b`, "i");

/** The market-capitalisation role of an amount, or null. `before` is the sentence up to the figure. */
export function marketRole(before: string, after: string, suffix: string, value: number): MoneyRole | null {
  const b = before.slice(-120);
  if (OF_MARKET.test(after)) {
    // "in value" alone is a change only after a verb of gain or loss ("sheds $140 billion in value")
    if (GAIN.test(b)) return { property: `market_cap_change_${suffix}`, kind: "other", role: "revenue" };
    if (LOSS.test(b)) return { property: `market_cap_change_${suffix}`, kind: "other", role: "revenue", negative: true };
    return null;
  }
  if (value >= 1e11 && SIZED_BEFORE.test(b) && SIZED_AFTER.test(after)) return { property: `market_cap_${suffix}`, kind: "other", role: "revenue" };
  if (CAP_BEFORE.test(b)) return { property: `market_cap_${suffix}`, kind: "other", role: "revenue" };
  // "Nvidia, valued at about $4.3 trillion": only a listed giant is valued in trillions
  if (value >= 2e12 && VALUED_AT.test(b)) return { property: `market_cap_${suffix}`, kind: "other", role: "revenue" };
  if (value >= 1e10 && STOCK_TOPS.test(b)) return { property: `market_cap_${suffix}`, kind: "other", role: "revenue" };
  return null;
}

/** "Velmora's market value, which now stands above $210 billion": the company whose market value the sentence names. */
export function marketOwner(text: string, sentenceStart: number, qStart: number, comps: EntityMention[]): string | undefined {
  return comps.findLast((e) => e.end <= qStart && e.start >= sentenceStart && OWNER.test(text.slice(e.end, e.end + 40)))?.name;
}
