/**
 * A site's own financing: money borrowed or arranged for a named campus or project, with the site as subject
 * ("The campus secured $7.1 billion in project loans", "Halden has secured a $2.3 billion construction loan from
 * JPMorgan", "Polaris, its Wyoming campus, obtained debt financing of $4.5 billion", "a $21 billion financing for the
 * campus"). Borrowing is `debt_raised_<cur>`, a financing of no stated kind `financing_<cur>`. A company's own bonds
 * and loans stay the company's (lib/extract/money-debt.ts).
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import { namedSites, projectNames, siteReferredTo } from "./projects";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|some\\s+|at\\s+least\\s+|up\\s+to\\s+)?";
const CUR = "(?:US\\s?)?[$€£¥₹]?\\s*$";
/** "a $2.3 billion construction loan", "$7.1 billion in project loans", "$3 billion of debt", "$9 billion of debt financing" */
const DEBT_AFTER = /^(?:[\s-]+(?:(?:construction|project|bank|term|bridge|syndicated|green|senior|secured|[\w-]+[\s-]year)\s+){0,2}(?:loan|debt\s+(?:package|financing|facility|deal)|credit\s+facility)\b|\s+(?:worth\s+)?(?:of|in)\s+(?:new\s+)?(?:(?:construction|project|bank|term|bridge|syndicated|green|senior|secured)\s+){0,2}(?:loans?|debt|bonds?|notes)\b)/i;
/** "debt financing of $4.5 billion", "a debt package worth $38 billion" */
const DEBT_BEFORE = new RegExp(`\\b(?:debt\\s+(?:financing|package|facility)|(?:construction|project)\\s+(?:loans?|financing)|loans?)\\s+(?:of|worth|totall?ing)\\s+${HEDGE}${CUR}`, "i");
/** "a $21 billion financing", "a $12 billion financing package" */
const FINANCING_AFTER = /^[\s-]+(?:(?:project|construction|equity|private|total)\s+)?financing\b(?!\s+(?:round|deals?|agreements?|pacts?|arrangements?|from\s+investors))/i;
const FINANCING_BEFORE = new RegExp(`\\bfinancing\\s+(?:package\\s+)?(?:of|worth|totall?ing)\\s+${HEDGE}${CUR}`, "i");
/** money paid back, refinanced or spent is no financing raised */
const NOT_RAISED = /\b(?:repa(?:y|id|ying|ys)|pa(?:y|id|ying)\s+(?:back|off|down)|refinanc\w*|default\w*|retir(?:e|ed|ing)|redeem\w*|cost|spend|spent|invest\w*)\b[^.;]{0,40}$/i;
/** verbs of getting money: the site is the clause's subject */
const GETS = /\b(?:secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|rais(?:e|es|ed|ing)|land(?:s|ed|ing)?|(?:lined|lines|lining)\s+up|clos(?:e|es|ed|ing)|arrang(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|won|wins|got|gets|borrow(?:s|ed|ing)?|took\s+out|takes?\s+out|tapped)\s+(?:(?:a|an|its|the)\s+)?(?:new\s+)?/i;
/** "for the campus", "for the project", "to build the data center" */
const FOR_SITE = /^[^.;]{0,60}?\b(?:for|to\s+(?:build|fund|finance)|backing)\s+(?:the\s+(?:new\s+|planned\s+)?(?:campus|site|project|facility|data[\s-]?cent(?:er|re))\b|([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))/;
/** "X said (that)", "According to X," before the clause's subject */
const SAID_HEAD = /^\s*(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:said|says|announced|disclosed)\s+(?:on\s+\w+\s+)?(?:that\s+)?|According\s+to\s+[^,]{1,40},\s*)/;
const THE_SITE_HEAD = /^\s*[Tt]he\s+(?:(?:new|planned|whole|entire)\s+)?(?:campus|site|project|facility|data[\s-]?cent(?:er|re))\b/;

function siteNamesOf(text: string): string[] {
  return [...projectNames(text), ...namedSites(text)];
}

/** The site a name at the start of `s` (or "the campus") refers to. */
function siteAtHead(text: string, from: number, s: string, names: string[]): string | undefined {
  const lead = s.replace(SAID_HEAD, "");
  const at = from + (s.length - lead.length);
  if (THE_SITE_HEAD.test(lead)) return siteReferredTo(text, at, at + lead.match(THE_SITE_HEAD)![0].length);
  const head = lead.trimStart();
  return names.filter((n) => head.startsWith(n) && !/^[\w-]/.test(head.slice(n.length))).sort((a, b) => b.length - a.length)[0];
}

/** A site's financing the amount `q` states, or null. */
export function siteFinancing(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[]): { subject: string; property: string } | null {
  if (q.unit !== "money" || q.per) return null;
  const before = text.slice(Math.max(sentence.start, clause.start), q.start);
  const after = text.slice(q.end, sentence.end);
  const debt = DEBT_AFTER.test(after) || DEBT_BEFORE.test(before);
  const financing = !debt && (FINANCING_AFTER.test(after) || FINANCING_BEFORE.test(before));
  if ((!debt && !financing) || NOT_RAISED.test(before)) return null;
  const names = siteNamesOf(text);
  if (!names.length) return null;
  // "for the campus", "for Project Sequoia": the money's purpose names the site
  const f = after.match(FOR_SITE);
  let site: string | undefined;
  if (f) site = f[1] ? names.find((n) => f[1] === n || f[1].startsWith(`${n} `) || f[1] === n.replace(/^Project\s+/, "")) : siteReferredTo(text, q.end, q.end + f[0].length);
  // "The campus secured …", "Halden has secured …": the site is the clause's subject and gets the money
  if (!site && GETS.test(before.slice(-60))) {
    const head = text.slice(sentence.start, q.start);
    const s = siteAtHead(text, sentence.start, head, names);
    // a company named between the site and the figure is the borrower ("Halden's owner Northwind secured")
    const at = s ? sentence.start + head.indexOf(s.replace(/^Project\s+/, "")) + s.length : -1;
    if (s && !ents.some((e) => e.type === "company" && e.kind !== "other" && e.start > at && e.end <= q.start && !/\bfrom\s+$/.test(text.slice(Math.max(0, e.start - 6), e.start)) && !/^,/.test(text.slice(e.end)))) site = s;
  }
  if (!site) return null;
  return { subject: site, property: `${debt ? "debt_raised" : "financing"}_${q.detail}` };
}
