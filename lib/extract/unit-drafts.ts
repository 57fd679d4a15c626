/**
 * The drafts one non-money quantity in a sentence gives: a stake (lib/extract/stakes.ts) or a unit
 * claim (chip spec, capacity, count, percentage), with the chip the article speaks of kept up to
 * date, a second chip rated the same, and a figure stated as a multiple of the first ("double that").
 */
import type { State } from "./state";
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { Sentence, Span } from "./sentences";
import type { Draft } from "./assemble";
import { reportedCue, statusCue } from "./status";
import { unitClaim } from "./unit-claims";
import { stakeSubject } from "./stakes";
import { ofMarket } from "./market-share";
import { isSystemSubject, jointChip } from "./chip-subjects";
import { bothSystems } from "./chip-pairs";
import { eachPartySubjects } from "./money-each";

/** Pushes onto `drafts` what the quantity `q` states; true when it is a chip's own spec. */
export function pushUnitDrafts(text: string, sentence: Sentence, clause: Span, q: Quantity, ents: EntityMention[], st: State, drafts: Draft[]): boolean {
  let chipClaim = false;
  // stakes are read by their own rules (lib/extract/stakes.ts); other percentages by the unit rules
  const stake = q.unit === "pct" && !ofMarket(text, q) ? stakeSubject(text, sentence, q, ents, st) : undefined;
  if (stake === null) return chipClaim;
  const each = stake ? eachPartySubjects(text, sentence, q, ents, stake) : [];
  const c = stake ? { subject: each[0] ?? stake, property: "stake_pct", kind: "investment" as const, value: q.value, valueMax: q.valueMax } : unitClaim(text, sentence, clause, q, ents, st);
  if (!c) return chipClaim;
  if (c.kind === "chip_spec" && !c.subject.includes("->")) {
    // a rack or server figure does not change the chip the article is talking about
    if (isSystemSubject(c.subject, st)) st.lastSystem = c.subject;
    // "up from 900 W for the Q6": a baseline's figure does not change the chip spoken of
    else if (!/\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(sentence.start, q.start - 20), q.start))) st.lastChip = c.subject.replace(/ die$/, "");
    chipClaim = true;
    st.valueSubjects.set(`${q.unit}:${q.value}`, c.subject);
  }
  if (c.property === "stock_change_pct") st.lastStock = c.subject;
  const cue = c.kind === "investment" ? statusCue(clause.text) ?? statusCue(sentence.text) : reportedCue(sentence.text) ? "reported" : null;
  drafts.push({
    kind: c.kind,
    subject: c.subject,
    property: c.property,
    value: c.value,
    value_max: c.valueMax,
    qualifier: "exact",
    status: cue,
    explicitStatus: cue !== null,
    q,
    sentence,
  });
  for (const s of each.slice(1)) drafts.push({ ...drafts[drafts.length - 1], subject: s });
  // "Both the X and the Y are rated at 1,400 watts": the other chip's figure too
  const both = c.kind === "chip_spec" && !ents.some((e) => e.type === "chip") ? bothSystems(text, sentence, q, st) : undefined;
  const mate = c.kind === "chip_spec" ? jointChip(text, sentence, q, ents, c.subject) ?? (both?.[0] === c.subject ? both[1] : undefined) : undefined;
  if (mate) drafts.push({ ...drafts[drafts.length - 1], subject: mate });
  // "up to 10 petaFLOPS (double that with sparsity)": a second figure stated as a multiple of the first
  const again = c.kind === "chip_spec" ? text.slice(q.end, sentence.end).match(/^[^.;]{0,40}?\b(double|twice|triple|quadruple|half)\s+that\b/i) : null;
  if (again) {
    const at = q.end + again.index! + again[0].length - again[1].length - 5;
    const factor = { double: 2, twice: 2, triple: 3, quadruple: 4, half: 0.5 }[again[1].toLowerCase() as "double"];
    const q2: Quantity = { ...q, start: at, end: at + again[1].length + 5, value: q.value * factor, valueMax: null, range: false, plus: false };
    drafts.push({ ...drafts[drafts.length - 1], value: c.value * factor, value_max: null, q: q2 });
  }
  return chipClaim;
}
