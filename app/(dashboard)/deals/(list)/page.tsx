import type { Metadata } from "next";
import { listDealFacets, listDealsPage } from "@/lib/queries/deals";
import { hasDealFilters, parseDealFilters } from "@/lib/validations/deal-filters";
import type { RawSearchParams } from "@/lib/validations/search-params";
import { emptyDealsReason } from "@/lib/claims/empty-reason";
import { z } from "zod";
import { DealFilters } from "@/components/deals/deal-filters";
import { DealTable } from "@/components/deals/deal-table";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, InvalidFilters } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deals" };

export default async function DealsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const parsed = parseDealFilters(params);
  const facets = await listDealFacets();
  const result = parsed.success ? await listDealsPage(parsed.data) : null;
  return (
    <div className="space-y-4">
      <PageHeader title="Deals" actions={<ExportLinks dataset="deals" params={params} />}>
        Money, compute and chips flowing between companies; each amount is the best estimate across the claims that state it.
      </PageHeader>
      <DealFilters facets={facets} />
      {!parsed.success || !result ? (
        <InvalidFilters message={parsed.success ? "" : z.prettifyError(parsed.error)} clearHref="/deals" />
      ) : result.total === 0 ? (
        <EmptyState
          reason={
            hasDealFilters(parsed.data)
              ? emptyDealsReason(parsed.data, (id) => facets.sources.find((s) => s.id === id)?.title)
              : "No deals yet: ingest an article that reports one."
          }
          clearHref={hasDealFilters(parsed.data) ? "/deals" : undefined}
        />
      ) : (
        <>
          <DealTable deals={result.deals} filters={parsed.data} params={params} />
          <Pagination pathname="/deals" params={params} page={result.page} perPage={result.perPage} total={result.total} noun="deals" />
        </>
      )}
    </div>
  );
}
