import { describe, expect, it } from "vitest";
import { formatFigure, formatPartialDate, formatValue } from "@/lib/format";
import { segmentText } from "@/lib/highlight";

describe("figures as users read them", () => {
  it("writes money with scale and qualifier", () => {
    expect(formatFigure("amount_usd", 10e9, null, "at least")).toBe("≥ $10B");
    expect(formatFigure("amount_usd", 14e9, null, "about")).toBe("≈ $14B");
    expect(formatFigure("amount_usd", 15e9, 25e9, "range")).toBe("$15–25B");
    expect(formatFigure("amount_usd", 500e6, 2e9, "range")).toBe("$500M–$2B");
    expect(formatValue("amount_usd", 1.5e9)).toBe("$1.5B");
    expect(formatValue("amount_eur", 1.3e9)).toBe("€1.3B");
  });
  it("writes chip units with thousands separators", () => {
    expect(formatValue("peak_fp8_tflops", 4614)).toBe("4,614 TFLOPS");
    expect(formatValue("memory_bandwidth_tbps", 0.6)).toBe("0.6 TB/s");
    expect(formatValue("perf_multiple_vs_trainium2", 4.4)).toBe("4.4×");
    expect(formatValue("stake_pct", 11)).toBe("11%");
  });
  it("shows dates at their own precision", () => {
    expect(formatPartialDate("2025-12-17")).toBe("17 Dec 2025");
    expect(formatPartialDate("2025-12")).toBe("Dec 2025");
    expect(formatPartialDate(null)).toBe("undated");
  });
});

describe("highlight segments", () => {
  it("splits overlapping quotes into runs covered by each quote", () => {
    const segs = segmentText(20, [
      { id: 1, start: 2, end: 10 },
      { id: 2, start: 5, end: 15 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.ids])).toEqual([
      [0, 2, []],
      [2, 5, [1]],
      [5, 10, [1, 2]],
      [10, 15, [2]],
      [15, 20, []],
    ]);
  });
});
