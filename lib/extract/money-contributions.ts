/**
 * One investor's share of a round just stated in the same sentence: "raised $3 billion, including $2 billion
 * from Nvidia and $1 billion from AMD", "of which $500 million came from X", "with X contributing $2 billion",
 * "X, which led the round with $400 million", "X led with $400 million". The share is `X -> raiser`
 * (amount_*), the raiser being the company whose round the sentence (or the one before) gave.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor } from "./subjects";
import { isCompany, type State } from "./state";

const APPROX = String.raw`(?:(?:about|around|roughly|nearly|some|approximately|more\s+than|over|up\s+to|as\s+much\s+as|another|an\s+additional|a\s+further)\s+)?`;
const CUR = String.raw`(?:US\s?)?[$€£¥₹]?\s*`;

/** "including $2 billion from", "of which $500 million came from", ", and $1 billion from": the amount opens a share */
const SHARE_BEFORE = new RegExp(String.raw`(?:\b(?:including|of\s+which|with|plus)|,\s*(?:and\s+)?|\band)\s+${APPROX}${CUR}$`, "i");
/** after the amount: "from X", "came from X", "was provided by X" */
const SHARE_FROM = /^\s+(?:(?:of\s+it\s+|of\s+that\s+)?(?:came|coming|comes|was|were|is|will\s+come|would\s+come)\s+)?(?:from|provided\s+by|put\s+up\s+by|contributed\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** "with X contributing $2 billion", "with X alone putting in $1 billion" */
const WITH_PARTY = /\bwith\s+(?:the\s+)?$/i;
const CONTRIBUTING = new RegExp(String.raw`^\s+(?:alone\s+|itself\s+)?(?:contributing|putting\s+in|putting\s+up|chipping\s+in|kicking\s+in|providing|investing|committing|pledging|adding|writing\s+(?:a|an)|supplying)\s+${APPROX}${CUR}$`, "i");
/** "X, which led the round with $400 million", "X led with a $500mn cheque", "X leading with $1 billion" */
const LED_WITH = new RegExp(String.raw`^\s*(?:,\s*(?:which|who)\s+(?:also\s+)?)?\s*(?:led|co-led|leading|co-leading|anchored|anchoring|headed)\s+(?:the\s+|its\s+)?(?:(?:funding|financing|investment|equity|new|latest|Series\s+[A-H]\d?)\s+)*(?:round|raise|deal|financing)?\s*with\s+(?:a\s+|an\s+)?${APPROX}${CUR}$`, "i");
/** the sentence is about a round */
const ROUND_WORD = /\b(?:rais(?:e|ed|es|ing)|round|funding|financing|fundraise|fund-raising|investment|Series\s+[A-H])\b/i;
/** money that is not a round: sales, revenue, contracts */
const NOT_ROUND = /\b(?:revenue|sales|contracts?|backlog|orders?|bookings|debt|loans?|bonds?|notes|credit)\b/i;

/** The investor-share role of `q`, with its subject, or null. */
export function contributionRole(text: string, sentence: Sentence, q: Quantity, ents: EntityMention[], st: State): MoneyRole | null {
  if (q.per || !ROUND_WORD.test(sentence.text)) return null;
  const raiser = st.lastRaiser;
  if (!raiser) return null;
  const before = text.slice(Math.max(sentence.start, q.start - 120), q.start);
  const comps = ents.filter((e) => isCompany(e) && !e.possessive);
  let investor: EntityMention | undefined;
  if (SHARE_BEFORE.test(before)) investor = comps.find((e) => e.start >= q.end && e.start - q.end < 60 && SHARE_FROM.test(text.slice(q.end, e.start)));
  if (!investor) {
    const prior = comps.filter((e) => e.end <= q.start && q.start - e.end < 70);
    const last = prior[prior.length - 1];
    if (last && (CONTRIBUTING.test(text.slice(last.end, q.start)) && WITH_PARTY.test(text.slice(Math.max(sentence.start, last.start - 12), last.start)))) investor = last;
    else if (last && LED_WITH.test(text.slice(last.end, q.start))) investor = last;
  }
  if (!investor || investor.name === raiser || asInvestor(investor.name) === raiser) return null;
  // "booked $3 billion in revenue, including $1 billion from Microsoft": no round's share
  if (NOT_ROUND.test(text.slice(Math.max(sentence.start, q.start - 120), q.end + 30))) return null;
  return { property: `amount_${q.detail}`, kind: "investment", role: "invest", subject: `${asInvestor(investor.name)} -> ${raiser}` };
}
