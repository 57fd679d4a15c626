/**
 * Whole-rack figures vs per-chip figures, paired comparisons in brackets, "half again", inference
 * multiples and racks in tables: sentences written for these tests (not taken from any fixture).
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const pick = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property);

describe("whole-rack figures", () => {
  it("'for a full rack' and a figure that goes on from it ('backed by') are the rack's", () => {
    const t = "Nvidia sells the GB200 NVL72 to most clouds. Nvidia lists 1,440 petaflops of FP4 and 720 petaflops of FP8 for a whole rack, backed by 13.5 TB of HBM3e.";
    expect(pick(t, "peak_fp4_tflops").map((c) => [c.subject, c.value])).toEqual([["GB200 NVL72", 1440000]]);
    expect(pick(t, "peak_fp8_tflops").map((c) => [c.subject, c.value])).toEqual([["GB200 NVL72", 720000]]);
    expect(pick(t, "memory_gb").map((c) => [c.subject, c.value])).toEqual([["GB200 NVL72", 13500]]);
  });

  it("petabytes per second are read as TB/s", () => {
    const t = "The GB300 NVL72 is Nvidia's densest rack. It offers 0.6 PB/s of aggregate memory bandwidth.";
    expect(pick(t, "memory_bandwidth_tbps").map((c) => [c.subject, c.value])).toEqual([["GB300 NVL72", 600]]);
  });

  it("'per rack' speaks of a registry rack system named in the sentence before", () => {
    const t = "Nvidia sells them as the GB200 NVL72: one rack with 72 GPUs. The figure you will see quoted is 1.44 exaflops of FP4 per rack.";
    expect(pick(t, "peak_fp4_tflops").map((c) => c.subject)).toEqual(["GB200 NVL72"]);
  });

  it("kilowatts of a named rack system are its rack power, and do not make the rack the topic chip", () => {
    const t = "AMD shipped the MI355X in volume. A full Helios draws roughly 180 kW. All of this has a price: board power climbs to 1,400 watts.";
    expect(pick(t, "rack_power_kw").map((c) => [c.subject, c.value])).toEqual([["Helios", 180]]);
    expect(pick(t, "power_w").map((c) => [c.subject, c.value])).toEqual([["MI355X", 1400]]);
  });

  it("a list of figures given per system all go to that system, not to the baseline system", () => {
    const t = "The Trn3 UltraServer holds 144 chips, up from 64 in the Trn2 UltraServer. AWS lists 300 FP8 petaflops, 18 TB of HBM3e and 650 TB/s of aggregate bandwidth per UltraServer.";
    const got = claimsOf(t, "2026-03-01").filter((c) => /tflops|memory/.test(c.property)).map((c) => c.subject);
    expect(got).toEqual(["Trn3 UltraServer", "Trn3 UltraServer", "Trn3 UltraServer"]);
  });

  it("a number of racks is not a number of chips", () => {
    const t = "Three GB300 NVL72s hold 216 GPUs between them.";
    expect(pick(t, "chip_count")).toEqual([]);
  });

  it("a per-chip figure in a list stays the chip's (negative)", () => {
    const t = "The MI355X has 288 GB of HBM3E and 8 TB/s of memory bandwidth per chip.";
    expect(pick(t, "memory_bandwidth_tbps").map((c) => c.subject)).toEqual(["MI355X"]);
  });
});

describe("comparisons", () => {
  it("a bracketed 'A vs B' pair goes to the two chips in the order the sentence compares them", () => {
    const t = "The Gaudi 3 has more memory than the H100 (128GB vs 80GB), which helps with long contexts.";
    expect(pick(t, "memory_gb").map((c) => [c.subject, c.value])).toEqual([["Gaudi 3", 128], ["H100", 80]]);
    const lead = "Compared with the H200, the B200 is far quicker (8 TB/s versus 4.8 TB/s).";
    expect(pick(lead, "memory_bandwidth_tbps").map((c) => [c.subject, c.value])).toEqual([["B200", 8], ["H200", 4.8]]);
  });

  it("'half again as much memory as' is a multiple of 1.5", () => {
    const t = "Intel launched the Gaudi 3, which has half again as much memory as the H100 it competes with.";
    expect(pick(t, "memory_multiple_vs_h100").map((c) => c.value)).toEqual([1.5]);
    // "half as much" is not half again (negative)
    expect(pick("Intel launched the Gaudi 3, which has half as much memory as the B200.", "memory_multiple_vs_b200")).toEqual([]);
  });

  it("an inference speed-up is an inference multiple; a rack against another chip's rack keeps 'rack'", () => {
    const t = "Nvidia claims one GB300 NVL72 rack serves tokens 4 times faster than an H200 rack.";
    expect(pick(t, "inference_perf_multiple_vs_h200_rack").map((c) => [c.subject, c.value])).toEqual([["GB300 NVL72", 4]]);
    const plain = "Nvidia claims the B300 is 1.5 times faster than the B200 on training.";
    expect(pick(plain, "perf_multiple_vs_b200").map((c) => c.value)).toEqual([1.5]);
  });

  it("'That works out to' goes on about the chip just spoken of, not its baseline", () => {
    const t = "The MI325X keeps the MI300X compute die. That works out to 1.3x faster Llama throughput than the MI300X.";
    expect(pick(t, "perf_multiple_vs_mi300x").map((c) => c.subject)).toEqual(["MI325X"]);
  });

  it("a spec lead 'is given as' is the chip the article is about", () => {
    const t = "AMD rates the MI355X at 10 petaflops of FP4. Memory bandwidth is given as roughly 8 TB/s.";
    expect(pick(t, "memory_bandwidth_tbps").map((c) => [c.subject, c.value, c.qualifier])).toEqual([["MI355X", 8, "about"]]);
  });
});

describe("rack rows in tables", () => {
  it("kilowatts in a rack column are rack power; 'GPUs per rack' counts the column's rack", () => {
    const t = [
      "| Spec | B200 | GB200 NVL72 |",
      "|---|---|---|",
      "| Max power | 1,000 W | ~125 kW |",
      "",
      "Spec | MI355X | Nvidia B300",
      "Rack | Helios | GB300 NVL72",
      "GPUs per rack | 64 | 72",
    ].join("\n");
    const cs = claimsOf(t, "2026-03-01");
    expect(cs.filter((c) => c.property === "rack_power_kw").map((c) => [c.subject, c.value, c.qualifier])).toEqual([["GB200 NVL72", 125, "about"]]);
    expect(cs.filter((c) => c.property === "power_w").map((c) => c.subject)).toEqual(["B200"]);
    expect(cs.filter((c) => c.property === "chip_count").map((c) => [c.subject, c.value])).toEqual([["Helios", 64], ["GB300 NVL72", 72]]);
  });
});
