import Link from "next/link";
import type { FlowDeal } from "@/lib/graph/flows";
import { dealAmountLabel } from "@/lib/graph/flows";
import { formatPartialDate } from "@/lib/format";
import { KIND_LABEL } from "@/components/charts/tokens";
import { StageBadge } from "@/components/ui/stage-badge";

/** A company's deals one way: the counterparty (linked), kind, amount, stage and articles. */
export function CompanyDeals({ title, direction, deals, company }: { title: string; direction: "in" | "out"; deals: FlowDeal[]; company: string }) {
  const headingId = `deals-${direction}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`deals-${direction}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={headingId} className="font-semibold">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({deals.length})</span>
      </h2>
      {deals.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No article reports {company} {direction === "out" ? "paying, committing to or supplying another company" : "receiving money, compute or chips"}.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {deals.map((d) => {
            const other = direction === "out" ? d.toCompany : d.fromCompany;
            return (
              <li key={d.id} data-testid="company-deal" className="space-y-0.5 py-2">
                <p>
                  {direction === "out" ? "→ " : "← "}
                  <Link href={`/companies/${other.slug}`} className="font-medium underline hover:no-underline">
                    {other.name}
                  </Link>{" "}
                  · {KIND_LABEL[d.kind] ?? d.kind} · <span className="font-semibold tabular-nums">{dealAmountLabel(d)}</span> <StageBadge status={d.status} />
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  First reported {formatPartialDate(d.firstReported)} ·{" "}
                  {d.sourceIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ", "}
                      <Link href={`/sources/${id}`} className="text-sky-800 underline hover:no-underline dark:text-sky-300">
                        article {id}
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
