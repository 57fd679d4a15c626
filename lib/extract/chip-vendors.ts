/**
 * The vendor of an unknown chip an article writes bare: the company that launches or owns it
 * ("Corvid Systems on Tuesday unveiled the C5", "Quillon's new Q7").
 */

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const LAUNCH_VERB = "(?:unveil|launch|introduc|announc|debut|detail|unwrap|reveal|ship|roll|tout|pitch|list|stack|price|market)\\w*";
const COMPANY_SUFFIX = "Systems|Compute|Computing|Labs|Semiconductors?|Silicon|Technologies|Technology|Micro\\w*|Devices|Networks|Inc|Corp\\w*|Ltd|AI|Chips?";
const COMPANY_WORDS = "([A-Z][a-z][A-Za-z]{1,20})(?:[ \\u00a0][A-Z][A-Za-z]+){0,2}";

/** The brand that launches or owns a bare model in the article, if one does. */
export function launchingVendor(text: string, model: string): string | undefined {
  const m = escapeRe(model);
  const re = new RegExp(
    `(?<![\\w-])${COMPANY_WORDS}(?:['’]s[ \\u00a0]+(?:(?:new|latest|next-generation|upcoming|own|flagship)[ \\u00a0]+)*${m}|(?:[ \\u00a0]+(?:[a-z][\\w-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,3}?[ \\u00a0]+${LAUNCH_VERB}(?:[ \\u00a0]+(?:out|off|up))?[ \\u00a0]+(?:(?:its|the|a|an|new|latest|\\d[\\d,]*)[ \\u00a0]+)*${m})(?![\\w-])`,
  );
  const found = text.match(re);
  if (!found) return undefined;
  const vendor = found[1];
  // a possessive names an owner; otherwise the word must be a name, written capitalised
  // mid-sentence somewhere ("Benchmarks show the R9X" is not a vendor)
  if (/['’]s[ \u00a0]/.test(found[0])) return vendor;
  const v = escapeRe(vendor);
  const named = new RegExp(`[a-z\\d,;:—–)-][ \\u00a0]+${v}\\b|\\b${v}[ \\u00a0]+(?:${COMPANY_SUFFIX})\\b|\\b${v}[ \\u00a0]+(?:said|says|told|expects|plans)\\b`);
  return named.test(text) ? vendor : undefined;
}
