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
