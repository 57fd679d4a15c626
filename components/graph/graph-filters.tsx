"use client";

import { useTransition } from "react";
import { useQueryStates } from "nuqs";
import { companiesParams, DEAL_KINDS } from "@/lib/search-params";
import { KIND_LABEL } from "@/components/charts/tokens";

/** Which kinds of deal the graph shows, and whether cloud units count with their parent. */
export function GraphFilters() {
  const [pending, startTransition] = useTransition();
  const [params, setParams] = useQueryStates(companiesParams, { startTransition });
  const toggle = (kind: (typeof DEAL_KINDS)[number], on: boolean) => {
    // No filter means every kind; unticking one from there keeps all the others.
    const current = params.kind.length === 0 ? [...DEAL_KINDS] : params.kind;
    const next = DEAL_KINDS.filter((k) => (k === kind ? on : current.includes(k)));
    if (next.length === 0) return; // at least one kind stays shown
    void setParams({ kind: next.length === DEAL_KINDS.length ? null : next, deal: null, cycle: null });
  };
  return (
    <form
      role="search"
      aria-label="Graph filters"
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <legend className="float-left mr-2 font-medium">Kinds</legend>
        {DEAL_KINDS.map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input
              type="checkbox"
              className="accent-sky-700"
              checked={params.kind.length === 0 || params.kind.includes(k)}
              onChange={(e) => toggle(k, e.target.checked)}
            />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <span className="font-medium">Cloud units</span>
        <select
          value={params.units}
          onChange={(e) => void setParams({ units: e.target.value as "merged" | "separate", cycle: null })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="merged">count with their parent (Azure = Microsoft)</option>
          <option value="separate">keep apart</option>
        </select>
      </label>
      <span aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {pending ? "Updating…" : ""}
      </span>
    </form>
  );
}
