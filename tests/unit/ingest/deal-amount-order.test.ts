import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { dealOrder, dealWhere } from "@/lib/queries/deal-where";
import { parseDealFilters } from "@/lib/validations/deal-filters";
import type { Claim } from "@/lib/validations/claim";
import { createTempDb } from "../helpers/temp-db";

const origin = { origin: "manual", reviewState: "accepted" } as const;
let temp: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => temp?.drop());

/** One sentence per deal; each claim quotes its own sentence. */
const deals: Array<[string, string, number]> = [
  ["Acme Capital -> Zeta Labs", "amount_usd", 2e9],
  ["Zeta Labs -> Nimbus Cloud", "capacity_gw", 5],
  ["Vega Fund -> Zeta Labs", "amount_usd", 5e8],
  ["Orla Partners -> Zeta Labs", "amount_eur", 9e8],
];
const sentences = deals.map(([s, p, v]) => `${s} ${p} ${v}.`);
const text = sentences.join(" ");
const claims: Claim[] = deals.map(([subject, property, value], i) => {
  const start = text.indexOf(sentences[i]);
  return {
    kind: "investment", subject, property, value, value_max: null, qualifier: "exact", status: "announced", as_of: "2026-03",
    quote: sentences[i], start, end: start + sentences[i].length,
  };
});

describe("deals sorted and filtered by amount", () => {
  it("dollar amounts come first in order, other units after them, never mixed in", async () => {
    await ingestSource(temp.db, { title: "Four deals", text }, () => claims, origin);
    const order = async (dir: "asc" | "desc") =>
      (await temp.db.deal.findMany({ orderBy: dealOrder({ sort: "amount", dir }), include: { fromCompany: true } })).map((d) => d.fromCompany.name);
    expect(await order("desc")).toEqual(["Acme Capital", "Vega Fund", "Orla Partners", "Zeta Labs"]);
    expect((await order("asc")).slice(0, 2)).toEqual(["Vega Fund", "Acme Capital"]);
  });

  it("an amount range keeps dollar deals only: 5 GW or €900M are not $1B", async () => {
    const where = dealWhere(parseDealFilters({ min: "1" }).data!);
    const found = await temp.db.deal.findMany({ where, include: { fromCompany: true } });
    expect(found.map((d) => d.fromCompany.name).sort()).toEqual(["Acme Capital", "Vega Fund"]);
  });
});
