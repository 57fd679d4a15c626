import { describe, expect, it } from "vitest";
import { chipLexicon, findEntities, orgLexicon } from "@/lib/extract/entities";
import { run } from "./phrasebook";

/**
 * Phrasebook, round 2, for entities, deployments and chip prices: companies the registry does not
 * know, marked as companies by the text itself (legal suffix, "startup X", an apposition, "which
 * makes", "X's founder", odd name shapes); chips deployed for a named customer; and a chip's price in
 * the harder wordings (each … sells for, price of an X has fallen to, fronted "At $X apiece, the …",
 * rented on a cloud). Sentences are our own.
 */

/** The company names found in `text`. */
function companies(text: string): string[] {
  const cl = chipLexicon(text);
  return findEntities(text, orgLexicon(text, cl), cl).filter((e) => e.type === "company").map((e) => e.name);
}

describe("companies the text marks as companies", () => {
  const yes: [string, string][] = [
    ["Brightwell Corp. agreed to a supply pact with the chipmaker.", "Brightwell"],
    ["Helvion AG said demand for its servers had doubled.", "Helvion"],
    ["Quarrytek Ltd will open a plant near Leeds next year.", "Quarrytek"],
    ["Lumora Inc. raised $120 million on Tuesday.", "Lumora"],
    ["Startup Korvo plans to deploy 20,000 GPUs.", "Korvo"],
    ["Chip start-up Vexmoor unveiled its second accelerator.", "Vexmoor"],
    ["The deal was struck with neocloud Fernhollow earlier this month.", "Fernhollow"],
    ["Korvo, a startup that rents GPUs by the hour, plans to expand.", "Korvo"],
    ["Ostrava, the maker of the Tern inference card, said it would hire.", "Ostrava"],
    ["Pellmark, an AI lab based in Zurich, trains on rented chips.", "Pellmark"],
    ["Lumina, which makes photonic interconnects, signed a deal.", "Lumina"],
    ["Tessaract's founder said the company was profitable.", "Tessaract"],
    ["Gravelin's chief executive declined to comment.", "Gravelin"],
    ["Run:ai, an Israeli startup, was bought last year.", "Run:ai"],
    ["The chipmaker d-Fabric said its cards are sold out.", "d-Fabric"],
  ];
  for (const [text, name] of yes) it(`${name}: ${text}`, () => expect(companies(text)).toContain(name));

  const no: [string, string][] = [
    ["Jane Holloway, the founder of a startup in Austin, said prices rose.", "Jane Holloway"],
    ["Marcus Lee, a startup founder, said prices rose.", "Marcus Lee"],
    ["Analysts said the market for chips would grow.", "Analysts"],
    ["In March, the chipmaker raised prices.", "March"],
    ["Texas, which has cheap power, drew several data centres.", "Texas"],
    ["Priya Nair, the company's chief executive, spoke on Monday.", "Priya Nair"],
  ];
  for (const [text, name] of no) it(`not ${name}: ${text}`, () => expect(companies(text)).not.toContain(name));
});

run("unknown companies carry their figures", [
  ["Lumora Inc. raised $120 million on Tuesday.", "Lumora", "round_size_usd", 120e6],
  ["Korvo, a startup that rents GPUs, plans to deploy 20,000 GPUs.", "Korvo", "chip_count", 20000],
  ["Startup Korvo plans to deploy 20,000 GPUs this year.", "Korvo", "chip_count", 20000],
  ["Brightwell Corp. agreed to buy 5,000 H100 chips from Nvidia.", "Brightwell -> Nvidia", "chip_count", 5000],
  ["Helvion AG is now valued at €3 billion.", "Helvion", "valuation_eur", 3e9],
], [
  ["Marcus Lee, a startup founder, said 20,000 GPUs would be needed across the sector.", /chip_count/],
]);

run("chips deployed for a named customer", [
  ["Neocloud Fernhollow will deploy roughly 150,000 Nvidia GB300 GPUs for Microsoft across three sites.", "Microsoft -> Fernhollow", "chip_count", 150000, "about"],
  ["Lambda will install 12,000 Nvidia B200 chips on behalf of Meta.", "Meta -> Lambda", "chip_count", 12000],
  ["Nebius has agreed to provide about 40,000 GPUs for Microsoft in New Jersey.", "Microsoft -> Nebius", "chip_count", 40000, "about"],
  ["CoreWeave is building out 30,000 Nvidia H200 chips for OpenAI.", "OpenAI -> CoreWeave", "chip_count", 30000],
  ["Nscale lands Microsoft deal for about 200,000 Nvidia GPUs", "Microsoft -> Nscale", "chip_count", 200000, "about"],
  ["Fluidstack wins Meta contract to deploy up to 50,000 GPUs.", "Meta -> Fluidstack", "chip_count", 50000, "up to"],
  // no customer named after "for": the company's own deployment
  ["Nebius will deploy 20,000 GPUs for training next year.", "Nebius", "chip_count", 20000],
  ["Nebius will deploy 20,000 GPUs for $2 billion.", "Nebius", "chip_count", 20000],
]);

