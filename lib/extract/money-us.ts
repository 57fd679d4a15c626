/**
 * Compute bought from the speaker's own company in a transcript: "X has committed $400 million to our
 * platform", "X's contract with us is $12 billion", "X's commitments to us now total $14.7 billion".
 * "us"/"our" is the company of the speaker whose turn holds the figure; the buyer is the company the
 * clause names before the figure. Nothing when either is unknown.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Span } from "./sentences";
import type { MoneyRole } from "./properties";
import { isCompany } from "./state";
import { speakerCompanyAt } from "./speakers";
import { asCloud } from "./subjects";

const HEDGE = "(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|approximately\\s+|more\\s+than\\s+|over\\s+|almost\\s+|just\\s+(?:over|under)\\s+)?";
/** "… contract with us is", "… commitments to us now total" right before the amount. */
const WITH_US_BEFORE = new RegExp(`\\b(contracts?|commitments?|agreements?|deals?|leases?)\\s+(?:with|to)\\s+us\\s+(?:now\\s+|already\\s+)?(?:is|was|are|were|totals?|totalled|totaled|stands?\\s+at|comes?\\s+to|amounts?\\s+to)\\s+${HEDGE}(?:US\\s?)?[$€£]?\\s*$`, "i");
/** "committed $X to our platform", "will spend $X with us". */
const TO_US_AFTER = /^\s+(?:(?:over|across)\s+(?:the\s+next\s+)?[\w-]+\s+(?:years?|months?)\s+)?(?:to|on|with)\s+(?:our\s+(?:platform|cloud|capacity|infrastructure|compute|fleet|data\s+cent(?:er|re)s?)|us)\b/i;
const SPEND_BEFORE = /\b(?:committed|commits|commit|spend|spent|spends|pay|pays|paid|contracted)\s+(?:to\s+(?:spend|pay)\s+)?[^$€£.;]{0,15}$/i;

export function usComputeRole(text: string, clause: Span, q: Quantity, ents: EntityMention[], suffix: string): MoneyRole | null {
  const before = text.slice(Math.max(clause.start, q.start - 80), q.start);
  const after = text.slice(q.end, q.end + 60);
  const withUs = before.match(WITH_US_BEFORE);
  if (!withUs && !(TO_US_AFTER.test(after) && SPEND_BEFORE.test(before))) return null;
  const ours = speakerCompanyAt(text, q.start);
  if (!ours) return null;
  const buyers = ents.filter((e) => isCompany(e) && e.start >= clause.start && e.end <= q.start && e.name !== ours);
  if (buyers.length !== 1) return null;
  const total = withUs && (/s$/i.test(withUs[1]) || /\btotal/i.test(withUs[0])) ? "total_" : "";
  return { property: `${total}compute_commitment_${suffix}`, kind: "investment", role: "compute", subject: `${buyers[0].name} -> ${asCloud(ours)}` };
}
