"use client";

import { useRef, type FocusEvent, type KeyboardEvent } from "react";
import {
  Background,
  Controls,
  Panel,
  ReactFlow,
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  type NodeTypes,
  type EdgeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { CHROME, type Theme } from "@/components/charts/tokens";
import { CompanyNode, type CompanyNodeType } from "@/components/graph/company-node";
import { FlowEdgeView, type FlowEdgeType } from "@/components/graph/flow-edge";
import { ExportPngButton } from "@/components/export/export-png-button";

const nodeTypes: NodeTypes = { company: CompanyNode };
const edgeTypes: EdgeTypes = { flow: FlowEdgeView };

/** Export the whole graph fitted into an image, as React Flow's download-image example does. */
function GraphExport({ container }: { container: React.RefObject<HTMLDivElement | null> }) {
  const { getNodes } = useReactFlow();
  const prepare = () => {
    const node = container.current?.querySelector<HTMLElement>(".react-flow__viewport");
    if (!node) return null;
    const bounds = getNodesBounds(getNodes());
    const width = 1600;
    const height = Math.round(Math.min(1600, Math.max(700, (width * bounds.height) / Math.max(1, bounds.width))));
    const viewport = getViewportForBounds(bounds, width, height, 0.2, 2, 0.08);
    return {
      node,
      options: {
        width,
        height,
        style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
      },
    };
  };
  return (
    <Panel position="top-right">
      <ExportPngButton name="companies" prepare={prepare} />
    </Panel>
  );
}

/** Companies and their deals, laid out by dagre on the server; React Flow draws and pans. */
export function CompanyGraph({
  nodes,
  edges,
  theme,
  onEdgeActive,
  onEdgeSelect,
  height = 620,
}: {
  nodes: CompanyNodeType[];
  edges: FlowEdgeType[];
  theme: Theme;
  onEdgeActive: (dealId: number | null) => void;
  onEdgeSelect: (dealId: number) => void;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const dealOf = (target: EventTarget) => {
    const id = (target as Element).closest?.(".react-flow__edge")?.getAttribute("data-id");
    return id?.startsWith("deal-") ? Number(id.slice(5)) : null;
  };
  const onFocus = (e: FocusEvent) => {
    const deal = dealOf(e.target);
    if (deal !== null) onEdgeActive(deal);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const deal = dealOf(e.target);
    if (deal !== null && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      onEdgeSelect(deal);
    }
  };
  return (
    <div
      ref={container}
      style={{ height }}
      onFocus={onFocus}
      onBlur={() => onEdgeActive(null)}
      onKeyDown={onKeyDown}
      data-testid="company-graph"
      className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        style={{ background: CHROME.background[theme] }}
        fitView
        fitViewOptions={{ padding: 0.06 }}
        minZoom={0.2}
        maxZoom={2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable
        elementsSelectable
        onEdgeMouseEnter={(_, edge) => onEdgeActive(edge.data?.flow.deal.id ?? null)}
        onEdgeMouseLeave={() => onEdgeActive(null)}
        onEdgeClick={(_, edge) => edge.data && onEdgeSelect(edge.data.flow.deal.id)}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <GraphExport container={container} />
      </ReactFlow>
    </div>
  );
}
