import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

const find = (text: string, property: string) => claimsOf(text, "2026-03-01").filter((c) => c.property === property);

describe("a baseline's own figure", () => {
  it("gives 'up from X on the original <chip>' to the older chip", () => {
    const t = "The MI355X is AMD's newest part. The new accelerator carries 288 GB of HBM3E memory, up from 256 GB on the original MI325X.";
    const mem = find(t, "memory_gb");
    expect(mem.map((c) => [c.subject, c.value])).toEqual([["MI355X", 288], ["MI325X", 256]]);
  });
  it("gives 'compared with X for an air-cooled <chip>' to that chip", () => {
    const t = "Each H200 board is rated for up to 1,000 W, compared with 700 W for an air-cooled H100 in standard servers.";
    const w = find(t, "power_w");
    expect(w.map((c) => [c.subject, c.value])).toEqual([["H200", 1000], ["H100", 700]]);
  });
  it("keeps the chip spoken of after a baseline's figure", () => {
    const t = "The H200 draws 1,000 W, compared with 700 W for an air-cooled H100. The chip also carries 141 GB of HBM3E.";
    expect(find(t, "memory_gb").map((c) => c.subject)).toEqual(["H200"]);
  });
});

describe("an architecture as the baseline", () => {
  it("reads 'than Hopper' as the H100", () => {
    const c = find("The B200 delivers 120% more FP8 throughput than Hopper, Nvidia says.", "perf_increase_pct_vs_h100");
    expect(c.map((x) => [x.subject, x.value])).toEqual([["B200", 120]]);
  });
  it("measures the chip the article is about against its predecessor's family", () => {
    const t = "Nvidia's Blackwell Ultra carries 288 GB of HBM3e. The refresh brings 40% more FP4 throughput than Blackwell.";
    const c = find(t, "perf_increase_pct_vs_b200");
    expect(c.map((x) => [x.subject, x.value])).toEqual([["B300", 40]]);
  });
  it("does not read a family followed by a model name as the flagship", () => {
    const t = "The MI355X is AMD's answer. It offers 30% more throughput than Blackwell Ultra GPUs in some tests.";
    expect(find(t, "perf_increase_pct_vs_b200")).toHaveLength(0);
  });
});

describe("chip memory in a headline list with a rack figure", () => {
  it("gives HBM of chip size to the chip, exaflops per rack to the rack", () => {
    const t = "Nvidia GB200 and GB200 NVL72 explained: 192GB of HBM3e, 1.4 exaflops per rack\n\nBody text.";
    const cs = claimsOf(t, "2026-03-01");
    expect(cs.find((c) => c.property === "memory_gb")?.subject).toBe("GB200");
    expect(cs.find((c) => c.property === "peak_compute_exaflops")?.subject).toBe("GB200 NVL72");
  });
  it("keeps terabytes of rack memory on the rack", () => {
    const t = "Nvidia GB200 and GB200 NVL72 explained: 13.5TB of HBM3e, 1.4 exaflops per rack\n\nBody text.";
    expect(find(t, "memory_gb").map((c) => c.subject)).toEqual(["GB200 NVL72"]);
  });
});

describe("system prices", () => {
  it("reads a rack's cost as the system's price_usd", () => {
    const c = find("Industry sources say a fully loaded GB200 NVL72 rack costs about $3.2 million to $3.5 million.", "price_usd");
    expect(c.map((x) => [x.subject, x.value, x.value_max, x.qualifier])).toEqual([["GB200 NVL72", 3200000, 3500000, "range"]]);
  });
  it("reads '$X for a <system>'", () => {
    const c = find("That compares with roughly $2.9 million for a GB200 NVL72.", "price_usd");
    expect(c.map((x) => [x.subject, x.value])).toEqual([["GB200 NVL72", 2900000]]);
  });
  it("reads 'the price of a single rack' as the system spoken of", () => {
    const t = "The GB300 NVL72 links 72 GPUs. Analysts have put the price of a single rack at around $4 million.";
    expect(find(t, "price_usd").map((x) => [x.subject, x.value])).toEqual([["GB300 NVL72", 4000000]]);
  });
  it("does not read other money next to a system as its price", () => {
    expect(find("Nvidia spent $3 million promoting the GB200 NVL72 at the show.", "price_usd")).toHaveLength(0);
    expect(find("The B200 costs about $35,000 per chip.", "price_usd")).toHaveLength(0);
  });
});

