/**
 * Subjects of compute commitments: which buyer commits to which cloud ("OpenAI -> Microsoft Azure"), from
 * the sentence's clouds, its buyer before the amount, a counterpart after "with"/"from", or the running deal.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { asCloud, asInvestor, entityAfter, pronounSubject, sameClause, subjectBefore } from "./subjects";
import { isCompany, PRONOUN, type State } from "./state";

/** "CoreWeave Inc., which signed …", "Anthropic — which in turn committed …": the name a relative clause hangs on */
const RELATIVE_GAP = /^\.?\s*(?:(?:Inc|Ltd|Corp|Co|Group|plc|N\.V|AG|SE|SA)\.?\s*)?(?:\([^()]{1,20}\)\s*)?(?:,|\s[—–-])\s*(?:which|that|who)\b[^,;:—–()$€£]*$/i;

/** The company a relative clause holding the amount is about, or undefined. */
function relativeAntecedent(text: string, sentence: Sentence, q: Quantity, comps: EntityMention[]): EntityMention | undefined {
  const e = comps.findLast((c) => c.end <= q.start);
  return e && RELATIVE_GAP.test(text.slice(e.end, q.start).replace(/(?:US\s?)?[$€£]\s*$/, "")) ? e : undefined;
}

/** `Buyer -> Cloud` of a compute commitment, or null. */
export function computeSubject(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[], st: State): string | null {
  const comps = ents.filter(isCompany);
  const rel = relativeAntecedent(text, sentence, q, comps);
  // "IREN signs $9.7B AI cloud contract with Microsoft", "CoreWeave Inc., which signed a $14.2 billion agreement with Meta":
  // a cloud provider that is the clause's subject sells, and its counterpart after "with" buys, even a company with a cloud arm
  const seller = rel ?? subjectBefore(text, sentence.start, ents, q.start);
  if (seller?.kind === "cloud" && asCloud(seller.name) === seller.name) {
    const withParty = comps.find((e) => e.start >= q.end && e.name !== seller.name && sameClause(text, q.end, e.start) && /^[^.;]{0,60}?\b(?:with|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(q.end, e.start)));
    if (withParty && withParty.kind !== "cloud") {
      st.lastBuyer = withParty.name;
      st.lastCloud = seller.name;
      return `${withParty.name} -> ${seller.name}`;
    }
  }
  const pronounBefore = PRONOUN.test(text.slice(clause.start, q.start));
  // "a cloud pact with Microsoft": a parent named next to "cloud" is its cloud arm
  const cloudWord = /\bcloud\b/i.test(sentence.text);
  const clouds = comps.filter((e) => e.kind === "cloud" || (cloudWord && asCloud(e.name) !== e.name && /\b(?:with|from|on|to|pay|paid)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 12), e.start))));
  const onCloud = entityAfter(text, ents, q.end, "on|from|with|of", 60) ?? clouds.find((c) => c.start >= sentence.start);
  // "Brumalis's rival CoreWeave signed a $14.2 billion deal with Meta": the cloud that is the clause's subject sells
  const subjCloud = onCloud && clouds.includes(onCloud) ? undefined : subjectBefore(text, sentence.start, ents, q.start);
  const cloud = onCloud && clouds.includes(onCloud) ? onCloud : subjCloud && clouds.includes(subjCloud) ? subjCloud : clouds[0];
  // the buyer: the nearest company before the amount that is a clause's subject, else the first one
  const isBuyer = (e: EntityMention) => e.kind !== "cloud" && e.name !== cloud?.name && !(cloud && e.name === asInvestor(cloud.name)) && !/\bwith\s+$/.test(text.slice(Math.max(0, e.start - 6), e.start));
  // "Microsoft booked a $250 billion Azure commitment from OpenAI", "AWS signed a $38 billion deal with the lab",
  // "CoreWeave's contracts with OpenAI": the party after "from"/"with" once a cloud is named buys
  const counterpart = cloud ? comps.find((e) => e.start > cloud.end && e.kind !== "cloud" && e.name !== asInvestor(cloud.name) && e.name !== cloud.name && Math.abs(e.start - q.end) < 60 && sameClause(text, q.end, e.start) && /\b(?:with|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 10), e.start)) && !(e.start > q.end && /\b(?:and|or|plus)\s+(?:an?|the|its|their)\s/i.test(text.slice(q.end, e.start)))) : undefined;
  const beforeBuyer = [...comps].reverse().find((e) => e.end <= q.start && isBuyer(e) && !/\b(?:in|into|to|from|by|of|for|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, e.start - 8), e.start)) && !(cloud && asCloud(e.name) === asCloud(cloud.name)));
  // "It has committed to buy $30 billion of Azure compute": the previous sentence's subject
  const itBuyer = !beforeBuyer && /^\s*(?:It|They)\b/.test(text.slice(clause.start, q.start)) && st.prevSubject?.sentence === sentence.index - 1 ? comps.length && comps.some((e) => e.end <= q.start) ? undefined : st.prevSubject.name : undefined;
  // a company past the amount buys only within the amount's clause ("…from Oracle, and last week Nvidia said …")
  // "Anthropic, which in turn committed $30 billion to Azure compute": the relative clause's company buys
  const relBuyer = rel && isBuyer(rel) ? rel : undefined;
  let buyer = relBuyer ?? counterpart ?? beforeBuyer ?? (itBuyer ? undefined : comps.find((e) => isBuyer(e) && (e.end <= q.start || sameClause(text, q.end, e.start))));
  if (!buyer && !itBuyer && clouds.length > 1) buyer = clouds.find((c) => c.name !== cloud?.name && c.name !== "Oracle");
  // "The utility signed a $3 billion contract with X": a subject the article does not name is not the last buyer
  if (!buyer && !itBuyer && /^\s*The\s+(?:[a-z][\w-]*\s+){1,3}(?:signed|agreed|committed|inked|struck|booked)\b/.test(text.slice(sentence.start, q.start))) return null;
  const recentBuyer = () => [...st.recentCompanies].reverse().find((n) => n !== cloud?.name && st.kinds.get(n) !== "cloud");
  const b = buyer?.name ?? itBuyer ?? pronounSubject(text, sentence, q, ents, st) ?? (pronounBefore ? st.lastBuyer ?? recentBuyer() : st.lastBuyer) ?? (cloud ? recentBuyer() : undefined);
  const c = cloud?.name ?? st.lastCloud;
  if (!b || !c || b === c) return null;
  st.lastBuyer = b;
  st.lastCloud = c;
  return `${b} -> ${asCloud(c)}`;
}
