import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { listDealFlows } from "@/lib/queries/companies";
import { buildFlowGraph } from "@/lib/graph/flows";
import { layoutGraph } from "@/lib/graph/layout";
import { loadCompaniesParams } from "@/lib/search-params";
import { GraphFilters } from "@/components/graph/graph-filters";
import { CompaniesExplorer } from "@/components/graph/companies-explorer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Companies" };

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { kind, units } = await loadCompaniesParams(searchParams);
  const deals = await listDealFlows({ kinds: kind });
  const graph = buildFlowGraph(deals, { mergeUnits: units === "merged" });
  const layout = layoutGraph(
    graph.nodes.map((n) => n.slug),
    graph.edges,
  );
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">Companies</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Who pays whom: money, compute commitments and chip supply between companies, and the circles where it flows back.
        </p>
      </header>
      <GraphFilters />
      <p data-testid="graph-summary" className="text-sm text-slate-700 dark:text-slate-300">
        {graph.nodes.length} companies · {graph.edges.length} deals · {graph.cycles.length} circular flow{graph.cycles.length === 1 ? "" : "s"}
      </p>
      <CompaniesExplorer graph={graph} layout={layout} />
    </div>
  );
}
