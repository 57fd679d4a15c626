/**
 * Subjects of a company's own money figures (valuation, round, revenue and other company metrics):
 * whose round, whose valuation, whose revenue, from the sentence's structure and the running state.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, entityAfter, laterClauseSubject, possessiveBefore, pronounSubject, subjectBefore } from "./subjects";
import { isCompany, type State } from "./state";
import { topicCompany } from "./coreference";
import { metricCompany } from "./results-subject";
import { speakerCompanyAt, weCompany } from "./speakers";
import { announcedBy, LEADER_GAP, leadsRound, paidForCompany } from "./money-parties";
import { relativeRecipient } from "./money-deals";
import { loanSubject } from "./money-debt";
import { marketOwner } from "./market";
import { headingCompany } from "./money-headings";

/** "that would value it at", "a deal valuing the company at": a valuation of a company already named */
const VALUE_IT = /\b(?:would|could|will|to|that|which)\s+(?:\w+\s+)?(?:value|values|valued)\s+(?:it|the\s+(?:company|startup|start-up|firm|lab))\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+|up\s+to\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i;

/** After the amount: the round itself ("funding round", "Series C round", "raise") */
const OWN_ROUND = /^\s*(?:\w+\s+)?(?:funding|financing|fundraising|equity|investment|venture|Series\s+[A-H]\d?)?\s*(?:round|raise)\b/i;

/** The company whose valuation, round, revenue or other metric `q` is (role valuation, round or revenue). */
const REACHED_GAP = /^\s+(?:(?:now|has|have|had|just|also|reportedly)\s+)?(?:hits?|hit|reach(?:es|ed)?|gets?|got|notch(?:es|ed)|achiev(?:es|ed)|nabs?|nabbed|lands?|landed|secur(?:es|ed)|commands?|commanded|earns?|earned|fetch(?:es|ed)|carr(?:ies|ied)|boasts?|won|wins|tops?|topped|clinch(?:es|ed))\s+(?:an?\s+)?(?:new\s+|record\s+|fresh\s+)?(?:about\s+|roughly\s+|nearly\s+)?(?:US\s?)?[$€£]?\s*$/i;

