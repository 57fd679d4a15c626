import { describe, expect, it } from "vitest";
import { bestEstimate, checkConsistency, checkPlausibility, machineWrittenSignals, sourceReliability, findDisagreements } from "@/lib/reconcile";
import { article, claim, loadGold, sourced } from "./helpers";

const B = 1e9;

describe("checkPlausibility", () => {
  const chip = (property: string, value: number, subject = "X1") => claim({ kind: "chip_spec", subject, property, value });
  it.each([
    ["a modern accelerator at 1.2 TFLOPS", chip("peak_fp16_tflops", 1.2)],
    ["a valuation above world GDP", claim({ kind: "valuation", subject: "OpenAI", property: "valuation_usd", value: 200e12 })],
    ["a stake above 100 %", claim({ property: "stake_pct", value: 120 })],
    ["a chip drawing 12 kW", chip("power_w", 12_000)],
    ["3 TB of memory on one chip", chip("memory_gb", 3_000)],
    ["a negative amount", claim({ value: -5 * B })],
  ])("flags %s", (_what, c) => {
    const p = checkPlausibility(c);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason.length).toBeGreaterThan(10);
  });
  it.each([
    ["an H100 at 989 TFLOPS FP16", chip("peak_fp16_tflops", 989, "H100")],
    ["a 72-GPU rack at 1.4 EFLOPS", chip("peak_fp4_tflops", 1_440_000, "GB200 NVL72")],
    ["a rack drawing 120 kW (not a chip)", chip("power_w", 120_000, "GB200 NVL72 rack")],
    ["a $730B valuation", claim({ kind: "valuation", subject: "OpenAI", property: "valuation_usd", value: 730 * B })],
    ["1.4 kW for the MI355X", chip("power_w", 1400, "MI355X")],
  ])("accepts %s", (_what, c) => expect(checkPlausibility(c)).toEqual({ ok: true }));
});

describe("checkConsistency (general rules)", () => {
  it("a stated reduction its own figures contradict", () => {
    const x = checkConsistency([
      claim({ kind: "chip_spec", subject: "ChipA", property: "energy_reduction_pct", value: 30, quote: "ChipA matches ChipB with 30 % lower power" }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "power_w", value: 100 }),
      claim({ kind: "chip_spec", subject: "ChipB", property: "power_w", value: 400 }),
    ]);
    expect(x.map(({ a, b }) => [a, b])).toEqual([[0, 1]]);
  });
  it("agreeing figures pass", () => {
    const x = checkConsistency([
      claim({ kind: "chip_spec", subject: "ChipA", property: "energy_reduction_pct", value: 75, quote: "ChipA uses 75 % less power than ChipB" }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "power_w", value: 100 }),
      claim({ kind: "chip_spec", subject: "ChipB", property: "power_w", value: 400 }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "power_per_tflops_w", value: 0.5 }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "peak_fp8_tflops", value: 200 }),
      claim({ subject: "Amazon -> OpenAI", property: "initial_tranche_usd", value: 15 * B }),
      claim({ subject: "Amazon -> OpenAI", property: "amount_usd", value: 50 * B }),
    ]);
    expect(x).toEqual([]);
  });
  it("a part above its whole, a ratio off by 1000x", () => {
    const x = checkConsistency([
      claim({ kind: "other", subject: "Run", property: "training_energy_cost_usd", value: 2e6 }),
      claim({ kind: "other", subject: "Run", property: "training_cost_usd", value: 1e5 }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "power_per_tflops_w", value: 0.1 }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "power_w", value: 120 }),
      claim({ kind: "chip_spec", subject: "ChipA", property: "peak_fp16_tflops", value: 1.2 }),
    ]);
    expect(x.map(({ a, b }) => [a, b])).toEqual([[0, 1], [2, 3]]);
    expect(x[1].reason).toMatch(/1000x/);
  });
  it("seed 003: the payback period its own figures contradict", () => {
    const gold = loadGold("gold-seeds.json");
    const ofArticle = gold.claims.filter((c) => c.file.startsWith("003_"));
    const ids = checkConsistency(ofArticle).map((x) => [ofArticle[x.a].id, ofArticle[x.b].id]);
    expect(ids).toContainEqual([61, 60]);
  });
});

