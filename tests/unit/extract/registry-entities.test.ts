import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim: what a reader of the claim cards sees. */
const rows = (text: string) => claimsOf(text).map((c) => [c.subject, c.property, c.value]);

describe("chips launched after Blackwell and the MI355X, and other vendors' accelerators", () => {
  it("names each chip by its canonical name, whatever the vendor or family prefix", () => {
    expect(rows("Each Rubin GPU packs 288GB of HBM4 and delivers 50 petaflops of FP4.")).toEqual([
      ["Rubin", "memory_gb", 288],
      ["Rubin", "peak_fp4_tflops", 50000],
    ]);
    expect(rows("AMD's Instinct MI450 carries 432GB of HBM4.")).toEqual([["MI450", "memory_gb", 432]]);
    expect(rows("Intel's Gaudi 3 has 128GB of HBM2e memory.")).toEqual([["Gaudi 3", "memory_gb", 128]]);
    expect(rows("Google's TPU v5p delivers 459 teraflops of BF16 compute.")).toEqual([["TPU v5p", "peak_bf16_tflops", 459]]);
  });

  it("a family word before an unknown model is not its vendor", () => {
    expect(rows("AMD's Instinct MI430X carries 432GB of HBM4.")).toEqual([["MI430X", "memory_gb", 432]]);
  });

  it("a rack named after its chip is the rack, not the older rack with the same suffix", () => {
    expect(rows("The GB300 NVL72 rack delivers 1.1 exaflops of FP4 compute.")).toEqual([["GB300 NVL72", "peak_fp4_tflops", 1100000]]);
  });

  it("a numbered successor is not its predecessor", () => {
    expect(rows("Microsoft says Maia 200 offers 216GB of HBM3e.")).toEqual([["Maia 200", "memory_gb", 216]]);
  });
});

describe("companies written with their legal suffix", () => {
  it("fold to the canonical company", () => {
    const [c] = claimsOf("Nebius Group N.V. signed a $17.4 billion deal to supply Microsoft with GPU capacity.");
    expect(c.subject).toBe("Microsoft -> Nebius");
    expect(c.value).toBe(17.4e9);
  });
});

describe("programs named after a country", () => {
  it("are their own project, not the US program of the same name", () => {
    const [c] = claimsOf("OpenAI and G42 will build Stargate UAE, a 1-gigawatt cluster.");
    expect([c.subject, c.property, c.value]).toEqual(["Stargate UAE", "capacity_gw", 1]);
  });
});
