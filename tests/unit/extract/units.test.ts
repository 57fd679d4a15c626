import { describe, expect, it } from "vitest";
import { findUnits } from "@/lib/extract/units";
import { claimsOf, only } from "./helpers";

const u = (t: string) => findUnits(t).map((q) => [q.unit, q.value, q.detail]);

describe("unit recognition", () => {
  it("compute with precision, in TFLOPS", () => {
    expect(u("40 FP8 petaflops")).toEqual([["tflops", 40000, "fp8"]]);
    expect(u("4,614 TFLOPs of FP8 performance")).toEqual([["tflops", 4614, "fp8"]]);
    expect(u("10 petaFLOPS of sparse FP4")).toEqual([["tflops", 10000, "fp4"]]);
    expect(u("1.2 Tflop/s per chip with FP16 precision")).toEqual([["tflops", 1.2, "fp16"]]);
    expect(u("2 PFLOPS BF16")).toEqual([["tflops", 2000, "bf16"]]);
    expect(u("42.5 exaflops")).toEqual([["tflops", 42.5e6, ""]]);
  });
  it("memory, bandwidth, power, process", () => {
    expect(u("128 GB of HBM3E")).toEqual([["gb", 128, ""]]);
    expect(u("a 1.5TB pool")).toEqual([["gb", 1500, ""]]);
    expect(u("2.9 TB/s")).toEqual([["tbps", 2.9, ""]]);
    expect(u("600 GB/s")).toEqual([["tbps", 0.6, ""]]);
    expect(u("8 TBps")).toEqual([["tbps", 8, ""]]);
    expect(u("~120 W per chip")).toEqual([["w", 120, ""]]);
    expect(u("a 1.4 kW part")).toEqual([["w", 1400, ""]]);
    expect(u("4.5 gigawatts")).toEqual([["gw", 4.5, ""]]);
    expect(u("3nm process")).toEqual([["nm", 3, ""]]);
  });
  it("multiples and percentages", () => {
    expect(u("4.4x faster")).toEqual([["multiple", 4.4, ""]]);
    expect(u("4.4 times more")).toEqual([["multiple", 4.4, ""]]);
    expect(u("a threefold gain")).toEqual([["multiple", 3, "word"]]);
    expect(u("triple the memory")).toEqual([["multiple", 3, "word"]]);
    expect(u("twice as fast")).toEqual([["multiple", 2, "word"]]);
    expect(u("cut by 40%")).toEqual([["pct", 40, ""]]);
    expect(u("about 11 per cent")).toEqual([["pct", 11, ""]]);
  });
  it("chip counts", () => {
    expect(u("over half a million Trainium2 chips")).toEqual([["count", 500000, "chips"]]);
    expect(u("64 interconnected Trainium2 chips")).toEqual([["count", 64, "chips"]]);
    expect(u("256 H100s")).toEqual([["count", 256, "h100s"]]);
  });
});

describe("chip claims", () => {
  it("peak compute by precision (fixture)", () => {
    expect(only("It delivers 4,614 TFLOPs of FP8 performance on the Ironwood TPU.", "peak_fp8_tflops")).toMatchObject({ subject: "TPU v7", value: 4614, kind: "chip_spec" });
  });
  it("peak compute by precision (own sentence)", () => {
    expect(only("The MI300X reaches 2.6 petaflops of FP8 compute.", "peak_fp8_tflops")).toMatchObject({ subject: "MI300X", value: 2600 });
    expect(only("Each H200 offers 1,979 TFLOPS BF16.", "peak_bf16_tflops").value).toBe(1979);
  });
  it("memory and bandwidth", () => {
    expect(only("The B200 carries 192 GB of HBM3e at 8 TB/s bandwidth.", "memory_gb")).toMatchObject({ subject: "B200", value: 192 });
    expect(only("The B200 carries 192 GB of HBM3e at 8 TB/s bandwidth.", "memory_bandwidth_tbps").value).toBe(8);
    expect(only("The H100's memory bandwidth is 3,350 GB/s.", "memory_bandwidth_tbps").value).toBeCloseTo(3.35);
  });
  it("power and process", () => {
    expect(only("The MI355X is a 1.4 kW part.", "power_w")).toMatchObject({ subject: "MI355X", value: 1400 });
    expect(only("Trainium3 is built on a 3nm process.", "process_nm")).toMatchObject({ subject: "Trainium3", value: 3 });
  });
  it("multiples against a named chip or the predecessor", () => {
    expect(only("Trainium3's 4.4x performance boost is notable.", "perf_multiple_vs_trainium2").value).toBe(4.4);
    expect(only("The B200 delivers 2.5 times more compute than the H100.", "perf_multiple_vs_h100").subject).toBe("B200");
    expect(only("Trainium2 offers 3x more memory capacity than its predecessor.", "memory_multiple_vs_trainium1").value).toBe(3);
    expect(only("The H200 is twice as fast as the H100.", "perf_multiple_vs_h100").value).toBe(2);
  });
  it("reductions", () => {
    const t = "Trainium3 cuts energy use by 40% and training costs by 50%.";
    expect(only(t, "energy_reduction_pct").value).toBe(40);
    expect(only(t, "cost_reduction_pct").value).toBe(50);
  });
  it("chip counts belong to the system or program", () => {
    expect(only("Project Rainier has deployed over half a million Trainium2 chips.", "chip_count")).toMatchObject({ subject: "Project Rainier", value: 500000, qualifier: "at least" });
    expect(only("Each Trn2 UltraServer links 64 Trainium2 chips.", "chip_count")).toMatchObject({ subject: "Trn2 UltraServer", value: 64 });
  });
  it("gigawatts of capacity", () => {
    expect(only("OpenAI and Broadcom will deploy 10 gigawatts of custom accelerators.", "capacity_gw")).toMatchObject({ subject: "OpenAI -> Broadcom", value: 10 });
  });
  it("percentages of market share and share moves", () => {
    expect(only("AWS holds a market share of about 31%.", "market_share_pct")).toMatchObject({ subject: "AWS", value: 31, qualifier: "about" });
    expect(only("Intel shares fell 3.5% on Monday.", "stock_change_pct")).toMatchObject({ subject: "Intel", value: -3.5 });
  });
});

describe("a figure stated as a multiple of the one before", () => {
  it("'double that' after a chip figure is a second figure of the same property", () => {
    const t = "The Z40 accelerator reaches 4 petaflops of FP8 (double that with structured sparsity) and carries 128 GB of HBM.";
    expect(claimsOf(t).filter((c) => c.property === "peak_fp8_tflops").map((c) => [c.subject, c.value, c.quote])).toEqual([
      ["Z40", 4000, expect.stringContaining("4 petaflops")],
      ["Z40", 8000, "double that with structured sparsity"],
    ]);
  });
  it("'doubled' or a multiple with no figure before it is not a figure", () => {
    expect(claimsOf("Revenue doubled last year, and the company expects twice that growth again.")).toEqual([]);
  });
});
