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
import { speakerCompanyAt, weCompany } from "./speakers";
import { assetsSubject } from "./results";
import { DIRECT_INVEST } from "./money-wording";
import { backedCompany, governmentDeal, pronounRecipient, recordDeal, relativeRecipient, respectively, runningDeal, splitBetween } from "./money-deals";

export { inPassing, noteRaiser, repeatedAmount, runningDeal, splitBetween } from "./money-deals";
import { orderSubject } from "./money-orders";
import { loanSubject } from "./money-debt";
import { stakeValueSubject } from "./money-stakes";
import { computeSubject } from "./money-compute";
import { contractSubject } from "./money-contracts";
import { priceSubject } from "./money-prices";
import { announcedBy, LEADER_GAP, REDUCED_INVEST, syndicateGroup, distributionSubject, leadsRound, paidForCompany, runningInvestorForIt, shareRecipient, tiesRecipient, toInvestor } from "./money-parties";
import { marketOwner } from "./market";
import { headingCompany } from "./money-headings";

export { orderSubject } from "./money-orders";

const GENERIC_RECIPIENT = /^\s+(?:in|into)\s+(?:(?:AI|US|U\.S\.|European|[a-z][\w-]*)\s+){0,3}(?:companies|startups|start-ups|firms|businesses|projects|data\s+cent(?:er|re)s|ventures|funds|labs)\b/;

/** "that would value it at", "a deal valuing the company at": a valuation of a company already named */
const VALUE_IT = /\b(?:would|could|will|to|that|which)\s+(?:\w+\s+)?(?:value|values|valued)\s+(?:it|the\s+(?:company|startup|start-up|firm|lab))\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|as\s+much\s+as\s+|up\s+to\s+|~)?(?:US\s?)?[$€£¥₹]?\s*$/i;

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
  if (role.role === "valuation" || role.role === "round" || role.role === "revenue") {
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
      // "The rest of the funding will come from ¥2 trillion in project loans": borrowing for the running deal's company
      if (/^debt_raised_/.test(role.property) && !comps.some((e) => e.start < q.start) && st.lastRecipient && /\b(?:funding|financing|the\s+rest|the\s+remainder|the\s+balance)\b/i.test(before)) return st.lastRecipient;
      // "European governments will spend …": a spender that is no company is not the article's company
      const it = pronounSubject(text, sentence, q, ents, st);
      if (it || /^(?:(?:planned_)?compute_spend|total_compute_commitment)_/.test(role.property)) return it ?? null;
      // companies named only after the figure ("most of it for Nvidia racks") are its objects, not its owner;
      // in a transcript, a figure with no company named is the speaker's company's
      return comps.some((e) => e.start < q.start) ? null : speakerCompanyAt(text, q.start) ?? topicCompany(st) ?? null;
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
    relativeRecipient(text, sentence, q, comps) ??
    pronounRecipient(text, sentence, q, ents);
  // "in AI companies since 2024, including a $1.5 billion stake in X": a name past another amount is that amount's
  if (recipient && recipient.start > q.end && /[$€£¥₹]\s*\d|\bincluding\b/.test(text.slice(q.end, recipient.start).replace(/\([^()]*\)/g, ""))) recipient = undefined;
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
  let investor: EntityMention | undefined = reduced ?? resp ?? elliptic ?? direct ?? toInvest ?? possessiveBefore(text, ents, q.start);
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
  // "from Microsoft and Nvidia": a group of investors
  if (investor && !elliptic && !resp) {
    const partner = comps.find((e) => e.start > investor!.end && /^\s*(?:and|&)\s*$/.test(text.slice(investor!.end, e.start)));
    if (partner && partner.name !== recipient?.name) investorName = `${asInvestor(investor.name)} + ${asInvestor(partner.name)}`;
  }
  // "The two tech giants have agreed to invest": the group named before
  if (!investorName && st.lastGroup && /\b(?:the\s+two\s+(?:[\w-]+\s+)?(?:companies|giants|firms|groups|investors|partners)|both\s+(?:companies|firms)|the\s+(?:pair|duo))\b/i.test(text.slice(sentence.start, q.start))) investorName = st.lastGroup;
  if (!investorName) {
    const subj = subjectBefore(text, sentence.start, ents, q.start);
    // "Nvidia, Microsoft and Amazon are investing a combined $15 billion": a list of three or more investors shares
    // the amount in parts the sentence does not give
    if (subj && !resp && !elliptic) {
      const sep = (a: number, b: number) => /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/.test(text.slice(a, b));
      const list = [subj];
      for (const e of comps) if (e.start > list[list.length - 1].end && e.end <= q.start && sep(list[list.length - 1].end, e.start)) list.push(e);
      if (new Set(list.map((e) => e.name)).size >= 3) return null;
    }
    if (subj && subj.name !== recipient?.name && !(PRONOUN.test(text.slice(subj.end, q.start)) && /^\s*,/.test(text.slice(subj.end)))) investorName = subj.name;
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
  let recipientName = recipient?.name;
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
  if (!recipientName && investorName && st.lastRecipient && !investorName.split(" + ").includes(st.lastRecipient) && /\binvest|\bbacking|\bbackers?\b|\bstake\b|\bput\s+in\b|\badd(?:s|ed)\b|\bled\s+with\b|\bcontribut|\bcheque\b|\bwrote\s+an?\s+\S+\s+(?:\w+\s+)?check\b|\bpledg|\binfus|\bcommitted\b/i.test(sentence.text)) recipientName = st.lastRecipient;
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
  recordDeal(st, investorName, recipientName, q);
  if (investorName === recipientName) return null;
  st.lastInvestor = investorName;
  st.lastRecipient = recipientName;
  return `${investorName} -> ${recipientName}`;
}
