/**
 * Financing of a named site: "Meta's Hyperion data center got $30 billion of financing from Blue Owl",
 * "Meta struck a $27 billion financing deal with Blue Owl Capital for Hyperion". The money goes to the
 * site (the venture that owns it), and the lender or partner named after "with" provides it.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import { entityAfter } from "./subjects";
import { namedSites, siteNames } from "./projects";

/** "a $27 billion financing deal with Blue Owl": the party that provides the financing */
const FINANCING_WITH = "(?:financing|funding|debt|loan|credit|capital|equity)\\s+(?:deal|agreement|package|arrangement|pact|facility|partnership)\\s+with";

/** The financier of a "financing deal with X" right after the amount. */
export function financierWith(text: string, ents: EntityMention[], q: Quantity): EntityMention | undefined {
  return entityAfter(text, ents, q.end, FINANCING_WITH, 12);
}

const SITE_NOUN = /^\s+(?:AI\s+)?(?:data[\s-]?cent(?:er|re)|campus|cluster|supercomputer|super-?cluster|site|facility)\b/;

/** "Meta's Hyperion data center": the named site a possessive company mention opens, or undefined. */
export function ownedSite(text: string, e: EntityMention): string | undefined {
  if (!e.possessive) return undefined;
  const after = text.slice(e.end, e.end + 80);
  const m = after.match(/^['’]s?\s+(?:(?:new|planned|giant|massive|flagship|first|second|largest|biggest|smaller|larger)\s+)?['‘“"]?([A-Z][a-z]{3,}(?:\s+\d{1,2})?)['’”"]?/);
  if (!m || !SITE_NOUN.test(after.slice(m[0].length))) return undefined;
  return namedSites(text).includes(m[1]) || siteNames(text).includes(m[1]) ? m[1] : undefined;
}
