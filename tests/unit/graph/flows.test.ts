import { describe, expect, it } from "vitest";
import { buildFlowGraph, type FlowDeal } from "@/lib/graph/flows";
import { layoutGraph } from "@/lib/graph/layout";

let nextId = 1;
const PARENT: Record<string, string> = { "Microsoft Azure": "Microsoft", AWS: "Amazon" };

function deal(from: string, to: string, kind: string, value: number | null, property = "amount_usd"): FlowDeal {
  const slug = (s: string) => s.toLowerCase().replace(/ /g, "-");
  const party = (name: string) => ({
    name,
    slug: slug(name),
    parent: PARENT[name] ? { name: PARENT[name], slug: slug(PARENT[name]) } : null,
  });
  return {
    id: nextId++,
    kind,
    status: "announced",
    firstReported: "2025-11-19",
    estimateValue: value,
    estimateValueMax: null,
    estimateQualifier: value === null ? null : "exact",
    estimateProperty: property,
    sourceCount: 1,
    fromCompany: party(from),
    toCompany: party(to),
    sourceIds: [1],
  };
}

describe("buildFlowGraph", () => {
  const deals = [
    deal("Amazon", "OpenAI", "equity", 50e9),
    deal("Microsoft", "Anthropic", "equity", 7.5e9),
    deal("Anthropic", "Microsoft Azure", "compute_commitment", 30e9, "compute_commitment_usd"),
    deal("Nvidia", "Anthropic", "equity", 7.5e9),
    deal("Anthropic", "Nvidia", "chip_supply", 1, "capacity_gw"),
  ];

  it("finds Nvidia ⇄ Anthropic and, with units merged, Microsoft ⇄ Anthropic via Azure", () => {
    const g = buildFlowGraph(deals);
    const described = g.cycles.map((c) => c.groups.map((x) => x.slug).join(" → "));
    expect(described).toEqual(["anthropic → microsoft", "anthropic → nvidia"]);
    const ms = g.cycles[0];
    expect(ms.groups[1]).toEqual({ slug: "microsoft", name: "Microsoft", units: ["Microsoft Azure"] });
    expect(ms.hops.map((h) => h.deals.map((d) => `${d.fromCompany.name}→${d.toCompany.name}`))).toEqual([
      ["Anthropic→Microsoft Azure"],
      ["Microsoft→Anthropic"],
    ]);
    expect(g.edges.find((e) => e.from === "amazon")!.cycleIds).toEqual([]);
    expect(g.edges.find((e) => e.from === "nvidia")!.cycleIds).toEqual([1]);
    expect(g.nodes.find((n) => n.slug === "openai")!.inCycle).toBe(false);
    expect(g.nodes.find((n) => n.slug === "microsoft-azure")!.inCycle).toBe(true);
  });

  it("keeps Azure apart from Microsoft when asked", () => {
    const g = buildFlowGraph(deals, { mergeUnits: false });
    expect(g.cycles.map((c) => c.groups.map((x) => x.slug).join(" → "))).toEqual(["anthropic → nvidia"]);
  });

  it("sizes edges by USD amount and draws other units thin", () => {
    const g = buildFlowGraph(deals);
    const width = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)!.width;
    expect(width("amazon", "openai")).toBeGreaterThan(width("anthropic", "microsoft-azure"));
    expect(width("anthropic", "microsoft-azure")).toBeGreaterThan(width("microsoft", "anthropic"));
    const gw = g.edges.find((e) => e.from === "anthropic" && e.to === "nvidia")!;
    expect(gw.usd).toBeNull();
    expect(gw.amountLabel).toBe("1 GW");
    expect(gw.width).toBe(1.5);
  });

  it("numbers the edges joining the same two companies so they can fan out", () => {
    const g = buildFlowGraph(deals);
    const pair = g.edges.filter((e) => [e.from, e.to].sort().join() === "anthropic,nvidia");
    expect(pair.map((e) => [e.parallelIndex, e.parallelCount])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("lays the graph out deterministically, without overlapping nodes, with a route per edge", () => {
    const g = buildFlowGraph(deals);
    const ids = g.nodes.map((n) => n.slug);
    const a = layoutGraph(ids, g.edges);
    expect(layoutGraph(ids, g.edges)).toEqual(a);
    for (const e of g.edges) expect(a.edges[e.id].length).toBeGreaterThanOrEqual(2);
    const pos = Object.values(a.nodes);
    for (let i = 0; i < pos.length; i++)
      for (let j = i + 1; j < pos.length; j++)
        expect(Math.abs(pos[i].x - pos[j].x) >= 150 || Math.abs(pos[i].y - pos[j].y) >= 44).toBe(true);
  });
});

describe("joint deals", () => {
  it("a joint party's deal is one edge per member, and a member closes a circular flow", () => {
    const g = buildFlowGraph([
      deal("Kestrel Ventures + Nvidia", "Orbit Labs", "equity", 15e9),
      deal("Orbit Labs", "Nvidia", "chip_supply", 2e9, "amount_usd"),
    ]);
    expect(g.nodes.map((n) => n.name)).toEqual(["Kestrel Ventures", "Nvidia", "Orbit Labs"]);
    const joint = g.edges.filter((e) => e.to === "orbit-labs");
    expect(joint.map((e) => [e.fromName, e.jointWith, e.amountLabel])).toEqual([
      ["Kestrel Ventures", ["Nvidia"], "$15B"],
      ["Nvidia", ["Kestrel Ventures"], "$15B"],
    ]);
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    expect(g.cycles.map((c) => c.groups.map((x) => x.slug).join(" → "))).toEqual(["nvidia → orbit-labs"]);
    expect(joint.find((e) => e.from === "kestrel-ventures")!.cycleIds).toEqual([]);
  });
});
