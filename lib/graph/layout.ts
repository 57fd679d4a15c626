import dagre from "@dagrejs/dagre";

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 44;

export type Point = { x: number; y: number };

export interface GraphLayout {
  /** Top-left corner of each node. */
  nodes: Record<string, Point>;
  /** Each edge's route from border to border, around the nodes in between (dagre's edge points). */
  edges: Record<string, Point[]>;
}

/** Nodes laid out left to right by dagre, with edge routes (deterministic). */
export function layoutGraph(
  nodeIds: string[],
  edges: { id: string; from: string; to: string }[],
  { rankdir = "LR" }: { rankdir?: "LR" | "TB" } = {},
): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir, nodesep: 30, ranksep: 140, edgesep: 20, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) g.setEdge(e.from, e.to, {}, e.id);
  dagre.layout(g);
  const layout: GraphLayout = { nodes: {}, edges: {} };
  for (const id of nodeIds) {
    const n = g.node(id);
    layout.nodes[id] = { x: n.x - NODE_WIDTH / 2, y: n.y - NODE_HEIGHT / 2 };
  }
  for (const e of edges) {
    const points = (g.edge({ v: e.from, w: e.to, name: e.id }) as { points?: Point[] } | undefined)?.points ?? [];
    layout.edges[e.id] = points.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
  }
  return layout;
}
