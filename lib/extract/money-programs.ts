/**
 * Money planned for a program or site ("Stargate ... over $400 billion in investment", "the $500 billion
 * Stargate venture"): the program's planned investment, unless the sentence names who pays whom.
 */
import type { EntityMention } from "./entities";
import type { Quantity } from "./quantity";
import type { MoneyRole } from "./properties";
import { entityAfter } from "./subjects";
import { DIRECT_INVEST } from "./money-wording";

const PROGRAM = /^(?:Project\s|Stargate)/;

/** The program whose planned investment `q` is, or undefined when the amount flows between named parties. */
export function plannedProgram(text: string, q: Quantity, ents: EntityMention[], role: MoneyRole): EntityMention | undefined {
  if (role.role !== "invest") return undefined;
  const program = ents.find((e) => e.type === "company" && e.kind === "other" && PROGRAM.test(e.name));
  if (!program) return undefined;
  // "… committed $19 billion to the venture": money into a named party
  if (entityAfter(text, ents, q.end, "in|into|to", 40)) return undefined;
  // "Oracle and MGX together committed a further $7 billion": an investor named right before its verb
  if (ents.some((e) => e.type === "company" && !PROGRAM.test(e.name) && e.end <= q.start && DIRECT_INVEST.test(text.slice(e.end, q.start).replace(/(?:US)?[$€£₹]\s*$/, "")))) return undefined;
  return program;
}
