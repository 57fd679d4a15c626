/**
 * Chip round 5: figures too large for one chip go to the system spoken of, system tables (spaced
 * tables with a rule, link-bandwidth rows, "PF" cells, GPU counts, server power), pods and superpods,
 * shorthand PF/EF, petabytes, "adds up to" and memory multiples. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const pick = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property).map((c) => [c.subject, c.value, c.qualifier]);

describe("figures beyond one chip", () => {
  it("exaflops and hundreds of petaflops after a rack sentence are the rack's, not the topic chip's", () => {
    const t = "The GB300 NVL72 packs 72 GPUs into one cabinet. The B300 carries 288 GB of HBM3e. In aggregate, the rack holds 20 TB of HBM. Peak FP4 throughput is 1.1 exaflops; at FP8 it is 540 petaflops.";
    expect(pick(t, "peak_fp4_tflops")).toEqual([["GB300 NVL72", 1100000, "exact"]]);
    expect(pick(t, "peak_fp8_tflops")).toEqual([["GB300 NVL72", 540000, "exact"]]);
  });

  it("NVLink bandwidth that 'adds up to' a figure across the whole domain is the system's, and exact", () => {
    const t = "The GB300 NVL72 packs 72 GPUs into one cabinet. Per GPU, the B300 gets 1.8 TB/s of NVLink bandwidth, which adds up to 130 TB/s across the whole NVLink domain.";
    expect(pick(t, "nvlink_bandwidth_tbps")).toEqual([["B300", 1.8, "exact"], ["GB300 NVL72", 130, "exact"]]);
  });

  it("a chip-sized figure said 'per chip' stays the chip's even when large (negative)", () => {
    const t = "The MI400 is AMD's next part. AMD says the MI400 delivers 400 petaflops of FP4 per chip.";
    expect(pick(t, "peak_fp4_tflops")).toEqual([["MI400", 400000, "exact"]]);
  });

  it("a huge figure with no system in sight is dropped, never put on the chip (negative)", () => {
    const t = "The MI355X is AMD's current part. Peak FP8 throughput is 900 petaflops.";
    expect(pick(t, "peak_fp8_tflops")).toEqual([]);
  });
});

describe("system tables", () => {
  it("a spaced table with a dashed rule under its header is read, link rows by their link", () => {
    const t = [
      "Trillium vs H200: the numbers",
      "",
      "Spec (per chip)      Trillium (TPU v6e)    Nvidia H200",
      "----------------     ------------------    -----------",
      "HBM capacity         32 GB                 141 GB",
      "Scale-up bandwidth   0.8 TB/s (ICI)        0.9 TB/s (NVLink)",
    ].join("\n");
    expect(pick(t, "memory_gb")).toEqual([["TPU v6e", 32, "exact"], ["H200", 141, "exact"]]);
    expect(pick(t, "ici_bandwidth_tbps")).toEqual([["TPU v6e", 0.8, "exact"]]);
    expect(pick(t, "nvlink_bandwidth_tbps")).toEqual([["H200", 0.9, "exact"]]);
  });

  it("GPU counts, 'PF' cells and a DGX's kilowatts in a pipe table of systems", () => {
    const t = ["| Spec | GB300 NVL72 | DGX B200 |", "|---|---|---|", "| GPUs | 72 | 8 |", "| FP4 (dense) | 1,100 PF | 72 PF |", "| Power | ~135 kW | 14.3 kW |"].join("\n");
    expect(pick(t, "chip_count")).toEqual([["GB300 NVL72", 72, "exact"], ["DGX B200", 8, "exact"]]);
    expect(pick(t, "peak_fp4_tflops")).toEqual([["GB300 NVL72", 1100000, "exact"], ["DGX B200", 72000, "exact"]]);
    expect(pick(t, "rack_power_kw")).toEqual([["GB300 NVL72", 135, "about"]]);
    expect(pick(t, "server_power_kw")).toEqual([["DGX B200", 14.3, "exact"]]);
  });

  it("a GPU-count row under single chips is no claim (negative)", () => {
    const t = ["| Spec | H100 | B200 |", "|---|---|---|", "| GPUs | 1 | 1 |", "| Memory | 80 GB | 192 GB |"].join("\n");
    expect(pick(t, "chip_count")).toEqual([]);
    expect(pick(t, "gpu_count")).toEqual([]);
  });
});

describe("pods and superpods", () => {
  it("a superpod is the chip's pod: its chips, its exaflops, its petabytes and its megawatts", () => {
    const t = "Google put Ironwood on sale this week. A single Ironwood superpod links 9,216 chips, for 42.5 exaflops of FP8 and 1.77 petabytes of HBM. Google says a full pod draws about 10 megawatts.";
    expect(pick(t, "chip_count")).toEqual([["TPU v7 pod", 9216, "exact"]]);
    expect(pick(t, "peak_fp8_tflops")).toEqual([["TPU v7 pod", 42500000, "exact"]]);
    expect(pick(t, "memory_gb")).toEqual([["TPU v7 pod", 1770000, "exact"]]);
    expect(pick(t, "power_gw")).toEqual([["TPU v7 pod", 0.01, "about"]]);
    expect(pick(t, "capacity_gw")).toEqual([]);
  });

  it("'pods of N chips' and shorthand EF/PF in a bullet", () => {
    const t = "Trainium3 notes:\n- ~2.5 PF FP8 per chip, 144GB HBM\n- pods of 4,096 chips, 10.2 EF";
    expect(pick(t, "peak_fp8_tflops")).toEqual([["Trainium3", 2500, "about"]]);
    expect(pick(t, "chip_count")).toEqual([["Trainium3 pod", 4096, "exact"]]);
    expect(pick(t, "peak_compute_exaflops")).toEqual([["Trainium3 pod", 10.2, "exact"]]);
  });

  it("'On paper one X pod is N times a rack': the pod's multiple", () => {
    const t = "Google is selling Ironwood widely. On paper one Ironwood pod is about 40 times a GB300 NVL72 rack.";
    expect(pick(t, "perf_multiple_vs_gb300_nvl72")).toEqual([["TPU v7 pod", 40, "about"]]);
  });
});

describe("memory multiples and the topic chip", () => {
  it("'Its HBM capacity is six times' is a memory multiple, even when bandwidth follows", () => {
    const t = "AMD launched the MI355X in June. Its HBM capacity is 3.6 times what the H100 had, and its bandwidth is close to the B200's.";
    expect(pick(t, "memory_multiple_vs_h100")).toEqual([["MI355X", 3.6, "exact"]]);
    expect(pick(t, "memory_bandwidth_multiple_vs_h100")).toEqual([]);
  });

  it("a chip put 'next to' another is the baseline: the next per-chip figure is the topic chip's", () => {
    const t = "Google made Ironwood generally available this week. I've put its numbers next to Nvidia's B300. The headline number is 4,614 TFLOPS of FP8 per chip.";
    expect(pick(t, "peak_fp8_tflops")).toEqual([["TPU v7", 4614, "exact"]]);
  });

  it("'fast memory' is kept apart from HBM", () => {
    const t = "The GB300 NVL72 packs 72 GPUs into one cabinet. In aggregate, the rack holds about 37 TB of what Nvidia calls “fast memory”.";
    expect(pick(t, "fast_memory_gb")).toEqual([["GB300 NVL72", 37000, "about"]]);
    expect(pick(t, "memory_gb")).toEqual([]);
  });
});
