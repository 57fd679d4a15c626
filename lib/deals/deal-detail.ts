/**
 * What the deal page derives from a deal's claims: the best estimate and why it wins, the stage
 * history and the tranches. Pure (no database), so it is unit-tested.
 */
import { bestEstimate, type BestEstimate } from "@/lib/reconcile";
import { toClaim, type ClaimRowFields } from "@/lib/claim-row";
import { headlineProperty, type DealKind } from "@/lib/ingest/record-keys";

export type DealClaim = ClaimRowFields & {
  id: number;
  sourceId: number;
  source: { publishedOn: string | null };
};

export type DealEstimate = Omit<BestEstimate, "supporting" | "superseded"> & {
  property: string;
  /** ids of the claims stating the chosen figure */
  supporting: number[];
  /** ids of the headline claims that lost, with why */
  superseded: Map<number, string>;
  /** the headline claims, in the order given */
  headline: DealClaim[];
};

/** The deal's best estimate over its headline claims (e.g. amount_usd for equity), or null when none states one. */
export function dealEstimate(kind: string, claims: DealClaim[]): DealEstimate | null {
  const property = headlineProperty(kind as DealKind, claims.map((c) => c.property));
  if (!property) return null;
  const headline = claims.filter((c) => c.property === property);
  const best = bestEstimate(
    headline.map((c) => ({ ...toClaim(c), source: String(c.sourceId), sourceDate: c.source.publishedOn })),
  );
  if (!best) return null;
  return {
    ...best,
    property,
    headline,
    supporting: best.supporting.map((i) => headline[i].id),
    superseded: new Map(best.superseded.map((s) => [headline[s.index].id, s.why])),
  };
}

export const STAGE_ORDER = ["talks", "reported", "announced", "closed"] as const;

export interface StageStep {
  status: (typeof STAGE_ORDER)[number];
  /** earliest date a claim at this stage holds (its as-of, else its article's date) */
  first: string | null;
  last: string | null;
  claimIds: number[];
  sources: number;
  /** the distinct figures stated at this stage, in order of first appearance */
  figures: { property: string; value: number; valueMax: number | null; qualifier: string }[];
}

/** The stages the deal went through (talks → announced → closed; "reported" for second-hand figures), from its claims. */
export function stageHistory(claims: DealClaim[], headline: string | null): StageStep[] {
  const steps: StageStep[] = [];
  for (const status of STAGE_ORDER) {
    const at = claims.filter((c) => c.status === status);
    if (at.length === 0) continue;
    const dates = at.map((c) => c.asOf ?? c.source.publishedOn).filter((d): d is string => !!d).sort();
    const figures: StageStep["figures"] = [];
    const seen = new Set<string>();
    for (const c of at) {
      if (headline && c.property !== headline) continue;
      const key = `${c.value}/${c.valueMax}/${c.qualifier}`;
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push({ property: c.property, value: c.value, valueMax: c.valueMax, qualifier: c.qualifier });
    }
    steps.push({
      status,
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      claimIds: at.map((c) => c.id),
      sources: new Set(at.map((c) => c.sourceId)).size,
      figures,
    });
  }
  return steps;
}

export interface Tranche {
  property: string;
  value: number;
  valueMax: number | null;
  qualifier: string;
  claimIds: number[];
  sources: number;
}

/** The deal's tranches: claims with a *_tranche_usd property, one entry per distinct figure. */
export function tranches(claims: DealClaim[]): Tranche[] {
  const byKey = new Map<string, Tranche & { sourceIds: Set<number> }>();
  for (const c of claims) {
    if (!/_tranche_[a-z]+$/.test(c.property)) continue;
    const key = `${c.property}/${c.value}/${c.valueMax}`;
    const t = byKey.get(key) ?? {
      property: c.property,
      value: c.value,
      valueMax: c.valueMax,
      qualifier: c.qualifier,
      claimIds: [],
      sources: 0,
      sourceIds: new Set<number>(),
    };
    t.claimIds.push(c.id);
    t.sourceIds.add(c.sourceId);
    t.sources = t.sourceIds.size;
    byKey.set(key, t);
  }
  return [...byKey.values()].map(({ sourceIds: _ids, ...t }) => t);
}

/** Cards shown per section of the deal page; the rest are one click away on /claims. */
export const CARDS_SHOWN = 40;

/** Which claims the deal page shows as cards: headline claims (supporting first), then the others. */
export function shownClaims(claims: DealClaim[], estimate: DealEstimate | null) {
  const supporting = new Set(estimate?.supporting ?? []);
  const headline = estimate ? claims.filter((c) => c.property === estimate.property) : [];
  const ordered = [...headline.filter((c) => supporting.has(c.id)), ...headline.filter((c) => !supporting.has(c.id))];
  const others = claims.filter((c) => !estimate || c.property !== estimate.property);
  return {
    headline: ordered.slice(0, CARDS_SHOWN).map((c) => c.id),
    headlineTotal: headline.length,
    others: others.slice(0, CARDS_SHOWN).map((c) => c.id),
    othersTotal: others.length,
  };
}
