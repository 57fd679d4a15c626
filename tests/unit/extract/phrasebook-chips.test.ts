import { run } from "./phrasebook";

/**
 * Phrasebook for chips and systems: the ordinary ways launch write-ups, trade press, spec blogs,
 * wires and newsletters state a chip's compute at each precision, memory, bandwidth, power, process
 * node, transistors, die area, chips per system, multiples and percentages against a baseline, and
 * prices, with chip names written several ways. Sentences are our own.
 */

run("compute at a precision", [
  ["The B300 delivers 15 petaflops of dense FP4 compute.", "B300", "peak_fp4_tflops", 15000, "exact"],
  ["Nvidia unveiled the B300 on Tuesday. FP8: 5 PFLOPS.", "B300", "peak_fp8_tflops", 5000],
  ["The Rubin GPU delivers 50 PF of FP4 (sparse).", "Rubin", "peak_fp4_tflops", 50000],
  ["The MI355X offers dense FP8 performance of 5 petaFLOPS.", "MI355X", "peak_fp8_tflops", 5000],
  ["At FP8, the TPU v7 reaches 4,614 teraflops.", "TPU v7", "peak_fp8_tflops", 4614],
  ["Google announced the TPU v7 in April. The chip's FP8 throughput is 4.6 petaflops.", "TPU v7", "peak_fp8_tflops", 4600],
  ["Ironwood's peak FP8 performance stands at 4,614 TFLOPS.", "TPU v7", "peak_fp8_tflops", 4614],
  ["Maia 200 is rated at more than 10 petaflops in FP4.", "Maia 200", "peak_fp4_tflops", 10000, "at least"],
  ["AMD Instinct MI355X: 10 PFLOPS FP4, 288GB HBM3E", "MI355X", "peak_fp4_tflops", 10000],
  ["The Instinct MI355X can deliver up to 20 petaflops of FP6.", "MI355X", "peak_fp6_tflops", 20000, "up to"],
  ["Each Trainium3 chip provides 2.52 petaflops (FP8).", "Trainium3", "peak_fp8_tflops", 2520],
  ["The Gaudi 3 is rated for 1,835 TFLOPS of BF16 compute.", "Gaudi 3", "peak_bf16_tflops", 1835],
  ["The H100 SXM offers roughly 990 teraflops of dense FP16.", "H100", "peak_fp16_tflops", 990, "about"],
  ["Nvidia rates the GB300 NVL72 at 1.1 exaflops of FP4 inference.", "GB300 NVL72", "peak_fp4_tflops", 1100000],
], [
  ["The MI355X ships in the second half of 2025 with FP4 support.", /tflops/],
  ["Nvidia's GPT-4 training run used FP8 for 90 days.", /tflops/],
]);

run("memory capacity", [
  ["The MI355X carries 288 GB of HBM3E memory.", "MI355X", "memory_gb", 288],
  ["The TPU v7 has an HBM capacity of 192 GB.", "TPU v7", "memory_gb", 192],
  ["HBM capacity on the MI350X is 288GB.", "MI350X", "memory_gb", 288],
  ["The H200 comes with 141 gigabytes of high-bandwidth memory.", "H200", "memory_gb", 141],
  ["The B300 is paired with 288GB of HBM3e, up from 192GB on the B200.", "B300", "memory_gb", 288],
  ["Each Gaudi 3 accelerator is equipped with 128 GB of HBM2e.", "Gaudi 3", "memory_gb", 128],
  ["Rubin Ultra will feature 1TB of HBM4E.", "Rubin Ultra", "memory_gb", 1000],
], [
  ["The MI355X server ships with a 4 TB NVMe boot drive.", /memory_gb/],
]);

run("memory bandwidth", [
  ["The B200 offers 8 TB/s of memory bandwidth.", "B200", "memory_bandwidth_tbps", 8],
  ["On the H200, bandwidth climbs to 4.8TB/s.", "H200", "memory_bandwidth_tbps", 4.8],
  ["Memory bandwidth for the MI355X is 8TB/s.", "MI355X", "memory_bandwidth_tbps", 8],
  ["Trainium3 memory bandwidth rises to 4.9 TB/s.", "Trainium3", "memory_bandwidth_tbps", 4.9],
  ["The TPU v7 pairs 192 GB of HBM with 7.37 TB/s of bandwidth.", "TPU v7", "memory_bandwidth_tbps", 7.37],
  ["The Gaudi 3 moves data at 3.7 terabytes per second.", "Gaudi 3", "memory_bandwidth_tbps", 3.7],
], [
  ["The B200 links to its neighbour at 1.8 TB/s over NVLink.", /^memory_bandwidth_tbps$/],
]);

run("power", [
  ["The B300 has a 1,400 W TDP.", "B300", "power_w", 1400],
  ["The MI355X is rated at 1.4kW.", "MI355X", "power_w", 1400],
  ["The B200 is rated at 1kW.", "B200", "power_w", 1000],
  ["The MI355X draws up to 1,400 watts.", "MI355X", "power_w", 1400, "up to"],
  ["The GB200 NVL72 has a per-rack power of 120 kW.", "GB200 NVL72", "rack_power_kw", 120],
  ["Each NVL72 rack draws about 132 kilowatts.", "GB200 NVL72", "rack_power_kw", 132, "about"],
  ["The Vera Rubin NVL144 rack consumes up to 190 kW.", "Vera Rubin NVL144", "rack_power_kw", 190, "up to"],
], [
  ["The B200 data hall needs a 40 MW substation.", /power_w/],
]);

