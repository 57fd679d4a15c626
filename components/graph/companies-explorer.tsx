"use client";

import { useMemo, useState } from "react";
import { useQueryStates } from "nuqs";
import { MarkerType } from "@xyflow/react";
import type { FlowGraph } from "@/lib/graph/flows";
import { NODE_HEIGHT, NODE_WIDTH, type GraphLayout } from "@/lib/graph/layout";
import { companiesParams } from "@/lib/search-params";
import { KIND_COLOR, pick } from "@/components/charts/tokens";
import { useTheme } from "@/components/charts/use-theme";
import { CompanyGraph } from "@/components/graph/company-graph";
import type { CompanyNodeType } from "@/components/graph/company-node";
import type { FlowEdgeType } from "@/components/graph/flow-edge";
import { GraphLegend } from "@/components/graph/graph-legend";
import { CycleList } from "@/components/graph/cycle-list";
import { DealDetails } from "@/components/graph/deal-details";
import { FlowTable } from "@/components/graph/flow-table";

/**
 * The company graph with its legend, the circular flows (`?cycle=`), the deal under the pointer
 * or keyboard focus (else the selected one, `?deal=`), and every flow as a table row.
 */
export function CompaniesExplorer({ graph, layout }: { graph: FlowGraph; layout: GraphLayout }) {
  const positions = layout.nodes;
  const theme = useTheme();
  const [{ deal, cycle }, setParams] = useQueryStates(companiesParams);
  const [hovered, setHovered] = useState<number | null>(null);
  const activeId = hovered ?? deal;
  const shownCycles = cycle !== null && graph.cycles[cycle] ? [cycle] : graph.cycles.map((c) => c.id);

  const nodes: CompanyNodeType[] = useMemo(
    // Fixed sizes (as laid out), so bounds for fitting and exporting include the whole node.
    () => graph.nodes.map((n) => ({ id: n.slug, type: "company", position: positions[n.slug], width: NODE_WIDTH, height: NODE_HEIGHT, data: n })),
    [graph.nodes, positions],
  );
  const edges: FlowEdgeType[] = useMemo(
    () =>
      graph.edges.map((flow) => {
        const inCycle = flow.cycleIds.some((id) => shownCycles.includes(id));
        const active = flow.deal.id === activeId;
        return {
          id: flow.id,
          source: flow.from,
          target: flow.to,
          type: "flow",
          zIndex: active ? 2 : inCycle ? 1 : 0,
          selected: flow.deal.id === deal,
          ariaLabel: `${flow.fromName} to ${flow.toName}${flow.jointWith.length ? ` (jointly with ${flow.jointWith.join(", ")})` : ""}: ${flow.deal.kind.replace("_", " ")} ${flow.amountLabel}${
            flow.cycleIds.length > 0 ? ", part of a circular flow" : ""
          }`,
          markerEnd: { type: MarkerType.ArrowClosed, color: pick(KIND_COLOR[flow.deal.kind] ?? KIND_COLOR.other, theme), width: 14, height: 14, markerUnits: "userSpaceOnUse" },
          data: { flow, points: layout.edges[flow.id] ?? [], theme, active, inCycle, dimmed: cycle !== null && !inCycle },
        };
      }),
    [graph.edges, layout.edges, shownCycles.join(","), activeId, deal, cycle, theme], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const active = graph.edges.find((e) => e.deal.id === activeId) ?? null;
  const kinds = [...new Set(graph.edges.map((e) => e.deal.kind))];
  // Tall enough for the laid-out graph at the width of a laptop screen, no taller.
  const xs = Object.values(positions);
  const layoutW = Math.max(1, ...xs.map((p) => p.x + 150));
  const layoutH = Math.max(1, ...xs.map((p) => p.y + 44));
  const height = Math.round(Math.min(640, Math.max(380, (layoutH * Math.min(1.2, 880 / layoutW)) + 90)));

  if (graph.edges.length === 0)
    return (
      <p data-testid="graph-empty" className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        No deals of the chosen kinds: tick more kinds above, or ingest an article that reports a deal.
      </p>
    );
  return (
    <div className="space-y-4">
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-2">
          <GraphLegend kinds={kinds} />
          <CompanyGraph nodes={nodes} edges={edges} theme={theme} height={height} onEdgeActive={setHovered} onEdgeSelect={(id) => void setParams({ deal: id })} />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Arrows point from who pays (or commits, or supplies) to who receives. Hover or Tab to an edge to see its deal; drag to pan,
            scroll to zoom.
          </p>
        </div>
        <aside aria-label="Deal and circular flows" className="space-y-4">
          <section aria-labelledby="edge-heading" data-testid="edge-details" aria-live="polite" className="min-h-48 space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="edge-heading" className="font-semibold">
              Deal
            </h2>
            {active ? <DealDetails edge={active} /> : <p className="text-sm text-slate-600 dark:text-slate-400">Hover, focus or click an edge (or a row below) to see its deal.</p>}
          </section>
          <CycleList cycles={graph.cycles} edges={graph.edges} selected={cycle} onSelect={(id) => void setParams({ cycle: id })} truncated={graph.truncated} />
        </aside>
      </div>
      <FlowTable edges={graph.edges} activeId={activeId} onActive={setHovered} onSelect={(id) => void setParams({ deal: id })} />
    </div>
  );
}
