import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findCycles } from "@/lib/graph/cycles";

type E = [string, string];

describe("findCycles", () => {
  it("finds A pays B and B pays A", () => {
    expect(findCycles([["nvidia", "anthropic"], ["anthropic", "nvidia"]]).cycles).toEqual([["anthropic", "nvidia"]]);
  });

  it("finds nothing in a graph without circles", () => {
    const edges: E[] = [["amazon", "openai"], ["openai", "oracle"], ["softbank", "openai"], ["amazon", "oracle"]];
    expect(findCycles(edges).cycles).toEqual([]);
  });

  it("reports a 3-cycle once, starting at its smallest node, in flow order", () => {
    const edges: E[] = [["c", "a"], ["a", "b"], ["b", "c"]];
    expect(findCycles(edges).cycles).toEqual([["a", "b", "c"]]);
  });

  it("keeps flow direction: the reverse triangle is a different cycle", () => {
    const edges: E[] = [["a", "b"], ["b", "c"], ["c", "a"], ["a", "c"], ["c", "b"], ["b", "a"]];
    expect(findCycles(edges).cycles).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["a", "b", "c"],
      ["a", "c", "b"],
    ]);
  });

  it("finds 4- and 5-cycles but none longer than maxLength", () => {
    const ring = (n: number): E[] => Array.from({ length: n }, (_, i) => [`n${i}`, `n${(i + 1) % n}`]);
    expect(findCycles(ring(4)).cycles).toEqual([["n0", "n1", "n2", "n3"]]);
    expect(findCycles(ring(5)).cycles).toEqual([["n0", "n1", "n2", "n3", "n4"]]);
    expect(findCycles(ring(6)).cycles).toEqual([]);
    expect(findCycles(ring(6), { maxLength: 6 }).cycles).toHaveLength(1);
    expect(findCycles(ring(4), { maxLength: 3 }).cycles).toEqual([]);
  });

  it("ignores self-loops and duplicate edges (two deals between the same pair)", () => {
    const edges: E[] = [["a", "a"], ["a", "b"], ["a", "b"], ["b", "a"]];
    expect(findCycles(edges).cycles).toEqual([["a", "b"]]);
  });

  it("honours minLength", () => {
    const edges: E[] = [["a", "b"], ["b", "a"], ["b", "c"], ["c", "a"]];
    expect(findCycles(edges, { minLength: 3 }).cycles).toEqual([["a", "b", "c"]]);
  });

  it("is deterministic whatever the edge order", () => {
    const edges: E[] = [["x", "y"], ["y", "z"], ["z", "x"], ["y", "x"], ["z", "w"], ["w", "y"]];
    const expected = findCycles(edges).cycles;
    expect(findCycles([...edges].reverse()).cycles).toEqual(expected);
    expect(expected).toEqual([["x", "y"], ["w", "y", "z"], ["x", "y", "z"]]);
  });

  it("stops at the limit and says so", () => {
    // Complete digraph on 6 nodes: many cycles.
    const nodes = ["a", "b", "c", "d", "e", "f"];
    const edges: E[] = nodes.flatMap((a) => nodes.filter((b) => b !== a).map((b): E => [a, b]));
    const all = findCycles(edges);
    expect(all.truncated).toBe(false);
    const some = findCycles(edges, { limit: 10 });
    expect(some.truncated).toBe(true);
    expect(some.cycles).toHaveLength(10);
  });

  it("counts every simple cycle of a complete digraph exactly once", () => {
    // K4: cycles of length k number C(4,k)·(k-1)!  → 6 + 8 + 6 = 20.
    const nodes = ["a", "b", "c", "d"];
    const edges: E[] = nodes.flatMap((a) => nodes.filter((b) => b !== a).map((b): E => [a, b]));
    const { cycles } = findCycles(edges);
    expect(cycles).toHaveLength(20);
    expect(new Set(cycles.map((c) => c.join(">"))).size).toBe(20);
  });

  it("every reported cycle is a real, simple, bounded cycle (property test)", () => {
    const node = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
    fc.assert(
      fc.property(fc.array(fc.tuple(node, node), { maxLength: 25 }), (edges) => {
        const set = new Set(edges.map(([a, b]) => `${a}>${b}`));
        const { cycles } = findCycles(edges, { maxLength: 5 });
        const seen = new Set<string>();
        for (const c of cycles) {
          expect(c.length).toBeGreaterThanOrEqual(2);
          expect(c.length).toBeLessThanOrEqual(5);
          expect(new Set(c).size).toBe(c.length);
          expect(c[0]).toBe([...c].sort()[0]);
          c.forEach((n, i) => expect(set.has(`${n}>${c[(i + 1) % c.length]}`)).toBe(true));
          seen.add(c.join(">"));
        }
        expect(seen.size).toBe(cycles.length);
        // Any 2-cycle present in the edges is found.
        for (const [a, b] of edges)
          if (a !== b && set.has(`${b}>${a}`)) expect(seen.has([a, b].sort().join(">"))).toBe(true);
      }),
    );
  });
});