describe("word-named products of a known vendor", () => {
  it("keeps the vendor of the sentence before, past a decimal amount", () => {
    const t = "• Groq raised $750M at a $6.9B valuation, led by Disruptive. Its Talon inference chip carries 4GB of SRAM with 80TB/s of bandwidth.";
    const cs = claimsOf(t, "2026-03-01").filter((c) => c.kind === "chip_spec");
    expect(cs.map((c) => [c.subject, c.property, c.value])).toEqual([["Groq Talon", "memory_gb", 4], ["Groq Talon", "memory_bandwidth_tbps", 80]]);
  });
  it("reads no product from a round's name", () => {
    const t = "• Groq raised $750M at a $6.9B valuation. Its Series E round drew 12 investors and 4GB of hype.";
    expect(claimsOf(t, "2026-03-01").filter((c) => c.kind === "chip_spec")).toHaveLength(0);
  });
});

describe("superchip parts", () => {
  it("counts the GPUs a superchip pairs", () => {
    expect(find("The GB300 superchip pairs 2 Blackwell Ultra GPUs with a Grace CPU.", "chip_count").map((c) => [c.subject, c.value])).toEqual([["GB300", 2]]);
    expect(find("Nvidia's GB200, which combines a Grace CPU with two B200 GPUs, ships this year.", "chip_count").map((c) => [c.subject, c.value])).toEqual([["GB200", 2]]);
  });
  it("does not count GPUs that a chip is merely deployed with", () => {
    expect(find("The GB200 ships in servers with 72 GPUs per rack.", "chip_count").filter((c) => c.subject === "GB200")).toHaveLength(0);
  });
  it("gives Arm cores to a registry CPU named without the word CPU", () => {
    expect(find("Each Vera has 88 custom Arm Olympus cores.", "cpu_core_count").map((c) => [c.subject, c.value])).toEqual([["Vera", 88]]);
    expect(find("Each B300 has 160 Arm cores nearby.", "cpu_core_count")).toHaveLength(0);
  });
});

describe("memory a chip puts on a card", () => {
  it("reads 'puts N GB on one card' as the chip's memory", () => {
    expect(find("Hands-on: Korvell K4 puts 144 GB on a single card", "memory_gb").map((c) => [c.subject, c.value])).toEqual([["Korvell K4", 144]]);
  });
  it("does not read storage put elsewhere", () => {
    expect(find("The Korvell K4 accelerator is fast. The K4 puts 40 GB of logs on a shelf.", "memory_gb")).toHaveLength(0);
  });
});

describe("'each <family> GPU die' as an anaphor", () => {
  it("gives a per-die figure to the chip the article is about", () => {
    const t = "The B200 integrates 208 billion transistors across two dies. Each Blackwell GPU die contains 104 billion transistors.";
    expect(find(t, "transistor_count").map((c) => [c.subject, c.value])).toEqual([["B200", 208e9], ["B200 die", 104e9]]);
  });
  it("does not give another vendor's or generation's GPU the figure", () => {
    expect(find("The B200 has 192 GB of HBM3e. Each AMD GPU carries 288 GB of HBM3E.", "memory_gb").map((c) => c.subject)).toEqual(["B200"]);
    expect(find("The H100 has 80 GB of HBM3. Each Blackwell GPU carries 180 GB of HBM3E.", "memory_gb").map((c) => c.subject)).toEqual(["H100"]);
  });
});

describe("a count of a two-word vendor's chips", () => {
  it("reads 'built on 32 of Halvard Systems' H9 accelerators'", () => {
    const t = "Nimbus unveiled the NX32 instance, built on 32 of Halvard Systems's H9 accelerators.";
    expect(find(t, "chip_count").map((c) => [c.subject, c.value])).toEqual([["NX32 instance", 32]]);
  });
  it("does not count a company's other things", () => {
    expect(find("Nimbus hired 32 of Halvard Systems's engineers last year.", "chip_count")).toHaveLength(0);
  });
});
