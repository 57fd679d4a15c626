/**
 * Company coreference: descriptions such as "the startup", "the lab", "the company", "the firm",
 * "the chipmaker", "the cloud provider" or "the Paris-based company" become mentions of the
 * article's current organisation of that kind, so that the subject rules read them like names.
 *
 * A company that has only appeared as an investor is never taken for the one raising money.
 */
import type { CompanyKind, EntityMention } from "./entities";
import { LEAD_PHRASE } from "./subjects";

type Want = "startup" | "chipmaker" | "cloud" | "investor" | "venture" | "site" | "any";

/** What the article has said about each organisation so far. */
export type CorefState = {
  /** companies in order of mention */
  recentCompanies: string[];
  kinds: Map<string, CompanyKind>;
  /** names that invested, led or backed */
  investors: Set<string>;
  /** names that raised, were valued, received money or bought compute */
  raisers: Set<string>;
  /** registry names (so "the startup" prefers the article's own companies and labs) */
  registry: Set<string>;
  /** names that have been the grammatical subject of a sentence (not only an object or a passing mention) */
  subjects: Set<string>;
  /** the company the article is about, when one is named far more often than any other */
  dominant?: string;
  /** names just said to have invested with no amount ("Alphabet and Nvidia also invested"): not the company valued next */
  backers?: Set<string>;
  /** the venture the article named by the site it owns ("a joint venture that owns the Hyperion campus") */
  ventureName?: string;
  /** where each company was last named (end offset) */
  lastAt?: Map<string, number>;
};

export const newCorefState = (): CorefState => ({ recentCompanies: [], kinds: new Map(), investors: new Set(), raisers: new Set(), registry: new Set(), subjects: new Set() });

const DESC =
  /\b[Tt]he\s+(?:([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)-based\s+)?((?:(?:AI|artificial[\s-]intelligence|generative[\s-]AI|chip|semiconductor|cloud|investment|venture|private[\s-]equity|tech|software|robotics|young|French|German|British|European|American|Chinese)\s+)?(?:start-?ups?|upstart|lab|company|firm|group|chipmaker|chip\s+designer|cloud\s+provider|hyperscaler|developer|investor|fund|model\s+maker)|(?:(?:U\.S\.|US|U\.K\.|UK|American|European|British|domestic|original)\s+)?(?:joint\s+)?venture|(?:data[\s-]?cent(?:er|re)\s+)?(?:campus|project))\b(?![ \u00a0]+[A-Z][a-z])(?!\s+of\b)(?!-)/g;

function wantOf(phrase: string): Want {
  const p = phrase.toLowerCase();
  // "the venture", "the joint venture": the company set up with the money, not a venture-capital firm
  if (/^(?:\S+\s+)?(?:joint\s+)?venture$/.test(p) && !/capital|firm/.test(p)) return "venture";
  if (/(?:campus|project)$/.test(p)) return "site";
  if (/chip|semiconductor/.test(p)) return "chipmaker";
  if (/cloud|hyperscaler/.test(p)) return "cloud";
  if (/investment|venture|equity|investor|fund/.test(p)) return "investor";
  if (/start-?up|upstart|lab|developer|model maker|\bai\b|intelligence/.test(p)) return "startup";
  return "any";
}

const PROGRAM = /^(?:Project\s|Stargate)/;

const VENTURE_APPOSITION = /^\s*,\s+(?:an?|the|its)\s[^,.;]{0,80}\b(?:joint\s+)?venture\b/;
const VENTURE_BEFORE = /\b(?:joint\s+)?venture(?:\s+(?:called|named))?,?\s*$/;
/** "the Stargate venture", "the Stargate joint venture" */
const VENTURE_AFTER = /^[ \u00a0]+(?:joint\s+)?venture\b/;

/** Has the text called `name` a venture ("Kitakaze Compute, a new data-centre joint venture", "a joint venture called X")? */
function calledVenture(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (VENTURE_APPOSITION.test(text.slice(i + name.length, i + name.length + 120)) || VENTURE_AFTER.test(text.slice(i + name.length, i + name.length + 20)) || VENTURE_BEFORE.test(text.slice(Math.max(0, i - 40), i))) return true;
  }
  return false;
}

