/**
 * Who gives money to whom, and what a figure is about, from the sentence's structure:
 * possessives ("Amazon's $10B"), prepositions ("in OpenAI", "from Nvidia", "by Amazon"),
 * the grammatical subject before the verb, and pronouns resolved to earlier mentions.
 */
import type { EntityMention } from "./entities";
import { CLOUD_PARENTS } from "./registry";

/** Cloud arms invest through their parent; parents buy compute through their cloud arm. */
const CLOUD_ARM: Record<string, string> = { Amazon: "AWS", Microsoft: "Microsoft Azure", Google: "Google Cloud" };

export const asInvestor = (name: string) => CLOUD_PARENTS[name] ?? name;
export const asCloud = (name: string) => CLOUD_ARM[name] ?? name;

export type Context = {
  /** companies in order of mention over the article so far */
  recentCompanies: string[];
  lastInvestor?: string;
  lastRecipient?: string;
  lastBuyer?: string;
  lastCloud?: string;
  lastChip?: string;
  /** the company whose round/valuation the article is talking about */
  lastRaiser?: string;
  /** the grammatical subject of the last sentence that had one */
  prevSubject?: { sentence: number; name: string };
  /** the company whose stake the sentence last stated ("51% owned by X, while Y holds 34%") */
  lastStakeRecipient?: { sentence: number; name: string };
};

const companies = (ents: EntityMention[]) => ents.filter((e) => e.type === "company");

/** Words allowed between a preposition and the entity it introduces ("in AI giant OpenAI"). */
const FILLER = "(?:(?:the|a|an|AI|giant|startup|start-up|lab|rival|company|firm|developer|maker|model|French|US|U\\.S\\.|Chinese|artificial|intelligence|generative|cloud|provider|chip|chipmaker|equipment|Dutch|British|fellow|research|its|his|their|partner|struggling|embattled|troubled|ailing|beleaguered|longtime|long-time|archrival|smaller|larger|bigger|cash-strapped|loss-making)\\s+){0,5}";

const RE_CACHE = new Map<string, RegExp>();

/** The entity right after `prep` (a regex source) that follows position `from` within `limit` chars. */
export function entityAfter(text: string, ents: EntityMention[], from: number, prep: string, limit = 70): EntityMention | undefined {
  const key = `${prep}|${limit}`;
  let re = RE_CACHE.get(key);
  if (!re) {
    re = new RegExp(`^(?:[^.;]|\\.(?=\\d)){0,${limit}}?\\b(?:${prep})\\s+${FILLER}$`, "i");
    RE_CACHE.set(key, re);
  }
  for (const e of ents) {
    if (e.type !== "company" || e.start < from) continue;
    // the gap holds at most `limit` characters, the preposition and five filler words
    if (e.start - from > limit + 110) break;
    if (re.test(text.slice(from, e.start))) return e;
  }
  return undefined;
}

/** The possessive company mention right before `at` ("Amazon's potential $10B+"). */
export function possessiveBefore(text: string, ents: EntityMention[], at: number, limit = 40): EntityMention | undefined {
  const cands = companies(ents).filter((e) => e.possessive && e.end <= at && at - e.end <= limit);
  const e = cands[cands.length - 1];
  if (!e) return undefined;
  // nothing but adjectives between the possessive and the figure
  // "Sorelle's rival Mistral AI raised": another company between them is the one meant
  if (ents.some((o) => o.type === "company" && !o.possessive && o.start >= e.end && o.end <= at)) return undefined;
  const gap = text.slice(e.end, at);
  if (/[,;.]|\b(?:and|with|while|but|as|which|that|than)\b/.test(gap.slice(2))) return undefined;
  return e;
}

const FOR_TOPIC = /^\s*(?:For|As\s+for)\s+$/;
const MODIFIER_BEFORE = /\b(?:the|a|an|this|that)\s+$/i;
const MODIFIER_NOUN = /^\s+(?:deals?|contracts?|agreements?|investments?|partnerships?|pacts?|stake|round|orders?|tie-up|alliance|transaction|acquisition|merger|team|board|shares|stock|executives?|announcement|commitment|pledge|talks|negotiations|news|IPO|listing|offer|bid|money|backing|loan|lawsuit|case|effect)\b/;

/**
 * The grammatical subject of the clause containing `at`: the first company mentioned in the
 * sentence before `at` that is not introduced by a preposition, not inside an apposition
 * and not a possessive modifying something else.
 */
