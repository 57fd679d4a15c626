import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every chip-spec claim. */
const specs = (t: string) => claimsOf(t).filter((c) => c.kind === "chip_spec").map((c) => [c.subject, c.property, c.value]);

describe("chip figures across writing styles", () => {
  it("casual units: 'gigs' are gigabytes and '~1.9k TFLOPS' keeps its thousands", () => {
    const t = "Finally got my hands on an H200 last month. Each card has like 141 gigs of HBM3E and does ~1.9k TFLOPS of FP8.";
    const s = specs(t);
    expect(s).toContainEqual(["H200", "memory_gb", 141]);
    expect(s).toContainEqual(["H200", "peak_fp8_tflops", 1900]);
    expect(claimsOf(t).find((c) => c.property === "memory_gb")?.qualifier).toBe("exact");
  });

  it("a figure after 'vs' belongs to the chip of its own phrase", () => {
    const t = "Bandwidth on the H200 is 4.8 TB/s vs 3.35 TB/s on the H100.";
    expect(specs(t)).toEqual([
      ["H200", "memory_bandwidth_tbps", 4.8],
      ["H100", "memory_bandwidth_tbps", 3.35],
    ]);
  });

  it("'X has N GB of HBM, while Y has M GB': the bare GB of the second clause is Y's memory", () => {
    expect(specs("The B200 carries 192 GB of HBM3E, while the H100 has 80 GB.")).toEqual([
      ["B200", "memory_gb", 192],
      ["H100", "memory_gb", 80],
    ]);
    expect(specs("The MI300X has 192 GB of HBM3, compared with 80 GB on the H100.")).toEqual([
      ["MI300X", "memory_gb", 192],
      ["H100", "memory_gb", 80],
    ]);
    // no chip in the second clause: its gigabytes are not a chip's
    expect(specs("The B200 carries 192 GB of HBM3E, while my old laptop has 16 GB.")).toEqual([["B200", "memory_gb", 192]]);
  });

  it("in 'X …, while Y … and Z …' a figure of a chip the extractor cannot name is dropped, not given to X", () => {
    const t = "Nvidia's H200 draws 700 W, while AMD's MI300X needs 750 W and Intel's newest accelerator tops out at 900 W.";
    expect(specs(t)).toEqual([
      ["H200", "power_w", 700],
      ["MI300X", "power_w", 750],
    ]);
  });

  it("after a sentence with figures for two chips, 'per card' is the chip of the first clause", () => {
    const t = "I got an H200 box at work. Each card has 141 GB of HBM3E, the H100 I had before only had 80 GB of memory. Power draw is around 690 W per card.";
    const s = specs(t);
    expect(s).toContainEqual(["H200", "power_w", 690]);
    expect(s.filter((x) => x[0] === "H100" && x[1] === "power_w")).toEqual([]);
  });

  it("'its' before a noun that is not part of a chip does not refer to the chip", () => {
    expect(specs("The H100 ships this year. Its maker's laptop has 32 GB of memory.")).toEqual([]);
    expect(specs("The H100 ships this year. Its memory is 80 GB of HBM3.")).toEqual([["H100", "memory_gb", 80]]);
  });

  it("'Key: value' lines under a heading naming a chip are that chip's figures, with a chip unit only", () => {
    const t = [
      "The Z3 is Zephyr's new accelerator.",
      "",
      "## H200",
      "Memory: 141 GB HBM3E",
      "TDP: 700 W",
      "Launch: 2024",
      "",
      "## Zephyr Z3",
      "Process: 3 nm",
      "FP8 (dense): 2.2 PFLOPS",
      "Bandwidth: 6 TB/s",
      "Cores: 128",
    ].join("\n");
    expect(specs(t)).toEqual([
      ["H200", "memory_gb", 141],
      ["H200", "power_w", 700],
      ["Zephyr Z3", "process_nm", 3],
      ["Zephyr Z3", "peak_fp8_tflops", 2200],
      ["Zephyr Z3", "memory_bandwidth_tbps", 6],
    ]);
    // no heading, or a heading that names no chip: the lines belong to nobody
    expect(specs("Memory: 80 GB\nTDP: 700 W")).toEqual([]);
    expect(specs("== Overview ==\nMemory: 80 GB\nTDP: 700 W")).toEqual([]);
  });
});
