import { describe, expect, it } from "vitest";
import { findTableCells } from "@/lib/extract/tables";
import { claimsOf } from "./helpers";

describe("plain-text tables", () => {
  it("rows under a header naming chips (own table)", () => {
    const t = "Spec | H100 | H200 | B200\nMemory (GB) | 80 | 141 | 192\nTDP (W) | 700 | 700 | 1000\n";
    const cells = findTableCells(t).map((c) => [c.chip, c.property, c.value]);
    expect(cells).toEqual([
      ["H100", "memory_gb", 80], ["H200", "memory_gb", 141], ["B200", "memory_gb", 192],
      ["H100", "power_w", 700], ["H200", "power_w", 700], ["B200", "power_w", 1000],
    ]);
  });
  it("markdown tables, per-die columns and generic rows", () => {
    const t = "| Specification | H100 | B200 (Per Die) |\n|---|---|---|\n| HBM bandwidth | 3,350 GB/s | 4,000 GB/s |\n| L2 cache | 50 MB | ~48 MB |\n| SMs | 132 | 96 |\n";
    const cs = claimsOf(t);
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([
      ["H100", "memory_bandwidth_tbps", 3.35], ["B200 die", "memory_bandwidth_tbps", 4],
      ["H100", "l2_cache_mb", 50], ["B200 die", "l2_cache_mb", 48],
      ["H100", "sm_count", 132], ["B200 die", "sm_count", 96],
    ]);
    expect(cs[3].qualifier).toBe("about");
  });
  it("a table without chip headers is read as sentences", () => {
    const cs = claimsOf("Amazon will invest $50 billion in OpenAI.\n| Item | Value |\n|---|---|\n| Investment | $50 Billion Total Commitment |\n");
    expect(cs.filter((c) => c.property === "amount_usd")).toHaveLength(2);
  });
});

describe("tables naming chips the registry does not know", () => {
  it("cells map to the header's names as written, units in the row labels", () => {
    const t = [
      "| Spec | Zephyr Z3 | Q7 | H100 |",
      "|---|---|---|---|",
      "| Memory (GB) | 192 | 256 | 80 |",
      "| FP8 (PFLOPS) | 4.5 | 6 | 1.98 |",
      "| Bandwidth (TB/s) | 6.4 | 8 | 3.35 |",
      "| Power (W) | 900 | 1,200 | 700 |",
      "| Process (nm) | 3 | 4 | 4 |",
    ].join("\n");
    const cs = claimsOf(t).map((c) => [c.subject, c.property, c.value]);
    expect(cs).toEqual([
      ["Zephyr Z3", "memory_gb", 192], ["Q7", "memory_gb", 256], ["H100", "memory_gb", 80],
      ["Zephyr Z3", "peak_fp8_tflops", 4500], ["Q7", "peak_fp8_tflops", 6000], ["H100", "peak_fp8_tflops", 1980],
      ["Zephyr Z3", "memory_bandwidth_tbps", 6.4], ["Q7", "memory_bandwidth_tbps", 8], ["H100", "memory_bandwidth_tbps", 3.35],
      ["Zephyr Z3", "power_w", 900], ["Q7", "power_w", 1200], ["H100", "power_w", 700],
      ["Zephyr Z3", "process_nm", 3], ["Q7", "process_nm", 4], ["H100", "process_nm", 4],
    ]);
  });
  it("a header of invented names only, above spec rows (tab separated)", () => {
    const t = "Metric\tKestrel\tOsprey K2\nMemory (GB)\t144\t288\nPower (W)\t750\t1000\n";
    expect(claimsOf(t).map((c) => [c.subject, c.property, c.value])).toEqual([
      ["Kestrel", "memory_gb", 144], ["Osprey K2", "memory_gb", 288], ["Kestrel", "power_w", 750], ["Osprey K2", "power_w", 1000],
    ]);
  });
  it("a table of names that is not about chips gives nothing", () => {
    expect(claimsOf("| Team | Alice | Bob |\n|---|---|---|\n| Wins | 3 | 4 |\n")).toEqual([]);
  });
});
