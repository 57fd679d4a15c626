/**
 * Investment firms named in full: the registry may know a firm by its short name ("Greenoaks"), but an
 * article that writes "Greenoaks Capital" names it "Greenoaks Capital", and the claim keeps the name as
 * written. A known company's mention followed by a fund word ("Capital", "Ventures", "Capital Partners")
 * that the registry does not fold is widened to the full written name. A longer written name ("Greenoaks
 * Capital Partners") keeps the registry's short name.
 */
import type { EntityMention } from "./entities";

/** the fund words that complete a firm's name */
const FUND_TAIL = /^[ \u00a0](?:Capital|Ventures)(?![\w-]|[ \u00a0]+[A-Z])/;
/** a name that already ends with a fund word is complete */
const ENDS_FUND = /\s(?:Capital|Ventures|Partners|Management|Group|Fund|Holdings?|Investments?|Authority)$/;

/** Widens, in place, known companies' mentions written with a fund word after them. */
export function widenFundNames(text: string, ents: EntityMention[]): void {
  for (const e of ents) {
    if (e.type !== "company" || e.possessive || ENDS_FUND.test(` ${e.name}`) || text.slice(e.start, e.end) !== e.name) continue;
    const m = FUND_TAIL.exec(text.slice(e.end, e.end + 30));
    if (!m || ents.some((o) => o !== e && o.start < e.end + m[0].length && e.end <= o.start)) continue;
    e.end += m[0].length;
    e.name = text.slice(e.start, e.end).replace(/\u00a0/g, " ");
    e.possessive = /^['’]s?\b/.test(text.slice(e.end, e.end + 3));
  }
}
