"use client";

import { useTransition } from "react";
import { useQueryStates } from "nuqs";
import { timelineParams } from "@/lib/search-params";

const FIELD =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** Company, as-of date and first year of the timeline, kept in the URL. */
export function TimelineFilters({
  companies,
  years,
  since,
}: {
  companies: { name: string; slug: string }[];
  years: number[];
  since: number | null;
}) {
  const [pending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(timelineParams, { startTransition });
  return (
    <form
      role="search"
      aria-label="Timeline filters"
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <label className="flex flex-col gap-1">
        <span className="font-medium">Company</span>
        <select
          className={FIELD}
          value={params.company ?? ""}
          onChange={(e) => void setParams({ company: e.target.value || null, point: null })}
        >
          <option value="">All companies</option>
          {companies.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor="as-of" className="font-medium">
          Known as of
        </label>
        <div className="flex gap-1">
          <input
            id="as-of"
            type="date"
            className={FIELD}
            value={params.asOf ?? ""}
            aria-describedby="as-of-help"
            onChange={(e) => void setParams({ asOf: e.target.value || null, point: null })}
          />
          {params.asOf && (
            <button type="button" className={FIELD} onClick={() => void setParams({ asOf: null })}>
              Today
            </button>
          )}
        </div>
      </div>
      <label className="flex flex-col gap-1">
        <span className="font-medium">From</span>
        <select
          className={FIELD}
          value={since ?? ""}
          onChange={(e) => void setParams({ since: e.target.value ? Number(e.target.value) : null, point: null })}
        >
          {[...new Set([...years, ...(since !== null ? [since] : [])])].sort((a, b) => a - b).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <p id="as-of-help" className="max-w-sm text-xs text-slate-600 dark:text-slate-400">
        “Known as of” keeps only figures from articles published by that day (an article dated only to a month counts from the
        month’s end; undated articles are left out).
      </p>
      <span aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {pending ? "Updating…" : ""}
      </span>
    </form>
  );
}