export function companyFigureSubject(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[], role: MoneyRole, st: State): string | null {
  const comps = ents.filter(isCompany);
  // "The stock has a market capitalisation of ...": the listed company the article last spoke of
  const owner = /^market_/.test(role.property) ? marketOwner(text, sentence.start, q.start, comps) : undefined;
  if (owner) return owner;
  if (/^market_/.test(role.property) && !comps.length) return /\b(?:stock|shares|it|its|rally|sell-?off|the\s+(?:company|group|firm|chipmaker)['’]s)\b/i.test(text.slice(sentence.start, q.start)) ? st.lastStock ?? topicCompany(st) ?? null : null;
  const before = text.slice(sentence.start, q.start);
  // "weighing a bid for a chip startup valued at $4 billion": an unnamed company's value is no named one's
  if (role.role === "valuation" && /\b(?:a|an|another|one|two|three|several|other)\s+(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|maker|developer|rival|business|provider|lab|unicorn|competitor)s?\s+(?:(?:that|which)\s+)?(?:(?:was|is|were|are|has\s+been|had\s+been|last)\s+)?(?:valued|worth)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|some\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before)) return null;
  // "Microsoft, Amazon and Meta will together spend $600 billion": a sum over several companies is no one company's figure
  const lastNamed = comps.findLast((e) => e.end <= q.start);
  if (role.role === "revenue" && lastNamed && /\b(?:together|combined|collectively|between\s+them)\b/i.test(text.slice(lastNamed.end, q.start))) return null;
  // "rival OpenAI negotiates a share sale that would value it at $500 billion": "it" is the company named before
  if (role.role === "valuation" && VALUE_IT.test(before)) {
    const it = comps.findLast((e) => e.end <= q.start && !e.possessive && !/\b(?:with|from|by|to|for|of|and|than)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start)));
    if (it) return it.name;
  }
  // "the $12 billion-valued startup Cursor": the company the compound adjective describes
  const described = role.role === "valuation" ? comps.find((e) => e.start >= q.end && /^\s*[-‑]\s*valued\s+(?:[a-z][\w-]*\s+){0,3}$/.test(text.slice(q.end, e.start))) : undefined;
  if (described) return described.name;
  // "as rival Groq hits a $6.9B valuation", "while X reached a $2 billion valuation": the company right before its verb
  const reached = role.role === "valuation" ? comps.findLast((e) => e.end <= q.start && !e.possessive && REACHED_GAP.test(text.slice(e.end, q.start))) : undefined;
  if (reached) return reached.name;
  // "value the ChatGPT developer at", "valuing Scale AI at"
  // "lead a funding round of $5 billion in Veridian AI": the round is the company's it goes into
  const into = role.role === "round" ? entityAfter(text, ents, q.end, "in|into|for", 25) ?? entityAfter(text, ents, q.end, "(?:raised|secured|landed)\\s+by", 25) ?? announcedBy(text, sentence, q, comps) : undefined;
  if (into) return into.name;
  const where = role.role === "round" ? relativeRecipient(text, sentence, q, comps) : undefined;
  if (where) return where.name;
  // "the €90 million raised by <a name we cannot resolve>": someone else's round, not the article's
  if (role.role === "round" && /^\s*(?:[\w-]+\s+){0,2}?(?:raised|secured|landed)\s+by\s/i.test(text.slice(q.end, q.end + 40))) return null;
  // "competes with Anthropic, which raised $13 billion": the relative clause's own company
  const relative = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,\s*(?:which|who|that)\s+(?:(?:has|had|have|also|recently|previously|reportedly|itself|just)\s+){0,2}(?:raised|raises|secured|closed|landed|(?:was|is|has\s+been)\s+(?:valued|worth))\b[^.;,]{0,30}$/i.test(text.slice(e.end, q.start)));
  if (relative) return relative.name;
  const whose = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,?\s*whose\b/i.test(text.slice(e.end, e.end + 10)));
  if (whose && (role.role === "valuation" || /^market_/.test(role.property))) return whose.name;
  const participle = [...comps].reverse().find((e) => e.end <= q.start && /^\s*(?:,|\s[–—-])?\s*(?:was\s+|is\s+)?(?:valued|worth)\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|~)?$/i.test(text.slice(e.end, q.start).replace(/[$€£]\s*$/, "")));
  if (participle) {
    st.clauseRaiser = { clause: clause.start, name: participle.name };
    return participle.name;
  }
  // "…; Nebius, its rival, raised $1 billion": a rival of a company the article names, with no known name of its
  // own, is neither that company nor the article's
  const segStart = Math.max(sentence.start, text.lastIndexOf(";", q.start - 1) + 1);
  if (!comps.some((e) => e.start >= segStart && e.end <= q.start) && /\b(?:its|their|a|an|the)\s+(?:\w+\s+)?(?:rival|competitor|challenger|peer)s?\b/i.test(text.slice(segStart, q.start))) return null;
  if (st.clauseRaiser && st.clauseRaiser.clause === clause.start) return st.clauseRaiser.name;
  // "We raised $2 billion of debt", "Our last round valued us at": in a transcript, the speaker's company
  const we = comps.some((e) => e.end <= q.start && e.start >= clause.start) ? undefined : weCompany(text, clause.start, q.start);
  if (we) return we;
  // "**Thinking Machines**" over "- $2B seed at a $12B valuation": the heading's company
  const heading = role.role !== "revenue" && !comps.some((e) => e.end <= q.start) ? headingCompany(text, sentence, st) : undefined;
  if (heading) return heading;
  const valued = [...comps].reverse().find((e) => e.end <= q.start && /\b(?:valu\w*|worth)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 20), e.start)));
  if (valued) return valued.name;
  // "The company, which Google values at $20 billion": the name before "values … at" sets the value; the
  // company valued is the one the relative clause hangs on, which this sentence does not name
  if (role.role === "valuation" && lastNamed && /^\s+(?:values|valued|valuing|pegs|pegged|puts|put)\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|~)?(?:US)?[$€£]?\s*$/i.test(text.slice(lastNamed.end, q.start))) return null;
  // "Wahat wrote a cheque for $1 billion of the $2.5 billion Series B", "the company's announcement said the
  // round valued it": a name the article has only shown investing is not the one raising; the deal's recipient is
  const raiser = (n: string) => (st.investors.has(n) && !st.raisers.has(n) ? st.lastRecipient ?? st.lastRaiser ?? null : n);
  // "SoftBank's Vision Fund 2 joined a $250 million round at $3 billion": the joiner invests; the round is the raising company's
  const leader = comps.findLast((e) => e.end <= q.start && LEADER_GAP.test(text.slice(e.end, q.start)));
  if (leader) return st.lastRaiser && st.lastRaiser !== leader.name && st.lastRaiser !== asInvestor(leader.name) ? st.lastRaiser : null;
  const poss = possessiveBefore(text, ents, q.start, 60);
  // "OpenAI's $40 billion funding round": the round the possessive names is its own, whatever it invested elsewhere
  if (poss && role.role === "round" && /^['’]s?\s+(?:(?:latest|new|last|most\s+recent|first|second|third)\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(text.slice(poss.end, q.start)) && OWN_ROUND.test(text.slice(q.end, q.end + 40))) return asInvestor(poss.name);
  if (poss) return raiser(asInvestor(poss.name));
  // "round of Anthropic", "valuation of OpenAI"
  const of = entityAfter(text, ents, Math.max(sentence.start, q.start - 60), "round of|valuation of", 40);
  if (of && of.start < q.start) return of.name;
  // the recipient of an investment in the same sentence ("invests $X in Y, valuing it at")
  const rec = entityAfter(text, ents, sentence.start, "invest\\w*\\s+in|investment\\s+in|stake\\s+in|in|into", 200);
  if (rec && role.role === "valuation" && rec.start < q.start && /\binvest|\bstake\b/i.test(text.slice(sentence.start, rec.start))) return rec.name;
  // "Meta has signed a contract with CoreWeave, and xAI is raising $15 billion": the later clause's own subject
  const subj = laterClauseSubject(text, sentence.start, ents, q.start) ?? subjectBefore(text, sentence.start, ents, q.start);
  if (/^loan_amount_/.test(role.property)) return loanSubject(text, sentence, q, ents, st);
  if (/_revenue_|^(?:eps|(?:adjusted_)?(?:operating_profit|ebitda)|(?:planned_)?compute_spend|total_compute_commitment|market_(?:cap|value)|cash_burn|capex|contracted_backlog|remaining_performance_obligations|debt_raised|total_debt)_/.test(role.property)) {
    // a company's revenue: the sentence's subject, or with no company named the article's topic company
    // "a $5 billion equity raise that closed alongside $5 billion of debt": borrowing of the round's company
    if (/^debt_raised_/.test(role.property) && st.lastRaiser && /\b(?:alongside|along\s+with|together\s+with|in\s+addition\s+to|as\s+well\s+as)\s+(?:(?:about|around|roughly|nearly|another|some)\s+)?(?:US\s?)?[$€£¥₹]?\s*$/i.test(before) && /\b(?:round|raise|funding|financing|series\s+[a-h])\b/i.test(before)) return st.lastRaiser;
    if (subj) return subj.name;
    // "The project sold $3bn of bonds": a borrower the article does not name as a company is not the last company
    if (/^debt_raised_/.test(role.property) && /^\s*The\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:has|had|will|also|then|later)\s+)?(?:sold|issued|raised|priced|borrowed|took\s+out|secured|tapped)\b/.test(text.slice(sentence.start, q.start))) return null;
    // "The rest of the funding will come from ¥2 trillion in project loans": borrowing for the running deal's company
    if (/^debt_raised_/.test(role.property) && !comps.some((e) => e.start < q.start) && st.lastRecipient && /\b(?:funding|financing|the\s+rest|the\s+remainder|the\s+balance)\b/i.test(before)) return st.lastRecipient;
    // "European governments will spend …": a spender that is no company is not the article's company
    const it = pronounSubject(text, sentence, q, ents, st);
    if (it || /^(?:(?:planned_)?compute_spend|total_compute_commitment)_/.test(role.property)) return it ?? null;
    // companies named only after the figure ("most of it for Nvidia racks") are its objects, not its owner;
    // in a transcript, a figure with no company named is the speaker's company's
    return comps.some((e) => e.start < q.start) ? null : speakerCompanyAt(text, q.start) ?? metricCompany(st, true) ?? topicCompany(st) ?? metricCompany(st) ?? null;
  }
  // "It raised $2.5 billion in debt": the previous sentence's subject, before any running raiser
  const it = subj ? undefined : pronounSubject(text, sentence, q, ents, st);
  if (it) return raiser(it);
  // "SoftBank led the $40 billion round": the leader invests; the round is the raising company's
  // "ASML wrote a €1.3 billion cheque for 11% of Mistral AI, in a €1.7 billion round": the round of the company the subject paid for
  const paidFor = subj && (role.role === "round" || role.role === "valuation") ? paidForCompany(text, sentence, q, comps, subj) : undefined;
  if (paidFor) return raiser(paidFor.name);
  if (subj && role.role === "round" && /^\s+(?:(?:has|had|will|would|also|reportedly)\s+)?(?:led|co-led|leads|co-leads|anchored|headed|joined)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:US\s?)?[$€£¥₹]?\s*$/i.test(text.slice(subj.end, q.start))) return st.lastRaiser && st.lastRaiser !== subj.name ? st.lastRaiser : null;
  if (subj && !/\b(?:named|with|from)\b/.test(text.slice(subj.end, subj.end + 12))) return raiser(asInvestor(subj.name));
  if (subj) return raiser(subj.name);
  const afterEnt = comps.find((e) => e.start >= q.end);
  // "include Nvidia, with $2 billion, Microsoft, with $1 billion": a name after a comma starts the next item
  if (afterEnt && role.role !== "revenue" && !/^\s*,/.test(text.slice(q.end, afterEnt.start)) && /^\W{0,3}$|^\s*(?:for|in)\s+(?:the\s+)?$/.test(text.slice(q.end, afterEnt.start).replace(/[^\w\s]/g, ""))) return afterEnt.name;
  // "Dutch chip toolmaker leads €1.7bn Series C": an unnamed leader's round is not the article's company's by default
  if (!comps.length && leadsRound(before)) return st.lastRaiser ?? null;
  if (st.lastRaiser) return st.lastRaiser;
  return topicCompany(st) ?? null;
}
