import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

describe("a date belongs to its own clause", () => {
  it("does not take a date from a relative clause about another event", () => {
    const c = only("Lakeview Cloud, which first rented H100s from Oracle in 2023, now runs 24,000 Nvidia GPUs, its chief executive said.", "chip_count", "2026-02-10");
    expect(c.value).toBe(24_000);
    expect(c.as_of).toBe("2026-02-10");
  });

  it("does not take a date from an appositive about the company's founding", () => {
    const c = claimsOf("Brisk Cloud, the Oslo operator founded in 2019, has agreed to buy 12,000 Nvidia B200 chips.", "2026-04-02").find((x) => x.property === "chip_count");
    expect(c?.as_of).toBe("2026-04-02");
  });

  it("does not take a date from a later coordinated clause", () => {
    const c = only("Nvidia owns about 7% of CoreWeave, and in 2024 it agreed to buy any unused capacity.", "stake_pct", "2026-05-01");
    expect(c.as_of).toBe("2026-05-01");
  });

  it("keeps a sentence-opening time phrase", () => {
    const c = only("In October, Vantel Labs raised $2 billion from a group of funds.", "round_size_usd", "2026-03-01");
    expect(c.as_of).toBe("2025-10");
  });

  it("keeps the date of the clause a 'when' clause refers back to", () => {
    const c = only("Corvane Labs was valued at $4 billion in June last year, when it raised $700 million from Harwick Partners.", "round_size_usd", "2026-03-01");
    expect(c.as_of).toBe("2025-06");
  });

  it("keeps a deal's date given in apposition and a trailing attribution date", () => {
    const a = claimsOf("The agreement, signed on the 9th of February, covers about 450 megawatts of capacity for Corbin AI.", "2026-03-20").find((x) => x.property.endsWith("_gw"));
    expect(a?.as_of).toBe("2026-02-09");
    const b = only("Corbin AI is in talks to raise at least $5 billion, according to reports from Bloomberg on May 4, 2026.", "round_size_usd", "2026-05-20");
    expect(b.as_of).toBe("2026-05-04");
  });

  it("reads 'last month' and 'last October' against the article's date", () => {
    expect(only("Pellucid closed a $90 million Series B late last month.", "round_size_usd", "2026-05-14").as_of).toBe("2026-04");
    expect(only("Pellucid raised $300 million in a Series C last October.", "round_size_usd", "2026-04-15").as_of).toBe("2025-10");
  });
});

describe("systems", () => {
  it("folds a system named in the plural to its canonical name", () => {
    const c = only("Trainium2 UltraServers deliver up to 83 FP8 petaflops.", "peak_fp8_tflops");
    expect(c.subject).toBe("Trn2 UltraServer");
  });

  it("names a product-named pod or cluster and gives it its chips and compute", () => {
    const claims = claimsOf("Halvern also detailed the Meridian pod, which links 12 HX2 racks into one system with 1,152 chips and 9.2 exaflops of FP4 performance.");
    expect(claims.find((c) => c.property === "chip_count")).toMatchObject({ subject: "Meridian pod", value: 1152 });
    expect(claims.find((c) => c.property === "peak_fp4_tflops")).toMatchObject({ subject: "Meridian pod", value: 9_200_000 });
  });

  it("does not make a pod out of a capitalised word with no chip figures", () => {
    const claims = claimsOf("The Marketing cluster of the firm employs 40 people.");
    expect(claims.some((c) => c.subject.includes("cluster"))).toBe(false);
  });

  it("reads network bandwidth in bits per second", () => {
    const c = only("Each QX16 instance pairs sixteen MI355X GPUs with 4.6 TB of HBM3E and 6.4 Tbps of networking.", "network_bandwidth_tbit_s");
    expect(c).toMatchObject({ subject: "QX16 instance", value: 6.4 });
  });

  it("does not read bits per second without a network word", () => {
    const claims = claimsOf("The Vexa V3 link runs at 400 Gbps.");
    expect(claims.some((c) => c.property.includes("tbit"))).toBe(false);
  });
});

describe("multiples in brackets after a metric", () => {
  it("gives each metric its multiple over the other chip the sentence names", () => {
    const claims = claimsOf("The MI355X closes the gap with the B200 on three fronts: compute throughput (now 1.5-2x depending on precision), memory bandwidth (1.6x), and memory capacity (1.5x).");
    expect(claims.find((c) => c.property === "perf_multiple_vs_b200")).toMatchObject({ subject: "MI355X", value: 1.5, value_max: 2 });
    expect(claims.find((c) => c.property === "memory_bandwidth_multiple_vs_b200")).toMatchObject({ subject: "MI355X", value: 1.6 });
    expect(claims.find((c) => c.property === "memory_multiple_vs_b200")).toMatchObject({ subject: "MI355X", value: 1.5 });
  });

  it("leaves a bracketed multiple alone when the sentence names no second chip", () => {
    const claims = claimsOf("The MI355X improves memory bandwidth (1.6x) over last year.");
    expect(claims.some((c) => c.property.includes("_multiple_vs_"))).toBe(false);
  });
});

describe("power and efficiency per unit of throughput", () => {
  it("reads watts per teraflop for each chip of an 'X vs Y' pair", () => {
    const claims = claimsOf("The MI355X draws about 1,400 W against the B200's 1,000 W, a ratio of 0.55 W/TFLOP vs 0.45 W/TFLOP.");
    expect(claims.filter((c) => c.property === "power_per_tflops_w").map((c) => [c.subject, c.value])).toEqual([["MI355X", 0.55], ["B200", 0.45]]);
  });

  it("reads TFLOPS per watt as efficiency, not as peak throughput", () => {
    const claims = claimsOf("The Trainium3 reaches 3.1 TFLOPS per watt of FP8.");
    expect(claims.find((c) => c.property === "efficiency_fp8_tflops_per_w")).toMatchObject({ subject: "Trainium3", value: 3.1 });
    expect(claims.some((c) => c.property.startsWith("peak_"))).toBe(false);
  });
});

describe("storage prices", () => {
  it("reads a price per gigabyte per month", () => {
    expect(only("Snapshots are billed at $0.023 per GB per month on Amazon S3.", "storage_price_usd_per_gb_month")).toMatchObject({ subject: "Amazon S3", value: 0.023 });
  });

  it("does not read a price per gigabyte without a month", () => {
    expect(claimsOf("Data transfer out costs $0.09 per GB on AWS.").some((c) => c.property.startsWith("storage_price"))).toBe(false);
  });
});

describe("CPU cores", () => {
  it("counts the cores of a CPU named before them", () => {
    expect(only("Each GB300 board pairs two GPUs with a Grace CPU featuring 72 Arm Neoverse V2 cores.", "cpu_core_count")).toMatchObject({ subject: "Grace", value: 72 });
  });

  it("does not count a GPU's shader or tensor cores as CPU cores", () => {
    expect(claimsOf("The H200 has 16,896 CUDA cores and 528 Tensor Cores.").some((c) => c.property === "cpu_core_count")).toBe(false);
  });
});
