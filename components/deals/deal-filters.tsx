"use client";

import { useTransition } from "react";
import { parseAsString, useQueryStates } from "nuqs";
import { SelectFilter, TextFilter } from "@/components/ui/filter-controls";
import { dealKinds } from "@/lib/validations/deal-filters";
import { dealStatuses } from "@/lib/validations/claim";
import type { DealFacets } from "@/lib/queries/deals";
import { DEAL_KIND_LABEL } from "@/components/deals/deal-kind";


const keys = {
  party: parseAsString,
  kind: parseAsString,
  stage: parseAsString,
  from: parseAsString,
  to: parseAsString,
  min: parseAsString,
  max: parseAsString,
  source: parseAsString,
  page: parseAsString,
};

/** The /deals filters. They only write the URL; the server parses it (lib/validations/deal-filters) and reads. */
export function DealFilters({ facets }: { facets: DealFacets }) {
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useQueryStates(keys, { shallow: false, startTransition });
  const set = (key: Exclude<keyof typeof keys, "page">) => (value: string | null) => setQ({ [key]: value, page: null });
  const active = Object.entries(q).some(([k, v]) => k !== "page" && v !== null);
  return (
    <form
      role="search"
      aria-label="Filter deals"
      aria-busy={pending}
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-8 dark:border-slate-800 dark:bg-slate-900"
    >
      <SelectFilter name="party" label="Party" value={q.party} onChange={set("party")} options={facets.parties.map((p) => ({ value: p, label: p }))} />
      <SelectFilter name="kind" label="Kind" value={q.kind} onChange={set("kind")} options={dealKinds.map((k) => ({ value: k, label: DEAL_KIND_LABEL[k] }))} />
      <SelectFilter name="stage" label="Stage" value={q.stage} onChange={set("stage")} options={dealStatuses.map((s) => ({ value: s, label: s }))} />
      <TextFilter name="from" label="Reported from" value={q.from} onCommit={set("from")} placeholder="2025-06" />
      <TextFilter name="to" label="Reported to" value={q.to} onCommit={set("to")} placeholder="2026" />
      <TextFilter name="min" label="Min amount (USD)" value={q.min} onCommit={set("min")} placeholder="10B" />
      <TextFilter name="max" label="Max amount (USD)" value={q.max} onCommit={set("max")} placeholder="100B" />
      <SelectFilter
        name="source"
        label="Source"
        value={q.source}
        onChange={set("source")}
        options={facets.sources.map((s) => ({ value: String(s.id), label: s.title }))}
      />
      <div className="col-span-full flex items-center justify-between text-xs text-slate-600 dark:text-slate-400">
        <span aria-live="polite">{pending ? "Updating…" : "Dates: YYYY, YYYY-MM or YYYY-MM-DD. Amounts: 10B, 500M. Text fields apply on Enter."}</span>
        {active && (
          <button
            type="button"
            className="rounded px-2 py-1 font-medium text-sky-700 underline hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800"
            onClick={() => setQ(Object.fromEntries(Object.keys(keys).map((k) => [k, null])))}
          >
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
