import Link from "next/link";
import type { DealListItem } from "@/lib/queries/deals";
import type { DealFilters } from "@/lib/validations/deal-filters";
import type { RawSearchParams } from "@/lib/validations/search-params";
import { formatPartialDate } from "@/lib/format";
import { Figure } from "@/components/ui/figure";
import { StageBadge } from "@/components/ui/stage-badge";
import { SortHeader } from "@/components/ui/sort-header";
import { DEAL_KIND_LABEL } from "@/components/deals/deal-kind";
import { HEADER_CELL, TABLE, TABLE_FRAME, TABLE_HEAD } from "@/components/ui/table-styles";

/** One page of deals; headers sort on the server through the URL. */
export function DealTable({ deals, filters, params }: { deals: DealListItem[]; filters: DealFilters; params: RawSearchParams }) {
  const header = { current: filters.sort, dir: filters.dir, pathname: "/deals", params };
  return (
    <div className={TABLE_FRAME}>
      <table className={TABLE}>
        <caption className="sr-only">Deals, sorted by {filters.sort} ({filters.dir === "asc" ? "ascending" : "descending"})</caption>
        <thead className={TABLE_HEAD}>
          <tr>
            <SortHeader label="Parties" sortKey="parties" {...header} />
            <SortHeader label="Kind" sortKey="kind" {...header} />
            <SortHeader label="Amount" sortKey="amount" align="right" {...header} />
            <th scope="col" className={HEADER_CELL}>Stage</th>
            <SortHeader label="First reported" sortKey="date" {...header} />
            <SortHeader label="Sources" sortKey="sources" align="right" {...header} />
          </tr>
        </thead>
        <tbody>
          {deals.map((deal) => (
            <tr key={deal.id} data-testid="deal-row" className="border-b border-slate-100 last:border-0 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/50">
              <td className="px-3 py-2 font-medium">
                <Link href={`/deals/${deal.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
                  {deal.fromCompany.name} → {deal.toCompany.name}
                </Link>
              </td>
              <td className="px-3 py-2">{DEAL_KIND_LABEL[deal.kind] ?? deal.kind}</td>
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
