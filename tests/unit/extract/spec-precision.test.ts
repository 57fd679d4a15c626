import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim. */
const all = (t: string) => claimsOf(t).map((c) => [c.subject, c.property, c.value]);

describe("chip specs: conservative readings on unseen text", () => {
  it("a table row of throughput per server goes to '<chip> server', per chip to the chip", () => {
    const t = "Brisco Labs tested the Tarn T9 accelerator.\n\n| Metric | Tarn T9 | H100 |\n| Tokens/s per 4-chip server | 9,200 | 6,400 |\n| Tokens/s per chip | 2,300 | 1,600 |\n| Memory (GB) | 160 | 80 |\n";
    const s = all(t);
    expect(s).toContainEqual(["Tarn T9 server", "inference_tokens_per_second", 9200]);
    expect(s).toContainEqual(["H100 server", "inference_tokens_per_second", 6400]);
    expect(s).toContainEqual(["Tarn T9", "inference_tokens_per_second", 2300]);
    expect(s).toContainEqual(["H100", "inference_tokens_per_second", 1600]);
  });

  it("a rental price row per chip-hour is a price, and a row label it cannot name makes no claim", () => {
    const t = "Brisco Labs tested the Tarn T9 accelerator.\n\n| Metric | Tarn T9 | H100 |\n| Memory (GB) | 160 | 80 |\n| Hourly price per GPU-hour (US$) | 1.90 | 2.75 |\n| Joules per token | 0.8 | 1.4 |\n| Score per dollar | 31 | 22 |\n";
    const c = claimsOf(t);
    expect(c.map((x) => [x.subject, x.property, x.value])).toContainEqual(["Tarn T9", "price_per_chip_hour_usd", 1.9]);
    expect(c.find((x) => x.property === "price_per_chip_hour_usd")?.kind).toBe("other");
    expect(c.filter((x) => /joule|score|dollar/.test(x.property))).toEqual([]);
  });

  it("a server's draw in kilowatts is server power, not rack power", () => {
    expect(all("The Tarn T9 uses 900 W, and our T9 server pulled 7.6 kW at the wall.")).toContainEqual(["Tarn T9 server", "server_power_kw", 7.6]);
  });

  it("'an eight-chip X server' keeps X a chip, so later figures of X are the chip's", () => {
    const t = "Brisco's Tarn T9 review got one number wrong. The 9,200 tokens per second figure is the throughput of a whole four-chip T9 server. The shipping T9 carries 160 GB of HBM3E and draws 900 W.";
    const s = all(t);
    expect(s).toContainEqual(["Tarn T9 server", "inference_tokens_per_second", 9200]);
    expect(s).toContainEqual(["Tarn T9", "memory_gb", 160]);
    expect(s).toContainEqual(["Tarn T9", "power_w", 900]);
  });

  it("'the B200, whose eight-GPU server managed N' is the B200's server", () => {
    expect(all("Per chip the Tarn T9 runs 9% ahead of the B200, whose eight-GPU server managed 17,300 tokens per second.")).toContainEqual(["B200 server", "inference_tokens_per_second", 17300]);
  });

  it("a chip named after a comparison in a later clause is not the figure's chip", () => {
    const s = all("Tarn's T9 has 160 GB of HBM3E. Its board power is 900 W, and it runs about 9% ahead of the B200.");
    expect(s).not.toContainEqual(["B200", "power_w", 900]);
  });

  it("a statement the next sentence refutes is no claim", () => {
    const s = all("Tarn's T9 accelerator has 160 GB of HBM3E. One blog said the T9 delivers 9,200 tokens per second per chip. It does not. A spec sheet also listed 192 GB of HBM3E for the T9. Tarn told us that is a typo.");
    expect(s).toContainEqual(["Tarn T9", "memory_gb", 160]);
    expect(s).not.toContainEqual(["Tarn T9", "inference_tokens_per_second", 9200]);
    expect(s).not.toContainEqual(["Tarn T9", "memory_gb", 192]);
  });
});

describe("capacity: no owner guessed", () => {
  it("capacity a company rents from the speaker's company is not the renter's own", () => {
    const s = all("Dorrit Energy rents capacity from us, roughly four hundred megawatts across two sites.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("'it' that is a deal does not hand its gigawatts to the last company named", () => {
    const s = all("Pellam Systems is our anchor customer. It's a five-year deal, north of one gigawatt once it's ramped.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("a company's own capacity is still read", () => {
    expect(all("Dorrit Energy expects to have 1.2 gigawatts of capacity by 2027.")).toContainEqual(["Dorrit Energy", "capacity_gw", 1.2]);
  });
});

describe("capacity of a site, percentages", () => {
  it("a campus's megawatts are the site's, not the company's", () => {
    const s = all("Lumora Data will start with a 250 MW campus near Tulsa. The Tulsa campus will reach 400 megawatts once fully built, Lumora Data says.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("capacity a company agrees to take from an unnamed party is not its own", () => {
    const s = all("Orvale, which will be the anchor tenant, has agreed to take at least 150 MW of capacity on a ten-year lease.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("a pronoun after the figure does not hand it to the last company named", () => {
    const s = all("Orvale will be the anchor tenant. The platform is planned to reach 2.2 GW by 2031, making it one of the largest in the region.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("a share move of a company the reader cannot name is not given to a company in the next clause", () => {
    const s = all("Pemberly shares jumped 8.1% in Oslo, while Intel shares fell 1.2% in New York.");
    expect(s).not.toContainEqual(["Intel", "stock_change_pct", 8.1]);
    expect(s).toContainEqual(["Intel", "stock_change_pct", -1.2]);
  });

  it("'X% faster than' and 'X% ahead of' a named chip are performance leads", () => {
    const s = all("Tarn's new T9 accelerator has 160 GB of HBM3E. Per chip, the Tarn T9 is 40% faster than the H100 and 7% ahead of AMD's MI300X.");
    expect(s).toContainEqual(["Tarn T9", "perf_increase_pct_vs_h100", 40]);
    expect(s).toContainEqual(["Tarn T9", "perf_increase_pct_vs_mi300x", 7]);
  });

  it("'X% less per token than' another chip is a cost reduction", () => {
    expect(all("Tarn's new T9 accelerator has 160 GB of HBM3E. A Tarn T9 rents for $1.90 per chip-hour, which works out to about 35% less per token than the H100.")).toContainEqual(["Tarn T9", "cost_reduction_pct", 35]);
  });
});

describe("capacity: pronouns and add-ons", () => {
  it("'IT capacity' is not the pronoun 'it'", () => {
    const s = all("Lumora Data signed a lease with Intel.\n\nKey facts:\n- 90 MW of IT capacity; grid connection for up to 120 MW\n");
    expect(s.filter((x) => x[1] === "capacity_gw" && x[0] === "Intel")).toEqual([]);
  });

  it("'for another N gigawatts' is more of a deal, not the company's own capacity", () => {
    const s = all("Broadcom is co-designing custom chips for another 4 gigawatts.");
    expect(s.filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });
});

describe("counts of a site", () => {
  it("chips a campus will house are not an order between the companies named", () => {
    const s = all("Hollis Cloud agreed to buy 10,000 GPUs from Nvidia. Hollis Cloud plans a £300 million campus near Leeds that will house 20,000 Nvidia B200 chips.");
    expect(s).not.toContainEqual(["Hollis Cloud -> Nvidia", "chip_count", 20000]);
  });
});
