import { describe, expect, it } from "vitest";
import { close, evaluate, familyOf, matchClaims, scoreDisagreements, type ScoredClaim } from "@/lib/extract/evaluate";

const c = (p: Partial<ScoredClaim>): ScoredClaim => ({
  file: "a.txt", kind: "investment", subject: "A -> B", property: "amount_usd", value: 10, value_max: null, quote: "x", start: 0, end: 1, ...p,
});

describe("evaluate", () => {
  it("families", () => {
    expect(familyOf(c({}))).toBe("money");
    expect(familyOf(c({ property: "valuation_usd", kind: "valuation" }))).toBe("valuation");
    expect(familyOf(c({ property: "pre_money_valuation_eur" }))).toBe("valuation");
    expect(familyOf(c({ property: "memory_gb", kind: "chip_spec" }))).toBe("chip spec");
    expect(familyOf(c({ property: "market_share_pct", kind: "other" }))).toBe("other");
  });
  it("values match within 1 %", () => {
    expect(close(100, 100.9)).toBe(true);
    expect(close(100, 102)).toBe(false);
    expect(close(null, null)).toBe(true);
    expect(close(null, 3)).toBe(false);
  });
  it("one-to-one greedy matching prefers the closest quotes", () => {
    const gold = [c({ start: 100, end: 110 }), c({ start: 0, end: 10 })];
    const pred = [c({ start: 2, end: 10 }), c({ start: 98, end: 110 }), c({ start: 500, end: 510 })];
    const { goldToPred, predToGold } = matchClaims(gold, pred);
    expect(goldToPred).toEqual([1, 0]);
    expect(predToGold).toEqual([1, 0, -1]);
  });
  it("precision, recall, F1, families and verbatim share", () => {
    const text = "Amazon will invest $10 in B.";
    const gold = [c({ value: 10 }), c({ property: "memory_gb", kind: "chip_spec", subject: "H100", value: 80 })];
    const pred = [
      c({ value: 10.05, quote: "Amazon will", start: 0, end: 11 }),
      c({ property: "valuation_usd", kind: "valuation", subject: "B", value: 5, quote: "wrong", start: 0, end: 5 }),
    ];
    const r = evaluate(gold, pred, { "a.txt": text });
    expect(r.overall).toMatchObject({ tp: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(r.families.money).toMatchObject({ precision: 1, recall: 1 });
    expect(r.families["chip spec"]).toMatchObject({ recall: 0, pred: 0 });
    expect(r.families.valuation).toMatchObject({ precision: 0, gold: 0 });
    expect(r.verbatim).toEqual({ ok: 1, total: 2, share: 0.5 });
    expect(r.misses).toEqual([1]);
    expect(r.extras).toEqual([1]);
  });
  it("disagreement recall and type accuracy", () => {
    const goldToPred = [0, 2, -1, 1];
    const d = scoreDisagreements(
      [{ a: 0, b: 1, type: "temporal" }, { a: 0, b: 2, type: "conflict" }, { a: 3, b: 0, type: "rounding" }],
      [{ a: 2, b: 0, type: "temporal" }, { a: 1, b: 0, type: "conflict" }, { a: 1, b: 2, type: "conflict" }],
      goldToPred,
    );
    expect(d).toMatchObject({ goldPairs: 3, predPairs: 3, found: 2, typeCorrect: 1 });
    expect(d.recall).toBeCloseTo(2 / 3);
    expect(d.typeAccuracy).toBe(0.5);
  });
  it("a predicted pair stands for every statement of its two figures in their articles", () => {
    const c = (file: string, value: number, property = "valuation_usd", start = 0): ScoredClaim =>
      ({ file, kind: "valuation", subject: "Orbit Labs", property, value, value_max: null, quote: "x", start, end: start + 1 });
    // article a states $40B twice (headline, body); the engine pairs the headline with b's $41B
    const pred = [c("a", 40e9), c("a", 40e9, "post_money_valuation_usd", 50), c("b", 41e9), c("b", 12e9, "round_size_usd")];
    const gold = [{ a: 0, b: 1, type: "temporal" }, { a: 0, b: 2, type: "temporal" }];
    const goldToPred = [1, 2, 3];
    const pairs = [{ a: 0, b: 2, type: "temporal" }];
    expect(scoreDisagreements(gold, pairs, goldToPred, pred)).toMatchObject({ found: 1, typeCorrect: 1 });
    expect(scoreDisagreements(gold, pairs, goldToPred)).toMatchObject({ found: 0 });
  });
});
