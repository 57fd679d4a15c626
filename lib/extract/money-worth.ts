/**
 * A company's worth stated with "worth": "OpenAI is worth about $500 billion", "the startup is now
 * worth $2 billion" (its valuation), not a stake's or a hypothetical company's worth; and a company named
 * by its value ("the $183 billion startup").
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";

/** "is worth", "is now worth about", "would be worth": the verb phrase between a company and its worth. */
const IS_WORTH = /^\s+(?:(?:is|was|are|were|has\s+been|had\s+been|would\s+be|will\s+be|could\s+be|now|currently|already|reportedly|already|said\s+to\s+be|estimated\s+to\s+be|believed\s+to\s+be|thought\s+to\s+be)\s+){1,3}worth\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over|at\s+least|less\s+than|close\s+to|north\s+of|upwards\s+of|as\s+much\s+as|up\s+to)\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i;

/** A company (or "the company", "the startup" resolved to one) that is worth the amount `q`, not a hypothetical one. */
export function companyWorth(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): boolean {
  const c = ents.findLast((e) => e.type === "company" && e.end <= q.start && e.start >= sentence.start);
  // "Nvidia is worth about $4.5 trillion": only a listed giant is worth trillions, and that is its market value
  if (!c || c.possessive || q.value >= 2e12 || !IS_WORTH.test(text.slice(c.end, q.start))) return false;
  // "if OpenAI were worth", "whether it is worth": a supposition
  return !/\b(?:if|whether|unless|were\s+it|should)\b[^.;]{0,40}$/i.test(text.slice(sentence.start, c.start));
}

/** "the $183 billion startup", "a $2 billion AI lab" (not "company-wide", not "a $5 billion business", which is revenue). */
const VALUED_NOUN_AFTER = /^\s*(?:[-‑]\s*(?:dollar\s+)?)?(?:(?:AI|chip|software|cloud|tech|robotics|defen[cs]e|[A-Z][\w-]*-based)\s+)?(?:startup|start-up|unicorn|lab|company|firm|developer|maker)(?![\w'’-])/;
const DETERMINER_BEFORE = /\b(?:a|an|the|this|that)\s+(?:US\s?)?[$€£¥₹]?\s*$/i;
/** "wants to become a $1 trillion company", "if it were a $50 billion firm": an aspiration or a supposition */
const ASPIRED = /\b(?:becom\w*|build\w*|creat\w*|into|turn\w*|grow\w*|if|would|could)\b[^.;]{0,30}$/i;

/** Is the amount the valuation that names a company ("For the $183 billion startup")? Trillions are a listed giant's market value. */
export function namedByValue(before: string, after: string, value: number): boolean {
  return value < 2e12 && VALUED_NOUN_AFTER.test(after) && DETERMINER_BEFORE.test(before) && !ASPIRED.test(before);
}
