import type { ValuationListItem } from "@/lib/queries/valuations";
import { formatPartialDate } from "@/lib/format";
import { Figure } from "@/components/ui/figure";

const BASIS_LABEL: Record<string, string> = { pre: "pre-money", post: "post-money", unspecified: "unspecified" };

export function ValuationSummaryTable({ valuations }: { valuations: ValuationListItem[] }) {
  if (valuations.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No valuations yet: ingest an article that states one.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">Company</th>
            <th scope="col" className="px-3 py-2">When</th>
            <th scope="col" className="px-3 py-2">Basis</th>
            <th scope="col" className="px-3 py-2 text-right">Valuation</th>
            <th scope="col" className="px-3 py-2 text-right">Sources</th>
          </tr>
        </thead>
        <tbody>
          {valuations.map((v) => (
            <tr key={v.id} data-testid="valuation-row" className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <td className="px-3 py-2 font-medium">{v.company.name}</td>
              <td className="px-3 py-2 tabular-nums">{v.period === "undated" ? "undated" : formatPartialDate(v.period)}</td>
              <td className="px-3 py-2">{BASIS_LABEL[v.basis] ?? v.basis}</td>
              <td className="px-3 py-2 text-right">
                <Figure
                  property={v.estimateProperty ?? "valuation_usd"}
                  value={v.estimateValue}
                  valueMax={v.estimateValueMax}
                  qualifier={v.estimateQualifier}
                />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{v.sourceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
