"use client";

import { useRef } from "react";
import { useQueryState } from "nuqs";
import type { Timeline } from "@/lib/timeline/points";
import { timelineParams } from "@/lib/search-params";
import { ExportPngButton } from "@/components/export/export-png-button";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { TimelineLegend } from "@/components/charts/timeline-legend";
import { ClaimsPanel } from "@/components/charts/claims-panel";
import { EntryList } from "@/components/charts/entry-list";

/**
 * The timeline chart with its legend and export, the claims of the selected point (`?point=`),
 * and beside it what is not drawn: undated figures, other units, earlier years.
 */
export function TimelineExplorer({
  timeline,
  title,
  exportName,
  emptyMessage,
  height,
}: {
  timeline: Pick<Timeline, "plotted" | "undated" | "notUsd" | "earlier" | "xDomain" | "yDomain" | "since">;
  title: string;
  exportName: string;
  emptyMessage: string;
  height?: number;
}) {
  const chartRef = useRef<HTMLElement>(null);
  const [point, setPoint] = useQueryState("point", timelineParams.point);
  const all = [...timeline.plotted, ...timeline.undated, ...timeline.notUsd, ...timeline.earlier];
  const selected = all.find((e) => e.id === point) ?? null;
  const select = (id: string) => void setPoint(id);
  const { xDomain, yDomain } = timeline;
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <figure
        ref={chartRef}
        aria-labelledby="timeline-title"
        data-testid="timeline-chart"
        className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <figcaption id="timeline-title" className="font-semibold">
            {title}
          </figcaption>
          {timeline.plotted.length > 0 && <ExportPngButton name={exportName} target={chartRef} />}
        </div>
        <TimelineLegend />
        {timeline.plotted.length > 0 && xDomain && yDomain ? (
          <TimelineChart entries={timeline.plotted} xDomain={xDomain} yDomain={yDomain} selectedId={point} onSelect={select} height={height} />
        ) : (
          <p data-testid="timeline-empty" className="py-16 text-center text-sm text-slate-600 dark:text-slate-400">
            {emptyMessage}
          </p>
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Amounts on a log scale, in US dollars. Each point is one figure as the articles state it; click or press Enter on a point to read its claims.
        </p>
      </figure>
      <aside aria-label="Claims and figures not drawn" className="space-y-4">
        {selected ? (
          <ClaimsPanel entry={selected} onClose={() => void setPoint(null)} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            Select a point (or a figure below) to read the sentences that state it.
          </p>
        )}
        <EntryList
          testId="undated-list"
          title="Undated: not plotted"
          note="Neither the sentence nor its article gives a date, so these figures have no place on a time axis."
          entries={timeline.undated}
          selectedId={point}
          onSelect={select}
        />
        <EntryList
          testId="other-units-list"
          title="Not in US dollars: not plotted"
          note="The axis is in US dollars; these figures are in another currency or unit, shown as stated."
          entries={timeline.notUsd}
          selectedId={point}
          onSelect={select}
        />
        <EntryList
          testId="earlier-list"
          title={`Before ${timeline.since ?? ""}: outside the chart`}
          note="Choose an earlier “From” year to draw these."
          entries={timeline.earlier}
          selectedId={point}
          onSelect={select}
        />
      </aside>
    </div>
  );
}
