/**
 * Rounds told in a journalist's shorthand: "a $250 million round at $3 billion", "$500 million led by Accel at
 * $14 billion", "a secondary share sale at roughly $500 billion" (the figure after "at" is the company's valuation),
 * "the latest raise lifted it to $20 billion" (a valuation again), "has raised roughly $1.5 billion since its 2022
 * founding" (all the company has raised, not one round).
 */
import type { MoneyRole } from "./properties";

const QUAL = String.raw`(?:(?:about|around|roughly|nearly|approximately|almost|just|slightly|more|less|than|over|under|some|a|little|close\s+to)\s+){0,3}~?`;
const AMOUNT = String.raw`(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?`;
/** "round at", "extension at", "seed at", "share sale at", "led by Accel at" right before the figure */
const ROUND_AT = new RegExp(
  String.raw`\b(?:round|raise|fundraise|extension|seed|series\s+[a-h]|(?:share|stock|secondary)\s+sale|secondary|tender(?:\s+offer)?|funding|financing)\s+(?:(?:led|co-led)\s+by\s+[^$€£¥₹.;,()]{1,40}?\s+)?at\s+(?:an?\s+)?${QUAL}(?:US\s?)?[$€£¥₹]?\s*$`,
  "i",
);
/** "$500 million led by Accel at" (an amount, its leader, then the valuation) */
const AMOUNT_LED_AT = new RegExp(String.raw`${AMOUNT}\s+(?:led|co-led)\s+by\s+[^$€£¥₹.;,()]{1,40}?\s+at\s+${QUAL}(?:US\s?)?[$€£¥₹]?\s*$`, "i");
/** "the latest raise lifted it to", "the round pushed its value to" */
const LIFTED_TO = new RegExp(
  String.raw`\b(?:raise|round|fundraise|extension|funding|financing|investment)\s+(?:has\s+|had\s+|would\s+|will\s+)?(?:lifted|lifts|lift|pushed|pushes|push|took|takes|take|boosted|boosts|boost|brought|brings|bring|sent|sends|send|catapulted|vaulted|propelled)\s+(?:it|the\s+(?:company|startup|start-up|firm|lab))\s+(?:up\s+)?to\s+${QUAL}(?:US\s?)?[$€£¥₹]?\s*$`,
  "i",
);
/** what may follow a per-share or per-unit price */
const PER_UNIT_AFTER = /^\s*(?:each|apiece|a\s+share|per\s+share|an?\s+(?:unit|chip|GPU)|per\s+(?:unit|chip|GPU))\b/i;
const TOTAL_BEFORE = /\b(?:has|have|had)\s+(?:now\s+)?raised\s+(?:about\s+|approximately\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|some\s+|almost\s+)?$/i;
/** "since its 2022 founding", "since it was founded in 2021", "so far", "in total", "altogether" */
const SINCE_FOUNDING = /^\s+(?:in\s+total\b|so\s+far\b|altogether\b|all\s+told\b|since\s+(?:its\s+)?(?:(?:19|20)\d\d\s+)?(?:founding|inception|launch|creation)\b|since\s+(?:it\s+was\s+|being\s+)?(?:founded|launched|created|started)\b)/i;

/** "$500 million led by Accel at $14 billion", "a $100 million extension at $18 billion": the round's size before its price */
const ROUND_THEN_AT = new RegExp(
  String.raw`^\s+(?:(?:[\w-]+\s+){0,2}?(?:round|raise|extension|seed|series\s+[a-h])\s+|(?:led|co-led)\s+by\s+[^$€£¥₹.;,()]{1,40}?\s+)at\s+(?:an?\s+)?${QUAL}(?:US\s?)?[$€£¥₹]\s*\d`,
  "i",
);

/** "€600M at ~€6B" in a sentence about rounds: a round's size, then its price */
const AMOUNT_AT_AMOUNT = new RegExp(String.raw`^\s+at\s+(?:an?\s+)?${QUAL}(?:US\s?)?[$€£¥₹]\s*\d`, "i");
const AMOUNT_AT = new RegExp(String.raw`${AMOUNT}\s+at\s+${QUAL}(?:US\s?)?[$€£¥₹]?\s*$`, "i");
const ROUND_WORDS = /\b(?:seed|round|rais(?:e|es|ed|ing)|fundrais\w*|series\s+[a-h]|funding)\b/i;

/** The round shorthand's role for the figure, or null. */
export function roundShorthandRole(before: string, after: string, beforeSentence: string, suffix: string, value: number): MoneyRole | null {
  if (PER_UNIT_AFTER.test(after)) return null;
  const roundTalk = ROUND_WORDS.test(beforeSentence + after);
  if ((ROUND_THEN_AT.test(after) || (roundTalk && AMOUNT_AT_AMOUNT.test(after))) && value >= 1e5) return { property: `round_size_${suffix}`, kind: "investment", role: "round" };
  // "at a $183 billion post-money valuation": named as a valuation, left to the valuation rules
  if ((ROUND_AT.test(before) || AMOUNT_LED_AT.test(before) || (roundTalk && AMOUNT_AT.test(before))) && !/^\s*(?:(?:pre|post)[\s‑-]money\s+)?valuation\b|^\s*(?:pre|post)[\s‑-]money\b/i.test(after)) {
    // the valuation is no smaller than the round it prices ("a $250 million round at $3 billion")
    const prev = [...beforeSentence.matchAll(/[$€£¥₹]\s*([\d.,]+)\s*(billion|million|trillion|bn|mn|[bm])?\b/gi)].pop();
    const scale = (u?: string) => (!u ? 1 : /^t/i.test(u) ? 1e12 : /^b/i.test(u) ? 1e9 : 1e6);
    if (prev && Number(prev[1].replace(/,/g, "")) * scale(prev[2]) >= value) return null;
    if (value < 1e7) return null;
    return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  }
  if (LIFTED_TO.test(before) && !/^\s+(?:in|of)\s+(?:annual\s+|annuali[sz]ed\s+)?(?:revenue|sales)\b/i.test(after)) return { property: `valuation_${suffix}`, kind: "valuation", role: "valuation" };
  if (TOTAL_BEFORE.test(before) && SINCE_FOUNDING.test(after)) return { property: `total_funding_${suffix}`, kind: "investment", role: "round" };
  return null;
}
