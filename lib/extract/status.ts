/**
 * Deal status: the stage a sentence describes. Cues are looked for in the figure's
 * clause first, then in its sentence; the first stage found in the priority order wins.
 */
import type { DealStatus } from "@/lib/validations/claim";

const TALKS =
  /\b(?:in\s+(?:early[\s-]stage\s+|advanced\s+|preliminary\s+|early\s+)?talks|talks?\s+(?:to|with|about|over)|discussions?|discussing|negotiat\w*|consider(?:s|ing|ed)?|mulling|weighing|exploring|potential(?:ly)?|possible|proposed|prospective|would|could|might|may|eyeing|eyes|seeking|seeks|targets?|targeting|plans?\s+to|planning|aims?\s+to|if\s+(?:finalized|completed|closed|approved|it\s+closes)|nearing|close\s+to\s+(?:a\s+)?deal|expected\s+to)\b/i;
const CLOSED =
  /\b(?:completed|closed|has\s+(?:already\s+)?(?:invested|funded|poured|put)|had\s+(?:invested|funded)|have\s+invested|previously\s+invested|invested|fully\s+funded|funded|raised|lifts?|lifted|acquired|bought|finali[sz]ed|secured|received|took|has\s+taken|poured|injected|backed\s+by|led\s+by|valued\s+(?:the\s+company\s+)?at|valuing)\b/i;
const ANNOUNCED =
  /\b(?:will\s+(?:invest|provide|put|commit|spend|buy|purchase|pay|contribute|take)|to\s+invest|announced?|announces|announcing|agreed|agrees|agreement|signed|signs|commits?|committed|committing\s+to|pledged?|pledges|unveiled?|unveils|confirmed|confirms|said\s+it\s+will|has\s+struck|struck|inked|deal\s+(?:worth|valued)|is\s+investing|are\s+investing|invests|investing|commitment|tranche|partnering|locks?\s+in|locking\s+in)\b/i;
const REPORTED =
  /\b(?:reportedly|reported(?:ly)?|reports?|reporting|according\s+to|people\s+familiar|sources?\s+(?:say|said|close)|sources:|analysts?\s+(?:say|said|estimate|expect|believe)|estimates?|estimated|projected|projections?|forecasts?|benchmarks?\s+show|rumou?red|citing|suggests?|claimed|purportedly|allegedly|told\s+\w+)\b/i;

export type StatusCue = { status: DealStatus; strength: number };

/** The stage stated in a piece of text, or null. */
export function statusCue(text: string): DealStatus | null {
  if (TALKS.test(text)) return "talks";
  if (CLOSED.test(text)) return "closed";
  if (ANNOUNCED.test(text)) return "announced";
  if (REPORTED.test(text)) return "reported";
  return null;
}

/** Only a second-hand / estimate cue ("according to", "estimates suggest"), for specs and market figures. */
export function reportedCue(text: string): boolean {
  return REPORTED.test(text);
}

/**
 * The status of a deal figure: the clause's cue, else the sentence's, else the article's
 * running status for the same deal (`fallback`).
 */
export function dealStatus(clause: string, sentence: string, fallback: DealStatus | null): DealStatus | null {
  return statusCue(clause) ?? statusCue(sentence) ?? fallback;
}
