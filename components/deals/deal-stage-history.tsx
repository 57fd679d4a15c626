import type { StageStep } from "@/lib/deals/deal-detail";
import { formatFigure, formatPartialDate } from "@/lib/format";
import { StageBadge } from "@/components/ui/stage-badge";

function span(first: string | null, last: string | null): string {
  if (!first) return "undated";
  return first === last || !last ? formatPartialDate(first) : `${formatPartialDate(first)} – ${formatPartialDate(last)}`;
}

/** talks → announced → closed, with when each stage was stated and the figures stated at it. */
export function DealStageHistory({ steps }: { steps: StageStep[] }) {
  return (
    <section aria-labelledby="stages-heading" className="space-y-2">
      <h2 id="stages-heading" className="text-lg font-semibold">Stage history</h2>
      {steps.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No claim says which stage this deal is at.</p>
      ) : (
        <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4" data-testid="stage-history">
          {steps.map((s, i) => (
            <li key={s.status} data-stage={s.status} className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
              <p className="flex items-center gap-2">
                <span className="text-slate-500 dark:text-slate-400" aria-hidden="true">{i + 1}.</span>
                <StageBadge status={s.status} />
                <span className="tabular-nums">{span(s.first, s.last)}</span>
              </p>
              <p className="mt-1">
                {s.figures.length ? s.figures.map((f) => formatFigure(f.property, f.value, f.valueMax, f.qualifier)).join(", ") : "no headline figure"}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {s.claimIds.length} claim{s.claimIds.length === 1 ? "" : "s"} from {s.sources} source{s.sources === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
