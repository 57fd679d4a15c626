"use client";

import { useId, useMemo, useState, useTransition } from "react";
import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";
import { SelectFilter, TextFilter } from "@/components/ui/filter-controls";
import { claimKinds, disagreementTypes } from "@/lib/validations/claim";
import type { ClaimFacets } from "@/lib/queries/claims";
import { sourceOptions } from "@/lib/claims/source-options";

const keys = {
  source: parseAsNativeArrayOf(parseAsString),
  subject: parseAsString,
  property: parseAsString,
  kind: parseAsString,
  disagreement: parseAsString,
  flag: parseAsNativeArrayOf(parseAsString),
  id: parseAsNativeArrayOf(parseAsString),
  page: parseAsString,
};

const FLAG_LABEL = { disagreement: "In a disagreement", implausible: "Implausible", inconsistent: "Inconsistent" } as const;

/** Sources listed at once; with thousands of articles the rest are found by typing. */
const SOURCES_SHOWN = 60;

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/** The /claims filters. They only write the URL; the server parses it (lib/validations/claim-filters) and reads. */
export function ClaimFilters({ facets }: { facets: ClaimFacets }) {
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useQueryStates(keys, { shallow: false, startTransition });
  const base = useId();
  const set = (key: "subject" | "property" | "kind" | "disagreement") => (value: string | null) => setQ({ [key]: value, page: null, id: null });
  const [needle, setNeedle] = useState("");
  const shownSources = useMemo(() => sourceOptions(facets.sources, q.source, needle, SOURCES_SHOWN), [facets.sources, q.source, needle]);
  const active = q.source.length + q.flag.length + q.id.length > 0 || [q.subject, q.property, q.kind, q.disagreement].some((v) => v !== null);
  return (
    <form
      role="search"
      aria-label="Filter claims"
      aria-busy={pending}
      onSubmit={(e) => e.preventDefault()}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <TextFilter name="subject" label="Subject" value={q.subject} onCommit={set("subject")} suggestions={facets.subjects} placeholder="Amazon -> OpenAI" />
        <TextFilter name="property" label="Property" value={q.property} onCommit={set("property")} suggestions={facets.properties} placeholder="amount_usd" />
        <SelectFilter name="kind" label="Kind" value={q.kind} onChange={set("kind")} options={claimKinds.map((k) => ({ value: k, label: k.replace("_", " ") }))} />
        <SelectFilter
          name="disagreement"
          label="Disagreement type"
          value={q.disagreement}
          onChange={set("disagreement")}
          options={disagreementTypes.map((t) => ({ value: t, label: t.replace(/_/g, " ") }))}
        />
      </div>
      <div className="grid gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <fieldset className="min-w-0">
          <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Sources (any of)</legend>
          {facets.sources.length > SOURCES_SHOWN && (
            <input
              type="search"
              aria-label="Find a source by title"
              placeholder={`Find among ${facets.sources.length} sources…`}
              value={needle}
              onChange={(e) => setNeedle(e.target.value)}
              className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
            />
          )}
          <div className="mt-1 grid max-h-36 grid-cols-1 gap-x-4 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm sm:grid-cols-2 dark:border-slate-700">
            {shownSources.list.map((s) => (
              <label key={s.id} htmlFor={`${base}-s${s.id}`} className="flex min-w-0 items-center gap-2 py-0.5">
                <input
                  id={`${base}-s${s.id}`}
                  type="checkbox"
                  name="source"
                  value={s.id}
                  checked={q.source.includes(String(s.id))}
                  onChange={(e) => setQ({ source: toggle(q.source, String(s.id), e.target.checked), page: null, id: null })}
                  className="h-4 w-4 shrink-0 accent-sky-700"
                />
                <span className="truncate" title={s.title}>{s.title}</span>
              </label>
            ))}
            {shownSources.list.length === 0 && <p className="text-slate-600 dark:text-slate-400">No source title contains “{needle}”.</p>}
            {shownSources.hidden > 0 && (
              <p className="text-xs text-slate-600 sm:col-span-2 dark:text-slate-400">{shownSources.hidden} more: type part of a title to find them.</p>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Flags (all of)</legend>
          <div className="mt-1 space-y-1 text-sm">
            {(Object.keys(FLAG_LABEL) as (keyof typeof FLAG_LABEL)[]).map((f) => (
              <label key={f} htmlFor={`${base}-f${f}`} className="flex items-center gap-2">
                <input
                  id={`${base}-f${f}`}
                  type="checkbox"
                  name="flag"
                  value={f}
                  checked={q.flag.includes(f)}
                  onChange={(e) => setQ({ flag: toggle(q.flag, f, e.target.checked), page: null, id: null })}
                  className="h-4 w-4 accent-sky-700"
                />
                {FLAG_LABEL[f]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="flex items-center justify-between text-xs text-slate-600 dark:text-slate-400">
        <span aria-live="polite">{pending ? "Updating…" : "Subject and property apply on Enter or when you leave the field."}</span>
        {active && (
          <button
            type="button"
            className="rounded px-2 py-1 font-medium text-sky-700 underline hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800"
            onClick={() => setQ({ source: null, subject: null, property: null, kind: null, disagreement: null, flag: null, id: null, page: null })}
          >
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