export function subjectBefore(text: string, sentenceStart: number, ents: EntityMention[], at: number, topic = false): EntityMention | undefined {
  let skipped: EntityMention | undefined;
  for (const e of companies(ents)) {
    if (e.end > at) break;
    // "backed by Nvidia, Microsoft and Amazon": later items of a list whose first item is no subject are none either
    if (skipped && /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/.test(text.slice(skipped.end, e.start))) {
      skipped = e;
      continue;
    }
    skipped = e;
    // "For Microsoft, it's the latest …": a sentence-initial topic is what the sentence is about
    if (topic && FOR_TOPIC.test(text.slice(sentenceStart, e.start)) && /^\s*,/.test(text.slice(e.end, e.end + 3))) return e;
    // "The OpenAI deal was signed in May": a name modifying a noun is not what the sentence is about
    if (topic && MODIFIER_BEFORE.test(text.slice(Math.max(sentenceStart, e.start - 6), e.start)) && MODIFIER_NOUN.test(text.slice(e.end, e.end + 20))) continue;
    const before = text.slice(Math.max(sentenceStart, e.start - 30), e.start);
    // "with neocloud X", "in AI lab Y": a descriptor between the preposition and the name
    if (/\b(?:in|into|to|from|by|with|of|for|than|like|including|and|at|on|over|against|between|versus|vs\.?|as)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|AI)\s+){0,2}$/.test(before) || /\b(?:in|into|to|from|by|with|of|for|than|like|including|and|at|on|over|against|between|versus|vs\.?|as)\s+(?:the\s+)?$/i.test(before)) continue;
    // "Days before the government deal, X agreed …": a name in a time phrase is no subject
    if (/\b(?:before|after|since|until|during|following)\s+(?:the\s+)?$/i.test(before) && /^['’]?s?\s+(?:[\w-]+\s+){0,1}(?:deal|agreement|investment|announcement|round|stake|purchase|offer|pact|contract|bid)\b/i.test(text.slice(e.end, e.end + 30))) continue;
    if (/\b(?:led by|backed by|such as)\s+(?:the\s+)?$/i.test(before)) continue;
    // "Globex aside, Microsoft will ...": a set-aside name is not the subject
    if (/^\s*,?\s*(?:aside|apart)\b/.test(text.slice(e.end, e.end + 10))) continue;
    // "Orbit-backed Quill": the backer modifies the name after it
    if (/^[-‑](?:backed|funded|led)\b/.test(text.slice(e.end, e.end + 8))) continue;
    // "The company's rival, OpenAI, ...": a possessive whose noun is renamed by an apposition
    if (e.possessive && /^['’]s?\s+(?:(?:[\w-]+\s+){0,2}?[\w-]+,\s*|(?:rival|backer|partner|investor|customer|parent|unit|subsidiary)\s+)$/.test(text.slice(e.end, (companies(ents).find((o) => o.start > e.end) ?? e).start))) continue;
    return e;
  }
  return undefined;
}

/** Is there a word between `a` and `b` that starts a new clause? */
export function sameClause(text: string, a: number, b: number): boolean {
  const gap = text.slice(Math.min(a, b), Math.max(a, b));
  return !/[;:]|\.\s|,\s+(?:while|but|and|which|who)\b|\bwhile\b|\bwhereas\b/.test(gap);
}

/** Resolve "it", "its", "the company", "the startup" to the most recent company. */
export function resolvePronoun(ctx: Context, exclude?: string): string | undefined {
  for (let i = ctx.recentCompanies.length - 1; i >= 0; i--) {
    const c = ctx.recentCompanies[i];
    if (c !== exclude) return c;
  }
  return undefined;
}

/**
 * The subject of a later clause of the sentence that holds `at`: "A did X, and the B, which …, is
 * discussing $Y" → B. Only a company that opens a coordinated clause (after ", and", ", while", "; ")
 * and is followed by its own verb before `at` (relative clauses and appositions skipped).
 */
export function laterClauseSubject(text: string, sentenceStart: number, ents: EntityMention[], at: number): EntityMention | undefined {
  const cs = companies(ents).filter((e) => e.end <= at && e.start > sentenceStart);
  for (let i = cs.length - 1; i >= 0; i--) {
    const e = cs[i];
    if (!/(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentenceStart, e.start - 20), e.start))) continue;
    // drop ", which manages …," and ", the growth fund," between the name and its verb
    const gap = text.slice(e.end, at).replace(/^\s*,\s*(?:which|who|that|the|an?|its|their)\b[^,]*,/, " ");
    if (/[,;:]|\b(?:and|but|while)\b/.test(gap)) return undefined;
    if (cs.some((o) => o.start > e.end && o.end <= at)) return undefined;
    return e;
  }
  return undefined;
}

/** A time or linking phrase before the sentence's subject ("Last month", "On Wednesday", "Separately,"). */
export const LEAD_PHRASE = String.raw`(?:(?:Last|This|Earlier\s+this|Later\s+that|Later\s+this|Next|Early\s+last|Late\s+last)\s+(?:week|month|year|quarter|spring|summer|autumn|fall|winter)|(?:On|In|Earlier\s+in|By|Since|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?[A-Z][a-z]+(?:\s+\d{1,4})?|Earlier|Later|Separately|Meanwhile|Now|Then|Since\s+then|At\s+the\s+time|In\s+(?:a\s+)?(?:separate\s+)?(?:statement|filing|release|announcement))`;

/** "On Wednesday it separately announced …", "Last month they agreed …": the pronoun is the subject. */
export const LEAD_PRONOUN = new RegExp(String.raw`^\s*${LEAD_PHRASE}\s*,?\s+(?:it|they)\s+(?!(?:is|was|would|will|has|had)\s+(?:been\s+|be\s+)?(?:expected|estimated|likely|possible|unclear|reported|said|not|thought|believed))`);

/** A sentence that opens with "It"/"They" as its subject ("It plans", not "It is expected that"). */
export const PRONOUN_OPENS = /^\s*(?:It|They)\s+(?!(?:is|was|would|will|has|had)\s+(?:been\s+|be\s+)?(?:expected|estimated|likely|possible|unclear|reported|said|not|thought|believed)\b)/;

/**
 * "It plans to spend $X …", "It …, and has agreed to spend $Y": a sentence whose subject is "it", with no
 * company named before the figure, speaks of the previous sentence's subject. Undefined rather than a guess.
 */
export function pronounSubject(text: string, sentence: { start: number; index: number }, q: { start: number }, ents: EntityMention[], ctx: Context): string | undefined {
  if (companies(ents).some((e) => e.end <= q.start)) return undefined;
  if (!PRONOUN_OPENS.test(text.slice(sentence.start, q.start))) return undefined;
  return ctx.prevSubject?.sentence === sentence.index - 1 ? ctx.prevSubject.name : undefined;
}
