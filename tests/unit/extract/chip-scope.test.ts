import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every chip-spec and price claim. */
const specs = (t: string) =>
  claimsOf(t)
    .filter((c) => c.kind === "chip_spec" || /price_per_chip/.test(c.property))
    .map((c) => [c.subject, c.property, c.value]);

describe("chip figures: which chip or system the clause is about", () => {
  it("a figure stated per rack goes to the rack, a per-chip figure to the chip", () => {
    const t = "Meridian said its M7 rack packs 96 M7 chips and delivers 480 petaflops of FP8 per rack, or 5 petaflops per chip.";
    expect(specs(t)).toEqual([
      ["M7 rack", "chip_count", 96],
      ["M7 rack", "peak_fp8_tflops", 480000],
      ["M7", "peak_fp8_tflops", 5000],
    ]);
  });

  it("an aggregate figure across the rack is the rack's, never the chip's", () => {
    const t = "The Q5 accelerator carries 192 GB of HBM. Meridian's Q5 rack holds 64 of them. Across the rack that totals 12 TB of HBM and 500 TB/s of aggregate bandwidth.";
    const s = specs(t);
    expect(s).toContainEqual(["Meridian Q5", "memory_gb", 192]);
    expect(s).toContainEqual(["Meridian Q5 rack", "memory_gb", 12000]);
    expect(s).toContainEqual(["Meridian Q5 rack", "memory_bandwidth_tbps", 500]);
    expect(s.filter((x) => x[0] === "Meridian Q5" && x[2] !== 192)).toEqual([]);
  });

  it("a clause whose subject is an instance or server gives the figure to that system", () => {
    const t = "Each ZN4 instance bundles eight MI355X GPUs with 2,304 GB of HBM3E.";
    expect(specs(t)).toEqual([
      ["ZN4 instance", "chip_count", 8],
      ["ZN4 instance", "memory_gb", 2304],
    ]);
    const u = "In testing, a four-card K9 server with 1.5 TB of HBM ran twice as fast as a four-GPU H100 server.";
    expect(specs(u).filter((x) => x[1] === "memory_gb")).toEqual([["K9 server", "memory_gb", 1500]]);
  });

  it("a relative clause after a server speaks of the server", () => {
    const t = "The P3 chip draws 800 W. Four P3 chips sit in every P3 server, which the vendor rates at 12 petaflops of FP8.";
    expect(specs(t)).toContainEqual(["P3 server", "peak_fp8_tflops", 12000]);
    expect(specs(t).filter((x) => x[0] === "P3" && x[1] === "peak_fp8_tflops")).toEqual([]);
  });

  it("a system figure with no nameable system is dropped, not put on the chip", () => {
    const t = "The R4 accelerator offers 144 GB of memory. Orin also showed the Lighthouse pod, which links 32 racks into one system with 11 exaflops of FP8 performance.";
    const s = specs(t);
    expect(s).toContainEqual(["R4", "memory_gb", 144]);
    expect(s.filter((x) => x[0] === "R4" && x[1] !== "memory_gb")).toEqual([]);
  });

  it("a count of racks is not the rack that holds the chips", () => {
    const t = "The cluster links 12 Q5 racks into one fabric with 1,536 chips.";
    expect(specs(t).filter((x) => x[0] === "Q5 rack")).toEqual([]);
  });
});

