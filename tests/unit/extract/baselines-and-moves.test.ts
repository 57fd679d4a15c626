import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim. */
const all = (t: string) => claimsOf(t).map((c) => [c.subject, c.property, c.value]);

describe("chip comparisons against a baseline", () => {
  it("a multiple followed by the baseline chip's possessive is the chip spoken of, over that baseline", () => {
    const t = "Google's TPU v7 carries 192 GB of HBM. Per chip, that is about four times TPU v6e's peak throughput.";
    expect(all(t)).toContainEqual(["TPU v7", "perf_multiple_vs_tpu_v6e", 4]);
    expect(all(t).filter((c) => c[0] === "TPU v6e")).toEqual([]);
  });

  it("a percentage gain in efficiency over 'the previous generation' goes to the predecessor", () => {
    const t = "The B300 packs 288 GB of HBM3e. Nvidia also promises 30% better power efficiency than the prior generation.";
    expect(all(t)).toContainEqual(["B300", "efficiency_increase_pct_vs_b200", 30]);
  });

  it("an unknown chip's gain over 'the previous generation' makes no claim", () => {
    const t = "The Ostra K5 packs 288 GB of HBM3e. Ostra also promises 30% better power efficiency than the prior generation.";
    expect(all(t).filter((c) => /increase_pct/.test(String(c[1])))).toEqual([]);
  });

  it("a percentage more bandwidth next to more capacity is memory bandwidth", () => {
    const t = "The MI355X keeps the CDNA layout. That gives it 50% more capacity and 30% more bandwidth than the MI300X.";
    const s = all(t);
    expect(s).toContainEqual(["MI355X", "memory_increase_pct_vs_mi300x", 50]);
    expect(s).toContainEqual(["MI355X", "memory_bandwidth_increase_pct_vs_mi300x", 30]);
  });

  it("memory risen from another chip's figure, 'an increase of' a percentage", () => {
    const t = "The B300 has 288 GB of HBM3e. HBM capacity goes up from 192 GB on the B200, an increase of 50%.";
    const c = claimsOf(t).find((x) => x.property === "memory_increase_pct_vs_b200");
    expect(c?.subject).toBe("B300");
    expect(c?.value).toBe(50);
  });

  it("a cost cut versus GPUs in a sentence naming no chip is the chip spoken of", () => {
    const t = "The Trainium3 is rated at 2.5 petaflops of FP8. Amazon claims buyers can lower inference costs by as much as 35% compared with comparable GPU instances.";
    const c = claimsOf(t).find((x) => x.property === "cost_reduction_pct");
    expect(c?.subject).toBe("Trainium3");
    expect(c?.value).toBe(35);
  });

  it("a company's own cost cut is not a chip's", () => {
    const t = "The Trainium3 is rated at 2.5 petaflops of FP8. Intel says it will cut costs by 20% this year.";
    expect(claimsOf(t).filter((x) => x.property === "cost_reduction_pct")).toEqual([]);
  });

  it("a sentence opening with a baseline system gives the multiples to the system spoken of", () => {
    const t = "The Trn3 UltraServer links 144 chips in one domain. Compared with a Trn2 UltraServer, Amazon says this is 3.5x more compute and 5x better performance per watt.";
    const s = all(t);
    expect(s).toContainEqual(["Trn3 UltraServer", "perf_multiple_vs_trn2_ultraserver", 3.5]);
    expect(s).toContainEqual(["Trn3 UltraServer", "efficiency_multiple_vs_trn2_ultraserver", 5]);
    expect(s.filter((c) => c[0] === "Trn2 UltraServer" && /multiple/.test(String(c[1])))).toEqual([]);
  });

  it("'the vendor says it's' a multiple is the vendor's chip, not the vendor", () => {
    const t = "Google's TPU v7 offers 4.6 petaflops of FP8 per chip. Google says it's 10x faster than TPU v5p.";
    expect(all(t)).toContainEqual(["TPU v7", "perf_multiple_vs_tpu_v5p", 10]);
  });
});

