import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { reextractSources } from "@/lib/ingest/reextract-sources";
import { reviewClaim } from "@/lib/ingest/review-claim";
import type { Claim } from "@/lib/validations/claim";
import { createTempDb } from "../helpers/temp-db";

let temp: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => temp?.drop());

const old = { origin: "extractor", extractorName: "test", extractorVersion: "1", reviewState: "proposed" } as const;
const next = { name: "test", version: "2" };

const text = "Orion Fund will invest $5 billion in Vega Labs. Vega Labs is valued at $40 billion. Nimbus Cloud has 2 GW of capacity.";
/** A claim quoting the sentence that contains `needle`. */
function claimAt(needle: string, over: Partial<Claim> & Pick<Claim, "subject" | "property" | "value" | "kind">): Claim {
  const start = text.indexOf(needle);
  const end = text.indexOf(".", start);
  return { value_max: null, qualifier: "exact", status: null, as_of: "2026-03", quote: text.slice(start, end), start, end, ...over };
}
const invest = claimAt("Orion Fund", { kind: "investment", subject: "Orion Fund -> Vega Labs", property: "amount_usd", value: 5e9, status: "announced" });
const wrongValuation = claimAt("Vega Labs is valued", { kind: "valuation", subject: "Orion Fund", property: "valuation_usd", value: 40e9 });
const valuation = claimAt("Vega Labs is valued", { kind: "valuation", subject: "Vega Labs", property: "valuation_usd", value: 40e9 });
const capacity = claimAt("Nimbus Cloud", { kind: "other", subject: "Nimbus Cloud", property: "capacity_gw", value: 2 });

describe("re-reading stored articles with a newer extractor", () => {
  it("replaces the older extractor's unreviewed claims, keeps reviewed ones once, and rebuilds the records", async () => {
    const { sourceId } = await ingestSource(temp.db, { title: "Vega", text, publishedOn: "2026-03-02" }, () => [invest, wrongValuation, capacity], old);
    const investRow = await temp.db.claim.findFirstOrThrow({ where: { sourceId, property: "amount_usd" } });
    await reviewClaim(temp.db, investRow.id, "accepted");
    const capacityRow = await temp.db.claim.findFirstOrThrow({ where: { sourceId, property: "capacity_gw" } });
    await reviewClaim(temp.db, capacityRow.id, "rejected");
    expect(await temp.db.valuation.count()).toBe(1); // the wrong one, for "Orion Fund"

    const report = await reextractSources(temp.db, () => [invest, valuation, capacity], next);
    expect(report).toEqual({ sources: 1, added: 1, removed: 1, kept: 2 });
    const claims = await temp.db.claim.findMany({ where: { sourceId }, orderBy: { start: "asc" } });
    expect(claims.map((c) => [c.subject, c.reviewState, c.extractorVersion])).toEqual([
      ["Orion Fund -> Vega Labs", "accepted", "1"],
      ["Vega Labs", "proposed", "2"],
      ["Nimbus Cloud", "rejected", "1"], // the reader's rejection is not undone by a new proposal
    ]);
    const valuations = await temp.db.valuation.findMany({ include: { company: true } });
    expect(valuations.map((v) => [v.company.name, v.estimateValue])).toEqual([["Vega Labs", 40e9]]);
  });

  it("a second run with the same version changes nothing; hand-entered articles are never touched", async () => {
    const manualText = "Kestrel Capital invested $1 billion in Orbit Labs.";
    const manual: Claim = { kind: "investment", subject: "Kestrel Capital -> Orbit Labs", property: "amount_usd", value: 1e9, value_max: null, qualifier: "exact", status: "closed", as_of: null, quote: manualText.slice(0, -1), start: 0, end: manualText.length - 1 };
    await ingestSource(temp.db, { title: "Manual", text: manualText }, () => [manual], { origin: "manual", reviewState: "accepted" });
    const before = await temp.db.claim.count();
    let calls = 0;
    const report = await reextractSources(temp.db, () => (calls++, [capacity]), next);
    expect(report).toEqual({ sources: 0, added: 0, removed: 0, kept: 0 });
    expect(calls).toBe(0);
    expect(await temp.db.claim.count()).toBe(before);
  });
});
