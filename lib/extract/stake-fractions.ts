/**
 * Stakes written as fractions: "Google owns roughly a tenth of Anthropic", "holds a fifth of the company",
 * "warrants for up to 160mn of its shares — roughly a tenth of the company". The fraction becomes a
 * percentage (a tenth → 10, a third → 33.3) read by the stake rules (lib/extract/stakes.ts).
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { Draft } from "./assemble";
import type { State } from "./state";
import { stakeSubject } from "./stakes";

const FRACTION = /\b(?:(?:a|one)[\s-](tenth|fifth|quarter|third|half)|(two|three|four)[\s-](thirds|fifths|quarters|tenths))\s+(?=of\s)/gi;
const ONE: Record<string, number> = { tenth: 10, fifth: 20, quarter: 25, third: 33.3, half: 50 };
const MANY: Record<string, number> = { thirds: 33.33, fifths: 20, quarters: 25, tenths: 10 };
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4 };

/** Stake drafts for the fractions of one sentence. */
export function fractionStakeDrafts(text: string, sentence: Sentence, ents: EntityMention[], st: State): Draft[] {
  if (!/\b(?:tenth|fifth|quarter|third|half|thirds|fifths|quarters|tenths)\s+of\b/i.test(sentence.text)) return [];
  const out: Draft[] = [];
  for (const m of sentence.text.matchAll(FRACTION)) {
    const value = m[1] ? ONE[m[1].toLowerCase()] : Math.round(COUNT[m[2].toLowerCase()] * MANY[m[3].toLowerCase()] * 10) / 10;
    const start = sentence.start + m.index!;
    const q: Quantity = { start, end: start + m[0].trimEnd().length, value, valueMax: null, unit: "pct", detail: "" };
    // "a quarter of a trillion dollars", "a fifth of those": not a share of a company
    if (!/^\s*of\s+(?:the\s+(?:company|firm|startup|start-up|business|lab|group)\b|[A-Z])/.test(text.slice(q.end, q.end + 30))) continue;
    const subject = stakeSubject(text, sentence, q, ents, st);
    if (!subject) continue;
    out.push({ kind: "investment", subject, property: "stake_pct", value, value_max: null, qualifier: "exact", status: null, explicitStatus: false, q, sentence });
  }
  return out;
}
