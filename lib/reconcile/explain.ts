/**
 * One-line, human explanations built from the claims' own fields:
 * "≥ $10B (talks, Dec 2025; 000_…) → $50B (announced; 004_…)".
 */
import type { Claim, DisagreementType } from "../validations/claim";
import { claimDate, formatDate } from "./claim-facts";
import type { SourcedClaim } from "./types";

function scaled(v: number, units: Array<[number, string]>, fallback: string): string {
  for (const [f, suffix] of units) {
    if (Math.abs(v) >= f) return `${trim(v / f)}${suffix}`;
  }
  return `${trim(v)}${fallback}`;
}

/** 4 significant digits with thousands separators; hand-rolled because toLocaleString costs ~50 µs a call. */
function trim(v: number): string {
  const r = Number(v.toPrecision(4));
  const a = Math.abs(r);
  if (a < 1000 || a >= 1e21) return String(r);
  let int = String(Math.trunc(a));
  let grouped = "";
  while (int.length > 3) {
    grouped = "," + int.slice(-3) + grouped;
    int = int.slice(0, -3);
  }
  return (r < 0 ? "-" : "") + int + grouped;
}

/** A bare number in the property's unit: 5e10 → "$50B", 2500 (TFLOPS) → "2.5 PFLOPS". */
export function formatNumber(property: string, v: number): string {
  if (/_usd/.test(property))
    return "$" + scaled(v, [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "k"]], "");
  if (/_pct$/.test(property)) return `${trim(v)}%`;
  if (/_tflops$/.test(property)) return scaled(v, [[1e6, " EFLOPS"], [1e3, " PFLOPS"]], " TFLOPS");
  if (/_exaflops$/.test(property)) return `${trim(v)} EFLOPS`;
  if (/_gb$/.test(property)) return v >= 1000 ? `${trim(v / 1000)} TB` : `${trim(v)} GB`;
  if (/_tbps$/.test(property)) return `${trim(v)} TB/s`;
  if (/_gw$/.test(property)) return `${trim(v)} GW`;
  if (/_w$/.test(property)) return v >= 1000 ? `${trim(v / 1000)} kW` : `${trim(v)} W`;
  if (/_nm$/.test(property)) return `${trim(v)} nm`;
  if (/multiple/.test(property)) return `${trim(v)}x`;
  if (/_days$/.test(property)) return `${trim(v)} days`;
  if (/_years$/.test(property)) return `${trim(v)} years`;
  return trim(v);
}

/** The figure with its qualifier: "≥ $10B", "≈ $14B", "$500B–$750B". */
export function formatFigure(c: Pick<Claim, "property" | "value" | "value_max" | "qualifier">): string {
  const n = formatNumber(c.property, c.value);
  switch (c.qualifier) {
    case "at least":
      return `≥ ${n}`;
    case "up to":
      return `≤ ${n}`;
    case "about":
      return `≈ ${n}`;
    case "range":
      return `${n}–${formatNumber(c.property, c.value_max ?? c.value)}`;
    default:
      return n;
  }
}

const stageName = (s: string) => (s === "talks" ? "talks stage" : s);

/** "≥ $10B (talks, Dec 2025; 000_ee96.txt)". `stage` may be inferred from the article when the claim has none. */
export function describeClaim(c: SourcedClaim, stage?: string | null): string {
  const bits: string[] = [];
  const own = c.status && c.status !== "reported" ? c.status : null;
  if (own) bits.push(stageName(own));
  else if (stage) bits.push(c.status === "reported" ? `reported, article at ${stageName(stage)}` : stageName(stage));
  else if (c.status) bits.push(c.status);
  const d = formatDate(claimDate(c));
  if (d) bits.push(d);
  const where = bits.length ? `${bits.join(", ")}; ${c.source}` : c.source;
  return `${formatFigure(c)} (${where})`;
}

const LEAD: Record<DisagreementType, string> = {
  temporal: "changed over time or deal stage",
  rounding: "same figure at different precision or compatible bounds",
  pre_vs_post: "pre-money vs post-money valuation of one round",
  metric_conflation: "different metrics under one name",
  different_deal: "two different deals between the same parties",
  conflict: "contradiction: at most one can be right",
};

export const leadFor = (type: DisagreementType): string => LEAD[type];

export function explain(
  type: DisagreementType,
  first: SourcedClaim,
  second: SourcedClaim,
  opts: { firstStage?: string | null; secondStage?: string | null; detail?: string } = {},
): string {
  const arrow = type === "temporal" ? " → " : " vs ";
  const head = `${first.subject} ${first.property}: ${describeClaim(first, opts.firstStage)}${arrow}${describeClaim(second, opts.secondStage)}`;
  return `${head}: ${opts.detail ?? LEAD[type]}`;
}
