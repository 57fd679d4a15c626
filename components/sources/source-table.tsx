import Link from "next/link";
import type { SourceListItem } from "@/lib/queries/sources";
import { formatPartialDate, formatValue } from "@/lib/format";
import { parseSignals } from "@/lib/sources/signals";
import { hrefWith } from "@/lib/url";

/** Every article with its claim count, how often it is contradicted and whether it reads machine-written. */
export function SourceTable({ sources }: { sources: SourceListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">Article</th>
            <th scope="col" className="px-3 py-2">Published</th>
            <th scope="col" className="px-3 py-2 text-right">Claims</th>
            <th scope="col" className="px-3 py-2 text-right">In a disagreement</th>
            <th scope="col" className="px-3 py-2 text-right">Contradiction rate</th>
            <th scope="col" className="px-3 py-2">Flags</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => {
            const signals = parseSignals(s.machineSignals);
            return (
              <tr key={s.id} data-testid="source-row" className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                <td className="max-w-md px-3 py-2">
                  <Link href={`/sources/${s.id}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                    {s.title}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-400">{s.publisher ?? "Publisher unknown"}</div>
                </td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatPartialDate(s.publishedOn)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  <Link href={hrefWith("/claims", { source: String(s.id) })} className="underline" title="These claims on /claims">
                    {s._count.claims}
                  </Link>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{s.disputedClaims}</td>
                <td className="px-3 py-2 text-right tabular-nums" data-testid="contradiction-rate">
                  {formatValue("contradiction_rate_pct", s.contradictionRate * 100)}
                </td>
                <td className="px-3 py-2">
                  {signals.length > 0 ? (
                    <ul className="space-y-1">
                      {signals.map((sig) => (
                        <li key={sig} data-testid="machine-flag" className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950 dark:bg-amber-900/50 dark:text-amber-100">
                          Machine-written? {sig}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-xs text-slate-500 dark:text-slate-400">none</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
