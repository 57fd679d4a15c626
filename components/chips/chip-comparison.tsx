"use client";

import { useRef, useTransition } from "react";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { CHIP_METRICS, chartSeries, type ChipRow } from "@/lib/chips/compare";
import { chipsParams } from "@/lib/search-params";
import { ChipBarChart } from "@/components/charts/chip-bar-chart";
import { ExportPngButton } from "@/components/export/export-png-button";

/** The metric picker, the bar chart of the chosen spec, and the figures it leaves out. */
export function ChipComparison({ rows }: { rows: ChipRow[] }) {
  const [pending, startTransition] = useTransition();
  const [{ metric, systems }, setParams] = useQueryStates(chipsParams, { startTransition });
  const figureRef = useRef<HTMLElement>(null);
  const spec = CHIP_METRICS.find((m) => m.property === metric) ?? CHIP_METRICS[0];
  const { bars, excluded } = chartSeries(rows, spec.property);
  return (
    <div className="space-y-3">
      <form
        role="search"
        aria-label="Chart options"
        onSubmit={(e) => e.preventDefault()}
        className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <fieldset className="flex flex-wrap items-center gap-1">
          <legend className="float-left mr-2 font-medium">Compare</legend>
          {CHIP_METRICS.map((m) => (
            <label
              key={m.property}
              className={`cursor-pointer rounded-md border px-2.5 py-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${
                m.property === spec.property
                  ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900"
                  : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              }`}
            >
              <input
                type="radio"
                name="metric"
                value={m.property}
                checked={m.property === spec.property}
                onChange={() => void setParams({ metric: m.property })}
                className="sr-only"
              />
              {m.label}
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" className="accent-sky-700" checked={systems} onChange={(e) => void setParams({ systems: e.target.checked || null })} />
          Include systems and instances (servers, racks)
        </label>
        <span aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
          {pending ? "Updating…" : ""}
        </span>
      </form>
      <figure
        ref={figureRef}
        aria-labelledby="chip-chart-title"
        data-testid="chip-chart"
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <figcaption id="chip-chart-title" className="font-semibold">
            {spec.long}
          </figcaption>
          {bars.length > 0 && <ExportPngButton name={`chips-${spec.label.toLowerCase()}`} target={figureRef} />}
        </div>
        {bars.length > 0 ? (
          <ChipBarChart property={spec.property} bars={bars} />
        ) : (
          <p data-testid="chip-chart-empty" className="py-10 text-center text-sm text-slate-600 dark:text-slate-400">
            No {systems ? "chip or system" : "chip"} has a plausible {spec.long.toLowerCase()} figure in the articles
            {excluded.length > 0 ? " (the only ones stated are implausible, listed below)" : ""}.
          </p>
        )}
        {excluded.length > 0 && (
          <div data-testid="excluded-figures" role="note" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-semibold">Not plotted: implausible figures</p>
            <ul className="list-disc pl-5">
              {excluded.map((x) => (
                <li key={x.claimId}>
                  {x.chip} <span className="font-semibold tabular-nums">{x.figure}</span>: {x.reason}{" "}
                  <Link href={`/sources/${x.sourceId}#claim-${x.claimId}`} className="underline hover:no-underline">
                    source
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </figure>
    </div>
  );
}
