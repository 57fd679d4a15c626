import Link from "next/link";
import { hrefWith } from "@/lib/url";
import type { RawSearchParams } from "@/lib/validations/search-params";

/** "Showing 21–40 of 297 claims" with previous/next links that keep the filters. */
export function Pagination({
  pathname,
  params,
  page,
  perPage,
  total,
  noun,
  position = "top",
}: {
  pathname: string;
  params: RawSearchParams;
  page: number;
  perPage: number;
  total: number;
  noun: string;
  /** the bottom copy repeats only the links, under its own landmark name */
  position?: "top" | "bottom";
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const link = "rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  if (position === "bottom" && pages <= 1) return null;
  const off = "rounded-md border border-slate-200 px-3 py-1 text-slate-500 dark:border-slate-800 dark:text-slate-400";
  return (
    <nav aria-label={position === "top" ? "Pagination" : "Pagination (bottom)"} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p data-testid={position === "top" ? "result-count" : undefined} className="text-slate-700 dark:text-slate-300">
        {total === 0 ? `No ${noun}` : `Showing ${first}–${last} of ${total.toLocaleString("en-US")} ${noun}`}
        {pages > 1 && ` · page ${page} of ${pages}`}
      </p>
      {pages > 1 && (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link className={link} href={hrefWith(pathname, params, { page: page === 2 ? null : page - 1 })} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={off} aria-disabled="true">Previous</span>
          )}
          {page < pages ? (
            <Link className={link} href={hrefWith(pathname, params, { page: page + 1 })} rel="next">
              Next
            </Link>
          ) : (
            <span className={off} aria-disabled="true">Next</span>
          )}
        </div>
      )}
    </nav>
  );
}
