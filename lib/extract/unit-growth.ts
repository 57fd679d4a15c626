/**
 * Revenue growth of a business unit, kept with the unit: "Google Cloud revenue climbed 34% to $15.2 billion",
 * "revenue from its Azure cloud grew 40%", "Revenue at Amazon Web Services, the company's most profitable unit,
 * jumped 20.2%", "Amazon's cloud unit posted revenue growth of 20.2%", "Cloud infrastructure revenue in the quarter
 * was $3.3 billion, up 55%" (the company's cloud arm). A company's own "Revenue was $14.9 billion, up 12%" too.
 */
import type { EntityMention } from "./entities";
import { isCompany } from "./state";
import { possessiveBefore, subjectBefore } from "./subjects";
import { topicCompany } from "./coreference";
import { CLOUD_ARM, unitLabel } from "./unit-results";
import type { UnitCtx, UnitResult } from "./count-claims";

const HEDGE = "(?:(?:about|around|roughly|nearly|almost|some|more\\s+than)\\s+)?";
const VERB = "(?:rose|grew|jumped|climbed|increased|surged|soared|advanced|growing|rising|climbing|jumping|up)";
/** "AWS revenue jumped", "Google Cloud's sales in the third quarter rose", "Oracle Cloud Infrastructure revenue growing" */
const UNIT_THEN_METRIC = new RegExp(`^(?:['’]s?)?\\s+(?:(?:total|net)\\s+)?(?:revenue|sales)\\s+(?:(?:in|for)\\s+the\\s+(?:[\\w-]+\\s+)?quarter\\s+)?${VERB}\\s+${HEDGE}$`, "i");
/** "revenue from its Azure cloud grew", "Revenue at Amazon Web Services, the company's most profitable unit, jumped" */
const METRIC_THEN_UNIT = /\b(?:revenue|sales)\s+(?:at|from)\s+(?:its\s+)?$/i;
const UNIT_THEN_VERB = new RegExp(`^\\s*(?:cloud(?:\\s+(?:unit|business|division|arm))?)?\\s*(?:,\\s*(?:the|its|a)\\s+[^,.;$]{0,50},)?\\s+${VERB}\\s+${HEDGE}$`, "i");
/** "AWS posted revenue growth of", "Amazon's cloud unit posted revenue growth of" */
const POSTED_GROWTH = new RegExp(`^(['’]s?\\s+cloud\\s+(?:unit|business|division|arm|computing\\s+(?:unit|business|division)))?\\s+(?:posted|reported|had|delivered|saw|recorded)\\s+(?:(?:total|quarterly)\\s+)?(?:revenue|sales)\\s+growth\\s+of\\s+${HEDGE}$`, "i");
/** "Cloud infrastructure revenue in the quarter was $3.3 billion, up 55%": the revenue just stated, then its growth */
const UP_AFTER_REVENUE = /\b((?:cloud\s+infrastructure\s+)?)(?:(?:total|net|overall)\s+)?(?:revenue|sales)\s+(?:(?:in|for)\s+the\s+(?:[\w-]+\s+)?quarter\s+)?(?:was|were|came\s+(?:in\s+)?(?:at|to)|totall?ed|reached|of)\s+(?:about\s+|roughly\s+|nearly\s+)?(?:US\s?)?[$€£¥₹]\s?[\d.,]+\s*(?:billion|million|trillion|bn|mn|[bm])?\s*,\s+up\s+$/i;
const QOQ = /^\s+(?:quarter[\s-](?:over|on)[\s-]quarter|sequentially|from\s+the\s+(?:previous|prior)\s+quarter)\b/i;


/** The company with a cloud arm the article named last before `at`. */
function lastParent(ents: EntityMention[], at: number): string | undefined {
  return ents.filter((e) => isCompany(e) && e.end <= at && CLOUD_ARM[e.name]).at(-1)?.name;
}

/** A unit's (or, after "revenue was $X, up", a company's) revenue growth, or undefined. */
export function unitGrowth(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents, st } = c;
  if (q.unit !== "pct") return undefined;
  const before = text.slice(sentence.start, q.start);
  const comps = ents.filter((e) => isCompany(e) && e.start >= sentence.start && e.end <= q.start);
  const property = QOQ.test(text.slice(q.end, q.end + 40)) ? "revenue_growth_pct_qoq" : "revenue_growth_pct_yoy";
  const claim = (subject: string | undefined): UnitResult | undefined => (subject ? { subject, property, kind: "other", value: q.value, valueMax: q.valueMax } : undefined);
  for (const e of [...comps].reverse()) {
    const gap = text.slice(e.end, q.start);
    if (UNIT_THEN_METRIC.test(gap)) return claim(unitLabel(text, e)) ?? undefined;
    if (METRIC_THEN_UNIT.test(text.slice(sentence.start, e.start)) && UNIT_THEN_VERB.test(gap)) return claim(unitLabel(text, e));
    const posted = gap.match(POSTED_GROWTH);
    if (posted) return claim(posted[1] ? (e.possessive || /^['’]/.test(gap) ? CLOUD_ARM[e.name] : undefined) : unitLabel(text, e) ?? e.name);
  }
  const up = before.match(UP_AFTER_REVENUE);
  if (up) {
    if (up[1]) {
      const parent = comps.filter((e) => CLOUD_ARM[e.name]).at(-1)?.name ?? lastParent(ents, q.start) ?? topicCompany(st);
      return claim(parent ? CLOUD_ARM[parent] : undefined) ?? null;
    }
    const own = comps.length ? (possessiveBefore(text, ents, q.start, 80) ?? subjectBefore(text, sentence.start, ents, q.start))?.name : topicCompany(st);
    return claim(own) ?? null;
  }
  return undefined;
}
