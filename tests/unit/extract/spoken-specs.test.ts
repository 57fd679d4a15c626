import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every chip-spec claim. */
const specs = (t: string) =>
  claimsOf(t)
    .filter((c) => c.kind === "chip_spec")
    .map((c) => [c.subject, c.property, c.value]);

describe("spoken chip figures and interview answers", () => {
  it("reads 'two and a half petaflops', 'terabytes a second' and a precision that leads the clause", () => {
    const t = "Vexa Labs unveiled the Vexa V5 accelerator. How fast is it? Dense FP8, it's about two and a half petaflops per chip. And memory? North of 200 gigabytes of HBM3E per chip, with a bit over 8 terabytes a second of bandwidth.";
    const s = specs(t);
    expect(s).toContainEqual(["Vexa V5", "peak_fp8_tflops", 2500]);
    expect(s).toContainEqual(["Vexa V5", "memory_bandwidth_tbps", 8]);
  });

  it("takes the precision of the sentence before in the same paragraph, but not for a whole pod", () => {
    expect(specs("Is the B200 faster? On raw FP8 it is. B200 is 4.5 petaflops dense.")).toContainEqual(["B200", "peak_fp8_tflops", 4500]);
    const pod = specs("The Kestrel K4 accelerator delivers 4,000 TFLOPS of FP8. The K4 pod links 8,192 chips and reaches 30 exaflops of performance.");
    expect(pod.filter((x) => /fp8/.test(String(x[1])) && (x[2] as number) > 1e6)).toEqual([]);
  });

  it("gigabytes a chip has are its memory; storage is not", () => {
    const s = specs("Vexa Labs unveiled the Vexa V5 accelerator with 300 GB of HBM. The MI300X has 192 gigabytes. The V5 server has 30 TB of NVMe storage.");
    expect(s).toContainEqual(["MI300X", "memory_gb", 192]);
    expect(s.filter((x) => x[2] === 30000)).toEqual([]);
    expect(specs("Orlan Systems launched the Orlan R3 accelerator. With the R3 we doubled bandwidth and gave every chip 288 GB.")).toContainEqual(["Orlan R3", "memory_gb", 288]);
  });

  it("in a Q&A the newer chip stays the topic, and a comparison leads to the speaker's chip", () => {
    const t = "Vexa Labs unveiled the Vexa V5 accelerator. The V5 ships in May to the first V5 customers. How does it compare with the V4? Versus its predecessor, it's roughly 2.2 times the throughput, and it uses roughly 40 percent less power than the last generation. The V4 was a 5-nanometre part; the V5 is on a 3-nanometre process. What does it draw? It's rated at 1,100 watts. That's more than an H100, which is a 700-watt part. At list price we come in roughly 30 percent cheaper per token than a B200. Against an H100, we're at about three times the inference throughput.";
    const s = specs(t);
    expect(s).toContainEqual(["Vexa V5", "perf_multiple_vs_vexa_v4", 2.2]);
    expect(s).toContainEqual(["Vexa V5", "energy_reduction_pct", 40]);
    expect(s).toContainEqual(["Vexa V5", "power_w", 1100]);
    expect(s).toContainEqual(["H100", "power_w", 700]);
    expect(s).toContainEqual(["Vexa V5", "cost_reduction_pct", 30]);
    expect(s).toContainEqual(["Vexa V5", "perf_multiple_vs_h100", 3]);
  });
});

describe("press-release chip figures", () => {
  const t = `Marlow Semiconductor Unveils Marlow M9 Accelerator, Delivering 3.2x the Training Performance of M8

New 3nm chip pairs 256 GB of HBM3E with 9.6 TB/s of bandwidth

Marlow Semiconductor today introduced the Marlow M9, successor to the Marlow M8. Each M9 carries 256 GB of HBM3E memory, twice the bandwidth of the M8. BF16 throughput reaches 2,450 TFLOPS. The chip is rated at 1,200 W, up from 900 W for the M8, yet Marlow says it delivers 2.4 times the performance per watt. Each M9 links to its neighbours at 900 GB/s over Marlow's MLink fabric.`;
  const s = specs(t);

  it("a headline multiple goes to the chip, not to the baseline after it", () => {
    expect(s).toContainEqual(["Marlow M9", "perf_multiple_vs_marlow_m8", 3.2]);
    expect(s).toContainEqual(["Marlow M9", "bandwidth_multiple_vs_marlow_m8", 2]);
  });

  it("an unnamed 'new chip' or a bare spec sentence is the article's chip", () => {
    expect(s).toContainEqual(["Marlow M9", "process_nm", 3]);
    expect(s).toContainEqual(["Marlow M9", "memory_bandwidth_tbps", 9.6]);
    expect(s).toContainEqual(["Marlow M9", "peak_bf16_tflops", 2450]);
  });

  it("the vendor saying 'it' speaks of the chip; a link to neighbours is interconnect bandwidth", () => {
    expect(s).toContainEqual(["Marlow M9", "efficiency_multiple_vs_marlow_m8", 2.4]);
    expect(s).toContainEqual(["Marlow M9", "interconnect_bandwidth_tbps", 0.9]);
    expect(s.filter((x) => x[1] === "memory_bandwidth_tbps" && x[2] === 0.9)).toEqual([]);
  });

  it("an anaphor after the figure: 'for the chip', 'At 1,200 W, it is'", () => {
    const u = specs("Vexa Labs unveiled the Vexa V5 accelerator with 300 GB of HBM. Vexa also quotes 720 petaflops of FP4 for the chip. At 1,200 W, it is no sipper.");
    expect(u).toContainEqual(["Vexa V5", "peak_fp4_tflops", 720000]);
    expect(u).toContainEqual(["Vexa V5", "power_w", 1200]);
  });
});

describe("racks and orders of an unknown vendor's chips", () => {
  it("a product-named rack, 'in one rack', the nearest rack, and kilowatts never on a chip", () => {
    const s = specs("Vexa Labs unveiled the Vexa V5 accelerator with 300 GB of HBM. The V5 Vault rack holds 64 chips and draws about 95 kilowatts. That's 160 petaflops of dense FP8 in one rack. Eight of the chips go into the VS8 server, and 72 into the VR72 rack, which Vexa says draws 120 kilowatts.");
    expect(s).toContainEqual(["Vexa V5 Vault", "chip_count", 64]);
    expect(s).toContainEqual(["Vexa V5 Vault", "rack_power_kw", 95]);
    expect(s).toContainEqual(["Vexa V5 Vault", "peak_fp8_tflops", 160000]);
    expect(s).toContainEqual(["Vexa VS8 server", "chip_count", 8]);
    expect(s).toContainEqual(["Vexa VR72 rack", "rack_power_kw", 120]);
    expect(s.filter((x) => x[1] === "power_w")).toEqual([]);
  });

  it("an order of the vendor's chips is buyer -> vendor", () => {
    const c = claimsOf("Marlow Semiconductor unveiled the Marlow M9 accelerator with 256 GB of HBM. Launch customers include Halcyon Compute, which has ordered 40,000 M9 chips. Halcyon Compute, a Texas neocloud, has ordered 40,000 of the chips.")
      .filter((x) => x.property === "chip_count").map((x) => [x.subject, x.value]);
    expect(c).toEqual([["Halcyon Compute -> Marlow Semiconductor", 40000], ["Halcyon Compute -> Marlow Semiconductor", 40000]]);
  });
});
