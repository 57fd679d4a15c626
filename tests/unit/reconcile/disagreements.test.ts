import { describe, expect, it } from "vitest";
import { findDisagreements } from "@/lib/reconcile";
import { claim } from "./helpers";

const B = 1e9;

describe("findDisagreements: one test per type", () => {
  it("temporal: $10B in talks (Dec 2025) vs $50B announced, explained with both stages", () => {
    const claims = [
      claim({ value: 10 * B, qualifier: "at least", status: "talks", as_of: "2025-12", source: "talks.txt", quote: "in talks to invest $10B+" }),
      claim({ value: 50 * B, status: "announced", as_of: "2026-02", source: "deal.txt", quote: "will invest $50 billion" }),
    ];
    const [d, ...rest] = findDisagreements(claims);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ a: 0, b: 1, type: "temporal" });
    expect(d.explanation).toMatch(/talks/);
    expect(d.explanation).toMatch(/announced/);
    expect(d.explanation).toMatch(/Dec 2025/);
    expect(d.explanation).toMatch(/\$10B/);
  });

  it("rounding: 'over $2B' vs 'nearly $3B' are compatible bounds", () => {
    const d = findDisagreements([
      claim({ value: 2 * B, qualifier: "at least", status: "announced", source: "x.txt" }),
      claim({ value: 3 * B, qualifier: "about", status: "announced", source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["rounding"]);
  });

  it("rounding: 4.6 PFLOPS vs 4,614 TFLOPS is one figure at two precisions", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "TPU v7", property: "peak_fp8_tflops", value: 4614, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "TPU v7", property: "peak_fp8_tflops", value: 4600, source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["rounding"]);
  });

  it("pre_vs_post: $350B and $380B for a $30B round", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "Anthropic", property: "valuation_usd", value: 380 * B, status: "closed", source: "x.txt" }),
      claim({ kind: "valuation", subject: "Anthropic", property: "valuation_usd", value: 350 * B, status: "closed", source: "y.txt" }),
      claim({ subject: "Anthropic", property: "round_size_usd", value: 30 * B, status: "closed", source: "y.txt" }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0].type).toBe("pre_vs_post");
    expect(d[0].explanation).toMatch(/\$30B/);
  });

  it("pre_vs_post: a labelled pre-money valuation meets an unlabelled one", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "xAI", property: "pre_money_valuation_usd", value: 230 * B, status: "talks", source: "x.txt" }),
      claim({ kind: "valuation", subject: "xAI", property: "valuation_usd", value: 245 * B, status: "talks", source: "y.txt", quote: "post-money valuation of $245 billion" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["pre_vs_post"]);
  });

  it("metric_conflation: per chip vs per server", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "Trainium3", property: "peak_fp8_tflops", value: 2520, source: "x.txt", quote: "2.52 PFLOPS of FP8 per chip" }),
      claim({ kind: "chip_spec", subject: "Trainium3", property: "peak_fp8_tflops", value: 362000, source: "y.txt", quote: "362 PFLOPS of FP8 per UltraServer" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["metric_conflation"]);
    expect(d[0].explanation).toMatch(/per chip/);
  });

  it("metric_conflation: dense vs sparse throughput about 2x apart, unlabelled", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "B200", property: "peak_fp4_tflops", value: 9000, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "B200", property: "peak_fp4_tflops", value: 20000, source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["metric_conflation"]);
  });

  it("metric_conflation: one article mixing a figure so far with its total target", () => {
    const d = findDisagreements([
      claim({ kind: "other", subject: "Stargate", property: "capacity_gw", value: 7, qualifier: "about", status: "announced", source: "r.txt", quote: "nearly 7 gigawatts of planned capacity", start: 10, end: 48 }),
      claim({ kind: "other", subject: "Stargate", property: "capacity_gw", value: 10, status: "announced", source: "r.txt", quote: "a total of 10 gigawatts of capacity", start: 200, end: 235 }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["metric_conflation"]);
  });

  it("different_deal: talks far above a closed round of the same size", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "Anthropic", property: "valuation_usd", value: 380 * B, status: "closed", source: "feb.txt" }),
      claim({ subject: "Anthropic", property: "round_size_usd", value: 30 * B, status: "closed", source: "feb.txt" }),
      claim({ kind: "valuation", subject: "Anthropic", property: "valuation_usd", value: 900 * B, status: "talks", source: "may.txt" }),
      claim({ subject: "Anthropic", property: "round_size_usd", value: 30 * B, status: "talks", source: "may.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["different_deal"]);
  });

  it("conflict: 80 GB vs 120 GB of HBM on the same chip", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "H100", property: "memory_gb", value: 80, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "H100", property: "memory_gb", value: 120, source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["conflict"]);
  });

  it("conflict: 'up to $5B' vs an even split of $15B ($7.5B)", () => {
    const d = findDisagreements([
      claim({ subject: "Microsoft -> Anthropic", value: 5 * B, qualifier: "up to", status: "announced", as_of: "2025-11-19", source: "x.txt" }),
      claim({ subject: "Microsoft -> Anthropic", value: 7.5 * B, status: "announced", as_of: "2025-11-23", source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["conflict"]);
  });
});

describe("findDisagreements: rules learned from blind-annotated articles", () => {
  it("pre_vs_post wins over the stage: talks at $36B vs closed at $41B after a $5B round", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 36 * B, status: "talks", source: "x.txt", sourceDate: "2026-02-10" }),
      claim({ subject: "Orbit Labs", property: "round_size_usd", value: 5 * B, status: "closed", source: "y.txt", sourceDate: "2026-03-12" }),
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 41 * B, status: "closed", source: "y.txt", sourceDate: "2026-03-12" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["pre_vs_post"]);
  });

  it("pre_vs_post: an unlabelled figure in talks 11 % below a labelled post-money one", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 120 * B, status: "talks", source: "x.txt" }),
      claim({ kind: "valuation", subject: "Orbit Labs", property: "post_money_valuation_usd", value: 135 * B, status: "closed", source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["pre_vs_post"]);
    // 40 % apart: the figure moved, it is not the other basis
    const e = findDisagreements([
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 80 * B, status: "talks", source: "x.txt" }),
      claim({ kind: "valuation", subject: "Orbit Labs", property: "post_money_valuation_usd", value: 135 * B, status: "closed", source: "y.txt" }),
    ]);
    expect(e.map((x) => x.type)).toEqual(["temporal"]);
  });

  it("metric_conflation: a chip figure 72 times another is per chip vs per 72-chip rack, even with no scope words", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "peak_fp4_tflops", value: 10000, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "peak_fp4_tflops", value: 720000, source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["metric_conflation"]);
    // 3x apart is no system size: a plain conflict
    const e = findDisagreements([
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "memory_gb", value: 96, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "memory_gb", value: 288, source: "y.txt" }),
    ]);
    expect(e.map((x) => x.type)).toEqual(["conflict"]);
  });

  it("rounding: 'north of 200 GB' a month later is the same 216 GB, not a change over time", () => {
    const d = findDisagreements([
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "memory_gb", value: 216, as_of: "2026-02", source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "Corvid C5", property: "memory_gb", value: 200, qualifier: "at least", as_of: "2026-03", source: "y.txt" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["rounding"]);
  });

  it("conflict: two articles date the same past investment and give different amounts", () => {
    const d = findDisagreements([
      claim({ subject: "Microsoft -> Orbit Labs", value: 1 * B, status: "closed", as_of: "2024", source: "x.txt", sourceDate: "2026-02-10" }),
      claim({ subject: "Microsoft -> Orbit Labs", value: 2 * B, status: "closed", as_of: "2024", source: "y.txt", sourceDate: "2026-03-12" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["conflict"]);
  });

  it("different_deal: the same investor and company in two years the sentences name", () => {
    const d = findDisagreements([
      claim({ subject: "Kestrel Fund -> Orbit Labs", value: 1 * B, status: "closed", as_of: "2024", source: "x.txt", sourceDate: "2026-02-10" }),
      claim({ subject: "Kestrel Fund -> Orbit Labs", value: 2 * B, status: "closed", as_of: "2026-03-12", source: "y.txt", sourceDate: "2026-03-12" }),
    ]);
    expect(d.map((x) => x.type)).toEqual(["different_deal"]);
    // a company's own figures years apart stay a timeline
    const e = findDisagreements([
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 10 * B, status: "closed", as_of: "2024", source: "x.txt", sourceDate: "2026-02-10" }),
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 41 * B, status: "closed", as_of: "2026-03", source: "y.txt", sourceDate: "2026-03-12" }),
    ]);
    expect(e).toEqual([]);
  });
});

