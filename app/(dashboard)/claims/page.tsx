import type { Metadata } from "next";
import { z } from "zod";
import { listClaimFacets, listClaims, listDisagreementGroups } from "@/lib/queries/claims";
import { hasClaimFilters, parseClaimFilters, type ClaimFilters as Filters } from "@/lib/validations/claim-filters";
import type { RawSearchParams } from "@/lib/validations/search-params";
import { emptyClaimsReason } from "@/lib/claims/empty-reason";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { ClaimCard } from "@/components/claims/claim-card";
import { ClaimViewTabs } from "@/components/claims/view-tabs";
import { DisagreementGroups } from "@/components/claims/disagreement-groups";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, InvalidFilters } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

type Props = { searchParams: Promise<RawSearchParams> };

export default async function ClaimsPage({ searchParams }: Props) {
  const params = await searchParams;
  const parsed = parseClaimFilters(params);
  const facets = await listClaimFacets();
  const view = parsed.success ? parsed.data.view : "cards";
  return (
    <div className="space-y-4">
      <PageHeader
        title="Claims"
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ClaimViewTabs view={view} params={params} />
            <ExportLinks dataset={view === "disagreements" ? "disagreements" : "claims"} params={params} />
          </div>
        }
      >
        Every figure an article states, with the words that state it and where articles disagree.
      </PageHeader>
      <ClaimFilters facets={facets} />
      {parsed.success ? (
        <Results filters={parsed.data} params={params} sourceTitle={(id) => facets.sources.find((s) => s.id === id)?.title} />
      ) : (
        <InvalidFilters message={z.prettifyError(parsed.error)} clearHref="/claims" />
      )}
    </div>
  );
}

async function Results({ filters, params, sourceTitle }: { filters: Filters; params: RawSearchParams; sourceTitle: (id: number) => string | undefined }) {
  const empty = (
    <EmptyState
      reason={hasClaimFilters(filters) ? emptyClaimsReason(filters, sourceTitle) : "No claims yet: ingest an article that states a figure."}
      clearHref={hasClaimFilters(filters) ? "/claims" : undefined}
    />
  );
  const pagination = (r: { page: number; perPage: number; total: number }, noun: string, position?: "bottom") => (
    <Pagination pathname="/claims" params={params} page={r.page} perPage={r.perPage} total={r.total} noun={noun} position={position} />
  );
  if (filters.view === "disagreements") {
    const result = await listDisagreementGroups(filters);
    if (result.total === 0) return empty;
    return (
      <div className="space-y-4">
        {pagination(result, "subjects with disagreements")}
        <DisagreementGroups groups={result.groups} />
        {pagination(result, "subjects with disagreements", "bottom")}
      </div>
    );
  }
  const result = await listClaims(filters);
  if (result.total === 0) return empty;
  return (
    <div className="space-y-4">
      {pagination(result, "claims")}
      <ol className="space-y-3" aria-label="Claims">
        {result.claims.map((c) => (
          <li key={c.id}>
            <ClaimCard claim={c} headingLevel={2} />
          </li>
        ))}
      </ol>
      {pagination(result, "claims", "bottom")}
    </div>
  );
}
