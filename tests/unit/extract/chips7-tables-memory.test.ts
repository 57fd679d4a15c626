import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const has = (text: string, subject: string, property: string, value: number) =>
  claimsOf(text).some((c) => c.subject === subject && c.property === property && Math.abs(c.value - value) <= 1e-6 * Math.max(1, Math.abs(value)));
const none = (text: string, re: RegExp) => expect(claimsOf(text).filter((c) => re.test(c.property) || re.test(c.subject))).toEqual([]);

describe("tables with one chip per row", () => {
  const piped = [
    "Here is how the generations line up.",
    "",
    "| Chip | Peak | Precision | HBM | Memory bandwidth | Max pod |",
    "|---|---|---|---|---|---|",
    "| TPU v4 (2021) | 275 TFLOPS | BF16 | 32 GB | 1,200 GB/s | 4,096 chips |",
    "| Ironwood / v7 (2025) | 4,614 TFLOPS | FP8 | 192 GB | 7.4 TB/s | 9,216 chips |",
  ].join("\n");
  it("reads each column under its header, with the precision from its own column", () => {
    expect(has(piped, "TPU v4", "peak_bf16_tflops", 275)).toBe(true);
    expect(has(piped, "TPU v4", "memory_gb", 32)).toBe(true);
    expect(has(piped, "TPU v4", "memory_bandwidth_tbps", 1.2)).toBe(true);
    expect(has(piped, "TPU v7", "peak_fp8_tflops", 4614)).toBe(true);
  });
  it("reads a pod column's chips as the chip's pod", () => {
    expect(has(piped, "TPU v4 pod", "chip_count", 4096)).toBe(true);
    expect(has(piped, "TPU v7 pod", "chip_count", 9216)).toBe(true);
  });
  const spaced = [
    "The memory side:",
    "",
    "Product              Memory/card   Bandwidth      Rack power",
    "Tenzor T9            512 GB        not given      120 kW",
    "Tenzor T10           512 GB        >4X T9         140 kW",
    "Nvidia GB200         192 GB        8 TB/s         ~120 kW (NVL72)",
  ].join("\n");
  it("reads space-aligned tables, racks' power and multiples of another row's chip", () => {
    expect(has(spaced, "Tenzor T9", "memory_gb", 512)).toBe(true);
    expect(has(spaced, "Tenzor T9 rack", "rack_power_kw", 120)).toBe(true);
    expect(has(spaced, "Tenzor T10", "memory_bandwidth_multiple_vs_tenzor_t9", 4)).toBe(true);
    expect(has(spaced, "GB200", "memory_bandwidth_tbps", 8)).toBe(true);
    expect(has(spaced, "GB200 NVL72", "rack_power_kw", 120)).toBe(true);
  });
  it("names memory parts by a vendor and a part column", () => {
    const t = ["Shipments by quarter:", "", "Quarter    Capacity   Bandwidth/stack", "Q1         48 GB      3.3 TB/s", "Q2         24 GB      1.2 TB/s"].join("\n");
    // a table with no column naming the part: nothing is read
    expect(claimsOf(t).filter((c) => c.kind === "chip_spec")).toEqual([]);
    const v = ["Parts sampling today:", "", "Vendor     Part     Capacity   Bandwidth/stack", "Samsung    HBM4     48 GB      3.3 TB/s", "Micron     HBM3E    24 GB      1.2 TB/s"].join("\n");
    expect(has(v, "Samsung HBM4", "memory_gb", 48)).toBe(true);
    expect(has(v, "Micron HBM3E", "memory_bandwidth_tbps", 1.2)).toBe(true);
  });
  it("does not read a table of company figures as chips", () => {
    const t = ["| Company | Revenue | Capex |", "|---|---|---|", "| Oracle | $10 billion | $25 billion |"].join("\n");
    none(t, /memory|tflops|chip_count/);
  });
});

describe("memory parts in prose", () => {
  it("gives a memory maker's HBM figures to its part", () => {
    const t = "Samsung started shipping 16-high HBM4E at 48 GB per stack and said the stack reaches 3.2 TB/s, with power efficiency about 30% better than its own HBM4.";
    expect(has(t, "Samsung HBM4E", "memory_gb", 48)).toBe(true);
    expect(has(t, "Samsung HBM4E", "memory_bandwidth_tbps", 3.2)).toBe(true);
    expect(has(t, "Samsung HBM4E", "efficiency_increase_pct_vs_samsung_hbm4", 30)).toBe(true);
  });
  it("reads a pin speed", () => {
    const t = "Micron says its 12-high HBM4 stacks run at 11 Gbps per pin.";
    expect(has(t, "Micron HBM4", "pin_speed_gbps", 11)).toBe(true);
  });
  it("leaves a chip's own HBM to the chip", () => {
    const t = "Samsung supplies the stacks, and AMD's MI355X carries 288 GB of HBM3E in eight stacks.";
    expect(has(t, "MI355X", "memory_gb", 288)).toBe(true);
    expect(has(t, "MI355X", "hbm_stack_count", 8)).toBe(true);
    none(t, /Samsung HBM/);
  });
});

describe("chip prose", () => {
  it("keeps a non-major vendor on its chip name", () => {
    const t = "Qualcomm unveiled two inference cards on Monday. The Qualcomm AX900 accelerator packs 512 GB of LPDDR memory per card.";
    expect(has(t, "Qualcomm AX900", "memory_gb", 512)).toBe(true);
    const n = "AMD unveiled the MI480X accelerator with 432 GB of HBM4.";
    expect(has(n, "MI480X", "memory_gb", 432)).toBe(true);
  });
  it("reads a multiple of another chip's memory, and the possessive chip as the baseline", () => {
    const t = "Google detailed Ironwood. Per chip it has six times Trillium's HBM and roughly 7.4 TB/s of bandwidth.";
    expect(has(t, "TPU v7", "memory_multiple_vs_tpu_v6e", 6)).toBe(true);
    expect(has(t, "TPU v7", "memory_bandwidth_tbps", 7.4)).toBe(true);
    none(t, /^perf_multiple/);
  });
  it("reads 'more energy-efficient than' as an efficiency gain", () => {
    const t = "The B300 is 35% more energy-efficient than the B200.";
    expect(has(t, "B300", "efficiency_increase_pct_vs_b200", 35)).toBe(true);
  });
  it("reads a capital X multiple only before a comparison", () => {
    const t = "The MI450 promises 3X higher memory bandwidth than the MI355X.";
    expect(has(t, "MI450", "memory_bandwidth_multiple_vs_mi355x", 3)).toBe(true);
    none("The MI300X ships in volume this quarter.", /multiple/);
  });
  it("counts a pod written as an N-chip compound", () => {
    expect(has("Trillium scales to a 256-chip pod.", "TPU v6e pod", "chip_count", 256)).toBe(true);
    expect(has("The deal covers the B200, which can be linked in racks of up to 72 GPUs.", "B200 rack", "chip_count", 72)).toBe(true);
    none("Assuming $2 per chip-hour, a 64-chip cluster running for a month costs about $92,000.", /chip_count/);
  });
  it("gives a later clause's figure to the chip of that clause", () => {
    const t = "The H200 carries 141 GB of HBM3E, and Rubin, due next year, is expected to pair 288 GB with HBM4.";
    expect(has(t, "H200", "memory_gb", 141)).toBe(true);
    expect(has(t, "Rubin", "memory_gb", 288)).toBe(true);
  });
});
