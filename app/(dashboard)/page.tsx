import { listDeals } from "@/lib/queries/deals";
import { listValuations } from "@/lib/queries/valuations";
import { DealSummaryTable } from "@/components/deals/deal-summary-table";
import { ValuationSummaryTable } from "@/components/deals/valuation-summary-table";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const [deals, valuations] = await Promise.all([listDeals({ limit: 25 }), listValuations({ limit: 25 })]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="deals-heading" className="space-y-3">
        <h1 id="deals-heading" className="text-xl font-semibold">Deals</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Money, compute and chips flowing between companies. Each amount is the best estimate across the articles that state it.
        </p>
        <DealSummaryTable deals={deals} />
      </section>
      <section aria-labelledby="valuations-heading" className="space-y-3">
        <h2 id="valuations-heading" className="text-xl font-semibold">Valuations</h2>
        <ValuationSummaryTable valuations={valuations} />
      </section>
    </div>
  );
}
