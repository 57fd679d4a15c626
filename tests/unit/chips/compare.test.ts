import { describe, expect, it } from "vitest";
import { buildChipRows, chartSeries, specCell, type ChipSpecRow } from "@/lib/chips/compare";

let nextId = 1;
const c = (value: number, sourceId: number, implausibleReason: string | null = null) => ({
  id: nextId++,
  value,
  valueMax: null,
  qualifier: "exact",
  quote: `q${value}`,
  implausibleReason,
  source: { id: sourceId, title: `S${sourceId}` },
});
function spec(chip: string, property: string, estimateValue: number | null, claims: ChipSpecRow["claims"], kind = "chip"): ChipSpecRow {
  return {
    id: nextId++,
    property,
    estimateValue,
    estimateValueMax: null,
    estimateQualifier: "exact",
    chip: { name: chip, slug: chip.toLowerCase(), vendor: chip.startsWith("H") || chip.startsWith("B") ? "Nvidia" : "Other", kind },
    claims,
  };
}

describe("chip comparison", () => {
  it("never plots an implausible figure, and says why", () => {
    const cell = specCell(spec("H100", "peak_fp16_tflops", 1.23, [c(1.23, 4, "below ~50 TFLOPS")]));
    expect(cell.value).toBeNull();
    expect(cell.excluded).toEqual([expect.objectContaining({ figure: "1.23 TFLOPS", reason: "below ~50 TFLOPS", sourceId: 4 })]);
  });

  it("uses plausible claims only, preferring the estimate, then the most articles", () => {
    const cell = specCell(spec("B200", "peak_fp4_tflops", 9000, [c(20000, 22), c(9000, 21), c(1, 4, "too low")]));
    expect(cell.figure).toBe("9,000 TFLOPS");
    expect(cell.others.map((o) => o.figure)).toEqual(["20,000 TFLOPS"]);
    expect(cell.excluded).toHaveLength(1);
    const byArticles = specCell(spec("H100", "memory_bandwidth_tbps", 0.5, [c(0.9, 4), c(3.35, 21), c(3.35, 22)]));
    expect(byArticles.figure).toBe("3.35 TB/s");
    expect(byArticles.sources.map((s) => s.sourceId)).toEqual([21, 22]);
  });

  it("builds rows of chips (systems only when asked) and the chart of one metric", () => {
    const specs = [
      spec("B200", "peak_fp8_tflops", 4500, [c(4500, 21)]),
      spec("H100", "peak_fp16_tflops", 1.23, [c(1.23, 4, "below ~50 TFLOPS")]),
      spec("H100", "memory_gb", 80, [c(80, 21)]),
      spec("Trn2 UltraServer", "peak_fp8_tflops", 83200, [c(83200, 23)], "system"),
    ];
    const rows = buildChipRows(specs);
    expect(rows.map((r) => r.name)).toEqual(["B200", "H100"]);
    expect(buildChipRows(specs, { includeSystems: true })).toHaveLength(3);
    expect(chartSeries(rows, "peak_fp8_tflops").bars).toEqual([{ chip: "B200", slug: "b200", value: 4500, figure: "4,500 TFLOPS" }]);
    const fp16 = chartSeries(rows, "peak_fp16_tflops");
    expect(fp16.bars).toEqual([]);
    expect(fp16.excluded.map((x) => x.chip)).toEqual(["H100"]);
  });
});
