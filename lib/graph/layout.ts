import dagre from "@dagrejs/dagre";

export const NODE_WIDTH = 150;
export const NODE_HEIGHT = 44;

/** Top-left positions of the nodes, laid out left to right by dagre (deterministic). */
export function layoutGraph(
  nodeIds: string[],
  edges: { from: string; to: string }[],
  { rankdir = "LR" }: { rankdir?: "LR" | "TB" } = {},
): Record<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir, nodesep: 30, ranksep: 140, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  edges.forEach((e, i) => g.setEdge(e.from, e.to, {}, `e${i}`));
  dagre.layout(g);
  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of nodeIds) {
    const n = g.node(id);
    positions[id] = { x: n.x - NODE_WIDTH / 2, y: n.y - NODE_HEIGHT / 2 };
  }
  return positions;
}