run("process, transistors, die area", [
  ["The MI355X is built on TSMC's 3nm process.", "MI355X", "process_nm", 3],
  ["Trainium3 is Amazon's first 3-nanometer chip.", "Trainium3", "process_nm", 3],
  ["The MI450 will be made on a 2nm node.", "MI450", "process_nm", 2],
  ["The B200 packs 208 billion transistors.", "B200", "transistor_count", 208e9],
  ["The Rubin GPU has 336 billion transistors.", "Rubin", "transistor_count", 336e9],
  ["With 185 billion transistors, the MI355X is AMD's largest chip.", "MI355X", "transistor_count", 185e9],
  ["The B200's die measures 814 mm².", "B200", "die_area_mm2", 814],
], [
  ["Nvidia's 2024 B200 launch drew 11,000 people.", /transistor|process_nm/],
]);

run("chips in systems", [
  ["The GB200 NVL72 links 72 GPUs per rack.", "GB200 NVL72", "chip_count", 72],
  ["Google will offer Ironwood in pods of 9,216 chips.", "TPU v7 pod", "chip_count", 9216],
  ["A TPU v7 pod scales up to 9,216 chips.", "TPU v7 pod", "chip_count", 9216, "up to"],
  ["Each Trn3 UltraServer houses 144 Trainium3 chips.", "Trn3 UltraServer", "chip_count", 144],
  ["The Helios rack combines 72 MI450 GPUs.", "Helios", "chip_count", 72],
  ["AWS launched Trainium3 on Tuesday. The chip ships in a 144-chip Trn3 UltraServer.", "Trn3 UltraServer", "chip_count", 144],
  ["Humain will take 18K Nvidia chips.", "Humain -> Nvidia", "chip_count", 18000],
], [
  ["Nvidia showed the B300 on a 4K display to 8K viewers.", /chip_count/],
  ["The GB200 NVL72 was ordered by 72 customers.", /chip_count/],
]);

run("multiples and percentages vs a baseline", [
  ["Trainium3 offers 4.4x the compute of Trainium2.", "Trainium3", "perf_multiple_vs_trainium2", 4.4],
  ["The MI355X delivers 40% better energy efficiency than the MI300X.", "MI355X", "efficiency_increase_pct_vs_mi300x", 40],
  ["The B300 has twice the memory of its predecessor.", "B300", "memory_multiple_vs_b200", 2],
  ["AWS says Trn3 UltraServers deliver 4.4 times more compute than Trn2 UltraServers.", "Trn3 UltraServer", "perf_multiple_vs_trn2_ultraserver", 4.4],
  ["Google says Ironwood offers 2x the performance per watt of Trillium.", "TPU v7", "efficiency_multiple_vs_tpu_v6e", 2],
  ["The MI450 is 50% faster than the MI355X.", "MI450", "perf_increase_pct_vs_mi355x", 50],
  ["Rubin provides 3.3 times the performance of Blackwell Ultra.", "Rubin", "perf_multiple_vs_b300", 3.3],
  ["Trainium3 cuts energy use by 40% compared with Trainium2.", "Trainium3", "energy_reduction_pct", 40],
], [
  ["The MI355X sold 40% more units than the MI300X did in 2024.", /perf|efficiency/],
]);

run("prices", [
  ["The MI355X costs around $25,000 per chip.", "MI355X", "price_per_chip_usd", 25000, "about"],
  ["The H100 rents for about $2 per GPU-hour.", "H100", "price_per_chip_hour_usd", 2, "about"],
  ["Nvidia sells each B200 for $30,000 to $40,000.", "B200", "price_per_chip_usd", 30000, "range", 40000],
  ["An H200 costs $2.50 an hour on CoreWeave.", "H200", "price_per_chip_hour_usd", 2.5],
  ["The B300 is priced at roughly $40,000 apiece.", "B300", "price_per_chip_usd", 40000, "about"],
], [
  ["Nvidia shares rose to $180 after the B300 launch.", /price_per_chip/],
]);

run("chip names written differently", [
  ["Trainium 3 delivers 2.52 petaflops of FP8.", "Trainium3", "peak_fp8_tflops", 2520],
  ["AWS's Trn3 chip delivers 2.52 petaflops of FP8.", "Trainium3", "peak_fp8_tflops", 2520],
  ["Trainium v3 delivers 2.52 petaflops of FP8.", "Trainium3", "peak_fp8_tflops", 2520],
  ["TPU v7 has 192 GB of HBM.", "TPU v7", "memory_gb", 192],
  ["Ironwood has 192 GB of HBM.", "TPU v7", "memory_gb", 192],
  ["Instinct MI355X has 288 GB of HBM.", "MI355X", "memory_gb", 288],
  ["Blackwell Ultra carries 288 GB of HBM3e.", "B300", "memory_gb", 288],
]);

