import Link from "next/link";
import { hrefWith } from "@/lib/url";
import type { SourceFilters } from "@/lib/validations/source-filters";
import type { RawSearchParams } from "@/lib/validations/search-params";

const SORTS = [
  { value: "date", label: "Newest" },
  { value: "claims", label: "Most claims" },
  { value: "contradiction", label: "Most contradicted" },
] as const;
const SHOWS = [
  { value: null, label: "All" },
  { value: "machine", label: "Machine-written" },
  { value: "contradicted", label: "Contradicted" },
] as const;

/** Sort and show links for /sources (server-side; they keep the other params). */
export function SourceListControls({ filters, params }: { filters: SourceFilters; params: RawSearchParams }) {
  const pill = (on: boolean) =>
    `rounded px-2.5 py-1 font-medium ${on ? "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`;
  return (
    <div className="flex flex-wrap gap-4 text-sm">
      <nav aria-label="Sort sources" className="flex items-center gap-1">
        <span className="text-slate-600 dark:text-slate-400">Sort:</span>
        {SORTS.map((s) => (
          <Link key={s.value} href={hrefWith("/sources", params, { sort: s.value === "date" ? null : s.value, page: null })} aria-current={filters.sort === s.value ? "true" : undefined} className={pill(filters.sort === s.value)}>
            {s.label}
          </Link>
        ))}
      </nav>
      <nav aria-label="Show sources" className="flex items-center gap-1">
        <span className="text-slate-600 dark:text-slate-400">Show:</span>
        {SHOWS.map((s) => (
          <Link key={s.label} href={hrefWith("/sources", params, { flagged: s.value, page: null })} aria-current={(filters.flagged ?? null) === s.value ? "true" : undefined} className={pill((filters.flagged ?? null) === s.value)}>
            {s.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
