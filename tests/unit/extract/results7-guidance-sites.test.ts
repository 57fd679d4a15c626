import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers";

const has = (text: string, subject: string, property: string, value: number) =>
  claimsOf(text).some((c) => c.subject === subject && c.property === property && Math.abs(c.value - value) < 1e-6 * Math.max(1, value));

describe("margin ranges and margin forecasts", () => {
  it("reads a forecast margin range as guidance", () => {
    const c = only("Marvell forecast a gross margin of 58% to 60% for the next quarter.", "gross_margin_guidance_pct");
    expect([c.subject, c.value, c.value_max, c.qualifier]).toEqual(["Marvell", 58, 60, "range"]);
  });
  it("reads 'between X% and Y%' as a range", () => {
    const c = only("Intel's gross margin was between 38% and 40%.", "gross_margin_pct");
    expect([c.value, c.value_max]).toEqual([38, 40]);
  });
  it("keeps a reported margin as the reported figure", () => {
    expect(has("Marvell's gross margin widened to 61.2% from 58.1% a year earlier.", "Marvell", "gross_margin_pct", 61.2)).toBe(true);
    expect(claimsOf("Marvell's gross margin widened to 61.2% from 58.1% a year earlier.").some((c) => /guidance/.test(c.property))).toBe(false);
  });
});

describe("segment revenue and guidance in a results story", () => {
  const story = "Marvell reported fiscal second-quarter results on Thursday.\n\n";
  it("gives a segment's growth-to figure to the quarter", () => {
    expect(has(story + "Data center revenue jumped 40% year over year to $1.4 billion.", "Marvell", "quarterly_data_center_revenue_usd", 1.4e9)).toBe(true);
  });
  it("reads a segment's guidance for the current period", () => {
    expect(has(story + "The company guided data center revenue to $1.6 billion in the current quarter.", "Marvell", "quarterly_data_center_revenue_guidance_usd", 1.6e9)).toBe(true);
  });
  it("reads 'pulled in ... in <segment> revenue' with the quarter opening the sentence, and 'guided to' for the next quarter", () => {
    const t = "In its fiscal second quarter, Marvell pulled in about $1.4 billion in AI chip revenue, and it guided to $1.7 billion for the next quarter.";
    expect(has(t, "Marvell", "quarterly_ai_revenue_usd", 1.4e9)).toBe(true);
    expect(has(t, "Marvell", "quarterly_ai_revenue_guidance_usd", 1.7e9)).toBe(true);
    expect(claimsOf(t).some((c) => c.property.startsWith("round_size"))).toBe(false);
  });
  it("reads a quarter's revenue forecast with no range as guidance", () => {
    expect(has("For the fiscal third quarter, Marvell expects revenue of approximately $2.5 billion.", "Marvell", "quarterly_revenue_guidance_usd", 2.5e9)).toBe(true);
  });
  it("does not read a forecast without a quarter as guidance", () => {
    expect(claimsOf("Marvell expects revenue of about $9 billion.").some((c) => /guidance/.test(c.property))).toBe(false);
  });
  it("reads the consensus 'analysts were looking for' and a record backlog", () => {
    const t = story + "Revenue guidance topped the $2.4 billion analysts were looking for. Marvell's consolidated backlog had reached a record $12 billion.";
    expect(has(t, "Marvell", "consensus_quarterly_revenue_usd", 2.4e9)).toBe(true);
    expect(has(t, "Marvell", "backlog_usd", 12e9)).toBe(true);
  });
});

describe("capacity: list lines, site attributes, oblique companies", () => {
  it("gives a vendor's list line to the buyer of the listed deals", () => {
    const t = "Anthropic has committed to buy $30 billion of compute capacity from Microsoft Azure. Its other deals:\n\n- Google: 1 gigawatt of TPUs, with Google pledging more equity\n";
    expect(has(t, "Anthropic -> Google Cloud", "capacity_gw", 1)).toBe(true);
  });
  it("leaves a list line with no buyer in context alone", () => {
    const t = "Cloud capacity by provider:\n\n- Google: 1 gigawatt of TPUs\n";
    expect(claimsOf(t).some((c) => c.subject.includes("->"))).toBe(false);
  });
  it("does not give a site's megawatts to the deal the sentence names", () => {
    const t = "Lambda will serve Microsoft from a new data center in Kansas City, Missouri, with 100 megawatts of capacity.";
    expect(claimsOf(t).some((c) => c.property === "capacity_gw")).toBe(false);
  });
  it("does not give a campus being built out to a company named earlier in the sentence", () => {
    const t = "The GPUs, housed in Nvidia systems, will be deployed at Crusoe's campus in Abilene, Texas, which is being built out to 1.2 gigawatts.";
    expect(claimsOf(t).some((c) => c.property === "capacity_gw" && c.subject === "Nvidia")).toBe(false);
  });
  it("does not give a figure to a company named only after 'with'", () => {
    const t = "Under its partnership with Nvidia, the kingdom will build AI factories with a projected capacity of up to 300 megawatts.";
    expect(claimsOf(t).some((c) => c.property === "capacity_gw" && c.subject === "Nvidia")).toBe(false);
  });
});

describe("counts", () => {
  it("does not count a vague 'several hundred thousand' GPUs", () => {
    const t = "xAI signed a deal with Nvidia. The sites will be powered by several hundred thousand Nvidia GPUs over the next three years.";
    expect(claimsOf(t).some((c) => c.property === "chip_count")).toBe(false);
  });
  it("gives the GPUs of many racks to the deal, not to one rack", () => {
    const t = "Cohere is in talks with AMD. Cohere said it would install 8 of AMD's Helios racks, or 576 MI450 GPUs, in Toronto.";
    const cs = claimsOf(t).filter((c) => c.property === "chip_count" && c.value === 576);
    expect(cs.some((c) => c.subject === "Helios")).toBe(false);
  });
  it("still gives one rack's GPUs to the rack", () => {
    const t = "AMD's Helios rack holds 72 MI450 GPUs.";
    expect(claimsOf(t).some((c) => c.property === "chip_count" && c.value === 72)).toBe(true);
  });
});
