/**
 * How often a source is wrong: the share of its claims contradicted by better-supported claims,
 * implausible, or inconsistent with its own figures.
 */
import { bestEstimate } from "./best-estimate";
import { propertyFamily } from "./claim-facts";
import { checkConsistency } from "./consistency";
import { findDisagreements } from "./disagreements";
import { checkPlausibility } from "./plausibility";
import type { Disagreement, SourcedClaim } from "./types";

export type SourceReliability = {
  source: string;
  claims: number;
  /** indexes (into the full claim array) of this source's claims that lost a `conflict` to a better-supported figure */
  contradicted: number[];
  implausible: number[];
  inconsistent: number[];
  /** share of the source's claims in at least one of the lists above (0 = clean) */
  share: number;
  /** 1 - share */
  reliability: number;
};

/**
 * Reliability of one source. `claims` is the full claim set (all sources), so that its figures can
 * be weighed against others; pass `disagreements` when already computed over the same array.
 */
export function sourceReliability(
  source: string,
  claims: SourcedClaim[],
  disagreements: Disagreement[] = findDisagreements(claims),
): SourceReliability {
  return sourceReliabilityAll(claims, disagreements, [source])[0];
}

/** Reliability of every source (or of `only`), sharing one pass over the claims. */
export function sourceReliabilityAll(
  claims: SourcedClaim[],
  disagreements: Disagreement[] = findDisagreements(claims),
  only?: string[],
): SourceReliability[] {
  const wanted = only ? new Set(only) : null;
  const bySource = new Map<string, number[]>();
  const byGroup = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!wanted || wanted.has(c.source)) push(bySource, c.source, i);
    push(byGroup, groupKey(c), i);
  });
  for (const s of only ?? []) if (!bySource.has(s)) bySource.set(s, []);

  const contradicted = new Set<number>();
  const verdicts = new Map<string, Set<number>>(); // group → indexes superseded by the best estimate
  const supersededIn = (i: number) => {
    const k = groupKey(claims[i]);
    let set = verdicts.get(k);
    if (!set) {
      const idx = byGroup.get(k) ?? [];
      const be = bestEstimate(idx.map((x) => claims[x]));
      set = new Set((be?.superseded ?? []).map((s) => idx[s.index]));
      verdicts.set(k, set);
    }
    return set.has(i);
  };
  for (const d of disagreements) {
    if (d.type !== "conflict") continue;
    for (const [mine, other] of [[d.a, d.b], [d.b, d.a]] as const) {
      const src = claims[mine].source;
      if (wanted && !wanted.has(src)) continue;
      if (supersededIn(mine) && !supersededIn(other)) contradicted.add(mine);
    }
  }

  const out: SourceReliability[] = [];
  for (const [source, idx] of bySource) {
    const implausible = idx.filter((i) => !checkPlausibility(claims[i]).ok);
    const inconsistent = new Set<number>();
    for (const x of checkConsistency(idx.map((i) => claims[i]))) {
      inconsistent.add(idx[x.a]);
      inconsistent.add(idx[x.b]);
    }
    const mine = idx.filter((i) => contradicted.has(i));
    const bad = new Set([...mine, ...implausible, ...inconsistent]);
    const share = idx.length ? bad.size / idx.length : 0;
    out.push({
      source,
      claims: idx.length,
      contradicted: mine,
      implausible,
      inconsistent: [...inconsistent].sort((p, q) => p - q),
      share,
      reliability: 1 - share,
    });
  }
  return out;
}

const groupKey = (c: SourcedClaim) => c.subject.trim().toLowerCase() + "\u0000" + propertyFamily(c.property);

function push(m: Map<string, number[]>, k: string, v: number) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
