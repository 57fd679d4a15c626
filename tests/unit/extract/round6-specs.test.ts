import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim. */
const all = (t: string) => claimsOf(t, "2026-01-15").map((c) => [c.subject, c.property, c.value]);

describe("round 6: chip figures in unseen styles", () => {
  it("a rival's figure in a relative clause is the rival's, not the sentence's first chip", () => {
    const s = all("Corvane says its C3 delivers 5 petaflops of FP8 compute, while Nvidia's B200, which offers 4.5 petaflops, remains the benchmark customers compare against.");
    expect(s).toContainEqual(["B200", "peak_fp8_tflops", 4500]);
    expect(s.filter((x) => x[2] === 4500 && x[0] !== "B200")).toEqual([]);
  });

  it("a figure 'for one' chip after a system's figures is that chip's, not the system's", () => {
    const s = all("A single Trn3 UltraServer houses 144 Trainium3 chips and offers 362 FP8 petaflops and 20.7 TB of HBM3E, compared with 2.5 petaflops and 144 GB for one Trainium3.");
    expect(s).toContainEqual(["Trn3 UltraServer", "peak_fp8_tflops", 362000]);
    expect(s.filter((x) => x[0] === "Trn3 UltraServer" && x[2] === 2500)).toEqual([]);
  });

  it("a figure in a later clause that names another chip is not the first chip's", () => {
    const s = all("At 700 W, the H100 uses less power than the B200's 1,000 W, but the MI300X, at 750 W, sits in between.");
    expect(s).toContainEqual(["B200", "power_w", 1000]);
    expect(s.filter((x) => x[0] === "H100" && x[2] === 750)).toEqual([]);
  });

  it("figures listed after a predecessor's possessive are all the predecessor's", () => {
    const s = all("Trainium3, built on a 3nm process, delivers 2.52 petaflops of FP8 compute and 144 GB of HBM3E, up from Trainium2's 96 GB and 1.3 petaflops.");
    expect(s).toContainEqual(["Trainium3", "peak_fp8_tflops", 2520]);
    expect(s).toContainEqual(["Trainium2", "memory_gb", 96]);
    expect(s.filter((x) => x[0] === "Trainium3" && x[2] === 1300)).toEqual([]);
  });

  it("'each chip' after a pod's figure speaks of one chip", () => {
    const s = all("Google said TPU v7 pods scale to 9,216 chips and deliver 42.5 exaflops, while each chip offers 4,614 teraflops of FP8 and 192 GB of HBM.");
    expect(s.filter((x) => x[0] === "TPU v7 pod" && (x[2] === 4614 || x[2] === 192))).toEqual([]);
  });

  it("'respectively' pairs the figures with the chips in order", () => {
    const s = all("Nvidia's H100 and H200 offer 3.35 TB/s and 4.8 TB/s of memory bandwidth, respectively.");
    expect(s).toContainEqual(["H100", "memory_bandwidth_tbps", 3.35]);
    expect(s).toContainEqual(["H200", "memory_bandwidth_tbps", 4.8]);
    expect(s.filter((x) => x[0] === "H200" && x[2] === 3.35)).toEqual([]);
  });

  it("a chip name followed by a model number the registry's chip lacks is not that chip", () => {
    const s = all("Microsoft's Maia 200 offers 216 GB of HBM3E and 10 petaflops of FP4 compute, roughly three times the FP4 performance of Amazon's third-generation Trainium.");
    expect(s.filter((x) => x[0] === "Maia 100")).toEqual([]);
  });

  it("a spec sheet as 'Key: value' lines gives no claim for an unknown subject", () => {
    const s = all("Specifications for the Halvard V4 accelerator:\nProcess: 3 nm\nMemory: 192 GB HBM3E\nMemory bandwidth: 7.2 TB/s\nFP8 performance: 4.5 petaflops\nPower: 1,000 W\n");
    expect(s.filter((x) => x[0] !== "Halvard V4")).toEqual([]);
  });

  it("a rack's figures and a per-rack power stay with the rack", () => {
    const s = all("Nvidia's GB200 NVL72 connects 72 B200 GPUs and 36 Grace CPUs, delivering 1,440 petaflops of FP4 performance and 13.5 TB of HBM3E; each B200 offers 8 TB/s of memory bandwidth.");
    expect(s).toContainEqual(["GB200 NVL72", "chip_count", 72]);
    expect(s).toContainEqual(["GB200 NVL72", "peak_fp4_tflops", 1440000]);
    expect(s).toContainEqual(["B200", "memory_bandwidth_tbps", 8]);
  });

  it("a clause about the other chip keeps its own figure", () => {
    const s = all("The B300 offers 288 GB of memory, 50% more than the B200, and draws 1,400 W, while the MI355X draws 1,400 W too.");
    expect(s).toContainEqual(["B300", "memory_gb", 288]);
    expect(s).toContainEqual(["MI355X", "power_w", 1400]);
  });

  it("company counts and percentages of different things", () => {
    const s = all("CoreWeave now runs 32 data centers and 250,000 GPUs. Its 1,500 employees serve about 800 customers, and 70% of them use the H100.");
    expect(s).toContainEqual(["CoreWeave", "employee_count", 1500]);
    expect(s.filter((x) => x[2] === 70)).toEqual([]);
  });

  it("market shares of two companies in one sentence", () => {
    const s = all("Nvidia's market share in AI accelerators is about 80%, AMD's is 10%, and the rest goes to custom chips such as Google's TPU.");
    expect(s).toContainEqual(["Nvidia", "market_share_pct", 80]);
    expect(s).toContainEqual(["AMD", "market_share_pct", 10]);
  });

  it("a list of figures after a list of chips pairs in order", () => {
    const s = all("The H100, H200 and B200 draw 700 W, 700 W and 1,000 W, while the MI300X draws 750 W.");
    expect(s).toContainEqual(["H100", "power_w", 700]);
    expect(s).toContainEqual(["B200", "power_w", 1000]);
    expect(s).toContainEqual(["MI300X", "power_w", 750]);
    expect(s.filter((x) => x[0] === "B200" && x[2] === 700)).toEqual([]);
  });

  it("a roadmap's unnamed successor does not take the named chip's figures", () => {
    const s = all("Nvidia said the B300 could reach 15 petaflops of FP4 and targets 2027 for a 3nm successor with 384 GB of memory.");
    expect(s.filter((x) => x[0] === "B300" && (x[1] === "process_nm" || x[1] === "memory_gb"))).toEqual([]);
  });

  it("two companies in contrasted clauses are not one deal's parties", () => {
    const s = all("Oracle plans to deploy 50,000 MI450 GPUs across 4 data centers in 2026, while Meta, which already has 600,000 H100s, buys more.");
    expect(s.filter((x) => x[0] === "Meta -> Oracle")).toEqual([]);
  });

  it("rivals' figures 'of' a vendor's chip after a comparison word are the rivals'", () => {
    const s = all("Google's TPU v7 reaches 4,614 teraflops, against the 4,500 teraflops of Nvidia's B200 and the 2,300 teraflops of AMD's MI300X.");
    expect(s.filter((x) => x[0] === "TPU v7" && (x[2] === 4500 || x[2] === 2300))).toEqual([]);
  });

  it("'up N%' after a count is the count's growth, not a share move", () => {
    const s = all("Nvidia shipped 3 million Blackwell GPUs last year, up 200%, and its data-center revenue rose 73% to $35 billion.");
    expect(s.filter((x) => x[1] === "stock_change_pct")).toEqual([]);
  });

  it("a cloud's own deployment is not a deal with a lab named in the next clause", () => {
    const s = all("Microsoft said it has deployed more than 100,000 GB200 chips across 20 data centers, and OpenAI uses 60% of them.");
    expect(s.filter((x) => String(x[0]).startsWith("OpenAI ->"))).toEqual([]);
  });
});

