/**
 * The company a results figure is attributed to when the sentence names it only AFTER the figure:
 * "Revenue rose 46% to $11.3 billion, Micron said", "…, according to Dell", "…, said Broadcom",
 * "…, Nebius said in a statement", "…, according to figures released by Arm". Used only when the
 * sentence names no company before the figure (then the sentence's structure gives the subject).
 */
import type { EntityMention } from "./entities";
import type { Sentence } from "./sentences";
import { isCompany } from "./state";

/** between the figure's clause end and the name: ", according to", ", said", ", according to a statement from" */
const LEAD = /,\s*(?:(?:according\s+to|per|as\s+reported\s+by)\s+(?:(?:a|its|the)\s+)?(?:(?:statement|filing|release|press\s+release|report|figures|data|results|presentation)\s+(?:(?:released|published|issued)\s+)?(?:from|by)\s+)?|(?:said|says|reported|reports|announced|disclosed)\s+)?(?:the\s+)?$/i;
/** after the name: "said", "says in a statement", "reported on Tuesday" (or nothing, after "according to") */
const VERB_AFTER = /^(?:\s*,\s*(?:the|a|an)\s+[^,.;]{0,50},)?\s+(?:(?:also|further)\s+)?(?:said|says|reported|reports|announced|announces|disclosed|discloses|added|adds|told\s+investors|posted)\b/i;
const ACCORDING = /according\s+to|\bper\s|as\s+reported\s+by|(?:from|by)\s+(?:the\s+)?$/i;
/** the figure's sentence goes on in a new clause about something else: "…, while Nvidia said …" */
const NEW_CLAUSE = /[;:]|,\s*(?:while|whereas|but|and|as|after|before|when|which|who)\b/i;

/** The company named after `at` in an attribution ("…, X said", "according to X"), or undefined. */
export function attributedCompany(text: string, sentence: Sentence, at: { start: number; end: number }, ents: EntityMention[]): string | undefined {
  const comps = ents.filter(isCompany);
  if (comps.some((e) => e.end <= at.start && e.start >= sentence.start)) return undefined;
  const e = comps.find((c) => c.start >= at.end && c.end <= sentence.end && !c.possessive);
  if (!e) return undefined;
  const between = text.slice(at.end, e.start);
  const comma = between.lastIndexOf(",");
  if (comma < 0 || NEW_CLAUSE.test(between.slice(comma))) return undefined;
  const lead = between.slice(comma);
  if (!LEAD.test(lead)) return undefined;
  const afterName = text.slice(e.end, Math.min(sentence.end, e.end + 80));
  // "according to Micron" ends the sentence or a clause; "…, Micron said" needs its verb
  const ok = ACCORDING.test(lead) ? /^\s*(?:[,.;)]|$|\s+(?:on|in|late|early|this|last)\b)/.test(afterName) : /^,\s*(?:said|says|reported|announced|disclosed)\s+$/i.test(lead) ? true : VERB_AFTER.test(afterName);
  return ok ? e.name : undefined;
}
