import { hrefWith } from "@/lib/url";
import type { RawSearchParams } from "@/lib/validations/search-params";

/** "Export CSV" / "Export JSON" for the view on screen: the same filters, every page. */
export function ExportLinks({ dataset, params, label }: { dataset: string; params: RawSearchParams; label?: string }) {
  const { page: _page, ...filters } = params;
  const cls =
    "rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <div className="flex gap-2" role="group" aria-label={label ?? `Export ${dataset}`}>
      <a className={cls} href={hrefWith(`/api/export/${dataset}`, filters, { format: "csv" })} download data-testid="export-csv">
        Export CSV
      </a>
      <a className={cls} href={hrefWith(`/api/export/${dataset}`, filters, { format: "json" })} download data-testid="export-json">
        Export JSON
      </a>
    </div>
  );
}
