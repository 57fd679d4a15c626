import type { Company, Deal } from "@/lib/generated/prisma/client";
import { formatFigure, unitOf } from "@/lib/format";
import { findCycles } from "@/lib/graph/cycles";
import { slugify } from "@/lib/ingest/record-keys";

type CompanyRef = Pick<Company, "name" | "slug">;
/** A party of a deal, with the company it belongs to when it is a business unit (Company.parent). */
type PartyRef = CompanyRef & { parent?: CompanyRef | null };

/** A deal as the graph needs it (a subset of the Deal row with its parties). */
export type FlowDeal = Pick<
  Deal,
  "id" | "kind" | "status" | "firstReported" | "estimateValue" | "estimateValueMax" | "estimateQualifier" | "estimateProperty" | "sourceCount"
> & { fromCompany: PartyRef; toCompany: PartyRef; sourceIds: number[] };

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** The companies this edge joins: a joint deal ("Microsoft + Nvidia -> Anthropic") is one edge per member. */
  fromName: string;
  toName: string;
  /** The other members of a joint party, empty for a deal between two companies. */
  jointWith: string[];
  deal: FlowDeal;
  /** "$50B", "≤ 1 GW", "amount unknown". */
  amountLabel: string;
  /** Amount in USD when the deal's estimate is one, else null (drawn thin and dashed). */
  usd: number | null;
  /** Stroke width in px, growing with the log of the USD amount. */
  width: number;
  /** Position among the edges joining the same two companies (either way), for fanning them out. */
  parallelIndex: number;
  parallelCount: number;
  /** Indexes into `cycles` of the circular flows this deal is part of. */
  cycleIds: number[];
}

export interface CircularFlow {
  id: number;
  /** Groups in flow order: the group's company, and its units counted with it (Azure with Microsoft). */
  groups: { slug: string; name: string; units: string[] }[];
  /** One hop per consecutive pair (the last flows back to the first), with the deals that form it. */
  hops: { from: string; to: string; deals: FlowDeal[] }[];
}

export interface FlowGraph {
  nodes: (CompanyRef & { dealCount: number; inCycle: boolean })[];
  edges: FlowEdge[];
  cycles: CircularFlow[];
  truncated: boolean;
}

const MIN_WIDTH = 1.5;
const MAX_WIDTH = 9;

export function dealAmountLabel(deal: Pick<FlowDeal, "estimateValue" | "estimateValueMax" | "estimateQualifier" | "estimateProperty">) {
  if (deal.estimateValue === null) return "amount unknown";
  return formatFigure(deal.estimateProperty ?? "amount_usd", deal.estimateValue, deal.estimateValueMax, deal.estimateQualifier ?? "exact");
}

function usdOf(deal: FlowDeal): number | null {
  if (deal.estimateValue === null) return null;
  const unit = unitOf(deal.estimateProperty ?? "amount_usd");
  return unit.kind === "money" && unit.currency === "USD" ? (deal.estimateValueMax ?? deal.estimateValue) : null;
}

/**
 * Companies and the deals between them, with circular flows (2 to 5 companies) found on the
 * company groups (`mergeUnits` counts Azure with Microsoft, AWS with Amazon, …).
 */
