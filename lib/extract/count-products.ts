/**
 * The product that holds a user count when the article names the product rather than its maker:
 * "ChatGPT now has 700 million weekly users", "Claude's weekly active users doubled to", "800 million
 * weekly active users on ChatGPT". A company the article knows keeps the count rules' own subject.
 */
import { resolveCompany, type EntityMention } from "./entities";

const NAME = "[A-Z][\\w.+-]*[\\w+]";
/** "ChatGPT now has", "Gemini has more than", "Le Chat reached": a name right before the verb that counts users */
const USERS_VERB = new RegExp(`(?:^|[^\\w.'’-])(${NAME}(?:\\s+${NAME})?)\\s+(?:now\\s+|already\\s+|currently\\s+|still\\s+)?(?:has|had|have|counts|counted|boasts|boasted|reached|reaches|hit|hits|passed|surpassed|topped|crossed|serves|served|attracts|attracted|draws|drew)\\s+(?:(?:about|around|roughly|nearly|almost|more\\s+than|over|some|just\\s+over)\\s+)?$`);
/** "Claude's weekly active users roughly doubled to": the product whose users the figure counts */
const USERS_OF = new RegExp(`(?:^|[^\\w.'’-])(${NAME}(?:\\s+${NAME})?)['’]s\\s+(?:[\\w-]+\\s+){0,2}users\\b[^.;,]{0,40}$`);
const USERS_ON = new RegExp(`^[\\d.,\\s]*(?:million|billion|thousand|[mbk])?\\s+(?:[\\w-]+\\s+){0,2}(?:users|subscribers)\\s+(?:on|of|for|across)\\s+(${NAME}(?:\\s+${NAME})?)\\b`);
const NOT_NAME = /^(?:The|This|That|These|Those|It|Its|Our|We|They|Their|He|She|Now|Today|Meanwhile|But|And|Also|Overall|Combined|Together|Each|Every|Which|Who)\b/;

/** A product (not a company the article knows) named as the holder of a user count, or undefined. */
export function productBefore(text: string, from: number, at: number, ents: EntityMention[]): string | undefined {
  const before = text.slice(from, at);
  // "serves more than 800 million weekly active users on ChatGPT": the product named after the count
  const on = text.slice(at).match(USERS_ON);
  if (on && !NOT_NAME.test(on[1]) && !resolveCompany(on[1]) && !ents.some((e) => e.start >= at && e.start < at + on[0].length)) return on[1];
  const m = before.match(USERS_VERB) ?? before.match(USERS_OF);
  if (!m || NOT_NAME.test(m[1])) return undefined;
  const start = from + m.index! + m[0].indexOf(m[1]);
  // a company or chip the article knows keeps its own rules
  if (ents.some((e) => e.start < start + m[1].length && start < e.end) || resolveCompany(m[1])) return undefined;
  return m[1];
}
