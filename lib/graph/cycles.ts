/**
 * Simple directed cycles of bounded length ("A pays B, B pays C, C pays A"), found by a
 * bounded depth-first search rooted at each cycle's smallest node (the first half of
 * Johnson's algorithm, without its blocking sets: the length bound keeps the search small).
 *
 * Deterministic: nodes are ordered by `compare` (string order by default), each cycle is
 * reported once, starting at its smallest node, and the list is sorted by length, then
 * node by node.
 */

export interface CycleOptions {
  /** Shortest cycle reported; 2 means "A → B → A". Self-loops (1) are never reported. */
  minLength?: number;
  /** Longest cycle reported (number of distinct nodes). */
  maxLength?: number;
  /** Stop after this many cycles (guards against dense graphs); `truncated` says so. */
  limit?: number;
}

export interface CycleResult {
  /** Each cycle as its nodes in flow order, starting at its smallest node; the last node flows back to the first. */
  cycles: string[][];
  truncated: boolean;
}

export function findCycles(
  edges: ReadonlyArray<readonly [from: string, to: string]>,
  { minLength = 2, maxLength = 5, limit = 1000 }: CycleOptions = {},
): CycleResult {
  const adjacency = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    if (from === to) continue;
    if (!adjacency.has(from)) adjacency.set(from, new Set());
    if (!adjacency.has(to)) adjacency.set(to, new Set());
    adjacency.get(from)!.add(to);
  }
  const nodes = [...adjacency.keys()].sort(compareText);
  const rank = new Map(nodes.map((n, i) => [n, i]));
  const next = new Map(nodes.map((n) => [n, [...adjacency.get(n)!].sort(compareText)]));

  const cycles: string[][] = [];
  let truncated = false;

  for (const start of nodes) {
    const startRank = rank.get(start)!;
    const path = [start];
    const onPath = new Set(path);
    // Iterative DFS: a stack of (node, index of the next neighbour to try).
    const stack: { node: string; i: number }[] = [{ node: start, i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const neighbours = next.get(top.node)!;
      if (top.i >= neighbours.length) {
        stack.pop();
        onPath.delete(path.pop()!);
        continue;
      }
      const n = neighbours[top.i++];
      if (n === start) {
        if (path.length >= minLength) {
          if (cycles.length >= limit) {
            truncated = true;
            return { cycles: sortCycles(cycles), truncated };
          }
          cycles.push([...path]);
        }
        continue;
      }
      // Only nodes larger than the root: the cycle is then found from its smallest node only.
      if (rank.get(n)! <= startRank || onPath.has(n) || path.length >= maxLength) continue;
      path.push(n);
      onPath.add(n);
      stack.push({ node: n, i: 0 });
    }
  }
  return { cycles: sortCycles(cycles), truncated };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortCycles(cycles: string[][]): string[][] {
  return cycles.sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    for (let i = 0; i < a.length; i++) {
      const c = compareText(a[i], b[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
}
