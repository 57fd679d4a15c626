import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, subject: string, property: string) => claimsOf(text).find((c) => c.subject === subject && c.property === property);
const has = (text: string, subject: string, property: string, value: number) => {
  const c = find(text, subject, property);
  return !!c && Math.abs(c.value - value) <= 1e-6 * Math.max(1, Math.abs(value));
};
const chipSpecs = (text: string) => claimsOf(text).filter((c) => c.kind === "chip_spec");

describe("spec-sheet bullets under a chip heading", () => {
  it("reads 'Label: value' bullets as the heading chip's figures", () => {
    const t = ["Intel's Gaudi 3 at a glance:", "", "- Memory: 128 GB HBM2e", "- Memory bandwidth: 3.7 TB/s", "- BF16 (dense): 1.8 PFLOPS", "- TDP: 900 W", "- Process: 5nm"].join("\n");
    expect(has(t, "Gaudi 3", "memory_gb", 128)).toBe(true);
    expect(has(t, "Gaudi 3", "memory_bandwidth_tbps", 3.7)).toBe(true);
    expect(has(t, "Gaudi 3", "peak_bf16_tflops", 1800)).toBe(true);
    expect(has(t, "Gaudi 3", "power_w", 900)).toBe(true);
    expect(has(t, "Gaudi 3", "process_nm", 5)).toBe(true);
  });
  it("reads bullets with dashes, dots, bold labels, footnotes and ranges", () => {
    const t = ["Key numbers for AMD's MI325X:", "• HBM capacity — 256 GB", "• FP8 (sparse): 5.2 PFLOPS*", "* **Board power:** 750–1,000 W"].join("\n");
    expect(has(t, "MI325X", "memory_gb", 256)).toBe(true);
    expect(has(t, "MI325X", "peak_fp8_tflops", 5200)).toBe(true);
    const p = find(t, "MI325X", "power_w");
    expect(p?.qualifier).toBe("range");
    expect(p?.value_max).toBe(1000);
  });
  it("gives nothing for a price, a year, a model's size or a score in such a list", () => {
    const t = ["Nvidia's H200 at a glance:", "- Price: $32,000", "- Launch: 2024", "- Model tested: Llama 3.1 405B", "- MLPerf score: 31,000"].join("\n");
    expect(chipSpecs(t)).toEqual([]);
  });
  it("gives nothing when the heading names no chip", () => {
    const t = ["Llama 3.1 405B at a glance:", "- Memory: 810 GB", "- Context: 128,000 tokens"].join("\n");
    expect(chipSpecs(t)).toEqual([]);
  });
});

describe("tables with the unit in the header", () => {
  it("reads bare numbers under 'HBM (GB)', 'BW (TB/s)', 'TDP (W)' with one chip per row", () => {
    const t = ["| Chip | HBM (GB) | BW (TB/s) | TDP (W) |", "|---|---|---|---|", "| H200 | 141 | 4.8 | 700 |", "| MI325X | 256 | 6 | 1,000 |"].join("\n");
    expect(has(t, "H200", "memory_gb", 141)).toBe(true);
    expect(has(t, "H200", "memory_bandwidth_tbps", 4.8)).toBe(true);
    expect(has(t, "MI325X", "power_w", 1000)).toBe(true);
  });
  it("reads transposed tables with the unit in the row label, footnotes and 'up to' in cells", () => {
    const t = ["| | H200 | MI325X |", "|---|---|---|", "| Memory (GB) | 141¹ | 256 |", "| FP8 | up to 3.96 PFLOPS | 2.6 PFLOPS* |", "| Power | 700 W | 750–1,000 W |"].join("\n");
    expect(has(t, "H200", "memory_gb", 141)).toBe(true);
    expect(find(t, "H200", "peak_fp8_tflops")?.qualifier).toBe("up to");
    expect(has(t, "MI325X", "peak_fp8_tflops", 2600)).toBe(true);
    const p = find(t, "MI325X", "power_w");
    expect([p?.value, p?.value_max, p?.qualifier]).toEqual([750, 1000, "range"]);
  });
  it("reads nothing from a table of models, scores and years", () => {
    const t = ["| Model | Parameters (B) | Score (%) | Year |", "|---|---|---|---|", "| Llama 3.1 405B | 405 | 88 | 2024 |"].join("\n");
    expect(chipSpecs(t)).toEqual([]);
  });
});

