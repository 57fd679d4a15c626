/**
 * Market shares said with a verb or a possessive: "SK Hynix held 62% of the HBM market", "Nvidia, which
 * still controls more than 90 percent of the AI accelerator market", "put Samsung's share for the quarter
 * at 27%". The subject is the company that holds the share.
 */
import { isCompany } from "./state";
import type { UnitCtx, UnitResult } from "./count-claims";

/** The words between the holder and the figure: "holds about ", ", which by most estimates still controls more than ". */
const HOLDS = /^\s*(?:,\s*which\s+(?:[^,;.]{0,30}?\s+)?)?(?:(?:still|now|currently|already|reportedly|alone|effectively)\s+)?(?:held|holds?|controls?|controlled|owns?|owned|commands?|commanded|captured|captures?|accounts?\s+for|accounted\s+for|enjoys?|enjoyed)\s+(?:(?:an\s+estimated|about|around|roughly|nearly|almost|more\s+than|over|some|close\s+to|upwards\s+of|north\s+of|less\s+than|under|just|approximately)\s+)*$/i;
/** What follows the figure: "of the HBM market", "of the custom AI chip (ASIC) market", "of the global market for …". */
const OF_MARKET = /^\s*(?:share\s+)?of\s+(?:the\s+|its\s+)?(?:(?:global|world['’]s|worldwide)\s+)?(?:(?:[\w&/.+-]+|\([^()]{1,20}\))\s+){0,5}market(?![\w-])/i;
/** "Samsung's share for the same quarter at ", "Micron's market share at roughly ": a holder's share, then its figure. */
const SHARE_AT = /^['’]s?\s+(?:(?:global|overall|estimated)\s+)?(?:market\s+)?share\b(?!\s+(?:price|count|sale|of\s+(?!the\s+(?:[\w-]+\s+){0,3}market\b)))[^.;%$]{0,40}?\b(?:at|to|was|is|stood\s+at|reached)\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|just|approximately)\s+)*$/i;

/** "70% of the custom AI chip (ASIC) market": a percentage of a market, never a stake. */
export function ofMarket(text: string, q: { end: number }): boolean {
  return OF_MARKET.test(text.slice(q.end, q.end + 80));
}

/** "70% market share", "80% share of the accelerator market": the figure is a market share. */
const SHARE_AFTER = /^\s*(?:market\s+share\b|share\s+of\s+(?:the\s+)?(?:(?:[\w&/.+-]+|\([^()]{1,20}\))\s+){0,5}market(?![\w-]))/i;
/** "is the clear leader with about ", "has a ", ", with roughly ": a holder's words before its market share. */
const LEADS_WITH = /^\s*(?:,\s*)?(?:(?:is|was|remains|stays)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:leader|player|vendor|supplier|maker)\s+with|with|(?:has|had|holds|held|commands|enjoys|keeps)\s+(?:a|an))\s+(?:(?:an\s+estimated|about|around|roughly|nearly|almost|more\s+than|over|some|close\s+to|approximately)\s+)*$/i;

export function marketShare(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents } = c;
  const comps = ents.filter((e) => isCompany(e) && e.end <= q.start && e.start >= sentence.start);
  const base = { value: q.value, valueMax: q.valueMax };
  if (ofMarket(text, q)) {
    const holder = [...comps].reverse().find((e) => HOLDS.test(text.slice(e.end, q.start)));
    if (holder) return { subject: holder.name, property: "market_share_pct", kind: "other", ...base };
  }
  if (SHARE_AFTER.test(text.slice(q.end, q.end + 80))) {
    const leader = comps.at(-1);
    if (leader && LEADS_WITH.test(text.slice(leader.end, q.start))) return { subject: leader.name, property: "market_share_pct", kind: "other", ...base };
  }
  // "put Samsung's share … at 27%": only where the sentence speaks of a market, a tracker or the same measure
  const possessor = [...comps].reverse().find((e) => SHARE_AT.test(text.slice(e.end, q.start)));
  if (possessor && (/\bmarket\b|\btracker\b|\bshipments\b/i.test(sentence.text) || /\bmarket\s+share\b|\bshare\s+of\s+the\b/i.test(text.slice(Math.max(0, sentence.start - 300), sentence.start))))
    return { subject: possessor.name, property: "market_share_pct", kind: "other", ...base };
  return undefined;
}