run("a chip's price", [
  ["Analysts estimate each B200 sells for $30,000 to $40,000.", "B200", "price_per_chip_usd", 30000, "range"],
  ["Each MI355X costs about $25,000, analysts said.", "MI355X", "price_per_chip_usd", 25000, "about"],
  ["The B200 is priced at between $30,000 and $40,000.", "B200", "price_per_chip_usd", 30000, "range"],
  ["The B300 costs about $40,000.", "B300", "price_per_chip_usd", 40000, "about"],
  ["The price of an H100 has dropped to around $25,000.", "H100", "price_per_chip_usd", 25000, "about"],
  ["The price tag for a single H200 now stands at roughly $32,000.", "H200", "price_per_chip_usd", 32000, "about"],
  ["At $40,000 apiece, the B300 is Nvidia's priciest chip.", "B300", "price_per_chip_usd", 40000],
  ["Renting an H100 on AWS costs about $3.90 an hour.", "H100", "price_per_chip_hour_usd", 3.9, "about"],
  ["The H100 costs $30,000, while the H200 costs $35,000.", "H200", "price_per_chip_usd", 35000],
], [
  ["The B200 costs about $35,000 to build.", /price_per_chip/],
  ["Each H100 server costs $250,000.", /price_per_chip_usd/],
  ["At $3 billion, the H100 order is the largest yet.", /price_per_chip/],
  ["The B200 cluster is expected to cost $500 million.", /price_per_chip/],
]);

run("a baseline put first", [
  ["Relative to the MI300X, the MI355X is up to 4 times faster.", "MI355X", "perf_multiple_vs_mi300x", 4, "up to"],
  ["In comparison with the H100, the B200 is 2.5 times faster.", "B200", "perf_multiple_vs_h100", 2.5],
  ["Compared with the GB200 NVL72, the Vera Rubin NVL144 delivers 3.3 times the performance.", "Vera Rubin NVL144", "perf_multiple_vs_gb200_nvl72", 3.3],
  ["Next to the GB200 NVL72, the GB300 NVL72 offers 1.5 times the inference performance.", "GB300 NVL72", "inference_perf_multiple_vs_gb200_nvl72", 1.5],
  ["With 20.7 TB of HBM3e, the Trn3 UltraServer has 3.4 times the memory of a Trn2 UltraServer.", "Trn3 UltraServer", "memory_multiple_vs_trn2_ultraserver", 3.4],
], [
  ["Relative to the MI300X, the MI355X is up to 4 times faster.", /vs_mi325x/],
]);

run("memory interface: width and pin speed", [
  ["Micron's HBM4 uses a 2,048-bit interface and a pin speed of 9.2 Gb/s.", "Micron HBM4", "interface_width_bits", 2048],
  ["Micron's HBM4 uses a 2,048-bit interface and a pin speed of 9.2 Gb/s.", "Micron HBM4", "pin_speed_gbps", 9.2],
  ["Samsung's HBM4 has a pin speed of up to 11 Gbps.", "Samsung HBM4", "pin_speed_gbps", 11, "up to"],
  ["SK Hynix says its HBM4 stacks run at more than 10 Gbps per pin across a 2,048-bit interface.", "SK Hynix HBM4", "interface_width_bits", 2048],
  ["The H100 pairs its HBM3 with a 5,120-bit memory bus.", "H100", "interface_width_bits", 5120],
], [
  ["The 64-bit version of the driver for the H100 runs faster.", /interface_width_bits/],
  ["The B200 supports 4-bit floating point formats.", /interface_width_bits/],
]);

run("the other chip's figure after a comparison", [
  ["The H200 carries 141 GB, compared with 80 GB on the H100.", "H100", "memory_gb", 80],
  ["The Gaudi 3 packs 128 GB, up from 96 GB on the Gaudi 2.", "Gaudi 2", "memory_gb", 96],
  ["The B300 has 288 GB of HBM3e, versus 192 GB for the B200.", "B200", "memory_gb", 192],
  ["The MI355X offers 8 TB/s of bandwidth, compared to 6 TB/s for the MI300X.", "MI300X", "memory_bandwidth_tbps", 6],
], [
  ["The H200 server has 2 TB of storage on its SSDs.", /memory_gb/],
]);
