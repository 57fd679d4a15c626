import Link from "next/link";
import type { SourceListItem } from "@/lib/queries/sources";
import { formatPartialDate, formatValue } from "@/lib/format";
import { parseSignals } from "@/lib/sources/signals";
import { hrefWith } from "@/lib/url";
import { HEADER_CELL, HEADER_CELL_RIGHT, TABLE, TABLE_FRAME, TABLE_HEAD } from "@/components/ui/table-styles";

/** Every article with its claim count, how often it is contradicted and whether it reads machine-written. */
export function SourceTable({ sources }: { sources: SourceListItem[] }) {
  return (
    <div className={TABLE_FRAME}>
      <table className={TABLE}>
        <thead className={TABLE_HEAD}>
          <tr>
            <th scope="col" className={HEADER_CELL}>Article</th>
            <th scope="col" className={HEADER_CELL}>Published</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>Claims</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>In a disagreement</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>Contradiction rate</th>
            <th scope="col" className={HEADER_CELL}>Flags</th>
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
