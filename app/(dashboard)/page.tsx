import Link from "next/link";
import { listDealsPage } from "@/lib/queries/deals";
import { listValuations } from "@/lib/queries/valuations";
import { DealFiltersSchema } from "@/lib/validations/deal-filters";
import { DealTable } from "@/components/deals/deal-table";
import { ValuationSummaryTable } from "@/components/deals/valuation-summary-table";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const newest = DealFiltersSchema.parse({});
  const [{ deals, total }, valuations] = await Promise.all([listDealsPage(newest), listValuations({ limit: 25 })]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="deals-heading" className="space-y-3">
        <h1 id="deals-heading" className="text-xl font-semibold">Deals</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Money, compute and chips flowing between companies. Each amount is the best estimate across the articles that state it.
        </p>
        {deals.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No deals yet: add an article that reports one.</p>
        ) : (
          <DealTable deals={deals} filters={newest} params={{}} />
        )}
        {total > deals.length && (
          <p className="text-sm">
            <Link href="/deals" className="underline">All {total} deals</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="valuations-heading" className="space-y-3">
        <h2 id="valuations-heading" className="text-xl font-semibold">Valuations</h2>
        <ValuationSummaryTable valuations={valuations} />
      </section>
    </div>
  );
}
