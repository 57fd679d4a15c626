import type { Chip, ChipSpec, Claim, Source } from "@/lib/generated/prisma/client";
import { formatFigure } from "@/lib/format";

/** The properties compared on /chips, in column order. */
export const CHIP_METRICS = [
  { property: "peak_fp8_tflops", label: "FP8", long: "Peak FP8 (TFLOPS)" },
  { property: "peak_fp4_tflops", label: "FP4", long: "Peak FP4 (TFLOPS)" },
  { property: "peak_fp16_tflops", label: "FP16", long: "Peak FP16 (TFLOPS)" },
  { property: "memory_gb", label: "Memory", long: "Memory (GB)" },
  { property: "memory_bandwidth_tbps", label: "Bandwidth", long: "Memory bandwidth (TB/s)" },
  { property: "power_w", label: "Power", long: "Power per chip (W)" },
] as const;

export type ChipMetric = (typeof CHIP_METRICS)[number]["property"];

export type ChipSpecRow = Pick<ChipSpec, "id" | "property" | "estimateValue" | "estimateValueMax" | "estimateQualifier"> & {
  chip: Pick<Chip, "name" | "slug" | "vendor" | "kind">;
  claims: (Pick<Claim, "id" | "value" | "valueMax" | "qualifier" | "quote" | "implausibleReason"> & {
    source: Pick<Source, "id" | "title">;
  })[];
};

export interface CitedFigure {
  figure: string;
  claimId: number;
  sourceId: number;
  sourceTitle: string;
  quote: string;
}

export interface SpecCell {
  /** The figure shown and plotted, from plausible claims only; null when none is plausible. */
  value: number | null;
  figure: string | null;
  /** The claims stating that figure. */
  sources: CitedFigure[];
  /** Plausible claims stating another figure (shown, not plotted). */
  others: CitedFigure[];
  /** Implausible claims: shown with the reason, never plotted. */
  excluded: (CitedFigure & { reason: string })[];
}

export interface ChipRow {
  name: string;
  slug: string;
  vendor: string;
  kind: string;
  cells: Partial<Record<ChipMetric, SpecCell>>;
}

function cite(claim: ChipSpecRow["claims"][number], property: string): CitedFigure {
  return {
    figure: formatFigure(property, claim.value, claim.valueMax, claim.qualifier),
    claimId: claim.id,
    sourceId: claim.source.id,
    sourceTitle: claim.source.title,
    quote: claim.quote,
  };
}

/** "H100 peak_fp16_tflops 1.23 TFLOPS: below ~50 TFLOPS, …" → "below ~50 TFLOPS, …" (the figure is shown beside it). */
function withoutEcho(reason: string): string {
  const i = reason.indexOf(": ");
  return i > 0 && /\d/.test(reason.slice(0, i)) ? reason.slice(i + 2) : reason;
}

/**
 * One cell of the comparison: the value comes from plausible claims only. When they differ,
 * the record's estimate wins if a plausible claim states it, else the value stated by the
 * most articles (then the earliest claim).
 */
export function specCell(spec: ChipSpecRow): SpecCell {
  const plausible = spec.claims.filter((c) => !c.implausibleReason);
  const excluded = spec.claims
    .filter((c) => c.implausibleReason)
    .map((c) => ({ ...cite(c, spec.property), reason: withoutEcho(c.implausibleReason!) }));
  if (plausible.length === 0) return { value: null, figure: null, sources: [], others: [], excluded };

  const groups = new Map<string, ChipSpecRow["claims"]>();
  for (const c of plausible) {
    const key = `${c.value}|${c.valueMax ?? ""}|${c.qualifier}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const ranked = [...groups.values()].sort((a, b) => {
    const est = (g: typeof a) => (g.some((c) => c.value === spec.estimateValue) ? 1 : 0);
    const articles = (g: typeof a) => new Set(g.map((c) => c.source.id)).size;
    return est(b) - est(a) || articles(b) - articles(a) || a[0].id - b[0].id;
  });
  const [best, ...rest] = ranked;
  const first = best[0];
  return {
    value: first.valueMax ?? first.value,
    figure: formatFigure(spec.property, first.value, first.valueMax, first.qualifier),
    sources: best.map((c) => cite(c, spec.property)),
    others: rest.map((g) => cite(g[0], spec.property)),
    excluded,
  };
}

/** Chips with at least one compared spec, by vendor then name; systems only when asked. */
export function buildChipRows(specs: ChipSpecRow[], { includeSystems = false } = {}): ChipRow[] {
  const rows = new Map<string, ChipRow>();
  for (const spec of specs) {
    if (!includeSystems && spec.chip.kind !== "chip") continue;
    const row = rows.get(spec.chip.slug) ?? { ...spec.chip, cells: {} };
    rows.set(spec.chip.slug, row);
    row.cells[spec.property as ChipMetric] = specCell(spec);
  }
  return [...rows.values()].sort((a, b) => a.vendor.localeCompare(b.vendor) || a.name.localeCompare(b.name));
}

/** What the chart of one metric draws, and the figures it leaves out with the reason. */
export function chartSeries(rows: ChipRow[], metric: ChipMetric) {
  const bars = rows
    .filter((r) => r.cells[metric]?.value != null)
    .map((r) => ({ chip: r.name, slug: r.slug, value: r.cells[metric]!.value!, figure: r.cells[metric]!.figure! }))
    .sort((a, b) => b.value - a.value);
  const excluded = rows.flatMap((r) => (r.cells[metric]?.excluded ?? []).map((x) => ({ chip: r.name, ...x })));
  return { bars, excluded };
}
