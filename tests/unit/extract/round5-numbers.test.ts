import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

/** [subject, property, value] of every claim. */
const all = (t: string, at: string | null = null) => claimsOf(t, at).map((c) => [c.subject, c.property, c.value]);

describe("capacity: own power, clause pairs, leases", () => {
  it("'It now has N gigawatts' after a company's sentence is that company's own power, not the article's last deal", () => {
    const s = all("Tessaly Labs agreed to pay Morrow Cloud $200 million for capacity. Morrow Cloud reported revenue of $900 million. It now has about 0.8 gigawatts of active power and a fleet of more than 90,000 GPUs.");
    expect(s).toContainEqual(["Morrow Cloud", "power_gw", 0.8]);
    expect(s).toContainEqual(["Morrow Cloud", "chip_count", 90000]);
    expect(s.filter((x) => String(x[0]).includes("->") && x[1] !== "compute_commitment_usd")).toEqual([]);
  });

  it("a lab and a chipmaker in the figure's own clause are the deal's parties, even with a third company later", () => {
    const s = all("OpenAI agreed to deploy 3 gigawatts of AMD GPUs, and Oracle will deploy 20,000 AMD MI450 chips.");
    expect(s).toContainEqual(["OpenAI -> AMD", "capacity_gw", 3]);
    expect(s).toContainEqual(["Oracle -> AMD", "chip_count", 20000]);
  });

  it("a deal's gigawatts are capacity even when the words say power", () => {
    expect(all("Anthropic has a deal with Google Cloud requiring more than 2GW of power.")).toContainEqual(["Anthropic -> Google Cloud", "capacity_gw", 2]);
  });

  it("a lease for megawatts from a party the sentence does not name is dropped", () => {
    expect(all("Microsoft has signed a 12-year lease for the first 200 megawatts, which are due online in 2028.").filter((x) => x[1] === "capacity_gw")).toEqual([]);
  });

  it("contracted power and power that is active", () => {
    const t = "Corvane Cloud, Inc. Q2 2026 Earnings Call\n\nCompany Participants\nLiam Barrow - Chief Executive Officer\nNora Pell - Chief Financial Officer\n\nConference Call Participants\nEd Munro - Kestrel Securities\n\nOperator\n\nGood afternoon, and welcome to Corvane Cloud's second-quarter earnings call.\n\nNora Pell\n\nThanks. We now have 2.2 gigawatts of contracted power, of which 0.7 gigawatts is active. Our fleet passed 210,000 GPUs at quarter end.\n\nAdjusted EBITDA was $400 million, a margin of 48%.\n\nEd Munro\n\nThanks. How concentrated is the book?\n\nLiam Barrow\n\nOur largest customer was 31% of revenue, down from 44% a year ago. We expect to be at about 1.2 gigawatts active by December.\n";
    const s = all(t);
    expect(s).toContainEqual(["Corvane Cloud", "contracted_power_gw", 2.2]);
    expect(s).toContainEqual(["Corvane Cloud", "power_gw", 0.7]);
    expect(s).toContainEqual(["Corvane Cloud", "chip_count", 210000]);
    expect(s).toContainEqual(["Corvane Cloud", "adjusted_ebitda_margin_pct", 48]);
    expect(s.filter((x) => String(x[1]).includes("customer"))).toEqual([]);
    expect(s).toContainEqual(["Corvane Cloud", "power_gw", 1.2]);
  });
});

describe("chip figures shared by two chips, and a pod's chips", () => {
  it("'Both the X and the Y are rated at N watts' gives each chip the figure", () => {
    const s = all("Both the H200 and the MI325X are rated at 1,000 watts.");
    expect(s).toContainEqual(["H200", "power_w", 1000]);
    expect(s).toContainEqual(["MI325X", "power_w", 1000]);
  });

  it("'The X and the Y both carry N GB' gives each chip the figure", () => {
    const s = all("The H200 and the MI300X both carry more than 140 GB of HBM.");
    expect(s).toContainEqual(["H200", "memory_gb", 140]);
    expect(s).toContainEqual(["MI300X", "memory_gb", 140]);
  });

  it("a chip's pod 'of N chips' holds them", () => {
    expect(all("A full Ironwood pod of 4,096 chips reaches 19 exaflops.")).toContainEqual(["TPU v7 pod", "chip_count", 4096]);
  });

  it("a cluster of GPUs with no chip named is not guessed", () => {
    expect(all("A standard reserved cluster of 512 GPUs rents for about $1,200 an hour.").filter((x) => x[1] === "chip_count")).toEqual([]);
  });
});

describe("company percentages", () => {
  it("a gross margin in a sentence without a company is the topic company's", () => {
    const s = all("Bramble Compute raised $40 million in a Series A round. Annual recurring revenue reached $12 million in May, at a gross margin of 71%, the chief executive said.");
    expect(s).toContainEqual(["Bramble Compute", "gross_margin_pct", 71]);
  });

  it("a margin that narrowed 'to X% from Y%' gives both values", () => {
    const s = all("Tarn Cloud reported revenue of $2 billion. Operating margin narrowed to 21% from 25% as the company added capacity.");
    expect(s).toContainEqual(["Tarn Cloud", "operating_margin_pct", 21]);
    expect(s).toContainEqual(["Tarn Cloud", "operating_margin_pct", 25]);
  });

  it("a bare margin with no metric named is not guessed", () => {
    expect(all("Tarn Cloud said revenue rose to $2 billion, with a margin of 30%.").filter((x) => String(x[1]).includes("margin"))).toEqual([]);
  });

  it("a bond's coupon", () => {
    expect(all("Tarn Cloud issued $1.5 billion of senior notes with a coupon of 7.5%.")).toContainEqual(["Tarn Cloud", "coupon_pct", 7.5]);
  });
});

describe("stakes stated as 'a stake of N%'", () => {
  it("'X, in which Y holds a stake of N per cent' is Y's stake in X, not the sentence subject's", () => {
    const s = all("And then there is Morrow Cloud, in which Nvidia holds a stake of roughly 9 per cent and from which it buys capacity.");
    expect(s).toContainEqual(["Nvidia -> Morrow Cloud", "stake_pct", 9]);
    expect(s.filter((x) => x[1] === "stake_pct")).toHaveLength(1);
  });
});

describe("share moves with the direction after the figure", () => {
  it("'closed 2.8% higher', 'ended 1.5% lower'", () => {
    expect(all("Shares of Marrow Industries closed 2.8% higher at $48.50 on Tuesday.")).toContainEqual(["Marrow Industries", "stock_change_pct", 2.8]);
    expect(all("Shares of Marrow Industries ended 1.5% lower on Friday.")).toContainEqual(["Marrow Industries", "stock_change_pct", -1.5]);
  });

  it("a figure 'higher than expected' is no share move", () => {
    expect(all("Marrow Industries said its shares of the market were 3% higher than expected.").filter((x) => x[1] === "stock_change_pct")).toEqual([]);
  });
});
