"use client";

import { BaseEdge, useInternalNode, type Edge, type EdgeProps, type InternalNode } from "@xyflow/react";
import type { FlowEdge } from "@/lib/graph/flows";
import { CHROME, KIND_COLOR, pick, type Theme } from "@/components/charts/tokens";

export type FlowEdgeData = {
  flow: FlowEdge;
  /** The route laid out by dagre (absolute coordinates), empty to go straight. */
  points: { x: number; y: number }[];
  theme: Theme;
  /** Hovered, focused or selected: drawn on top with its label emphasised. */
  active: boolean;
  /** Part of the circular flow(s) being shown. */
  inCycle: boolean;
  /** Another cycle is selected: this edge steps back. */
  dimmed: boolean;
};
export type FlowEdgeType = Edge<FlowEdgeData, "flow">;

const FAN = 16;

type Pt = { x: number; y: number };

/** A smooth curve through the points (Catmull-Rom as cubic Béziers). */
function smoothPath(pts: Pt[]): string {
  let d = `M${pts[0].x},${pts[0].y}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[i - 1] ?? pts[i];
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p3 = pts[i + 2] ?? p2;
    d += ` C${p1.x + (p2.x - p0.x) / 6},${p1.y + (p2.y - p0.y) / 6} ${p2.x - (p3.x - p1.x) / 6},${p2.y - (p3.y - p1.y) / 6} ${p2.x},${p2.y}`;
  }
  return d;
}

/** The point a share `u` of the way along a polyline. */
function along(pts: Pt[], u: number): Pt {
  const lengths = pts.slice(1).map((p, i) => Math.hypot(p.x - pts[i].x, p.y - pts[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) * u;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] || i === lengths.length - 1) {
      const k = lengths[i] === 0 ? 0 : Math.min(1, rest / lengths[i]);
      return { x: pts[i].x + (pts[i + 1].x - pts[i].x) * k, y: pts[i].y + (pts[i + 1].y - pts[i].y) * k };
    }
    rest -= lengths[i];
  }
  return pts[0];
}

function center(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/**
 * A deal between two companies along the route dagre laid out (around the nodes in between),
 * fanned out when several deals join the same two companies (either way), as wide as the
 * amount and coloured by kind.
 */
export function FlowEdgeView({ id, source, target, data, markerEnd }: EdgeProps<FlowEdgeType>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t || !data) return null;
  const { flow, theme } = data;
  const route = data.points.length >= 2 ? data.points : [center(s), center(t)];
  const a = route[0];
  const b = route[route.length - 1];
  // The fan offset is measured against one fixed direction of the pair, so A→B and B→A part ways.
  const flip = flow.from < flow.to ? 1 : -1;
  const offset = (flow.parallelIndex - (flow.parallelCount - 1) / 2) * FAN * flip;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = (-(b.y - a.y) / len) * offset;
  const ny = ((b.x - a.x) / len) * offset;
  // Interior points move sideways by the whole offset, the ends (on the node borders) by half.
  const pts =
    route.length === 2
      ? [route[0], { x: (a.x + b.x) / 2 + nx * 2, y: (a.y + b.y) / 2 + ny * 2 }, route[1]]
      : route.map((p, i) => (i === 0 || i === route.length - 1 ? { x: p.x + nx / 2, y: p.y + ny / 2 } : { x: p.x + nx, y: p.y + ny }));
  const path = smoothPath(pts);
  // Labels sit past the middle, towards the receiver, so edges fanning out of one company keep theirs apart.
  const label = along(pts, 0.62);
  const labelX = label.x;
  const labelY = label.y;
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