export function buildFlowGraph(deals: FlowDeal[], { mergeUnits = true, maxCycleLength = 5 } = {}): FlowGraph {
  const sorted = [...deals].sort((a, b) => a.id - b.id);
  const legs = sorted.flatMap(legsOf);
  const names = new Map<string, string>();
  for (const l of legs) {
    names.set(l.from.slug, l.from.name);
    names.set(l.to.slug, l.to.name);
  }
  // Units count with their parent company (from the database's Company.parent) when merged.
  const parentOf = new Map<string, string>();
  const parentNames = new Map<string, string>();
  for (const l of legs)
    for (const c of [l.from, l.to])
      if (c.parent) {
        parentOf.set(c.slug, c.parent.slug);
        parentNames.set(c.parent.slug, c.parent.name);
      }
  const group = (slug: string) => (mergeUnits ? (parentOf.get(slug) ?? slug) : slug);

  const { cycles: raw, truncated } = findCycles(
    legs.map((l) => [group(l.from.slug), group(l.to.slug)] as const),
    { minLength: 2, maxLength: maxCycleLength },
  );
  const unitsOf = (g: string) => [...names.keys()].filter((slug) => slug !== g && group(slug) === g).map((slug) => names.get(slug)!);
  const cycles: CircularFlow[] = raw.map((nodes, id) => ({
    id,
    // A group's own company may have no deal here (only its unit does): it is named from the unit's parent.
    groups: nodes.map((slug) => ({ slug, name: names.get(slug) ?? parentNames.get(slug) ?? slug, units: unitsOf(slug) })),
    hops: nodes.map((from, i) => {
      const to = nodes[(i + 1) % nodes.length];
      return { from, to, deals: legs.filter((l) => group(l.from.slug) === from && group(l.to.slug) === to).map((l) => l.deal) };
    }),
  }));
  const cycleIdsOf = new Map<string, number[]>();
  for (const c of cycles)
    for (let i = 0; i < c.hops.length; i++) {
      const { from, to } = c.hops[i];
      for (const l of legs) if (group(l.from.slug) === from && group(l.to.slug) === to) cycleIdsOf.set(l.id, [...(cycleIdsOf.get(l.id) ?? []), c.id]);
    }

  const usds = sorted.map(usdOf).filter((v): v is number => v !== null && v > 0);
  const lo = Math.log10(Math.min(...usds, 1e9));
  const hi = Math.log10(Math.max(...usds, 1e9));
  const widthOf = (usd: number | null) =>
    usd === null || usd <= 0 ? MIN_WIDTH : MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * (hi > lo ? (Math.log10(usd) - lo) / (hi - lo) : 1);

  const pairKey = (l: Leg) => [l.from.slug, l.to.slug].sort().join("|");
  const pairs = new Map<string, string[]>();
  for (const l of legs) pairs.set(pairKey(l), [...(pairs.get(pairKey(l)) ?? []), l.id]);

  const edges: FlowEdge[] = legs.map((l) => {
    const pair = pairs.get(pairKey(l))!;
    const usd = usdOf(l.deal);
    return {
      id: l.id,
      from: l.from.slug,
      to: l.to.slug,
      fromName: l.from.name,
      toName: l.to.name,
      jointWith: l.jointWith,
      deal: l.deal,
      amountLabel: dealAmountLabel(l.deal),
      usd,
      width: Math.round(widthOf(usd) * 10) / 10,
      parallelIndex: pair.indexOf(l.id),
      parallelCount: pair.length,
      cycleIds: cycleIdsOf.get(l.id) ?? [],
    };
  });

  const inCycle = new Set(edges.filter((e) => e.cycleIds.length > 0).flatMap((e) => [e.from, e.to]));
  const nodes = [...names.entries()]
    .map(([slug, name]) => ({
      slug,
      name,
      dealCount: new Set(legs.filter((l) => l.from.slug === slug || l.to.slug === slug).map((l) => l.deal.id)).size,
      inCycle: inCycle.has(slug),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { nodes, edges, cycles, truncated };
}

/** One edge of a deal: a joint party ("Microsoft + Nvidia") puts in money as each of its members. */
type Leg = { id: string; deal: FlowDeal; from: PartyRef; to: PartyRef; jointWith: string[] };

const JOINT = /\s\+\s/;

function membersOf(party: PartyRef): PartyRef[] {
  if (!JOINT.test(party.name)) return [party];
  return party.name.split(JOINT).map((name) => name.trim()).filter(Boolean).map((name) => ({ name, slug: slugify(name) }));
}

function legsOf(deal: FlowDeal): Leg[] {
  const from = membersOf(deal.fromCompany);
  const to = membersOf(deal.toCompany);
  const joint = from.length > 1 || to.length > 1;
  return from.flatMap((f) =>
    to.map((t) => ({
      id: joint ? `deal-${deal.id}-${f.slug}-${t.slug}` : `deal-${deal.id}`,
      deal,
      from: f,
      to: t,
      jointWith: [...from, ...to].filter((m) => m !== f && m !== t).map((m) => m.name),
    })),
  );
}
