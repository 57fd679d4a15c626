import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";
import { findNumbers } from "@/lib/extract/numbers";

const triples = (t: string) => claimsOf(t).map((c) => [c.subject, c.property, c.value]);

describe("numbers", () => {
  it("a bracketed amount with a lower-case m after a currency sign is millions; a bare 100m is not", () => {
    expect(findNumbers("€500 million (£430m)").map((n) => n.value)).toEqual([500e6, 430e6]);
    expect(findNumbers("a 100m sprint").map((n) => n.value)).toEqual([100]);
    expect(findNumbers("(US$75m)").map((n) => n.value)).toEqual([75e6]);
  });

  it("spoken decimals: 'two point four gigawatts', but not 'at one point two'", () => {
    expect(findNumbers("two point four gigawatts").map((n) => n.value)).toEqual([2.4]);
    expect(findNumbers("six point five billion").map((n) => n.value)).toEqual([6.5e9]);
    expect(findNumbers("At one point two rivals bid").map((n) => n.value)).toEqual([2]);
  });
});

describe("chip orders", () => {
  it("a chipmaker named in the counted phrase sells the chips ordered", () => {
    expect(triples("Oracle has placed an order for 60,000 Nvidia Hopper GPUs.")).toContainEqual(["Oracle -> Nvidia", "chip_count", 60000]);
    expect(triples("Oracle's order is for 25,000 Nvidia GPUs, not racks.")).toContainEqual(["Oracle -> Nvidia", "chip_count", 25000]);
  });

  it("'ordered 12,000 T5s': the plural of an unknown chip the article names goes to its vendor", () => {
    const t = "Tarvik Semiconductor launched the Tarvik T5 accelerator with 256 GB of HBM3E. Oracle has ordered 12,000 T5s.";
    expect(triples(t)).toContainEqual(["Oracle -> Tarvik Semiconductor", "chip_count", 12000]);
  });
});

describe("transcripts: 'we' is the speaking executive's company", () => {
  const t = `Grid Talk, episode 9, with Corvale Cloud CEO Mira Stenholm

ANA PIRES: How much power do you have?

MIRA STENHOLM: We have about two point four gigawatts live today.

ANA PIRES: And Microsoft?

MIRA STENHOLM: Microsoft leases capacity from us, roughly four hundred megawatts in Texas.

ANA PIRES: How many customers?

MIRA STENHOLM: A little over six hundred enterprise customers now. We'll be at roughly ninety thousand GPUs in the fleet by June, and we've got twenty thousand Tarvik T5s on order.`;
  const s = triples(t);
  it("capacity, customers and the fleet are the speaker's company's", () => {
    expect(s).toContainEqual(["Corvale Cloud", "capacity_gw", 2.4]);
    expect(s).toContainEqual(["Corvale Cloud", "enterprise_customer_count", 600]);
    expect(s).toContainEqual(["Corvale Cloud", "chip_count", 90000]);
  });
  it("a tenant that takes capacity 'from us' -> the speaker's company", () => {
    expect(s).toContainEqual(["Microsoft -> Corvale Cloud", "capacity_gw", 0.4]);
  });
  it("a label with the company in brackets", () => {
    const b = "Li Wen (CFO, Corvale Cloud): We run 40,000 GPUs in our fleet.\n\nHost: Thanks.\n\nLi Wen (CFO, Corvale Cloud): We have 300 paying customers.";
    expect(triples(b)).toContainEqual(["Corvale Cloud", "paying_customer_count", 300]);
  });
  it("no transcript, no speaker: 'we' alone is not guessed", () => {
    expect(triples("We have about two gigawatts live today.")).toEqual([]);
  });
});

describe("chip specs", () => {
  it("gigabytes right before a chip's name are its memory", () => {
    expect(triples("AMD's new part trails Nvidia's 288 GB Blackwell Ultra GPUs.")).toContainEqual(["B300", "memory_gb", 288]);
  });
  it("stacks of HBM; not in a passing 'with' phrase", () => {
    expect(triples("The H200 uses six stacks of HBM3e for 141 GB.")).toContainEqual(["H200", "hbm_stack_count", 6]);
    expect(triples("The H200 pairs one die with six stacks of HBM3e.").filter((x) => x[1] === "hbm_stack_count")).toEqual([]);
  });
  it("a bare figure compared with an earlier transistor count is a transistor count", () => {
    expect(triples("The B200 packs 208 billion transistors, far more than the H100's 80 billion.")).toContainEqual(["H100", "transistor_count", 80e9]);
  });
  it("'the two dies' are the chip's: their link is die-to-die", () => {
    expect(triples("The B200 has 192 GB of HBM3e. The two dies talk over a 10 TB/s on-package link.")).toContainEqual(["B200", "die_to_die_bandwidth_tbps", 10]);
  });
  it("'128 of them in a rack': the chip spoken of, in its rack", () => {
    expect(triples("The MI355X draws 1.4 kW. AMD will put 128 of them in a rack.")).toContainEqual(["MI355X rack", "chip_count", 128]);
  });
});

describe("compute deals", () => {
  it("a lab's deal named in the sentence before gives the counterparty; 'over a gigawatt' is 1 GW", () => {
    const t = "Anthropic has signed a deal with Google Cloud for more TPUs.\nUnder the deal, Anthropic will use up to 400,000 TPUs, over a gigawatt of capacity.";
    const s = triples(t);
    expect(s).toContainEqual(["Anthropic -> Google Cloud", "chip_count", 400000]);
    expect(s).toContainEqual(["Anthropic -> Google Cloud", "capacity_gw", 1]);
  });
});
