/**
 * Subjects of money figures: who invests in whom, whose round or valuation, which buyer
 * commits to which cloud, from the sentence's structure and the article's running state.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { MoneyRole } from "./properties";
import { asInvestor, entityAfter, laterClauseSubject, possessiveBefore, pronounSubject, subjectBefore } from "./subjects";
import { isCompany, PRONOUN, type State } from "./state";
import { topicCompany } from "./coreference";
import { weCompany } from "./speakers";
import { assetsSubject } from "./results";
import { DIRECT_INVEST } from "./money-wording";
import { backedCompany, governmentDeal, pronounRecipient, recordDeal, relativeRecipient, respectively, runningDeal, splitBetween } from "./money-deals";

export { inPassing, noteRaiser, repeatedAmount, runningDeal, splitBetween } from "./money-deals";
import { orderSubject } from "./money-orders";
import { stakeValueSubject } from "./money-stakes";
import { computeSubject } from "./money-compute";
import { contractSubject } from "./money-contracts";
import { priceSubject } from "./money-prices";
import { REDUCED_INVEST, syndicateGroup, distributionSubject, runningInvestorForIt, shareRecipient, tiesRecipient, toInvestor } from "./money-parties";
import { companyFigureSubject } from "./money-companies";
import { financierWith, ownedSite } from "./money-sites";

export { orderSubject } from "./money-orders";

const GENERIC_RECIPIENT = /^\s+(?:in|into)\s+(?:(?:AI|US|U\.S\.|European|[a-z][\w-]*)\s+){0,3}(?:companies|startups|start-ups|firms|businesses|projects|data\s+cent(?:er|re)s|ventures|funds|labs)\b/;

/** a bet: the company it is placed "on" receives the money */
const BET_NEAR = /\b(?:bets?|betting|wagers?)\b/i;

/** " and Nvidia up to $10 billion into ": a second party and its amount with the verb left out */
const GAPPED = /^\s*(?:up\s+to|about|around|nearly|roughly|more\s+than|over|as\s+much\s+as|at\s+least|another)?\s*(?:US\s?)?[$€£¥₹]\s*[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bmk])?\s+(?:in|into|to)\s+(?:the\s+)?$/i;

function gappedParty(text: string, from: number, to: number, comps: EntityMention[]): boolean {
  const party = comps.find((e) => e.start > from && e.end < to);
  return !!party && /^\s*,?\s*and\s+$/.test(text.slice(from, party.start)) && GAPPED.test(text.slice(party.end, to)) && !comps.some((e) => e !== party && e.start > from && e.end < to);
}

/** "committed $25 billion to health and curing diseases": money for a cause, not for a company */
const CAUSE = /^\s+(?:to|for|towards?)\s+(?:(?:global|public|medical|scientific|AI|the)\s+)?(?:health|healthcare|medicine|research|education|charit(?:y|ies)|philanthrop\w*|climate|science|safety|causes|nonprofits|grants|scholarships|disease\w*|curing)\b/;

