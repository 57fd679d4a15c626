/**
 * Memory parts as subjects: a memory maker's HBM generation ("Micron began sampling 12-high HBM4
 * at 36 GB per stack" -> "Micron HBM4"). A part keeps its maker, as it is written in spec tables
 * ("SK Hynix HBM3E"), because every maker ships its own HBM3E with its own figures.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";

/** Makers of high-bandwidth memory (registry names). */
const MEMORY_MAKERS: ReadonlySet<string> = new Set(["SK Hynix", "Samsung", "Micron"]);
/** An HBM generation: "HBM3E", "HBM4", "HBM3e", "HBM4E". */
const HBM_GEN = /\bHBM(\d[Ee]?)\b/g;
/** Words of a memory stack's spec: the sentence speaks of stacks, not of a chip's memory. */
const STACK_WORDS = /\b(?:stacks?|\d+-high|12-Hi|16-Hi|8-Hi|cubes?|per\s+pin|pin\s+(?:speed|rate)|interface)\b/i;
/** "the part", "it", "the stack": a figure the part's own clause gives, with no other subject between. */
const OTHER_SUBJECT = /[;]|\b(?:while|whereas|but|compared\s+(?:to|with)|than|versus|vs\.?)\b/i;

/**
 * The memory part a figure describes: a memory maker named before the figure in the sentence and
 * an HBM generation between them, in a sentence about stacks that names no chip before the figure.
 */
export function memoryPartSubject(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): string | undefined {
  if (q.unit !== "gb" && q.unit !== "tbps" && q.unit !== "tbit_s" && q.unit !== "bits") return undefined;
  return partOf(text, sentence, q, ents);
}

/** "better than its own HBM3E": a gain over the maker's earlier generation. */
const GAIN_AFTER = /^\s*(?:better|higher|more|greater)\s+than\s+(?:its\s+own\s+|its\s+|the\s+)?(HBM\d[Ee]?)\b/i;
/** "power efficiency more than ", "bandwidth about ": what the gain measures, right before the figure. */
const GAIN_WHAT = /\b(efficiency|bandwidth|capacity|performance)\s+(?:of\s+)?(?:more\s+than|over|about|around|roughly|nearly|almost|up\s+to|some)?\s*$/i;

/** "Micron ... HBM4 ... with power efficiency more than 20% better than its own HBM3E": the part's gain in percent. */
export function memoryPartGain(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | undefined {
  if (q.unit !== "pct") return undefined;
  const a = text.slice(q.end, sentence.end).match(GAIN_AFTER);
  const w = a && text.slice(Math.max(sentence.start, q.start - 40), q.start).match(GAIN_WHAT);
  if (!a || !w) return undefined;
  const subject = partOf(text, sentence, q, ents);
  if (!subject) return undefined;
  const vs = `${subject.slice(0, subject.lastIndexOf(" "))} HBM${a[1].slice(3).toUpperCase()}`;
  if (vs === subject) return undefined;
  const what = { efficiency: "efficiency", bandwidth: "memory_bandwidth", capacity: "memory", performance: "perf" }[w[1].toLowerCase() as "efficiency"];
  return { subject, property: `${what}_increase_pct_vs_${vs.toLowerCase().replace(/[^a-z0-9]+/g, "_")}` };
}

/** "SK Hynix's HBM4 price to Nvidia at around $560 per stack": the memory part a per-stack price is for. */
export function memoryPartPrice(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], anyWords = false): string | undefined {
  return partOf(text, sentence, q, ents, true, anyWords);
}

/** " to Nvidia", "for Nvidia": a company the part is sold to, named after the maker */
const BUYER_BEFORE = /\b(?:to|for)\s+(?:the\s+)?$/i;

function partOf(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], buyers = false, anyWords = false): string | undefined {
  if (!anyWords && !STACK_WORDS.test(sentence.text)) return undefined;
  if (ents.some((e) => e.type === "chip" && e.start >= sentence.start && e.end <= q.start)) return undefined;
  const maker = [...ents].reverse().find((e) => e.type === "company" && e.end <= q.start && MEMORY_MAKERS.has(e.name));
  if (!maker) return undefined;
  // another company after the maker speaks of its own product (a buyer the part is sold to, for a price, does not)
  if (ents.some((e) => e.type === "company" && e.start > maker.end && e.end <= q.start && e.name !== maker.name && !(buyers && BUYER_BEFORE.test(text.slice(Math.max(0, e.start - 10), e.start))))) return undefined;
  const between = text.slice(maker.end, q.start).replace(/\b(?:more|less|fewer)\s+than\b/gi, "");
  if (OTHER_SUBJECT.test(between)) return undefined;
  const gens = [...between.matchAll(HBM_GEN)];
  // "Samsung's HBM4", "SK Hynix ... its HBM3E": the generation named between the maker and the figure,
  // else right after a figure that leads ("36 GB HBM4 stacks from Micron" is not read)
  const gen = gens.length ? gens[gens.length - 1][1] : undefined;
  if (!gen) return undefined;
  return `${maker.name} HBM${gen.toUpperCase()}`;
}