describe("system chip counts", () => {
  it("'up from N in the older system' is the older system's chip count", () => {
    const t = "The Trn3 UltraServer houses 144 Trainium3 chips, up from 64 in the Trn2 UltraServer.";
    const s = all(t);
    expect(s).toContainEqual(["Trn3 UltraServer", "chip_count", 144]);
    expect(s).toContainEqual(["Trn2 UltraServer", "chip_count", 64]);
  });

  it("'up from N in 2024' is no system's count", () => {
    const s = all("The Trn3 UltraServer houses 144 Trainium3 chips, up from 64 in 2024.");
    expect(s.filter((c) => c[2] === 64)).toEqual([]);
  });

  it("a '72-GPU' compound before a named rack is the rack's chip count", () => {
    expect(all("Nvidia's GB200 NVL72 is a 72-GPU rack built for training.")).toContainEqual(["GB200 NVL72", "chip_count", 72]);
  });

  it("a '1,000-GPU cluster' with no system named makes no claim", () => {
    expect(all("The startup built a 1,000-GPU cluster in Oslo last year.")).toEqual([]);
  });
});

describe("share moves", () => {
  it("sales that jump in a headline about shares are not a share move", () => {
    const s = all("Oracle shares slide after results even as cloud sales jump 52%");
    expect(s.filter((c) => c[1] === "stock_change_pct")).toEqual([]);
  });

  it("the shares' own move in the same sentence is kept", () => {
    expect(all("Intel shares fell 3% even though quarterly revenue rose 22%.")).toContainEqual(["Intel", "stock_change_pct", -3]);
  });

  it("'popped' is a share move", () => {
    const t = "Intel signed a supply deal with Apple, and its shares are in focus. Intel popped about 18% on March 3.";
    expect(all(t)).toContainEqual(["Intel", "stock_change_pct", 18]);
  });
});

describe("market-wrap share moves", () => {
  const wrap = "Tech stocks ended mixed on Tuesday.\n\n• Intel (+4.2%, to $38.10). The chipmaker rallied on a foundry deal.\n\n• Oracle (−1.8%). Shares dipped after a downgrade.\n\n• SoftBank (−3.0% in Tokyo). The group sold more assets.\n";

  it("a signed percentage in brackets after the company opening a line is its share move", () => {
    const s = all(wrap).filter((c) => c[1] === "stock_change_pct");
    expect(s).toContainEqual(["Intel", "stock_change_pct", 4.2]);
    expect(s).toContainEqual(["Oracle", "stock_change_pct", -1.8]);
    expect(s).toContainEqual(["SoftBank", "stock_change_pct", -3]);
  });

  it("bracketed growth figures inside a running sentence are not share moves", () => {
    const t = "Stocks were quiet. Cloud revenue growth by vendor:\nOracle (+14%) and Microsoft (+39%) led the field.";
    expect(all(t).filter((c) => c[1] === "stock_change_pct")).toEqual([]);
  });

  it("an unsigned percentage in brackets is not a share move", () => {
    expect(all("Shares were mixed.\n\n• Intel (12%). The chipmaker's share of the market.").filter((c) => c[1] === "stock_change_pct")).toEqual([]);
  });
});

describe("'the stock' after a paragraph about another company", () => {
  it("is the company the previous sentence spoke of, not the last company whose shares moved", () => {
    const t = "Intel jumped 9% on Monday after its shares were upgraded.\n\nOracle's cloud revenue hit $8bn last quarter, and its backlog is above $400bn. The stock still fell 6% on Friday.";
    const s = all(t).filter((c) => c[1] === "stock_change_pct");
    expect(s).toContainEqual(["Intel", "stock_change_pct", 9]);
    expect(s).toContainEqual(["Oracle", "stock_change_pct", -6]);
    expect(s).not.toContainEqual(["Intel", "stock_change_pct", -6]);
  });
});

describe("a sibling model beside a spelled-out spec unit", () => {
  const lead = "Pellar's P5 accelerator carries 256 GB of HBM3E and is built on a 3nm process. ";

  it("is the next chip of the same family", () => {
    const c = claimsOf(lead + "Next year, P6 moves to 2 nanometres.").find((x) => x.property === "process_nm" && x.value === 2);
    expect(c?.subject).toMatch(/P6$/);
  });

  it("a model of another family is not", () => {
    expect(claimsOf(lead + "Next year, R9 moves to 2 nanometres.").filter((x) => /R9/.test(x.subject))).toEqual([]);
  });
});