export function resolveMoneySubject(
  text: string,
  sentence: Sentence,
  clause: Span,
  q: Quantity,
  ents: EntityMention[],
  role: MoneyRole,
  st: State,
): string | null {
  if (role.subject) return role.subject;
  if (/^stake_value_/.test(role.property)) return stakeValueSubject(text, sentence, q, ents, st);
  // "Meta will receive a one-off distribution of $3bn": paid by the venture the article's deal is in, to the receiver
  if (/^distribution_/.test(role.property)) return distributionSubject(text, q, ents, st);
  const comps = ents.filter(isCompany);
  const pronounBefore = PRONOUN.test(text.slice(clause.start, q.start));
  if (role.role === "price") return priceSubject(text, sentence, q, ents, role, st);
  if (/^assets_under_management_/.test(role.property)) return assetsSubject(text, sentence, q, ents, st);
  if (role.role === "valuation" || role.role === "round" || role.role === "revenue") return companyFigureSubject(text, sentence, clause, q, ents, role, st);
  if (role.role === "order") return orderSubject(text, sentence, q, ents, st);
  if (role.role === "compute") return role.contract ? contractSubject(text, sentence, q, ents, st) : computeSubject(text, sentence, clause, q, ents, st);
  // investment, tranche: investor -> recipient
  // "with the remaining $10 billion coming from a syndicate including A, B and C": the named members, into the round's company
  const syndicate = syndicateGroup(text, sentence, q, comps);
  if (syndicate !== undefined) return syndicate && st.lastRaiser && !syndicate.split(" + ").includes(st.lastRaiser) ? `${syndicate.split(" + ").map(asInvestor).join(" + ")} -> ${st.lastRaiser}` : null;
  // "has invested $10 billion in AI companies since 2024": money spread over a class of companies has no one recipient
  if (GENERIC_RECIPIENT.test(text.slice(q.end, q.end + 60)) || CAUSE.test(text.slice(q.end, q.end + 60))) return null;
  // "seals €6bn Mistral AI stake as … turns to AMD": the company named right after the amount, before its stake
  const adjacent = comps.find((e) => e.start >= q.end && /^\s*$/.test(text.slice(q.end, e.start).replace(/[+]|\b(?:B|billion|bn)\b/g, "")) && /^\s*(?:['’]s\s+)?(?:investment|stake|deal|round)/i.test(text.slice(e.end, e.end + 14)));
  let recipient: EntityMention | undefined =
    adjacent ??
    entityAfter(text, ents, q.end, "in|into|to|for|behind|(?:acquisition|takeover|buyout)\\s+of", 70) ??
    // "Nvidia Bets $5 Billion On Rival Intel", "Nvidia's $100 Billion Bet on OpenAI"
    (BET_NEAR.test(text.slice(Math.max(sentence.start, q.start - 12), q.end + 8)) ? entityAfter(text, ents, q.end, "[Oo]n", 12) : undefined) ??
    relativeRecipient(text, sentence, q, comps) ??
    pronounRecipient(text, sentence, q, ents);
  // "in AI companies since 2024, including a $1.5 billion stake in X": a name past another amount is that amount's
  // but not past a gapped second party's amount: "A is putting in $5 billion and B up to $10 billion into X"
  if (recipient && recipient.start > q.end && /[$€£¥₹]\s*\d|\bincluding\b/.test(text.slice(q.end, recipient.start).replace(/\([^()]*\)/g, "")) && !gappedParty(text, q.end, recipient.start, comps)) recipient = undefined;
  const beforeAmt = comps.filter((e) => e.end <= q.start);
  // "a cheque for about 11% of Mistral AI", "becomes Mistral's top shareholder with €1.3bn bet"
  if (!recipient) recipient = shareRecipient(text, sentence, q, comps);
  // "invest in OpenAI ... $X" (recipient before the amount)
  if (!recipient) {
    const r = entityAfter(text, ents, clause.start, "invest\\w*\\s+in|stake\\s+in|investment\\s+in|into|backing|acquir\\w*|bought|buys", 120);
    if (r && r.start < q.start) recipient = r;
  }
  // "Nvidia will invest up to $10 billion and Microsoft up to $5 billion": the name right before the amount
  const elliptic = [...comps].reverse().find((e) => e.end <= q.start && /^\s*(?:up\s+to|about|around|nearly|roughly|more\s+than|over|as\s+much\s+as|at\s+least|another|an?)?\s*(?:US)?$/i.test(text.slice(e.end, q.start).replace(/[$€£]\s*$/, "")) && /\band\s+$/i.test(text.slice(Math.max(sentence.start, e.start - 6), e.start)));
  // "Microsoft added $750 million", "AMD led with $300M", "Wahat put in $2B": the name right before its verb and the amount
  const direct = [...comps].reverse().find((e) => e.end <= q.start && DIRECT_INVEST.test(text.slice(e.end, q.start).replace(/(?:US)?[$€£₹]\s*$/, "")));
  const resp = respectively(text, sentence, q, comps);
  // "A and B pledged $5B and $10B respectively to the company": the company is neither of the pair
  if (resp && recipient && comps.some((e) => e.end <= q.start && e.name === recipient!.name)) recipient = undefined;
  // "a pledge from Nvidia to invest up to $100 billion in the company": the name right before "to invest"
  const toInvest = direct ? undefined : toInvestor(text, q, comps);
  const reduced = comps.find((e) => e.start > q.end && /^\s*(?:that\s+|which\s+)?$/.test(text.slice(q.end, e.start)) && REDUCED_INVEST.test(text.slice(e.end, e.end + 50)));
  let investor: EntityMention | undefined = reduced ?? resp ?? elliptic ?? direct ?? financierWith(text, ents, q) ?? toInvest ?? possessiveBefore(text, ents, q.start);
  // "a pledge from Nvidia to invest $2 billion in the company": the description is the sentence's subject, not the pledger
  if (toInvest && investor === toInvest && recipient?.name === toInvest.name && recipient.start > q.end) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    recipient = subj && subj.name !== toInvest.name ? subj : undefined;
  }
  if (investor && recipient && investor.name === recipient.name) investor = undefined;
  // "backed by Amazon, which has invested a total of $8 billion in the startup, and by Google": the relative clause's head
  if (!investor) investor = [...comps].reverse().find((e) => e.end <= q.start && /^\s*,?\s*(?:which|who|that)\s+(?:(?:has|had|also|could|would|will|may|might|plans\s+to|is\s+set\s+to|is|was|are)\s+){0,2}(?:(?:agreed|agrees|promised|pledged|committed|planned|plans|(?:is|was)\s+(?:set|expected))(?:\s+(?:in|on|last|this|earlier)(?:\s+\w+){0,2}?)?\s+to\s+)?(?:invest\w*|contribut\w*|put\w*|pour\w*|commit\w*|pledg\w*|back\w*|add\w*)\b[^.;]{0,20}$/i.test(text.slice(e.end, q.start)));
  if (!investor) investor = entityAfter(text, ents, q.end, "from|by|led by", 70);
  // "A is in talks to put in $1B, and the B fund, which …, is discussing $500M": the later clause's own subject
  if (!investor) investor = laterClauseSubject(text, sentence.start, ents, q.start);
  // "Veridian AI's backers include Microsoft, which could add another $1.5 billion"
  if (!recipient && investor) {
    const owner = comps.find((e) => e.possessive && e.end <= investor!.start && /^['’]s?\s+(?:\w+\s+)?(?:backers|investors|shareholders)\s+(?:include|including|are)\s+$/i.test(text.slice(e.end, investor!.start)));
    if (owner) recipient = owner;
  }
  // "we made a $30 million investment in X": in a transcript, the speaker's company invests
  let investorName: string | undefined = investor?.name ?? (recipient && !beforeAmt.some((e) => e.start >= clause.start) ? weCompany(text, clause.start, q.start) : undefined);
  // "split evenly between Microsoft and Nvidia": the two named share the amount
  const split = splitBetween(text, sentence, q, comps);
  if (split) investorName = split;
  // "Oracle and MGX together committed $7 billion": the name before the verb and its partner before it
  // "Microsoft, Nvidia to invest up to $15 billion in Anthropic": a headline's comma pair opening the sentence
  const partnerBefore = investor && (investor === direct || investor === toInvest) && !split ? comps.findLast((e) => e.end <= investor!.start && (/^\s*(?:and|&)\s*$/.test(text.slice(e.end, investor!.start)) || (/^\s*,\s*$/.test(text.slice(e.end, investor!.start)) && !text.slice(sentence.start, e.start).trim()))) : undefined;
  if (partnerBefore && partnerBefore.name !== recipient?.name && partnerBefore.name !== investor!.name) investorName = `${asInvestor(partnerBefore.name)} + ${asInvestor(investor!.name)}`;
  // "from Microsoft and Nvidia": a group of investors
  else if (investor && !elliptic && !resp) {
    const partner = comps.find((e) => e.start > investor!.end && /^\s*(?:and|&)\s*$/.test(text.slice(investor!.end, e.start)));
    if (partner && partner.name !== recipient?.name) investorName = `${asInvestor(investor.name)} + ${asInvestor(partner.name)}`;
  }
  // "The two tech giants have agreed to invest": the group named before
  if ((!investorName || !beforeAmt.length) && /\b(?:the\s+two\s+(?:[\w-]+\s+)?(?:companies|giants|firms|groups|investors|partners)|both\s+(?:companies|firms)|the\s+(?:pair|duo))\b/i.test(text.slice(sentence.start, q.start))) {
    if (st.lastGroup) investorName = st.lastGroup;
    else if (!beforeAmt.length) return null;
  }
  if (!investorName) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    // "Nvidia, Microsoft and Amazon are investing a combined $15 billion": a list of three or more investors shares
    // the amount in parts the sentence does not give
    if (subj && !resp && !elliptic) {
      const sep = (a: number, b: number) => /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(text.slice(a, b));
      const list = [subj];
      for (const e of comps) if (e.start > list[list.length - 1].end && e.end <= q.start && sep(list[list.length - 1].end, e.start)) list.push(e);
      if (new Set(list.map((e) => e.name)).size >= 3) return null;
      // "Microsoft and Nvidia agreed to invest up to $15 billion in Anthropic", "Microsoft, Nvidia to invest …": the pair invests together
      const pair = [...new Set(list.map((e) => e.name))];
      if (pair.length === 2 && !list.some((e) => e.possessive) && !pair.includes(recipient?.name ?? "") && !/[;:]/.test(text.slice(list[1].end, q.start)) && !comps.some((e) => e.start > list[list.length - 1].end && e.end <= q.start)) investorName = pair.map(asInvestor).join(" + ");
    }
    if (investorName) {
      // the pair named above
    } else if (subj && subj.name !== recipient?.name && !(PRONOUN.test(text.slice(subj.end, q.start)) && /^\s*,/.test(text.slice(subj.end)))) investorName = subj.name;
    else if (subj && subj.name !== recipient?.name) investorName = subj.name;
  }
  // "Microsoft and Nvidia ... invest up to $15 billion in the Claude maker": several investors
  // "… in Anthropic, and in September it signed a letter to invest $100 billion in OpenAI": "it" is no company named only
  // as an object, but the investor the sentence already has
  if (!investorName && pronounBefore) investorName = runningInvestorForIt(text, sentence, clause.start, q, beforeAmt, recipient?.name, st);
  // "It put in an initial $1.25 billion": the previous sentence's subject
  if (!investorName && pronounBefore && !beforeAmt.length) investorName = pronounSubject(text, sentence, q, ents, st);
  if (!investorName && pronounBefore) investorName = [...beforeAmt].reverse().find((e) => e.name !== recipient?.name)?.name ?? st.recentCompanies.slice().reverse().find((c) => c !== recipient?.name);
  // recipient from "nets $15 billion investment from X": the subject receives
  if (!recipient && investor && investor.start > q.end) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    if (subj && subj.name !== investor.name) recipient = subj;
  }
  // "Amazon's ties to Anthropic go back to 2023, when it agreed to invest $4 billion": the company the investor's ties name
  if (!recipient && investorName) recipient = tiesRecipient(text, sentence, beforeAmt, investorName);
  // "Meta's Hyperion data center got $30 billion of financing": the site, not its owner
  let recipientName = (recipient && ownedSite(text, recipient)) ?? recipient?.name;
  // "Google has been one of Anthropic's biggest backers. The search giant invested $300 million": the company it backs
  if (!recipientName && investorName && !investorName.includes(" + ")) recipientName = backedCompany(text, sentence.start, q.start, investorName);
  if (resp && !recipientName && st.prevSubject?.sentence === sentence.index - 1 && !comps.some((e) => e.end <= q.start && e.name === st.prevSubject!.name)) recipientName = st.prevSubject.name;
  // the shared amount goes to the company the article is about
  if (split && !recipientName) {
    const group = split.split(" + ");
    recipientName = st.lastRecipient && !group.includes(st.lastRecipient) ? st.lastRecipient : [...st.recentCompanies].reverse().find((c) => !group.includes(asInvestor(c)));
  }
  if (!recipientName && investorName && st.lastInvestor === asInvestor(investorName)) recipientName = st.lastRecipient;
  if (!recipientName && investorName && st.lastRaiser && (!st.lastRecipient || /\bround\b/i.test(clause.text)) && !investorName.includes(st.lastRaiser)) recipientName = st.lastRaiser;
  if (!recipientName && investorName && st.lastRecipient && !investorName.split(" + ").includes(st.lastRecipient) && /\binvest|\bbacking|\bbackers?\b|\bstake\b|\bput\s+in\b|\badd(?:s|ed)\b|\bled\s+with\b|\bfollow(?:ed|s)\s+with\b|\bcontribut|\bcheque\b|\bwrote\s+an?\s+\S+\s+(?:\w+\s+)?check\b|\bpledg|\binfus|\bcommitted\b/i.test(sentence.text)) recipientName = st.lastRecipient;
  if (!investorName && recipientName && st.lastRecipient === recipientName) investorName = st.lastInvestor;
  // "SoftBank agreed to invest a further $2 billion": more money for the company the article is about
  if (!recipientName && investorName && /\b(?:a\s+further|an\s+additional|another)\s+(?:US\s?)?[$€£₹]?\s*$/i.test(text.slice(clause.start, q.start))) recipientName = topicCompany(st);
  const gov = !investorName && !comps.length ? governmentDeal(text, clause, q, st) : undefined;
  if (gov) return gov;
  // with no party named, the running deal; not in a speaker's own words ("With ₹1 lakh crore committed, we are building")
  if (!investorName && !recipientName && !comps.length && !/\b(?:we|our|us)\b/i.test(sentence.text)) {
    investorName = st.lastInvestor;
    recipientName = st.lastRecipient;
  }
  // "The $50 billion investment is structured ...": a definite mention of a deal continues the article's running deal
  if ((!investorName || !recipientName) && st.lastInvestor && st.lastRecipient && runningDeal(text, clause, q)) {
    const parties = [st.lastInvestor, st.lastRecipient, ...st.lastInvestor.split(" + ")];
    const fits = (!investorName || asInvestor(investorName) === st.lastInvestor) && (!recipientName || recipientName === st.lastRecipient) && comps.every((e) => parties.includes(asInvestor(e.name)) || parties.includes(e.name));
    if (fits) {
      investorName = st.lastInvestor;
      recipientName = st.lastRecipient;
    }
  }
  if (!investorName || !recipientName) return null;
  investorName = investorName.split(" + ").map(asInvestor).join(" + ");
  // "Microsoft, Nvidia to invest …": the pair a later "the two companies" refers to
  if (investorName.split(" + ").length === 2) st.lastGroup = investorName;
  recordDeal(st, investorName, recipientName, q);
  if (investorName === recipientName) return null;
  st.lastInvestor = investorName;
  st.lastRecipient = recipientName;
  return `${investorName} -> ${recipientName}`;
}
