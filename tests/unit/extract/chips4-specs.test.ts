import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every chip-spec claim. */
const specs = (t: string) =>
  claimsOf(t)
    .filter((c) => c.kind === "chip_spec")
    .map((c) => [c.subject, c.property, c.value]);

describe("plain-text tables aligned with spaces", () => {
  const table = [
    "Here is how the two compare, per accelerator.",
    "",
    "Metric               B200 (SXM)        MI355X (OAM)",
    "Memory               192 GB HBM3e      288 GB HBM3E",
    "Bandwidth            8 TB/s            8 TB/s",
    "FP8 (dense)          4,500 TFLOPS      5,000 TFLOPS",
    "Board power          1,000 W           1,400 W",
    "",
    "Both ship this year.",
  ].join("\n");

  it("reads each cell as the figure of the chip in its column, quoting its row", () => {
    const claims = claimsOf(table);
    const s = claims.map((c) => [c.subject, c.property, c.value]);
    expect(s).toContainEqual(["B200", "memory_gb", 192]);
    expect(s).toContainEqual(["MI355X", "memory_gb", 288]);
    expect(s).toContainEqual(["MI355X", "memory_bandwidth_tbps", 8]);
    expect(s).toContainEqual(["B200", "peak_fp8_tflops", 4500]);
    expect(s).toContainEqual(["MI355X", "power_w", 1400]);
    expect(claims.find((c) => c.subject === "MI355X" && c.property === "peak_fp8_tflops")?.quote).toMatch(/^FP8 \(dense\)\s+4,500 TFLOPS\s+5,000 TFLOPS$/);
    // no row is read a second time as a sentence (the second bandwidth cell is not the B200's)
    expect(s.filter((x) => x[0] === "B200" && x[1] === "memory_bandwidth_tbps")).toHaveLength(1);
  });

  it("does not read prose with double spaces, or a header of non-chips, as a table", () => {
    const prose = "The B200 is fast.  Nvidia says it has 192 GB of HBM3e.  Rivals lag.";
    expect(specs(prose)).toEqual([["B200", "memory_gb", 192]]);
    const people = ["Name            Alice         Bob", "Memory          192 GB        288 GB"].join("\n");
    expect(specs(people)).toEqual([]);
  });
});

describe("a chip's memory announced, then revised", () => {
  const t =
    "The Z9 is AMD's answer. AMD first showed it at a trade show in March 2025 with 432 GB of HBM4, but by launch the figure had been cut to 384 GB, which is still 2x the B200. Bandwidth is 19 TB/s.";

  it("gives the announced and the revised figure, the multiple of memory and the bare bandwidth to the chip", () => {
    const s = specs("AMD launched the MI450 this week. " + t.replace(/Z9/g, "MI450"));
    expect(s).toContainEqual(["MI450", "memory_gb", 432]);
    expect(s).toContainEqual(["MI450", "memory_gb", 384]);
    expect(s).toContainEqual(["MI450", "memory_multiple_vs_b200", 2]);
    expect(s).toContainEqual(["MI450", "memory_bandwidth_tbps", 19]);
  });

  it("does not make a company's own 'it' (a subject of its own verb) the chip", () => {
    const s = specs("The MI450 is new. AMD announced it would spend 40 GB of memory on caches.");
    expect(s).toEqual([]);
  });
});

describe("boards, platforms and pods", () => {
  it("an HGX board is a system of its own, with the chips it carries", () => {
    expect(specs("An HGX B200 board carries 1.44 TB of HBM3e across its eight GPUs.")).toEqual([
      ["HGX B200", "memory_gb", 1440],
      ["HGX B200", "chip_count", 8],
    ]);
  });

  it("a chip's platform sized in chips is a system, with its count and figures", () => {
    const s = specs("AMD's eight-GPU MI355X platform packs 2.3 TB of HBM3E with 64 TB/s of aggregate bandwidth and is rated at 40 petaflops of FP8.");
    expect(s).toEqual([
      ["MI355X platform", "chip_count", 8],
      ["MI355X platform", "memory_gb", 2300],
      ["MI355X platform", "memory_bandwidth_tbps", 64],
      ["MI355X platform", "peak_fp8_tflops", 40000],
    ]);
  });

  it("a count in words before a system in passing is not the system's chip count", () => {
    const s = specs("The B200 did well. Its score was 1.4 times what an eight-GPU H200 server managed.");
    expect(s.filter((x) => x[1] === "chip_count")).toEqual([]);
  });

  it("an unnamed pod opening a sentence is the pod of the chip spoken of", () => {
    const t = "Google's Trillium chip carries 32GB of HBM. A full pod links 256 chips and reaches 235 FP8 petaflops.";
    const s = specs(t);
    expect(s).toContainEqual(["TPU v6e pod", "chip_count", 256]);
    expect(s).toContainEqual(["TPU v6e pod", "peak_fp8_tflops", 235000]);
  });

  it("a pod of a company's deal is not made a chip's pod", () => {
    const s = specs("Meta has agreed to rent TPUs from Google. A full pod of Meta's links 9,000 chips.");
    expect(s.filter((x) => String(x[0]).endsWith("pod"))).toEqual([]);
  });
});

describe("SRAM-based chips and word-named products", () => {
  it("gigabytes of on-chip SRAM are the chip's memory; megabytes of cache are not", () => {
    const s = specs("The wafer-scale WSE-3 packs 4 trillion transistors, 900,000 cores and 44GB of on-chip SRAM.");
    expect(s).toContainEqual(["Cerebras WSE-3", "transistor_count", 4e12]);
    expect(s).toContainEqual(["Cerebras WSE-3", "core_count", 900000]);
    expect(s).toContainEqual(["Cerebras WSE-3", "memory_gb", 44]);
    expect(specs("The H100 has 50 MB of L2 cache and 16,896 CUDA cores.")).toEqual([]);
  });

  it("a possessive product name before a card or accelerator noun is a chip, with its vendor", () => {
    const t = "Lumora raised $90M in a Series B led by Sequoia. Its Harrier inference card carries 4GB of SRAM with 80TB/s of bandwidth.";
    const s = specs(t);
    expect(s).toContainEqual(["Lumora Harrier", "memory_gb", 4]);
    expect(s).toContainEqual(["Lumora Harrier", "memory_bandwidth_tbps", 80]);
  });

  it("a possessive name before a card without a spec is no chip", () => {
    const s = specs("Lumora raised $90M. Its Harrier card program has 40 customers.");
    expect(s).toEqual([]);
  });
});

describe("a vendor's claim against a rival chip", () => {
  it("the vendor's benchmark multiple is the chip spoken of, measured against the rival", () => {
    const s = specs("The MI355X ships now. AMD's own tests claim up to 1.3x the B200's inference throughput on Llama.");
    expect(s).toEqual([["MI355X", "inference_perf_multiple_vs_b200", 1.3]]);
  });

  it("a third party's multiple is not given to the chip spoken of", () => {
    const s = specs("The MI355X ships now. MLCommons results show up to 1.3x the B200's throughput.");
    expect(s).toEqual([]);
  });
});
