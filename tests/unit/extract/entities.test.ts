import { describe, expect, it } from "vitest";
import { CHIPS, COMPANIES, findEntities, resolveChip, resolveCompany } from "@/lib/extract/entities";
import { only } from "./helpers";

describe("entity registry", () => {
  it("has unique canonical names and slugs", () => {
    expect(new Set(COMPANIES.map((c) => c.slug)).size).toBe(COMPANIES.length);
    expect(new Set(CHIPS.map((c) => c.name)).size).toBe(CHIPS.length);
    for (const c of CHIPS) if (c.predecessor) expect(CHIPS.some((x) => x.name === c.predecessor)).toBe(true);
  });
  it.each([
    ["Amazon.com Inc.", "Amazon"],
    ["Nvidia Corp.", "Nvidia"],
    ["NVIDIA", "Nvidia"],
    ["SoftBank Group Corp.", "SoftBank"],
    ["the ChatGPT maker", "OpenAI"],
    ["Amazon Web Services", "AWS"],
    ["Alphabet Inc.", "Alphabet"],
  ])("company %s -> %s", (a, b) => expect(resolveCompany(a)?.name).toBe(b));
  it.each([
    ["Trainium 2", "Trainium2"],
    ["Trn2 chip", "Trainium2"],
    ["Trainium v5", "Trainium5"],
    ["Ironwood", "TPU v7"],
    ["Blackwell Ultra", "B300"],
  ])("chip %s -> %s", (a, b) => expect(resolveChip(a)?.name).toBe(b));
  it("finds mentions with offsets and possessives", () => {
    const t = "Amazon Web Services' chips and Nvidia's H100";
    const e = findEntities(t);
    expect(e.map((x) => x.name)).toEqual(["AWS", "Nvidia", "H100"]);
    expect(e[1].possessive).toBe(true);
    for (const x of e) expect(t.slice(x.start, x.end).length).toBeGreaterThan(0);
  });
  it("direction: who invests in whom", () => {
    expect(only("OpenAI received $2 billion from Microsoft.", "amount_usd").subject).toBe("Microsoft -> OpenAI");
    expect(only("The Claude maker got a $4 billion investment from Amazon.com Inc.", "amount_usd").subject).toBe("Amazon -> Anthropic");
  });
  it("its predecessor resolves through the registry", () => {
    expect(only("Trainium3 delivers 4.4 times the compute of its predecessor.", "perf_multiple_vs_trainium2").subject).toBe("Trainium3");
  });
});
