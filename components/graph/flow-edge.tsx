"use client";

import { BaseEdge, useInternalNode, type Edge, type EdgeProps, type InternalNode } from "@xyflow/react";
import type { FlowEdge } from "@/lib/graph/flows";
import { CHROME, KIND_COLOR, pick, type Theme } from "@/components/charts/tokens";

export type FlowEdgeData = {
  flow: FlowEdge;
  theme: Theme;
  /** Hovered, focused or selected: drawn on top with its label emphasised. */
  active: boolean;
  /** Part of the circular flow(s) being shown. */
  inCycle: boolean;
  /** Another cycle is selected: this edge steps back. */
  dimmed: boolean;
};
export type FlowEdgeType = Edge<FlowEdgeData, "flow">;

const FAN = 46;

function center(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2, w: node.measured.width ?? 0, h: node.measured.height ?? 0 };
}

/** Where the segment from the centre of a box towards (tx, ty) leaves the box. */
function border(c: { x: number; y: number; w: number; h: number }, tx: number, ty: number, pad = 3) {
  const dx = tx - c.x;
  const dy = ty - c.y;
  if (dx === 0 && dy === 0) return { x: c.x, y: c.y };
  const scale = 1 / Math.max(Math.abs(dx) / (c.w / 2 + pad), Math.abs(dy) / (c.h / 2 + pad));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/**
 * A deal between two companies: a curve from border to border, fanned out when several deals
 * join the same two companies (either way), as wide as the amount and coloured by kind.
 */
export function FlowEdgeView({ id, source, target, data, markerEnd }: EdgeProps<FlowEdgeType>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t || !data) return null;
  const { flow, theme } = data;
  const a = center(s);
  const b = center(t);
  // The fan offset is measured against one fixed direction of the pair, so A→B and B→A part ways.
  const flip = flow.from < flow.to ? 1 : -1;
  const offset = (flow.parallelIndex - (flow.parallelCount - 1) / 2) * FAN * flip;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const cx = mx + (-(b.y - a.y) / len) * offset * 2;
  const cy = my + ((b.x - a.x) / len) * offset * 2;
  const p0 = border(a, cx, cy);
  const p1 = border(b, cx, cy, 6);
  const path = `M${p0.x},${p0.y} Q${cx},${cy} ${p1.x},${p1.y}`;
  const labelX = 0.25 * p0.x + 0.5 * cx + 0.25 * p1.x;
  const labelY = 0.25 * p0.y + 0.5 * cy + 0.25 * p1.y;
  const color = pick(KIND_COLOR[flow.deal.kind] ?? KIND_COLOR.other, theme);
  const opacity = data.dimmed && !data.active ? 0.25 : 1;
  return (
    <g style={{ opacity }} data-testid="graph-edge" data-deal-id={flow.deal.id} data-in-cycle={data.inCycle}>
      {data.inCycle && <path d={path} fill="none" stroke={CHROME.highlight[theme]} strokeOpacity={0.45} strokeWidth={flow.width + 8} strokeLinecap="round" />}
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={18}
        label={flow.amountLabel}
        labelX={labelX}
        labelY={labelY}
        labelStyle={{ fill: CHROME.text[theme], fontSize: data.active ? 13 : 11, fontWeight: data.active ? 700 : 500 }}
        labelShowBg
        labelBgStyle={{ fill: CHROME.background[theme], fillOpacity: 0.9 }}
        labelBgPadding={[3, 2]}
        labelBgBorderRadius={3}
        style={{
          stroke: color,
          strokeWidth: data.active ? flow.width + 2 : flow.width,
          strokeDasharray: flow.usd === null ? "6 4" : undefined,
        }}
      />
    </g>
  );
}