describe("findDisagreements: what is not a disagreement", () => {
  it("share-price moves are events of their day", () => {
    const d = findDisagreements([
      claim({ kind: "other", subject: "Nvidia", property: "stock_change_pct", value: 1.4, source: "x.txt" }),
      claim({ kind: "other", subject: "Nvidia", property: "stock_change_pct", value: -0.6, source: "y.txt" }),
    ]);
    expect(d).toEqual([]);
  });

  it("one article's figures far apart with nothing telling their metrics apart are different things", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 2.1 * B, source: "x.txt", start: 0 }),
      claim({ kind: "valuation", subject: "Orbit Labs", property: "valuation_usd", value: 11 * B, source: "x.txt", start: 100 }),
    ]);
    expect(d).toEqual([]);
  });

  it("conflict: one article giving a chip two values of a fixed spec contradicts itself", () => {
    const spec = (value: number, start: number, quote: string) =>
      claim({ kind: "chip_spec", subject: "Orca X9", property: "memory_gb", value, source: "x.txt", start, quote });
    const [d] = findDisagreements([spec(192, 0, "the X9 carries 192 GB of HBM3E"), spec(180, 400, "its 180 GB of HBM3E")]);
    expect(d.type).toBe("conflict");
    // per chip vs per server in one article stays a mix-up of metrics
    const [s] = findDisagreements([spec(192, 0, "192 GB per chip"), spec(1536, 400, "1,536 GB per server")]);
    expect(s.type).toBe("metric_conflation");
  });

  it("share moves pair only on the same or consecutive trading days", () => {
    const move = (value: number, as_of: string, source: string, qualifier: "exact" | "about" | "up to" = "exact") =>
      claim({ kind: "other", subject: "Orca Systems", property: "stock_change_pct", value, as_of, source, qualifier });
    expect(findDisagreements([move(3.9, "2026-04-02", "x.txt"), move(4, "2026-04-02", "y.txt", "about")])[0].type).toBe("rounding");
    expect(findDisagreements([move(43, "2026-04-02", "x.txt", "up to"), move(36, "2026-04", "y.txt")])[0].type).toBe("metric_conflation");
    // after hours, then the next session: the earlier move (input 1) comes first
    const [next] = findDisagreements([move(-11, "2026-04-03", "x.txt"), move(-4, "2026-04-02", "y.txt")]);
    expect([next.type, next.a]).toEqual(["temporal", 1]);
    // a week apart: two events on the stock's timeline
    expect(findDisagreements([move(5, "2026-04-02", "x.txt"), move(-3, "2026-04-09", "y.txt")])).toEqual([]);
  });

  it("valuations in any currency meet their round: the gap is the money raised", () => {
    const [d] = findDisagreements([
      claim({ kind: "valuation", subject: "Brise AI", property: "valuation_eur", value: 11.7 * B, source: "x.txt", as_of: "2026-03" }),
      claim({ kind: "investment", subject: "Brise AI", property: "round_size_eur", value: 1.7 * B, source: "x.txt", as_of: "2026-03", start: 50 }),
      claim({ kind: "valuation", subject: "Brise AI", property: "valuation_eur", value: 10 * B, source: "y.txt", as_of: "2026-03" }),
    ]);
    expect(d.type).toBe("pre_vs_post");
  });

  it("conflict: a figure exactly ten times another is a slipped digit, not a second deal", () => {
    const commit = (value: number, as_of: string, source: string) =>
      claim({ subject: "Lumen Labs -> Orca Cloud", property: "compute_commitment_usd", value, as_of, source, status: "announced" });
    const [d] = findDisagreements([commit(250 * B, "2026-01-10", "x.txt"), commit(25 * B, "2026-05-02", "y.txt")]);
    expect(d.type).toBe("conflict");
    // 2.5x apart, both signed, months later: a separate deal between the same two parties, easy to take for the first
    expect(findDisagreements([commit(250 * B, "2026-01-10", "x.txt"), commit(100 * B, "2026-05-02", "y.txt")])).toMatchObject([{ type: "different_deal" }]);
  });

  it("conflict: two articles months apart giving a chip two memory sizes (a spec does not drift)", () => {
    const spec = (value: number, as_of: string, source: string) =>
      claim({ kind: "chip_spec", subject: "Orca X9", property: "memory_gb", value, as_of, source, quote: `${value} GB of HBM3E` });
    const [d] = findDisagreements([spec(192, "2026-02", "x.txt"), spec(180, "2026-06", "y.txt")]);
    expect(d.type).toBe("conflict");
  });

  it("identical figures are corroboration, whatever the qualifier", () => {
    const d = findDisagreements([
      claim({ value: 10 * B, qualifier: "about", status: "talks", source: "x.txt" }),
      claim({ value: 10 * B, status: "talks", source: "y.txt" }),
      claim({ value: 10 * B, qualifier: "at least", status: "talks", source: "z.txt" }),
      claim({ kind: "chip_spec", subject: "TPU v7", property: "peak_fp8_tflops", value: 2500, source: "x.txt" }),
      claim({ kind: "chip_spec", subject: "TPU v7", property: "peak_fp8_tflops", value: 2500.0000001, source: "y.txt" }),
    ]);
    expect(d).toEqual([]);
  });

  it("different events far apart in time are a timeline", () => {
    const d = findDisagreements([
      claim({ kind: "valuation", subject: "OpenAI", property: "valuation_usd", value: 86 * B, status: "closed", as_of: "2024-02", source: "x.txt" }),
      claim({ kind: "valuation", subject: "OpenAI", property: "valuation_usd", value: 730 * B, status: "closed", as_of: "2026-02", source: "y.txt" }),
    ]);
    expect(d).toEqual([]);
  });

  it("two closed rounds dated months apart are a timeline", () => {
    const d = findDisagreements([
      claim({ subject: "Anthropic", property: "round_size_usd", value: 13 * B, status: "closed", as_of: "2025-09", source: "x.txt" }),
      claim({ subject: "Anthropic", property: "round_size_usd", value: 30 * B, status: "closed", as_of: "2026-02", source: "y.txt" }),
    ]);
    expect(d).toEqual([]);
  });

  it("different subjects or properties never pair", () => {
    const d = findDisagreements([
      claim({ value: 10 * B, source: "x.txt" }),
      claim({ subject: "Amazon -> Anthropic", value: 8 * B, source: "y.txt" }),
      claim({ property: "initial_tranche_usd", value: 15 * B, source: "y.txt" }),
    ]);
    expect(d).toEqual([]);
  });

  it("one article's sequence of separate deals (initial, add-on, new) does not pair with itself", () => {
    const d = findDisagreements([
      claim({ subject: "OpenAI -> CoreWeave", property: "compute_commitment_usd", value: 11.9 * B, qualifier: "up to", status: "announced", source: "r.txt", quote: "an initial cloud deal worth up to $11.9 billion", start: 0, end: 47 }),
      claim({ subject: "OpenAI -> CoreWeave", property: "compute_commitment_usd", value: 4 * B, status: "announced", source: "r.txt", quote: "followed by a $4 billion add\u2011on in May", start: 60, end: 98 }),
      claim({ subject: "OpenAI -> CoreWeave", property: "compute_commitment_usd", value: 6.5 * B, status: "announced", source: "r.txt", quote: "a new $6.5 billion contract", start: 120, end: 147 }),
    ]);
    expect(d).toEqual([]);
  });

  it("repeats of one figure pair once: the first claim per source and figure", () => {
    const claims = [
      claim({ value: 10 * B, status: "talks", source: "x.txt", start: 50, end: 60 }),
      claim({ value: 10 * B, status: "talks", source: "x.txt", start: 5, end: 15 }),
      claim({ value: 50 * B, status: "announced", source: "y.txt", start: 0, end: 10 }),
      claim({ value: 50 * B, status: "announced", source: "y.txt", start: 30, end: 40 }),
    ];
    const d = findDisagreements(claims);
    expect(d.map((x) => [x.a, x.b])).toEqual([[1, 2]]);
  });

  it("explanations read as plain string properties (JSON, spread)", () => {
    const d = findDisagreements([
      claim({ value: 10 * B, status: "talks", source: "x.txt" }),
      claim({ value: 50 * B, status: "announced", source: "y.txt" }),
    ]);
    const json = JSON.parse(JSON.stringify(d));
    expect(json[0].explanation).toBe(d[0].explanation);
    expect(Object.keys(json[0]).sort()).toEqual(["a", "b", "explanation", "type"]);
    expect({ ...d[0] }.explanation).toBe(d[0].explanation);
    expect(d[0]).toEqual({ a: 0, b: 1, type: "temporal", explanation: d[0].explanation });
  });
});
