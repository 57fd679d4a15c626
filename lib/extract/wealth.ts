/**
 * A person's wealth: net worth ("Ellison, who owns about 41% of Oracle, was worth $393 billion", "ahead of Elon
 * Musk's $385 billion") and its change ("lifted co-founder Larry Ellison's fortune by more than $100 billion",
 * "Ellison's $101 billion gain"). The subject is the person's full name as the article first gives it; a name
 * that is a company, or that the article never writes with a first name, is no person.
 */
import type { MoneyRole } from "./properties";
import { resolveCompany, type EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+|some\\s+|an\\s+estimated\\s+)?(?:US)?[$€£]?\\s*";
const NAME = "([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})";
/** a company and title before a name: "Oracle Chairman", "Nvidia Chief Executive", "co-founder" */
const TITLE = "(?:(?:[A-Z][\\w.&-]*\\s+){0,2}(?:Chairman|Chairwoman|Chair|Chief\\s+Executive|CEO|Founder|Co-founder|President|co-founder|founder|chairman|chief\\s+executive)\\s+)?";
/** "lifted Larry Ellison's fortune by", "cut Jensen Huang's net worth by", "increased Oracle Chairman Larry Ellison's wealth by" */
const CHANGE_BY = new RegExp(`\\b(lifted|boosted|raised|increased|added\\s+to|swelled|pushed\\s+up|cut|reduced|slashed|shrank|trimmed|lowered)\\s+(?:[a-z-]+\\s+){0,2}${TITLE}${NAME}['’]s?\\s+(?:personal\\s+)?(?:fortune|net\\s+worth|wealth)\\s+by\\s+${HEDGE}$`);
/** "added $12 billion to Jensen Huang's fortune", "wiped $20 billion off Musk's net worth" */
const CHANGE_VERB = new RegExp(`\\b(added|adds|wiped|wipes|erased|knocked|shaved)\\s+${HEDGE}$`, "i");
const CHANGE_TO = new RegExp(`^\\s+(?:to|off|from)\\s+(?:[a-z-]+\\s+){0,2}${NAME}['’]s?\\s+(?:personal\\s+)?(?:fortune|net\\s+worth|wealth)\\b`);
/** "Ellison's $101 billion gain", "Musk's $20 billion one-day loss" */
const OWN_CHANGE = new RegExp(`\\b${NAME}['’]s\\s+${HEDGE}$`);
const CHANGE_NOUN = /^\s+(?:one-day\s+|single-day\s+|paper\s+)?(gain|increase|jump|windfall|rise|loss|drop|decline|fall)\b/i;
/** "Ellison, who owns about 41% of Oracle, was worth $393 billion", "Larry Ellison's net worth reached" */
const WORTH = new RegExp(`\\b${NAME}(?:\\s*,[^,;]{1,80},)?\\s+(?:was|is|is\\s+now|became|had\\s+been|has\\s+been)\\s+(?:briefly\\s+)?worth\\s+${HEDGE}$`);
const WORTH_NOUN = new RegExp(`\\b${NAME}['’]s\\s+(?:personal\\s+)?(?:net\\s+worth|fortune|wealth)\\s+(?:of|is|was|stands\\s+at|stood\\s+at|(?:rose|climbed|jumped|grew|fell|dropped)\\s+to|reached|hit|topped)\\s+${HEDGE}$`);
/** "ahead of Elon Musk's $385 billion": a rival's worth in a sentence about worth */
const RIVAL = new RegExp(`\\b(?:ahead\\s+of|behind|surpassing|overtaking|passing|versus|vs\\.?|topping)\\s+${NAME}['’]s\\s+${HEDGE}$`);

/** The person's full name: the first "<First> <Surname>" the article writes, or null when it never does. */
function fullName(text: string, name: string, ents: EntityMention[]): string | null {
  if (resolveCompany(name) || ents.some((e) => e.type === "company" && (e.name === name || e.name.endsWith(` ${name}`)))) return null;
  if (/\s/.test(name)) return resolveCompany(name.split(/\s+/).pop()!) ? null : name;
  for (let i = text.indexOf(` ${name}`); i >= 0; i = text.indexOf(` ${name}`, i + 1)) {
    if (/\w/.test(text[i + name.length + 1] ?? "")) continue;
    const first = text.slice(Math.max(0, i - 20), i).match(/([A-Z][a-z]+)$/);
    if (first && !/^(?:The|A|An|Its|His|Her|Mr|Ms|Mrs|Dr|Chief|Founder|Co-founder|CEO)$/.test(first[1])) return `${first[1]} ${name}`;
  }
  return null;
}

/** The wealth role of an amount, or null. */
export function wealthRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[]): MoneyRole | null {
  if (q.value < 1e8 || q.per) return null;
  const before = text.slice(Math.max(sentence.start, q.start - 160), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  const role = (property: string, name: string, negative = false): MoneyRole | null => {
    const subject = fullName(text, name, ents);
    return subject ? { property: `${property}_${q.detail}`, kind: "other", role: "revenue", subject, negative } : null;
  };
  const by = before.match(CHANGE_BY);
  if (by) return role("wealth_change", by[2], /^(?:cut|reduced|slashed|shrank|trimmed|lowered)$/i.test(by[1]));
  const to = CHANGE_VERB.exec(before) ? after.match(CHANGE_TO) : null;
  if (to) return role("wealth_change", to[1], !/^add/i.test(before.match(CHANGE_VERB)![1]));
  const own = before.match(OWN_CHANGE);
  const noun = own ? after.match(CHANGE_NOUN) : null;
  if (own && noun) return role("wealth_change", own[1], /^(?:loss|drop|decline|fall)$/i.test(noun[1]));
  const worth = before.match(WORTH) ?? before.match(WORTH_NOUN);
  if (worth) return role("net_worth", worth[1]);
  const rival = before.match(RIVAL);
  if (rival && /\b(?:worth|fortune|net\s+worth|richest|wealth)\b/i.test(text.slice(sentence.start, q.start))) return role("net_worth", rival[1]);
  return null;
}
