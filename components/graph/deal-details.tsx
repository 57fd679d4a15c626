import Link from "next/link";
import type { FlowEdge } from "@/lib/graph/flows";
import { formatPartialDate } from "@/lib/format";
import { KIND_LABEL } from "@/components/charts/tokens";
import { StageBadge } from "@/components/ui/stage-badge";

/** One deal of an edge: parties, kind, amount, stage, and the articles that report it. */
export function DealDetails({ edge }: { edge: FlowEdge }) {
  const { deal } = edge;
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">
        <Link href={`/companies/${deal.fromCompany.slug}`} className="underline hover:no-underline">
          {deal.fromCompany.name}
        </Link>{" "}
        →{" "}
        <Link href={`/companies/${deal.toCompany.slug}`} className="underline hover:no-underline">
          {deal.toCompany.name}
        </Link>
      </p>
      <p>
        {KIND_LABEL[deal.kind] ?? deal.kind} · <span className="font-semibold tabular-nums">{edge.amountLabel}</span> <StageBadge status={deal.status} />
      </p>
      <p className="text-slate-600 dark:text-slate-400">First reported {formatPartialDate(deal.firstReported)}</p>
      <p className="flex flex-wrap gap-x-2">
        <span className="text-slate-600 dark:text-slate-400">Sources:</span>
        {deal.sourceIds.map((id) => (
          <Link key={id} href={`/sources/${id}`} className="text-sky-800 underline hover:no-underline dark:text-sky-300">
            article {id}
          </Link>
        ))}
      </p>
    </div>
  );
}
