import type { DealListItem } from "@/lib/queries/deals";
import { formatPartialDate } from "@/lib/format";
import { Figure } from "@/components/ui/figure";
import { StageBadge } from "@/components/ui/stage-badge";

const KIND_LABEL: Record<string, string> = {
  equity: "Equity",
  compute_commitment: "Compute commitment",
  chip_supply: "Chip supply",
  warrant: "Warrant",
  other: "Other",
};

export function DealSummaryTable({ deals }: { deals: DealListItem[] }) {
  if (deals.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">No deals yet: ingest an article that reports one.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">Parties</th>
            <th scope="col" className="px-3 py-2">Kind</th>
            <th scope="col" className="px-3 py-2 text-right">Amount</th>
            <th scope="col" className="px-3 py-2">Stage</th>
            <th scope="col" className="px-3 py-2">First reported</th>
            <th scope="col" className="px-3 py-2 text-right">Sources</th>
          </tr>
        </thead>
        <tbody>
          {deals.map((deal) => (
            <tr key={deal.id} data-testid="deal-row" className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <td className="px-3 py-2 font-medium">
                {deal.fromCompany.name} <span aria-label="pays">→</span> {deal.toCompany.name}
              </td>
              <td className="px-3 py-2">{KIND_LABEL[deal.kind] ?? deal.kind}</td>
              <td className="px-3 py-2 text-right">
                <Figure
                  property={deal.estimateProperty ?? "amount_usd"}
                  value={deal.estimateValue}
                  valueMax={deal.estimateValueMax}
                  qualifier={deal.estimateQualifier}
                />
              </td>
              <td className="px-3 py-2">
                <StageBadge status={deal.status} />
              </td>
              <td className="px-3 py-2 tabular-nums">{formatPartialDate(deal.firstReported)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{deal.sourceCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