run("chip deployments and orders", [
  ["Helix Cloud will deploy more than 20,000 of Nvidia's most advanced GPUs in Oslo.", "Helix Cloud -> Nvidia", "chip_count", 20000, "at least"],
  ["Tessera AI has ordered 12,000 of AMD's latest accelerators.", "Tessera AI -> AMD", "chip_count", 12000],
  ["Humain ordered 24k GB300s this spring.", "Humain -> Nvidia", "chip_count", 24000],
  ["Lambda bought 16,000 B200s from Nvidia last year.", "Lambda -> Nvidia", "chip_count", 16000],
  ["Mistral will deploy some 40,000 Blackwell chips near Paris.", "Mistral AI -> Nvidia", "chip_count", 40000, "about"],
  ["Crusoe is buying roughly 60,000 Blackwell GPUs.", "Crusoe -> Nvidia", "chip_count", 60000, "about"],
  ["Vantor Compute runs a fleet of 35,000 H100s.", "Vantor Compute", "chip_count", 35000],
  ["Lambda operates 250k GPUs across its data centers.", "Lambda", "chip_count", 250000],
  ["Nebius plans to deploy 120,000 GPUs by the end of next year.", "Nebius", "chip_count", 120000],
  ["Nebius said it will install about 75,000 GPUs in Finland.", "Nebius", "chip_count", 75000, "about"],
  // chips deployed for a named customer are the customer's deal with the deployer (gold convention: Microsoft -> Nscale)
  ["Nebius will deploy 120,000 GPUs for Microsoft under the contract.", "Microsoft -> Nebius", "chip_count", 120000],
], [
  ["Nvidia sold 3.7 million GPUs last year, analysts estimate.", /chip_count/],
  ["The H100 was used by 20,000 developers.", /chip_count/],
  ["Thousands of GPUs sit idle, and Nebius plans to deploy 2 GW.", /chip_count/],
]);

run("figures two systems share, pod configurations, per-stack memory", [
  ["The GB300 NVL72 and the Vera Rubin NVL144 are both rated at 150 kW.", "GB300 NVL72", "rack_power_kw", 150],
  ["The GB300 NVL72 and the Vera Rubin NVL144 are both rated at 150 kW.", "Vera Rubin NVL144", "rack_power_kw", 150],
  ["AMD showed the MI355X and the MI350X in June. The MI355X is liquid-cooled. Both racks are rated at 140 kilowatts.", "MI355X rack", "rack_power_kw", 140],
  ["AMD showed the MI355X and the MI350X in June. The MI355X is liquid-cooled. Both racks are rated at 140 kilowatts.", "MI350X rack", "rack_power_kw", 140],
  ["Ironwood comes in two sizes: a 256-chip configuration and the full 9,216-chip superpod.", "TPU v7 pod", "chip_count", 256],
  ["Google offers the TPU v6e in a 256-chip configuration.", "TPU v6e pod", "chip_count", 256],
  ["Google unveiled Ironwood in April. Customers can rent a 512-chip slice.", "TPU v7 pod", "chip_count", 512],
  ["SK Hynix's HBM4 delivers 2 TB/s per stack.", "SK Hynix HBM4", "memory_bandwidth_tbps", 2],
  ["Samsung said its HBM3E stacks reach 1.25 TB/s each.", "Samsung HBM3E", "memory_bandwidth_tbps", 1.25],
  ["SK Hynix sells HBM4 at around $560 per stack.", "SK Hynix HBM4", "price_per_stack_usd", 560, "about"],
  ["Micron prices its HBM3E at roughly $350 a stack.", "Micron HBM3E", "price_per_stack_usd", 350, "about"],
  ["Samsung's HBM4 sells to Nvidia for about $500 per stack.", "Samsung HBM4", "price_per_stack_usd", 500, "about"],
], [
  ["The B300 carries 288 GB of HBM3E in eight stacks.", /per_stack/],
  ["SK Hynix shares rose 5% to $560 as HBM4 stacks shipped.", /per_stack/],
  ["The H200 is also sold in an 8-GPU configuration.", /chip_count/],
  ["AMD showed the MI355X, the MI350X and the MI325X in June. Both racks are rated at 140 kilowatts.", /rack_power/],
  ["The B200 and the MI355X are both rated at 1,400 watts, while the GB200 NVL72 draws 120 kW.", /^memory/],
]);

run("baselines far back in a lineage are dropped", [
  ["Rubin offers 10x the performance of the original H100.", "Rubin", "perf_multiple_vs_h100", 10],
  ["Trainium2 is up to 4x faster than the first-generation Trainium.", "Trainium2", "perf_multiple_vs_trainium1", 4, "up to"],
], [
  ["Google says Ironwood is 30 times more power efficient than the first Cloud TPU.", /_vs_/],
  ["The Trainium3 is 20x faster than the first generation.", /_vs_/],
  ["The B300 is 40 times more efficient than the original Hopper part.", /_vs_/],
  ["Compared with the very first TPU, Ironwood offers 3,600 times the performance.", /_vs_/],
]);
