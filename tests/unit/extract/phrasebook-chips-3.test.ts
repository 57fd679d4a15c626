import { describe, expect, it } from "vitest";
import { chipLexicon, findEntities, orgLexicon } from "@/lib/extract/entities";
import { run } from "./phrasebook";

/**
 * Phrasebook, round 3: systems described by the chips they are built from ("a pod built from 9,216
 * chips", "UltraServers that link 144 chips", "racks holding 72 GPUs"); a per-chip and a whole-system
 * figure in one sentence; specs written as prose comparisons, percentages and price premiums; and
 * companies marked as such by investor lists and fund-like names. Sentences are our own.
 */

run("systems built from chips", [
  ["Google's newest pod, built from 9,216 Ironwood chips, is its largest yet.", "TPU v7 pod", "chip_count", 9216],
  ["The Ironwood pod is made up of 9,216 chips.", "TPU v7 pod", "chip_count", 9216],
  ["AWS sells UltraServers that link 144 Trainium3 chips.", "Trn3 UltraServer", "chip_count", 144],
  ["Trainium3 launched on Tuesday. Customers rent it in UltraServers that link 144 chips.", "Trn3 UltraServer", "chip_count", 144],
  ["Each UltraServer packs 64 Trainium2 chips, AWS said.", "Trn2 UltraServer", "chip_count", 64],
  ["AMD will sell racks holding 72 MI450 GPUs.", "MI450 rack", "chip_count", 72],
  ["The MI355X ships in racks containing 128 GPUs.", "MI355X rack", "chip_count", 128],
  ["A superpod consisting of 8,960 TPU v5p chips trained the model.", "TPU v5p pod", "chip_count", 8960],
], [
  ["The company operates 40 racks holding 2,880 GPUs in Ohio.", /chip_count/],
  ["Nvidia sold 12,000 racks last year.", /^chip_count$/],
  ["The pod's 9,216 engineers built it in 2024.", /chip_count/],
]);

run("a per-chip and a whole-system figure in one sentence", [
  ["Each Trainium3 chip delivers 2.52 PFLOPS of FP8 compute, for 362 PFLOPS per UltraServer.", "Trn3 UltraServer", "peak_fp8_tflops", 362000],
  ["Each Trainium3 chip delivers 2.52 PFLOPS of FP8 compute, for 362 PFLOPS per UltraServer.", "Trainium3", "peak_fp8_tflops", 2520],
  ["An Ironwood chip peaks at 4,614 teraflops of FP8, or 42.5 exaflops per pod.", "TPU v7 pod", "peak_fp8_tflops", 42500000],
  ["An Ironwood chip peaks at 4,614 teraflops of FP8, or 42.5 exaflops per pod.", "TPU v7", "peak_fp8_tflops", 4614],
  ["Ironwood delivers 4.6 petaflops of FP8 per chip and 42.5 exaflops per pod.", "TPU v7 pod", "peak_fp8_tflops", 42500000],
], [
  ["The MI450 carries 432 GB of HBM4, which adds up to 31 TB per rack.", /^memory_gb$/],
  ["Each Trainium3 chip delivers 2.52 PFLOPS of FP8 compute, for 362 PFLOPS per UltraServer.", /memory/],
]);

run("the baseline chip's own figure in a prose comparison", [
  ["Trainium3 carries 144 GB of HBM3e, up from 96 GB on the Trainium2.", "Trainium2", "memory_gb", 96],
  ["The MI355X has 288GB of memory versus 141GB for the H200.", "H200", "memory_gb", 141],
  ["The B300 draws 1,400 watts, against 1,000 watts for the B200.", "B200", "power_w", 1000],
  ["The H200 moves 4.8 TB/s, compared with 3.35 TB/s on the H100.", "H100", "memory_bandwidth_tbps", 3.35],
  ["Rubin's 288 GB of HBM4 matches the 288 GB of the B300.", "Rubin", "memory_gb", 288],
], [
  ["The H200 moves 4.8 TB/s, compared with 3.35 TB/s last year.", /^(?!memory_bandwidth_tbps$)/],
]);

run("percent differences and price premiums vs a chip", [
  ["The MI355X offers 60% more memory than the B200.", "MI355X", "memory_increase_pct_vs_b200", 60],
  ["The H200 has 76% more memory than the H100.", "H200", "memory_increase_pct_vs_h100", 76],
  ["The H200 sells at a 20% premium to the H100.", "H200", "price_premium_pct_vs_h100", 20],
  ["Nvidia prices the B300 at a premium of about 30% over the B200.", "B300", "price_premium_pct_vs_b200", 30, "about"],
  ["The MI355X costs roughly 25% more than the MI300X.", "MI355X", "price_premium_pct_vs_mi300x", 25, "about"],
  ["Samsung's HBM4 commands a premium of some 40% over HBM3E.", "Samsung HBM4", "price_premium_pct_vs_hbm3e", 40],
  ["Micron's HBM4 sells to AMD for about $480 per stack, roughly 45% more than 12-high HBM3E.", "Micron HBM4", "price_premium_pct_vs_hbm3e", 45, "about"],
  ["Analysts put the MI450 at about $30,000, some 20% more than the MI355X.", "MI450", "price_premium_pct_vs_mi355x", 20, "about"],
], [
  ["Nvidia shares trade at a 20% premium to the sector.", /premium/],
  ["The H200 sold 20% more units than the H100.", /premium|memory/],
  ["The B300 has 288 GB, some 50% more than the B200.", /premium/],
  ["Micron's HBM4 is 30% faster than HBM3E.", /premium/],
]);

/** The company names found in `text`. */
function companies(text: string): string[] {
  const cl = chipLexicon(text);
  return findEntities(text, orgLexicon(text, cl), cl).filter((e) => e.type === "company").map((e) => e.name);
}

describe("companies marked by investor lists and fund-like names", () => {
  const yes: [string, string][] = [
    ["The round drew investors such as Brackenfield and Tollgate.", "Brackenfield"],
    ["The round drew investors such as Brackenfield and Tollgate.", "Tollgate"],
    ["Backers including Orrin and Calloway also joined.", "Orrin"],
    ["Marrow Capital led the round.", "Marrow Capital"],
    ["The deal was backed by Fenwick Ventures.", "Fenwick Ventures"],
    ["Ostlund Partners bought a 5% stake.", "Ostlund Partners"],
    ["Kestrel Holdings agreed to buy the data centre.", "Kestrel Holdings"],
  ];
  for (const [text, name] of yes) it(`${name}: ${text}`, () => expect(companies(text)).toContain(name));
  const no: [string, string][] = [
    ["Investors such as pension funds and insurers bought the bonds.", "Investors"],
    ["Capital spending rose 40% in the quarter.", "Capital"],
    ["Partners at the firm said the deal was done.", "Partners"],
    ["The fund drew investors such as Orrin and January inflows doubled.", "January"],
    ["Chips such as the H100 and the B200 remain scarce.", "B200"],
  ];
  for (const [text, name] of no) it(`not ${name}: ${text}`, () => expect(companies(text)).not.toContain(name));
});