describe("bestEstimate", () => {
  it("a later stage beats talks; the talks figure stays visible with why", () => {
    const be = bestEstimate([
      claim({ value: 10 * B, qualifier: "at least", status: "talks", source: "a" }),
      claim({ value: 10 * B, status: "talks", source: "b" }),
      claim({ value: 50 * B, status: "announced", source: "c" }),
    ])!;
    expect(be.value).toBe(50 * B);
    expect(be.status).toBe("announced");
    expect(be.supporting).toEqual([2]);
    expect(be.superseded.map((s) => s.index)).toEqual([0, 1]);
    expect(be.superseded[0].why).toMatch(/talks/);
  });
  it("corroborated beats single, exact beats about, precise beats rounded", () => {
    expect(bestEstimate([claim({ value: 80, source: "a" }), claim({ value: 80, source: "b" }), claim({ value: 120, source: "c" })])!.value).toBe(80);
    const q = bestEstimate([claim({ value: 14 * B, qualifier: "about", source: "a" }), claim({ value: 14.3 * B, source: "b" })])!;
    expect(q.value).toBe(14.3 * B);
    expect(bestEstimate([claim({ value: 4600, source: "a" }), claim({ value: 4614, source: "b" })])!.value).toBe(4614);
  });
  it("returns null for no claims", () => expect(bestEstimate([])).toBeNull());
});

describe("machineWrittenSignals", () => {
  it("flags seed 000 by its AI byline and seed 003 by its duplicated lines", () => {
    const s000 = machineWrittenSignals(article("000_ee96afbd01939337.txt"));
    expect(s000.flagged).toBe(true);
    expect(s000.signals.map((s) => s.kind)).toContain("ai_byline");
    const s003 = machineWrittenSignals(article("003_2f8eeae365efae96.txt"));
    expect(s003.flagged).toBe(true);
    expect(s003.signals.map((s) => s.kind)).toContain("duplicate_lines");
  });
  it("does not flag seeds 001, 002, 004, nor a page repeating only its headline", () => {
    for (const f of ["001_6206f018e4f43dc0.txt", "002_89a67d6ab82130e1.txt", "004_c029e999608bbd68.txt", "03_reuters_coreweave_openai_22_4b.txt", "11_tekedia_xai_15b_230b.txt"])
      expect(machineWrittenSignals(article(f)).flagged, f).toBe(false);
  });
});

describe("sourceReliability", () => {
  it("counts a source's implausible, inconsistent and out-voted claims", () => {
    const gold = loadGold("gold-seeds.json");
    const claims = sourced(gold);
    const r003 = sourceReliability("003_2f8eeae365efae96.txt", claims);
    expect(r003.implausible.length).toBeGreaterThan(0);
    expect(r003.inconsistent.length).toBeGreaterThan(0);
    expect(r003.share).toBeGreaterThan(0.1);
    expect(sourceReliability("004_c029e999608bbd68.txt", claims).share).toBe(0);
  });
  it("a source out-voted in a conflict is contradicted", () => {
    const claims = [
      claim({ kind: "chip_spec", subject: "H100", property: "memory_gb", value: 80, source: "a" }),
      claim({ kind: "chip_spec", subject: "H100", property: "memory_gb", value: 80, source: "b" }),
      claim({ kind: "chip_spec", subject: "H100", property: "memory_gb", value: 120, source: "c" }),
    ];
    const r = sourceReliability("c", claims, findDisagreements(claims));
    expect(r.contradicted).toEqual([2]);
    expect(r.reliability).toBe(0);
    expect(sourceReliability("a", claims).contradicted).toEqual([]);
  });
});
