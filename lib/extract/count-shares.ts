/**
 * Chip counts whose subject is not the buyer -> chipmaker of an order (chips deployed FOR a customer are
 * chip-deployments.ts's `customerDeployment`):
 * - a share of an order that goes to one site ("The largest chunk, about 104,000 GPUs, will sit at a campus in
 *   Texas", "Another 12,600 GPUs go into a site in Portugal", "The rest, some 52,000 GPUs") is no claim on the order;
 * - a platform named as the subject ("Mistral Compute … is set to use 18,000 chips") holds its chips.
 */
import type { EntityMention } from "./entities";
import { isCompany } from "./state";
import { subjectBefore } from "./subjects";
import type { UnitCtx, UnitResult } from "./count-claims";

/** "The largest chunk,", "The rest,", "Another", "A further", "Of those," opening the sentence before the count */
const SHARE_OPENS = /^\s*(?:(?:The|A)\s+(?:(?:largest|biggest|smallest|first|second|third|next|remaining|other|single\s+largest)\s+)?(?:chunk|share|portion|part|batch|slice|block|tranche)|The\s+(?:rest|remainder|balance)|(?:Another|A\s+further|An\s+additional)(?=\s+(?:(?:about|around|roughly|nearly|some)\s+)?\d)|Of\s+(?:those|these|them|that\s+total|the\s+total))\b[^.;]*$/i;
/** "… GPUs go into", "will sit at", "are earmarked for", "belong to the deal" after the count */
const SHARE_GOES = /^\s*,?\s*(?:(?:will|would|are\s+to|are\s+set\s+to|are\s+due\s+to)\s+)?(?:go(?:es)?|went|sit|sits|be\s+(?:installed|located|housed|deployed|placed|based)|are\s+(?:earmarked|destined|slated|bound)|belong)\s+(?:in|into|to|at|for)\b/i;

/** Is the count a share of an order that the sentence sends to one site (no claim on the order itself)? */
export function siteShare(c: UnitCtx): boolean {
  const { text, sentence, q } = c;
  if (SHARE_OPENS.test(text.slice(sentence.start, q.start))) return true;
  return SHARE_GOES.test(text.slice(q.end, Math.min(sentence.end, q.end + 60)).replace(/^\s*,[^,.;]{0,60},/, ""));
}

/** a company's name extended into a platform's: "Mistral Compute", "Lumen Supercomputer" */
const PLATFORM_WORD = /^\s+(Compute|Supercomputer|Supercluster)\b/;

/** The platform a company's name starts, named as the clause's subject before the count, or undefined. */
export function platformCount(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents } = c;
  const comps = ents.filter((e: EntityMention) => isCompany(e) && e.start >= sentence.start && e.end <= q.start);
  const subj = subjectBefore(text, sentence.start, ents, q.start);
  const e = comps.find((x) => x.start === subj?.start) ?? comps.find((x) => PLATFORM_WORD.test(text.slice(x.end, x.end + 20)) && /,\s*$/.test(text.slice(Math.max(sentence.start, x.start - 3), x.start)));
  const w = e ? text.slice(e.end, e.end + 20).match(PLATFORM_WORD) : null;
  if (!e || !w || !/\b(?:use|uses|using|run|runs|running|rely|relies|house|houses|hold|holds|contain|contains|feature|features)\b/i.test(text.slice(e.end, q.start))) return undefined;
  return { subject: `${text.slice(e.start, e.end)} ${w[1]}`, property: "chip_count", kind: "other", value: q.value, valueMax: q.valueMax };
}

const HEDGE = "(?:(?:up\\s+to|about|around|roughly|nearly|some|more\\s+than|over|approximately|as\\s+many\\s+as)\\s+)?";

/** "aims to deploy 300,000 GPUs globally", "plans to have 1 million GPUs worldwide by 2027": a company's own fleet target */
const OWN_TARGET = new RegExp(`\\b(?:aims?|aiming|plans?|planning|targets?|targeting|expects?|hopes?|intends?|wants?)\\s+to\\s+(?:deploy|have|reach|field|operate|run)\\s+${HEDGE}$`, "i");
const WHOLE_FLEET = /^[^.;,]{0,40}?\b(?:globally|worldwide|in\s+total|overall|across\s+(?:its|the)\s+(?:fleet|footprint|network|data\s+cent(?:er|re)s|sites))\b/i;

/** A company's own fleet target (no supplier, no customer), or undefined. */
export function fleetTarget(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents } = c;
  if (!OWN_TARGET.test(text.slice(Math.max(sentence.start, q.start - 50), q.start)) || !WHOLE_FLEET.test(text.slice(q.end, q.end + 60))) return undefined;
  const s = subjectBefore(text, sentence.start, ents.filter((e) => !(e.start >= q.start && e.end <= q.end)), q.start);
  return s && s.kind !== "chipmaker" ? { subject: s.name, property: "chip_count", kind: "other", value: q.value, valueMax: q.valueMax } : undefined;
}
