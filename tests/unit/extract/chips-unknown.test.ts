import { describe, expect, it } from "vitest";
import { chipLexicon } from "@/lib/extract/entities";
import { claimsOf, only } from "./helpers";

const specs = (t: string) => claimsOf(t).filter((c) => c.kind === "chip_spec").map((c) => [c.subject, c.property, c.value]);

describe("chips the registry does not know", () => {
  it("<Vendor>'s <Model> with spec units", () => {
    expect(specs("Halvorsen Silicon's Q7 accelerator delivers 3.5 PFLOPS of FP8 compute and carries 256 GB of HBM3E.")).toEqual([
      ["Halvorsen Q7", "peak_fp8_tflops", 3500],
      ["Halvorsen Q7", "memory_gb", 256],
    ]);
  });
  it("the <Model> accelerator / chip / GPU", () => {
    expect(only("The new K40 chip draws 900 W at full load.", "power_w").subject).toBe("K40");
    expect(only("Benchmarks show the R9X GPU reaching 6 TB/s of memory bandwidth.", "memory_bandwidth_tbps").subject).toBe("R9X");
  });
  it("a registry vendor's prefix is dropped; an unknown vendor's name is kept as written", () => {
    expect(only("AMD said the MI455X accelerator will ship with 432 GB of HBM4.", "memory_gb").subject).toBe("MI455X");
    expect(only("The Zephyr Z3 processor is built on a 3nm process.", "process_nm").subject).toBe("Zephyr Z3");
  });
  it("a later bare model name is the same chip, under its vendor-prefixed name", () => {
    const t = "Orbis unveiled the Orbis X1000 accelerator on Tuesday. The X1000 offers 144 GB of memory and 2 PFLOPS of FP8 compute.";
    expect(specs(t).map((s) => s[0])).toEqual(["Orbis X1000", "Orbis X1000"]);
  });
  it("names introduced by called / dubbed / named", () => {
    expect(only("The vendor also showed a rack-scale system called Tidewater that draws 120 kW.", "rack_power_kw")).toMatchObject({ subject: "Tidewater", value: 120 });
    expect(only("Its next accelerator, dubbed Kestrel, packs 192 GB of HBM.", "memory_gb").subject).toBe("Kestrel");
  });
  it("later references resolve to the most recent chip", () => {
    const t = "Nordwind's V5 accelerator launches next year. The chip has 288 GB of HBM. Each V5 draws 1,100 W. The new part is made on a 2nm process.";
    expect(specs(t)).toEqual([
      ["Nordwind V5", "memory_gb", 288],
      ["Nordwind V5", "power_w", 1100],
      ["Nordwind V5", "process_nm", 2],
    ]);
  });
  it("its predecessor: the chip the article names as earlier, else 'predecessor'", () => {
    const t = "The C1, launched in 2024, was the firm's first accelerator. The C2 accelerator delivers 4 PFLOPS of FP8 compute, 2.5 times more than its predecessor.";
    expect(only(t, "perf_multiple_vs_c1").subject).toBe("C2");
    const u = "The Pallas P9 accelerator has 3 TB/s of bandwidth and twice the performance of its predecessor.";
    expect(only(u, "perf_multiple_vs_predecessor").subject).toBe("Pallas P9");
  });
  it("does not take quarters, precisions, memories or process nodes for chips", () => {
    const lex = chipLexicon("In Q3 the chip's FP8 throughput on HBM3E reached 2 PFLOPS on TSMC's N3 process at 700 W.");
    expect([...lex.byForm.keys()]).toEqual([]);
    expect(chipLexicon("Zephyr raised $50 million in a round led by Q7 Ventures.").byForm.size).toBe(0);
  });
});

describe("racks and systems", () => {
  it("a named rack: chip count and rack power in kW", () => {
    const t = "Each Q9 rack, called Fjord, links 64 chips and draws 140 kW.";
    expect(specs(t)).toEqual([
      ["Fjord", "chip_count", 64],
      ["Fjord", "rack_power_kw", 140],
    ]);
  });
  it("an unnamed rack of a chip is '<chip> rack'; per-chip kilowatts stay power_w", () => {
    const t = "The Osprey K7 accelerator draws 1.4 kW. A full K7 rack holds 72 chips and consumes 120 kW.";
    expect(specs(t)).toEqual([
      ["Osprey K7", "power_w", 1400],
      ["Osprey K7 rack", "chip_count", 72],
      ["Osprey K7 rack", "rack_power_kw", 120],
    ]);
  });
});

