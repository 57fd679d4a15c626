import type { DealEstimate } from "@/lib/deals/deal-detail";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { StageBadge } from "@/components/ui/stage-badge";

/** The deal's best estimate, its qualifier, and why it wins over the other figures. */
export function DealEstimatePanel({ estimate }: { estimate: DealEstimate | null }) {
  if (!estimate)
    return (
      <section aria-labelledby="estimate-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="estimate-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Best estimate</h2>
        <p className="mt-1 text-sm">No claim states this deal&apos;s headline figure yet; its other figures are listed below.</p>
      </section>
    );
  return (
    <section
      aria-labelledby="estimate-heading"
      data-testid="best-estimate"
      className="space-y-2 rounded-lg border border-emerald-200 bg-white p-4 dark:border-emerald-900 dark:bg-slate-900"
    >
      <h2 id="estimate-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        Best estimate <span className="font-mono normal-case">({estimate.property})</span>
      </h2>
      <p className="flex flex-wrap items-baseline gap-3">
        <span className="text-3xl font-semibold tabular-nums" data-testid="best-estimate-figure">
          {formatFigure(estimate.property, estimate.value, estimate.value_max, estimate.qualifier)}
        </span>
        <StageBadge status={estimate.status} />
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {estimate.as_of ? `as of ${formatPartialDate(estimate.as_of)}` : "no date stated"}
        </span>
      </p>
      <p className="text-sm">
        <span className="font-semibold">Why this figure:</span> {estimate.reason}.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {estimate.supporting.length} claim{estimate.supporting.length === 1 ? "" : "s"} support it
        {estimate.superseded.size > 0 && `; ${estimate.superseded.size} superseded (marked below with why)`}. Qualifier: {estimate.qualifier}.
      </p>
    </section>
  );
}
