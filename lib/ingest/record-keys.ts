/**
 * Which browsable record a claim supports: a Deal (flows "A -> B"), a Valuation (a company's
 * worth at a time) or a ChipSpec (one property of one chip). Pure, so it is unit-tested.
 */
export type DealKind = "equity" | "compute_commitment" | "chip_supply" | "warrant" | "other";

export type RecordRef =
  | { record: "deal"; from: string; to: string; kind: DealKind }
  | { record: "valuation"; company: string; basis: "pre" | "post" | "unspecified"; period: string }
  | { record: "chipSpec"; chip: string; property: string }
  | null;

export interface KeyedClaim {
  kind: string;
  subject: string;
  property: string;
  asOf: string | null;
}

const FLOW = /^(.+?)\s*->\s*(.+)$/;

export function splitFlow(subject: string): { from: string; to: string } | null {
  const m = FLOW.exec(subject);
  return m ? { from: m[1].trim(), to: m[2].trim() } : null;
}

export function dealKindOf(property: string): DealKind {
  if (property.startsWith("compute_commitment") || property.includes("compute_spend")) return "compute_commitment";
  if (property.startsWith("chip_") || property.includes("chips") || property === "capacity_gw" || property === "power_gw")
    return "chip_supply";
  if (property.startsWith("warrant")) return "warrant";
  if (/(^amount_|_tranche_|^direct_amount|^syndicated|^stake_)/.test(property)) return "equity";
  return "other";
}

/** The figure a deal of each kind is summarised by (others are shown beside it). */
export function isHeadlineProperty(kind: DealKind, property: string): boolean {
  switch (kind) {
    case "equity":
      return property.startsWith("amount_");
    case "compute_commitment":
      return property.startsWith("compute_commitment");
    case "chip_supply":
      return property === "capacity_gw" || property === "chip_count";
    default:
      return property.startsWith("amount_") || property.endsWith("_usd");
  }
}

/** The headline property a deal is estimated in: the most stated of its headline properties (units may differ). */
export function headlineProperty(kind: DealKind, properties: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of properties) if (isHeadlineProperty(kind, p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function valuationBasis(property: string): "pre" | "post" | "unspecified" {
  if (property.startsWith("pre_money")) return "pre";
  if (property.startsWith("post_money")) return "post";
  return "unspecified";
}

/** Valuations are grouped by month: "2026-02", or "undated" when neither claim nor source has a date. */
export function valuationPeriod(asOf: string | null, sourceDate: string | null): string {
  const date = asOf ?? sourceDate;
  return date ? date.slice(0, 7) : "undated";
}

export function recordOf(claim: KeyedClaim, sourceDate: string | null, isChip: (name: string) => boolean): RecordRef {
  const flow = splitFlow(claim.subject);
  if (flow) return { record: "deal", from: flow.from, to: flow.to, kind: dealKindOf(claim.property) };
  if (claim.property.includes("valuation"))
    return {
      record: "valuation",
      company: claim.subject,
      basis: valuationBasis(claim.property),
      period: valuationPeriod(claim.asOf, sourceDate),
    };
  if (claim.kind === "chip_spec" && isChip(claim.subject))
    return { record: "chipSpec", chip: claim.subject, property: claim.property };
  return null;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-");
}
