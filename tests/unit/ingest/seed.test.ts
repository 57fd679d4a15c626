import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGoldClaims, seedDatabase } from "@/lib/ingest/seed";
import { readSeedArticles } from "@/lib/ingest/seed-articles";
import { bestEstimate } from "@/lib/reconcile";
import { toClaim } from "@/lib/claim-row";
import { isHeadlineProperty, type DealKind } from "@/lib/ingest/record-keys";
import { createTempDb } from "../helpers/temp-db";

const origin = { origin: "manual", reviewState: "accepted" } as const;
let temp: Awaited<ReturnType<typeof createTempDb>>;

beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => temp?.drop());

describe("seeding the database from the shipped articles", () => {
  it("loads every article once, and a second run adds nothing", async () => {
    const gold = await readGoldClaims();
    const claimsFor = (a: { file: string }) => gold.get(a.file) ?? [];
    const articles = await readSeedArticles();
    const first = await seedDatabase(temp.db, claimsFor, origin);
    expect(first.created).toBe(articles.length);
    const counts = async () => ({
      sources: await temp.db.source.count(),
      claims: await temp.db.claim.count(),
      deals: await temp.db.deal.count(),
      valuations: await temp.db.valuation.count(),
      specs: await temp.db.chipSpec.count(),
      companies: await temp.db.company.count(),
    });
    const before = await counts();
    expect(before.sources).toBe(articles.length);
    expect(before.claims).toBe(first.claims);
    expect(before.deals).toBeGreaterThan(0);

    const second = await seedDatabase(temp.db, claimsFor, origin);
    expect(second.created).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("stores every quote verbatim at its offsets", async () => {
    const sources = await temp.db.source.findMany({ include: { claims: true } });
    for (const s of sources) for (const c of s.claims) expect(s.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("derives each deal's figure, stage and source count from its claims", async () => {
    const deals = await temp.db.deal.findMany({ include: { claims: true, fromCompany: true, toCompany: true } });
    for (const deal of deals) {
      expect(deal.claims.length).toBeGreaterThan(0);
      for (const c of deal.claims) expect(c.subject).toBe(`${deal.fromCompany.name} -> ${deal.toCompany.name}`);
      expect(deal.sourceCount).toBe(new Set(deal.claims.map((c) => c.sourceId)).size);
      const headline = deal.claims.filter(
        (c) => isHeadlineProperty(deal.kind as DealKind, c.property) && c.property === deal.estimateProperty,
      );
      if (headline.length === 0) continue;
      const best = bestEstimate(headline.map(toClaim));
      expect(deal.estimateValue).toBe(best?.value);
      expect(deal.estimateQualifier).toBe(best?.qualifier);
    }
    const amazon = deals.find((d) => d.key === "amazon->openai:equity");
    expect(amazon?.status).toBe("announced");
    expect(amazon?.estimateValue).toBe(50e9);
    expect(amazon?.sourceCount).toBe(5);
  });

  it("files valuation claims under their company and chip specs under their chip", async () => {
    const valuations = await temp.db.valuation.findMany({ include: { claims: true, company: true } });
    expect(valuations.some((v) => v.company.name === "OpenAI")).toBe(true);
    for (const v of valuations) for (const c of v.claims) expect(c.subject).toBe(v.company.name);
    const specs = await temp.db.chipSpec.findMany({ include: { claims: true, chip: true } });
    for (const s of specs) for (const c of s.claims) expect(c.property).toBe(s.property);
    expect(specs.some((s) => s.chip.name === "Trainium3")).toBe(true);
  });
});
