import type { Metadata } from "next";
import { z } from "zod";
import { listSources } from "@/lib/queries/sources";
import { parseSourceFilters } from "@/lib/validations/source-filters";
import type { RawSearchParams } from "@/lib/validations/search-params";
import { SourceTable } from "@/components/sources/source-table";
import { SourceListControls } from "@/components/sources/source-list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, InvalidFilters } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sources" };

const EMPTY_REASON = {
  machine: "No sources match: no article shows signs of being machine-written.",
  contradicted: "No sources match: no article has a claim contradicted by better-supported ones.",
} as const;

export default async function SourcesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const parsed = parseSourceFilters(params);
  if (!parsed.success) return <InvalidFilters message={z.prettifyError(parsed.error)} clearHref="/sources" />;
  const result = await listSources(parsed.data);
  return (
    <div className="space-y-4">
      <PageHeader title="Sources" actions={<ExportLinks dataset="sources" params={params} />}>
        The articles every claim comes from. Contradiction rate: the share of an article&apos;s claims contradicted by
        better-supported claims, implausible or inconsistent.
      </PageHeader>
      <SourceListControls filters={parsed.data} params={params} />
      {result.total === 0 ? (
        <EmptyState reason={parsed.data.flagged ? EMPTY_REASON[parsed.data.flagged] : "No articles yet: ingest one to start."} clearHref={parsed.data.flagged ? "/sources" : undefined} />
      ) : (
        <>
          <SourceTable sources={result.sources} />
          <Pagination pathname="/sources" params={params} page={result.page} perPage={result.perPage} total={result.total} noun="sources" />
        </>
      )}
    </div>
  );
}
