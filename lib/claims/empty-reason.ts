import type { ClaimFilters } from "@/lib/validations/claim-filters";
import type { DealFilters } from "@/lib/validations/deal-filters";
import { formatMoney, formatPartialDate } from "@/lib/format";

const KIND_WORD: Record<string, string> = {
  investment: "investment",
  valuation: "valuation",
  chip_spec: "chip-spec",
  other: "other",
};

function list(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Why a filtered claim list is empty, in words: `source "X" has no valuation claims about OpenAI`. */
export function emptyClaimsReason(f: ClaimFilters, sourceTitle: (id: number) => string | undefined): string {
  const what: string[] = [];
  what.push(f.kind ? `${KIND_WORD[f.kind]} claims` : "claims");
  if (f.subject) what.push(`about ${f.subject}`);
  if (f.property) what.push(`on ${f.property}`);
  if (f.id.length) what.push(`with id ${list(f.id.map(String))}`);
  const conditions: string[] = [];
  if (f.disagreement) conditions.push(`in a ${f.disagreement} disagreement`);
  else if (f.flag.includes("disagreement")) conditions.push("in a disagreement");
  if (f.flag.includes("implausible")) conditions.push("flagged implausible");
  if (f.flag.includes("inconsistent")) conditions.push("flagged inconsistent");
  const tail = conditions.length ? ` ${conditions.length > 1 ? "that are " : ""}${list(conditions)}` : "";
  const body = `${what.join(" ")}${tail}`;
  if (f.source.length === 0) return `No claims match: there are no ${body}${f.view === "disagreements" ? " among the disagreements" : ""}.`;
  const names = f.source.map((id) => `"${sourceTitle(id) ?? `#${id}`}"`);
  const subject = f.source.length === 1 ? `source ${names[0]} has` : `sources ${list(names)} have`;
  return `No claims match: ${subject} no ${body}.`;
}

/** Why a filtered deal list is empty, in words. */
export function emptyDealsReason(f: DealFilters, sourceTitle: (id: number) => string | undefined): string {
  const parts: string[] = [f.stage ? `${f.stage}` : "", f.kind ? f.kind.replace(/_/g, " ") : "", "deals"].filter(Boolean);
  if (f.party) parts.push(`involving ${f.party}`);
  if (f.min !== undefined && f.max !== undefined) parts.push(`between ${formatMoney(f.min)} and ${formatMoney(f.max)}`);
  else if (f.min !== undefined) parts.push(`of at least ${formatMoney(f.min)}`);
  else if (f.max !== undefined) parts.push(`of at most ${formatMoney(f.max)}`);
  if (f.from && f.to) parts.push(`first reported ${formatPartialDate(f.from)} – ${formatPartialDate(f.to)}`);
  else if (f.from) parts.push(`first reported since ${formatPartialDate(f.from)}`);
  else if (f.to) parts.push(`first reported by ${formatPartialDate(f.to)}`);
  const body = parts.join(" ");
  if (f.source) return `No deals match: source "${sourceTitle(f.source) ?? `#${f.source}`}" reports no ${body}.`;
  return `No deals match: there are no ${body}.`;
}
