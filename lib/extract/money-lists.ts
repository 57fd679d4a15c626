/**
 * Investor lists in press releases and briefs: under a lead-in such as "Participants in the round and their
 * commitments:", one line per investor, "- Amazon: $6 billion", "Vertex Capital — $300 million",
 * "Lindqvist Ventures and Palomar Growth: $250 million combined". Each line is that investor's (or that group's)
 * amount in the round the article has just described. Lines that split one amount "each" are left alone.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor } from "./subjects";
import { isCompany, type State } from "./state";
import { LEGAL, NAME, STOP } from "./org-words";
import { seriesAmount } from "./money-series";
import { topicCompany } from "./coreference";

const GENERIC = /^(?:Amount|Size|Price|Proceeds|Cash|Debt|Equity|Lead|Pre|Post|Money|Premoney|Postmoney|Net|Gross|New|Existing|Other|Employees?|Founders?|Management|Staff|Option|Pool|Tranche|Commitment|Committed|Secondary|Primary|Raise|Raised)$/i;

/** A list item: its marker, one or more capitalised names joined by commas or "and", a colon or dash, the amount. */
const ITEM = new RegExp(`^([ \\t]*(?:[-•*–·▪]\\s*|\\d{1,2}[.)]\\s*)?)(${NAME}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${NAME}){0,5})\\s*[:–—]\\s*(?:(?:about|around|roughly|approximately|up\\s+to|more\\s+than|over|nearly)\\s+)?$`);
const PART = new RegExp(`(${NAME})`, "g");
/** After the amount: nothing, "combined" or "in total", or a bracketed note. */
const AFTER = /^\s*(?:(combined|together|jointly|in\s+total|between\s+them)\b)?\s*(?:\([^)\n]*\))?\s*[.;]?\s*$/i;
/** The lead-in that says the list gives investors' amounts. */
const LEAD_IN = /\b(?:investors?|participants?|participation|backers?|commitments?|contributions?|investments?|round|funding|financing|raise|syndicate|cheques?|checks?|allocations?)\b[^\n]*:\s*$/i;

/** The role and `Investor -> Recipient` subject of an investor-list line's amount, or null. */
export function listedAmount(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): MoneyRole | null {
  if (q.per || q.value < 1e5) return null;
  const series = seriesAmount(text, sentence, q, ents);
  if (series) return series;
  const lineEnd = text.indexOf("\n", q.end);
  const tail = text.slice(q.end, lineEnd < 0 ? text.length : lineEnd);
  // "- Oracle: $300 billion, starting in 2027" under "Commitments … The big pieces:": a buyer's contract with each cloud
  const cloudLine = computeLine(text, sentence, q, ents, st, tail);
  if (cloudLine !== undefined) return cloudLine;
  if (!AFTER.test(tail)) return null;
  const item = ITEM.exec(text.slice(sentence.lineStart, q.start));
  if (!item || !leadIn(text, sentence.lineStart)) return null;
  // each name is a company the article knows, or else a capitalised name as written
  const from = sentence.lineStart + item[1].length;
  const parts: string[] = [];
  for (const m of item[2].matchAll(PART)) {
    const at = from + m.index!;
    const e = ents.find((x) => isCompany(x) && x.start <= at + 1 && x.end >= at + m[1].length - 1);
    if (e) {
      parts.push(asInvestor(e.name));
      continue;
    }
    // an unknown name needs two words, none of them a generic one ("Total", "Round Size", "Post Money")
    const words = m[1].replace(LEGAL, "").split(/\s+/);
    if (words.length < 2 || words.some((w) => STOP.has(w) || GENERIC.test(w))) return null;
    parts.push(words.join(" "));
  }
  const recipient = st.lastRaiser ?? st.lastRecipient;
  const investors = [...new Set(parts)];
  if (!investors.length) return null;
  if (!recipient || investors.includes(recipient)) return null;
  return { property: `amount_${q.detail}`, kind: "investment", role: "invest", subject: `${investors.join(" + ")} -> ${recipient}` };
}

const CLOUD_ITEM = /^[ \t]*(?:[-•*–·▪]\s*|\d{1,2}[.)]\s*)(?:\*\*)?([^:\n]{2,40}?)(?:\*\*)?\s*:\s*(?:(?:about|around|roughly|approximately|up\s+to|more\s+than|over|nearly|an?\s+(?:incremental|additional|further|extra))\s+)?(?:US\s?)?[$€£]?\s*$/i;
const COMPUTE_LEAD = /\b(?:commitments?|contracts?|compute|cloud|capacity|infrastructure|spending)\b/i;
/** The compute commitment of a cloud's list line, null when such a line has no buyer, undefined when the line is no cloud's. */
function computeLine(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State, tail: string): MoneyRole | null | undefined {
  const item = CLOUD_ITEM.exec(text.slice(sentence.lineStart, q.start));
  if (!item || /[$€£¥]\s*\d/.test(tail) || !/^\s*(?:$|[,.;(]|\s(?:across|over|for|from)\b)/.test(tail)) return undefined;
  const at = sentence.lineStart + item[0].indexOf(item[1]);
  const cloud = ents.find((e) => isCompany(e) && e.start === at && e.end >= at + item[1].trim().length - 1 && (e.kind === "cloud" || st.kinds.get(e.name) === "cloud"));
  const lead = cloud ? leadInAt(text, sentence.lineStart, COMPUTE_LEAD) : -1;
  if (!cloud || lead < 0) return undefined;
  // the buyer is the article's company when the list opens, for every line of it
  const known = LIST_BUYER.get(st);
  const buyer = known?.lead === lead ? known.buyer : topicCompany(st);
  LIST_BUYER.set(st, { lead, buyer });
  if (!buyer || buyer === cloud.name) return null;
  // the line's deal is the running one for the figures that follow ("- Nvidia: 10 gigawatts of systems")
  st.lastBuyer = buyer;
  st.lastCloud = cloud.name;
  // "$22.4 billion across three contracts": the sum of several
  const total = /^\s*,?\s*(?:across|over|in)\s+(?:\w+\s+)?(?:separate\s+)?(?:contracts|deals|agreements)\b/i.test(tail) ? "total_" : "";
  return { property: `${total}compute_commitment_${q.detail}`, kind: "investment", role: "compute", subject: `${buyer} -> ${cloud.name}` };
}

/** Does a lead-in line open the list that holds the line at `lineStart` (earlier items and blank lines between)? */
const LIST_BUYER = new WeakMap<State, { lead: number; buyer: string | undefined }>();

function leadIn(text: string, lineStart: number, lead = LEAD_IN): boolean {
  return leadInAt(text, lineStart, lead) >= 0;
}

/** Where the lead-in line of the list holding `lineStart` starts, or -1. */
function leadInAt(text: string, lineStart: number, lead = LEAD_IN): number {
  let end = lineStart - 1;
  for (let k = 0; k < 20 && end > 0; k++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim()) continue;
    if (/^[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])\s/.test(line)) continue;
    return (lead === LEAD_IN ? LEAD_IN.test(line) : lead.test(line) && /:\s*$/.test(line)) ? start : -1;
  }
  return -1;
}