describe("spec wordings in running text", () => {
  it("reads specs in brackets after the chip", () => {
    const t = "AMD also put the MI355X (288GB HBM3E, 8TB/s) on stage.";
    expect(has(t, "MI355X", "memory_gb", 288)).toBe(true);
    expect(has(t, "MI355X", "memory_bandwidth_tbps", 8)).toBe(true);
  });
  it("reads a gain written as a noun: 'a 40% jump over X in performance per watt'", () => {
    expect(has("Google said Ironwood brings a 30% jump over Trillium in performance per watt.", "TPU v7", "efficiency_increase_pct_vs_tpu_v6e", 30)).toBe(true);
    expect(has("The H200 offers a 43% uplift in bandwidth versus the H100.", "H200", "memory_bandwidth_increase_pct_vs_h100", 43)).toBe(true);
  });
  it("does not read a price rise as a chip gain", () => {
    expect(claimsOf("The H100's price saw a 20% increase over the A100.").filter((c) => /increase_pct/.test(c.property))).toEqual([]);
  });
  it("gives a per-GPU figure in a rack sentence to the rack's chip, not the rack", () => {
    const t = "Each GB300 NVL72 rack draws about 135 kW, or roughly 1,400 W per GPU.";
    expect(has(t, "GB300 NVL72", "rack_power_kw", 135)).toBe(true);
    expect(has(t, "GB300", "power_w", 1400)).toBe(true);
    expect(find(t, "GB300 NVL72", "power_w")).toBeUndefined();
  });
  it("does not read 'N GB each' on a chip as a die's figure", () => {
    expect(has("The MI325X carries 256 GB each.", "MI325X", "memory_gb", 256)).toBe(true);
    expect(has("The B200 has two dies with 104 billion transistors each.", "B200 die", "transistor_count", 104e9)).toBe(true);
  });
  it("reads TOPS with its precision, in brackets or after", () => {
    expect(has("The H100 is rated at 3,958 TOPS (INT8).", "H100", "peak_int8_tops", 3958)).toBe(true);
    expect(has("Nvidia says the B200 reaches 9 POPS of INT8.", "B200", "peak_int8_tops", 9000)).toBe(true);
    // "tops" as a verb is no unit
    expect(claimsOf("Gaudi 3 tops out at 1,835 TFLOPS.").filter((c) => /tops$/.test(c.property))).toEqual([]);
  });
  it("names a product written with a space before its number after its vendor, and its bare form later", () => {
    const t = "Qualcomm's Cloud AI 80 Pro card delivers 600 TOPS of INT8 within 100 W. Later, the AI 80 Pro card was rated at 600 TOPS on INT8.";
    expect(has(t, "Qualcomm Cloud AI 80 Pro", "peak_int8_tops", 600)).toBe(true);
    expect(has(t, "Qualcomm Cloud AI 80 Pro", "power_w", 100)).toBe(true);
  });
  it("does not take a quarter, a year or a model after a company for a product", () => {
    expect(chipSpecs("Nvidia's Q3 2025 revenue rose as Microsoft's Llama 405 tests used 80 GB.")).toEqual([]);
  });
});

describe("pairs, systems and number formats", () => {
  it("gives the second figure of an 'A vs B: x vs y' line to B, and an unpaired one to nobody", () => {
    const t = "MI300X vs MI325X: 192 GB vs 256 GB of HBM, 5.3 TB/s vs 6 TB/s.";
    expect(has(t, "MI300X", "memory_gb", 192)).toBe(true);
    expect(has(t, "MI325X", "memory_gb", 256)).toBe(true);
    expect(has(t, "MI325X", "memory_bandwidth_tbps", 6)).toBe(true);
    expect(find(t, "MI300X", "memory_bandwidth_tbps")?.value).toBe(5.3);
    const u = "The B300 offers 8 TB/s vs 4.8 TB/s.";
    expect(claimsOf(u).filter((c) => c.property === "memory_bandwidth_tbps").map((c) => c.value)).toEqual([8]);
  });
  it("reads a server's draw as the server's and its per-GPU share as the chip's", () => {
    const t = "An HGX H200 node draws 10 kW, or 700 W per GPU.";
    expect(has(t, "HGX H200", "server_power_kw", 10)).toBe(true);
    expect(has(t, "H200", "power_w", 700)).toBe(true);
  });
  it("reads a European decimal comma before a chip unit, never a thousands separator", () => {
    expect(has("Der MI355X liefert 2,3 PFLOPS in FP16.", "MI355X", "peak_fp16_tflops", 2300)).toBe(true);
    expect(has("The H100 draws 700 W, and 2,500 of them fill the hall; the B200 draws 1,000 W.", "B200", "power_w", 1000)).toBe(true);
    expect(claimsOf("Prices: 1,5 million.").filter((c) => c.kind === "chip_spec")).toEqual([]);
  });
});
