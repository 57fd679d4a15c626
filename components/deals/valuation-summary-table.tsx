import type { ValuationListItem } from "@/lib/queries/valuations";
import { formatPartialDate } from "@/lib/format";
import { Figure } from "@/components/ui/figure";
import { HEADER_CELL, HEADER_CELL_RIGHT, TABLE, TABLE_FRAME, TABLE_HEAD } from "@/components/ui/table-styles";

const BASIS_LABEL: Record<string, string> = { pre: "pre-money", post: "post-money", unspecified: "unspecified" };

export function ValuationSummaryTable({ valuations }: { valuations: ValuationListItem[] }) {
  if (valuations.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No valuations yet: ingest an article that states one.</p>;
  return (
    <div className={TABLE_FRAME}>
      <table className={TABLE}>
        <thead className={TABLE_HEAD}>
          <tr>
            <th scope="col" className={HEADER_CELL}>Company</th>
            <th scope="col" className={HEADER_CELL}>When</th>
            <th scope="col" className={HEADER_CELL}>Basis</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>Valuation</th>
            <th scope="col" className={HEADER_CELL_RIGHT}>Sources</th>
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
