/**
 * The engine against the annotated gold sets (whichever exist): ≥ 90 % of gold pairs found,
 * ≥ 80 % of them with the gold type, fewer than 3 predicted pairs per gold pair.
 */
import { describe, expect, it } from "vitest";
import { checkConsistency, checkPlausibility, findDisagreements } from "@/lib/reconcile";
import { GOLD_FILES, loadGold, pairKey, sourced } from "./helpers";

describe.each(GOLD_FILES)("%s", (file) => {
  const gold = loadGold(file);
  const claims = sourced(gold);
  const index = new Map(gold.claims.map((c, i) => [c.id, i]));

  it("findDisagreements finds ≥ 90 % of the gold pairs, ≥ 80 % typed right, < 3 predictions per gold pair", () => {
    const predicted = findDisagreements(claims);
    const byPair = new Map(predicted.map((d) => [pairKey(d.a, d.b), d]));
    const found = gold.disagreements.filter((g) => byPair.has(pairKey(index.get(g.a)!, index.get(g.b)!)));
    const typed = found.filter((g) => byPair.get(pairKey(index.get(g.a)!, index.get(g.b)!))!.type === g.type);
    const missed = gold.disagreements.filter((g) => !found.includes(g)).map((g) => `${g.a}-${g.b} ${g.type}`);
    expect(found.length / gold.disagreements.length, `missed: ${missed.join(", ")}`).toBeGreaterThanOrEqual(0.9);
    expect(typed.length / Math.max(1, found.length)).toBeGreaterThanOrEqual(0.8);
    expect(predicted.length / gold.disagreements.length).toBeLessThan(3);
    for (const d of predicted) expect(d.explanation.length).toBeGreaterThan(20);
  });

  it("finds every gold inconsistency inside its article", () => {
    for (const g of gold.inconsistencies) {
      const file = gold.claims[index.get(g.a)!].file;
      const ofArticle = gold.claims.filter((c) => c.file === file);
      const local = new Map(ofArticle.map((c, i) => [i, c.id]));
      const found = checkConsistency(ofArticle).map((x) => pairKey(local.get(x.a)!, local.get(x.b)!));
      expect(found, g.note).toContain(pairKey(g.a, g.b));
    }
  });

  it("flags no claim of a plausible record as implausible except chips below 50 TFLOPS", () => {
    for (const c of gold.claims) {
      const p = checkPlausibility(c);
      if (!p.ok) expect(c.property, p.reason).toMatch(/_tflops$/);
    }
  });
});

describe("seed gold specifics", () => {
  const gold = loadGold("gold-seeds.json");
  const claims = sourced(gold);

  it("$10B (talks, Dec 2025) vs $50B (announced) comes out temporal, naming both stages", () => {
    const d = findDisagreements(claims).find(
      (x) => [x.a, x.b].includes(0) && [x.a, x.b].includes(gold.claims.findIndex((c) => c.id === 21)),
    );
    expect(d?.type).toBe("temporal");
    expect(d!.explanation).toMatch(/talks/);
    expect(d!.explanation).toMatch(/announced/);
  });

  it("the 1.2 TFLOPS Trainium claim is implausible", () => {
    const trainium = gold.claims.find((c) => c.id === 31)!;
    const p = checkPlausibility(trainium);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toMatch(/TFLOPS/);
  });
});