/** The company a description refers to, or undefined. */
export function resolveDescription(phrase: string, after: string, st: CorefState, before = "", where?: { text: string; at: number }): string | undefined {
  let want = wantOf(phrase);
  // "the campus", "the project": only the site a venture of the article was named by
  if (want === "site") return st.ventureName;
  // "valued the company at", "the startup raised": the one raising money is never an investor
  const raising = /\b(?:valu\w*|worth)\s*$/i.test(before) || /^\s*(?:['’]s\s+(?:\w+\s+)?(?:valuation|round|funding)|(?:\w+\s+){0,2}?(?:rais\w*|is\s+valued|was\s+valued|been\s+valued|secured|lands|landed|closed|received))\b/i.test(after);
  // "the firm led the round": an investor's act
  const investing = /^\s*(?:['’]s\s+)?(?:\w+\s+){0,2}?(?:invest\w*|led|leads|co-led|backed|participated|poured|put|owns|holds|contributed|stake)\b/i.test(after);
  if (want === "any" && investing) want = "investor";
  const investorOnly = (n: string) => (st.investors.has(n) || (st.kinds.get(n) === "investor" && (raising || !st.registry.has(n)))) && !st.raisers.has(n);
  const fits = (n: string): boolean => {
    // "the $500 billion Stargate venture ... the U.S. venture": a program the article has called a venture
    if (PROGRAM.test(n)) return want === "venture" && !!where && calledVenture(where.text.slice(0, where.at), n);
    if (raising && st.backers?.has(n) && !st.raisers.has(n)) return false;
    const k = st.kinds.get(n);
    switch (want) {
      case "chipmaker":
        return k === "chipmaker" || (!st.registry.has(n) && k === "other" && !investorOnly(n));
      case "cloud":
        return k === "cloud";
      case "venture":
        return !!where && calledVenture(where.text.slice(0, where.at), n) && !investorOnly(n);
      case "investor":
        return k === "investor" || st.investors.has(n);
      case "startup":
        return !investorOnly(n) && (k === "lab" || (!st.registry.has(n) && k !== "investor") || (st.registry.has(n) && k === "other" && !/\s/.test(n) === false));
      default:
        return !investorOnly(n) && !(st.registry.has(n) && k === "other");
    }
  };
  // "owns about 6% of the company", "a stake in the startup": the owned one is a company that has raised money
  if ((want === "any" || want === "startup") && /(?:%|\bper\s?cent|\bpercent)\s+of\s*$|\bstake\s+in\s*$/i.test(before)) {
    const owned = [...st.recentCompanies].reverse().find((n) => fits(n) && st.raisers.has(n));
    if (owned) return owned;
  }
  // "the company" with no cue means the company the article has been talking about: one that was a
  // sentence's subject, not a cloud or partner named only after a preposition
  // "the startup" likewise: a neocloud or partner named in passing just before is not the article's startup
  if ((want === "any" || want === "startup") && st.subjects?.size) {
    for (let i = st.recentCompanies.length - 1; i >= 0; i--) {
      const n = st.recentCompanies[i];
      if (!fits(n) || !st.subjects.has(n)) continue;
      // a new paragraph that says "the company" goes back to the company the article is about, not to one
      // the previous paragraph spoke of in passing
      const d = st.dominant;
      const last = st.lastAt?.get(n);
      if (where && d && d !== n && fits(d) && st.recentCompanies.includes(d) && last !== undefined && where.text.slice(last, where.at).includes("\n")) return d;
      return n;
    }
  }
  for (let i = st.recentCompanies.length - 1; i >= 0; i--) if (fits(st.recentCompanies[i])) return st.recentCompanies[i];
  return want === "venture" ? st.ventureName : undefined;
}

/**
 * The company a bare pronoun ("it", "the company") most likely means: the latest one that has been
 * a sentence's subject and is not only an investor. Undefined rather than a guess.
 */
export function topicCompany(st: CorefState): string | undefined {
  // an article about one company: that company, unless it has only appeared as an investor
  const d = st.dominant;
  if (d && !(st.investors.has(d) && !st.raisers.has(d)) && st.recentCompanies.includes(d)) return d;
  for (let i = st.recentCompanies.length - 1; i >= 0; i--) {
    const n = st.recentCompanies[i];
    if (st.subjects.has(n) && !(st.investors.has(n) && !st.raisers.has(n)) && !PROGRAM.test(n)) return n;
  }
  return undefined;
}

export type Description = { start: number; end: number; phrase: string };

/** Every description in the article ("the startup", "the Paris-based company"), found once. */
export function findDescriptions(text: string): Description[] {
  const out: Description[] = [];
  DESC.lastIndex = 0;
  for (const m of text.matchAll(DESC)) out.push({ start: m.index, end: m.index + m[0].length, phrase: m[2] });
  return out;
}

/** Mentions for a sentence's descriptions, outside `taken` (the sentence's names). */
export function descriptionMentions(text: string, descs: Description[], taken: EntityMention[], st: CorefState & { prevSubject?: { sentence: number; name: string } }, sentenceIndex = -1): EntityMention[] {
  const out: EntityMention[] = [];
  for (const d of descs) {
    if (taken.some((t) => t.start < d.end && d.start < t.end)) continue;
    // names earlier in the same sentence are the most recent ones
    let name: string | undefined;
    const after = text.slice(d.end, d.end + 40);
    const before = text.slice(Math.max(0, d.start - 20), d.start);
    let earlier = taken.filter((t) => t.type === "company" && t.end <= d.start);
    // "the $8 billion Amazon has invested in the company": the company invested in is not the investor just named
    // "Amazon remains Anthropic's largest investor, having put $8 billion into the company": the sentence's subject invests
    const investor = INVESTED_IN.test(before) ? earlier[earlier.length - 1]?.name : INVESTED_AMOUNT_IN.test(text.slice(Math.max(0, d.start - 70), d.start)) ? earlier.find((t) => !t.possessive)?.name : undefined;
    if (investor) earlier = earlier.filter((t) => t.name !== investor);
    if (earlier.length) {
      const local: CorefState = { ...st, recentCompanies: earlier.map((t) => t.name) };
      name = resolveDescription(d.phrase, after, local, before);
    }
    // "… . The company, founded in 2023, is raising …": a sentence that opens with a description goes on
    // about the previous sentence's subject, not the company named last
    const prev = st.prevSubject?.sentence === sentenceIndex - 1 ? st.prevSubject.name : undefined;
    if (!name && !earlier.length && prev && OPENS_SENTENCE.test(text.slice(Math.max(0, d.start - 80), d.start)) && !PROGRAM.test(prev)) name = resolveDescription(d.phrase, after, { ...st, recentCompanies: [prev] }, before);
    name ??= resolveDescription(d.phrase, after, investor ? { ...st, recentCompanies: st.recentCompanies.filter((n) => n !== investor) } : st, before, { text, at: d.start });
    if (!name) continue;
    const possessive = /^['’]s?\b/.test(text.slice(d.end, d.end + 3));
    out.push({ start: d.start, end: d.end, name, type: "company", kind: st.kinds.get(name) ?? "other", possessive });
  }
  return out;
}

/** the start of a sentence, maybe after a time phrase ("Last month the company …") */
const OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.!?]["”’)]?\s+|\n\s*)(?:${LEAD_PHRASE}\s*,?\s+)?$`);

/** "has put north of $3 billion into the company": the amount between the verb and the company invested in */
const INVESTED_AMOUNT_IN = /\b(?:invested|invests|investing|put|puts|poured|pours|pumped|sunk|plowed|ploughed)\s+(?:(?:about|around|roughly|nearly|some|another|more\s+than|over|north\s+of|up\s+to|as\s+much\s+as|an?\s+(?:additional|further))\s+)?(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bmk])?\s+(?:in|into)\s+$/i;
const INVESTED_IN = /\b(?:invested|invests|investing|put|puts|poured|pours|pumped|sunk|plowed|ploughed)\s+(?:\w+\s+)?(?:in|into)\s+$/i;

/** "Alphabet Inc. and Nvidia also invested.": names that backed the round, with no amount of their own */
const BACKER_AFTER = /^(?:\s+and\s+(?:[A-Z][\w.&-]*\s+){1,3})?\s+(?:(?:also|both|too|have|has|had)\s+){0,2}(?:invested|participated|took\s+part|chipped\s+in)\s*(?:[.;]|,\s+(?:and|according|people|said|the)\b|\s+(?:too|as\s+well)\b)/;

const OWN_ROUND_AFTER = /^['’]s?\s+(?:(?:latest|new|last|recent|most|first|second|third|next|planned|upcoming|US|\S*\d\S*|billion|million|bn|mn)\s+){0,4}(?:Series\s+[A-H]\d?\s+)?(?:funding|financing|fundraising|equity)?\s*(?:round|valuation)\b/;

/** Record a company's kind and whether an investor cue introduces it ("led by X", "X-backed"). */
export function noteCompany(text: string, e: { name: string; kind: string; start: number; end: number }, st: CorefState, isRegistered: (name: string) => boolean) {
  (st.lastAt ??= new Map()).set(e.name, e.end);
  if (!st.kinds.has(e.name)) {
    st.kinds.set(e.name, e.kind as CompanyKind);
    if (isRegistered(e.name)) st.registry.add(e.name);
  }
  if (BACKER_AFTER.test(text.slice(e.end, e.end + 60))) (st.backers ??= new Set()).add(e.name);
  // "OpenAI's $40 billion funding round": a company whose own round the text names raises money
  if (OWN_ROUND_AFTER.test(text.slice(e.end, e.end + 60))) st.raisers.add(e.name);
  if (/\b(?:led|co-led|backed|funded|joined)\s+by\s+(?:the\s+)?$|\binvestors?\s+(?:including|such\s+as)\s+$/i.test(text.slice(Math.max(0, e.start - 30), e.start)) || /^[-‑](?:backed|led|funded)\b|^\s+as\s+(?:an?\s+)?(?:[“"]?[\w-]+[”"]?\s+){0,2}(?:investor|backer)\b/.test(text.slice(e.end, e.end + 40))) st.investors.add(e.name);
}

/** Who gives and who receives in a money subject ("A + B -> C", or a raiser "C"). */
export function noteRoles(subject: string, st: CorefState) {
  const [from, to] = subject.split(" -> ");
  if (to === undefined) st.raisers.add(from);
  else {
    for (const f of from.split(" + ")) st.investors.add(f);
    st.raisers.add(to);
  }
}

/**
 * The company the article is about: named at least 4 times and either twice as often as any other,
 * or named first (the headline's company) and more often than any other.
 */
export function dominantCompany(ents: { type: string; name: string; kind?: string }[]): string | undefined {
  const n = new Map<string, number>();
  let first: string | undefined;
  for (const e of ents) {
    if (e.type !== "company" || PROGRAM.test(e.name)) continue;
    first ??= e.name;
    n.set(e.name, (n.get(e.name) ?? 0) + 1);
  }
  const ranked = [...n.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 4) return undefined;
  const runnerUp = ranked[1]?.[1] ?? 0;
  if (ranked[0][1] >= 2 * runnerUp || (ranked[0][0] === first && ranked[0][1] > runnerUp)) return ranked[0][0];
  return undefined;
}