describe("chip figures: comparators and predecessors", () => {
  it("a predecessor named in apposition at the head of the sentence is its subject", () => {
    const t = "The L5 chip delivers 3 petaflops of dense FP8. Its predecessor, the L4, managed 1.2 petaflops of dense FP8 and 96 GB of HBM3.";
    expect(specs(t)).toEqual([
      ["L5", "peak_fp8_tflops", 3000],
      ["L4", "peak_fp8_tflops", 1200],
      ["L4", "memory_gb", 96],
    ]);
  });

  it("a comparator's own figure after 'up from' stays the comparator's", () => {
    const t = "The B300 has 288 GB of HBM3E and 8 TB/s of bandwidth, up from the H200's 4.8 TB/s.";
    const s = specs(t);
    expect(s).toContainEqual(["B300", "memory_bandwidth_tbps", 8]);
    expect(s).toContainEqual(["H200", "memory_bandwidth_tbps", 4.8]);
    expect(s.filter((x) => x[0] === "H200" && x[2] === 8)).toEqual([]);
  });

  it("'the chip' after a comparison sentence is the chip that beat the comparator", () => {
    const t = "The Z8 delivers 900 TFLOPS of FP16. The MI300X offers 1,307 TFLOPS of FP16. Analysts say the Z8 outperforms the MI300X on latency. The chip is made on a 5nm process.";
    expect(specs(t)).toContainEqual(["Z8", "process_nm", 5]);
    expect(specs(t).filter((x) => x[1] === "process_nm" && x[0] !== "Z8")).toEqual([]);
  });

  it("performance per watt is efficiency; a multiple of a memory figure is memory", () => {
    const t = "Vendor tests show the W3 accelerator delivers three times the performance per watt of the H100.";
    expect(specs(t)).toEqual([["W3", "efficiency_multiple_vs_h100", 3]]);
    const u = "The W3 accelerator ships in May. The W3's 320 GB is more than double the H200's 141 GB of memory.";
    expect(specs(u)).toContainEqual(["W3", "memory_multiple_vs_h200", 2]);
  });

  it("a price per chip-hour goes to the chip it is 'for', not to a comparator or a system", () => {
    const t = "The G6 accelerator has 128 GB of memory. Nimbus will charge $2.40 per chip-hour for the G6, less than the H100 instances.";
    expect(specs(t)).toContainEqual(["G6", "price_per_chip_hour_usd", 2.4]);
    const u = "Each XQ4 instance pairs eight H200 GPUs with 1,128 GB of memory. A one-year plan cuts the XQ4 rate to $2.20 per GPU-hour.";
    expect(specs(u).filter((x) => x[1] === "price_per_chip_hour_usd")).toEqual([]);
  });
  it("a purchase price per chip goes to the chip priced, a comparator's price to the comparator", () => {
    const t = "The P9 accelerator has 144 GB of memory. Quill prices the P9 at $19,500 per card, against roughly $32,000 for an H200.";
    expect(specs(t)).toEqual(expect.arrayContaining([["P9", "price_per_chip_usd", 19500], ["H200", "price_per_chip_usd", 32000]]));
    const u = "The L4 accelerator has 96 GB of memory. Renting it costs $1.90 per chip-hour, well under typical B200 rates, against $4.10 for a B200.";
    const prices = specs(u).filter((x) => /^price/.test(String(x[1])));
    expect(prices).toEqual([["L4", "price_per_chip_hour_usd", 1.9], ["B200", "price_per_chip_hour_usd", 4.1]]);
  });
});

describe("chip figures: possessive gigabytes", () => {
  it("'<chip>'s N GB' is that chip's memory, the comparator's figure stays the comparator's", () => {
    const t = "The R7 accelerator arrives in June. The R7's 256 GB comfortably beats the H100's 80 GB.";
    const s = specs(t);
    expect(s).toContainEqual(["R7", "memory_gb", 256]);
    expect(s).toContainEqual(["H100", "memory_gb", 80]);
  });
});

describe("chip figures: 'its' after a comparison", () => {
  it("'its' in the next sentence is the sentence's own chip, not the comparator whose figure came last", () => {
    const t = "The R7 accelerator arrives in June. The R7's 256 GB is triple the H100's 80 GB. Its 9 TB/s of bandwidth also leads.";
    expect(specs(t)).toContainEqual(["R7", "memory_bandwidth_tbps", 9]);
  });
});

describe("chip counts of a server named after its chips", () => {
  it("'N <chip> chips in each <chip> server' counts the server's chips", () => {
    const t = "The D9 accelerator draws 700 W. The vendor fits 16 D9 chips in each D9 node.";
    expect(specs(t)).toContainEqual(["D9 node", "chip_count", 16]);
  });
});
