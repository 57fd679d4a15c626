/**
 * Counts of people a company states without the count noun the unit reader knows: staff written as
 * "employs about 30 researchers and engineers", "a team of 40 researchers", "a staff of 200",
 * "headcount has grown to about 4,000"; users written as "weekly active users rose to 30 million",
 * "30 million MAUs". Each becomes a count quantity ("of:employee", "of:weekly_active_user") read by the
 * count rules (lib/extract/count-claims.ts), which resolve the company, pronouns included.
 */
import type { EntityMention } from "./entities";
import type { NumberMatch } from "./numbers";
import type { Quantity } from "./quantity";
import type { Sentence } from "./sentences";
import type { Draft } from "./assemble";
import type { State } from "./state";
import { clauseOf } from "./quotes";
import { pushUnitDrafts } from "./unit-drafts";

const HEDGE = "(?:(?:about|around|roughly|nearly|almost|approximately|more\\s+than|over|some|fewer\\s+than|just\\s+(?:over|under))\\s+)?";
/** "employs about 30 researchers", "a team of 40 engineers", "has a staff of about 200" */
const STAFF_BEFORE = new RegExp(`\\b(?:employs|employing|employed|(?:a|its|their|his|her)\\s+(?:core\\s+|small\\s+|research\\s+)?(?:team|staff|workforce)\\s+of|headcount\\s+of|workforce\\s+of|staff\\s+of)\\s+${HEDGE}$`, "i");
/** what the people are: required after "employs", optional after "team of"/"staff of" */
const PEOPLE_AFTER = /^\s+(?:(?:full[\s-]time|AI|research)\s+)?(?:researchers|engineers|scientists|staffers|people|employees|staff|workers)\b(?:\s+and\s+(?:engineers|researchers|scientists|staff|support\s+staff))?/i;
/** "headcount has grown to about 4,000", "its workforce stood at 75,000" */
const HEADCOUNT_IS = new RegExp(`\\b(?:headcount|workforce|staff\\s+count|number\\s+of\\s+employees)\\s+(?:has\\s+|had\\s+|now\\s+)*(?:(?:grown|grew|risen|rose|climbed|swelled|increased|jumped|more\\s+than\\s+doubled|doubled)\\s+to|(?:stood|stands|stand)\\s+at|is|was|reached|hit|topped|totals?|totall?ed|of)\\s+${HEDGE}$`, "i");
/** a change in staff, not the staff a company has */
const STAFF_CHANGE = /\b(?:cut\w*|lay\w*|laid|fir\w*|hir\w*|add\w*|shed\w*|reduc\w*|eliminat\w*|recruit\w*|los[et]\w*|poach\w*)\b[^.;]{0,30}$/i;
/** "weekly active users rose to 30 million", "monthly users stood at", "daily users of" */
const USERS_BEFORE = new RegExp(`\\b(weekly|monthly|daily)\\s+(active\\s+)?users\\s+(?:has\\s+|have\\s+|had\\s+|now\\s+)*(?:(?:(?:roughly|more\\s+than|nearly|almost)\\s+)?(?:rose|grew|climbed|jumped|doubled|tripled|increased|surged|swelled|risen|grown)\\s+to|(?:reached|hit|topped|passed|crossed|surpassed|exceeded)|(?:stood|stand|stands)\\s+at|(?:is|are|was|were)(?:\\s+now)?|of|totall?ed|number(?:ed)?)\\s+${HEDGE}$`, "i");
/** "30 million MAUs", "12 million weekly actives" */
const USERS_AFTER = /^\s+(?:(MAUs?|WAUs?|DAUs?)\b|(monthly|weekly|daily)\s+actives\b)/i;
const UP_FROM = /^\s*,?\s*(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+)?$/i;
const PERIOD: Record<string, string> = { m: "monthly", w: "weekly", d: "daily" };

/** Count drafts for the people phrases of one sentence; `taken` are the figures already read. */
export function countPhraseDrafts(text: string, sentence: Sentence, nums: NumberMatch[], taken: { start: number; end: number }[], ents: EntityMention[], st: State, drafts: Draft[]): void {
  if (!/employ|team|staff|workforce|headcount|users|MAU|WAU|DAU|actives|up\s+from|down\s+from/i.test(sentence.text)) return;
  for (const n of nums) {
    if (taken.some((t) => t.start < n.end && n.start < t.end)) continue;
    const before = text.slice(Math.max(sentence.start, n.start - 90), n.start);
    const after = text.slice(n.end, Math.min(sentence.end, n.end + 60));
    // a share of staff ("cut 15% of its staff"), an amount of money, a year: not a count of people
    if (/^\s*(?:%|per\s?cent|percent)/i.test(after) || /[$€£¥₹]\s*$/.test(before) || (!n.scale && n.value >= 1900 && n.value <= 2100 && !/,/.test(text.slice(n.start, n.end)))) continue;
    let detail: string | null = null;
    let end = n.end;
    let m: RegExpMatchArray | null;
    if (STAFF_BEFORE.test(before) && !STAFF_CHANGE.test(before)) {
      const people = after.match(PEOPLE_AFTER);
      // "employs 30 researchers" needs its noun; "a team of 40" and "a staff of 200" do not
      if (people || (!/\bemploy/i.test(before.slice(-40)) && /^\s*(?:[,.;)]|$|\s+(?:and|in|at|across|who|that|working)\b)/.test(after))) {
        detail = "of:employee";
        end = n.end + (people ? people[0].length : 0);
      }
    } else if (HEADCOUNT_IS.test(before) && !STAFF_CHANGE.test(before.replace(HEADCOUNT_IS, ""))) {
      detail = "of:employee";
      const people = after.match(PEOPLE_AFTER);
      if (people) end = n.end + people[0].length;
    } else if ((m = before.match(USERS_BEFORE)) && (n.scale || n.value >= 1000)) {
      detail = `of:${m[1].toLowerCase()}_${m[2] ? "active_" : ""}user`;
    } else if ((m = after.match(USERS_AFTER)) && (n.scale || n.value >= 1000)) {
      detail = `of:${PERIOD[(m[1] ?? m[2])[0].toLowerCase()]}_active_user`;
      end = n.end + m[0].length;
    }
    // "700 million weekly users, up from 500 million in March": the earlier count of the same thing
    const prev = drafts.at(-1);
    if (!detail && prev && prev.sentence === sentence && prev.kind === "other" && /_count$/.test(prev.property) && prev.q.unit === "count" && prev.q.end <= n.start && n.start - prev.q.end < 30 && UP_FROM.test(text.slice(prev.q.end, n.start)) && (n.scale || prev.value < 1e6) && !/^\s*(?:%|per\s?cent)/i.test(after)) {
      const q: Quantity = { start: n.start, end: n.end, value: n.value, valueMax: null, unit: "count", detail: prev.q.detail };
      drafts.push({ ...prev, value: n.value, value_max: null, q });
      continue;
    }
    if (!detail) continue;
    const q: Quantity = { start: n.start, end, value: n.value, valueMax: null, unit: "count", detail };
    pushUnitDrafts(text, sentence, clauseOf(text, sentence, q), q, ents, st, drafts);
  }
}