describe("names that are not chips", () => {
  it("a company introduced by 'called' is not a chip; model names are not chips", () => {
    expect(chipLexicon("A chip start-up called Zephyr raised money for its 3nm accelerator with 96 GB of HBM.").byForm.has("Zephyr")).toBe(false);
    expect(chipLexicon("DeepSeek R1 ran on 2,048 GPUs with 80 GB of memory each.").byForm.size).toBe(0);
  });
});

describe("comparators and the running chip", () => {
  it("'its predecessor, the X' names the comparator; the compared chip does not become the topic", () => {
    const t = "The chip packs 432 GB of HBM4 and delivers 40 petaflops of FP4 performance, roughly double its predecessor, the MI355X. The new part draws about 2.3 kW.";
    const u = "AMD detailed its MI455X accelerator. " + t;
    expect(only(u, "perf_multiple_vs_mi355x").subject).toBe("MI455X");
    expect(only(u, "power_w").subject).toBe("MI455X");
  });
});

describe("strong chip units without a chip noun", () => {
  it("throughput, bandwidth or GB of HBM name the model a chip", () => {
    expect(specs("AMD's MI450X offers 432GB of HBM4 and 19.6 TB/s of bandwidth.")).toEqual([
      ["MI450X", "memory_gb", 432],
      ["MI450X", "memory_bandwidth_tbps", 19.6],
    ]);
    expect(only("Tessaly's T7 delivers 3 PFLOPS of FP8.", "peak_fp8_tflops").subject).toBe("Tessaly T7");
  });
  it("a cloud service name is not a chip", () => {
    expect(chipLexicon("EC2 Trn2 UltraServers offer 83 PFLOPS of FP8.").byForm.size).toBe(0);
  });
});

describe("vendor-prefixed families", () => {
  it("a chip written bare takes the vendor that launches or owns it, and so do its bare siblings", () => {
    const t = "PALO ALTO — Brightwater Labs on Thursday unveiled the K9, its fourth accelerator. The K9 carries 320 GB of HBM. Its predecessor, the K8, carried 160 GB of HBM.";
    expect(specs(t)).toEqual([
      ["Brightwater K9", "memory_gb", 320],
      ["Brightwater K8", "memory_gb", 160],
    ]);
    expect(only("Ostrava Chips lists the R5 at 1,000 W per card, with 96 GB of HBM3.", "memory_gb").subject).toBe("Ostrava R5");
  });
  it("a capitalised word that is not a name does not become a vendor", () => {
    expect(only("Reviewers launched the Z8 accelerator into a 900 W test rig with 64 GB of HBM.", "memory_gb").subject).toBe("Z8");
  });
  it("a comparator written with its vendor keeps the vendor in its slug", () => {
    const t = "The Corvane C1 accelerator launched in 2024. The Corvane C2 offers three times better energy efficiency than the Corvane C1 and 4 PFLOPS of FP8.";
    expect(only(t, "efficiency_multiple_vs_corvane_c1").subject).toBe("Corvane C2");
  });
});

describe("'the accelerator' and 'the processor'", () => {
  it("resolve to the chip the article introduced", () => {
    const t = "Corvane Systems unveiled its C2 accelerator on Monday. The accelerator delivers 3.2 PFLOPS of dense FP8. The processor is fabricated on a 4nm node.";
    expect(specs(t)).toEqual([
      ["Corvane C2", "peak_fp8_tflops", 3200],
      ["Corvane C2", "process_nm", 4],
    ]);
  });
});

describe("an unknown vendor's chip keeps its vendor wherever it is named", () => {
  it("a bare mention with the figures takes the full name the article gives elsewhere", () => {
    const t = "Halden unveiled the Halden R4 on Monday, ahead of shipments next year. The R4 carries 256 GB of HBM3E.";
    expect(specs(t)).toEqual([["Halden R4", "memory_gb", 256]]);
  });
});
