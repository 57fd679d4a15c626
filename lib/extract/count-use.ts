/**
 * Chips a company will use from a cloud that makes its own chips: "Anthropic is expected to be using more than
 * 1 million Trainium2 chips", "Lumen Labs will tap up to 400,000 TPUs", "it will use up to a million TPUs".
 * The user takes the chips' capacity from the cloud that sells them: `User -> AWS`, `User -> Google Cloud`,
 * even when a program named later in the sentence ("largely through Project Rainier") runs them.
 */
import { resolveChip } from "./entities";
import { isChip, isCompany } from "./state";
import { asCloud, asInvestor, subjectBefore } from "./subjects";
import type { UnitCtx, UnitResult } from "./count-claims";

/** "to be using", "will use up to", "agreed to take", "get access to as many as" right before the count */
const USE_BEFORE = /\b(?:us(?:e|es|ed|ing)|tap(?:s|ped|ping)?|tak(?:e|es|ing)|(?:get|gets|getting|got|gain|gains)\s+access\s+to|access|(?:run|runs|running|train|trains|training)\s+on)\s+(?:(?:up\s+to|as\s+many\s+as|more\s+than|over|about|around|roughly|nearly|some|at\s+least)\s+)?$/i;
/** chip families a cloud makes itself, by the counted word: "TPUs" are Google's */
const FAMILY_VENDOR: Record<string, string> = { tpus: "Google" };
const CLOUD_VENDORS = new Set(["AWS", "Amazon", "Google", "Microsoft"]);

/** `User -> Cloud` for chips a company says it will use from a chip-making cloud, or undefined. */
export function chipUseClaim(c: UnitCtx): UnitResult | undefined {
  const { text, sentence, q, ents } = c;
  if (!USE_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) return undefined;
  const named = ents.find((e) => isChip(e) && e.start >= q.start && e.end <= q.end);
  const vendor = (named ? resolveChip(named.name)?.vendor : undefined) ?? FAMILY_VENDOR[q.detail];
  if (!vendor || !CLOUD_VENDORS.has(vendor)) return undefined;
  const cloud = asCloud(asInvestor(vendor));
  const user = subjectBefore(text, sentence.start, ents.filter(isCompany), q.start);
  if (!user || asCloud(asInvestor(user.name)) === cloud || user.kind === "other") return undefined;
  return { subject: `${user.name} -> ${cloud}`, property: "chip_count", kind: "investment", value: q.value, valueMax: q.valueMax };
}
