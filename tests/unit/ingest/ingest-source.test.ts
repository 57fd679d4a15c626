import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { decodeArticleBytes } from "@/lib/ingest/text";
import type { Claim } from "@/lib/validations/claim";
import { createTempDb } from "../helpers/temp-db";

const origin = { origin: "manual", reviewState: "accepted" } as const;
let temp: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => temp?.drop());

const text = "Acme Capital will invest $2 billion in Zeta Labs, the companies said on Monday.";
const claim: Claim = {
  kind: "investment",
  subject: "Acme Capital -> Zeta Labs",
  property: "amount_usd",
  value: 2e9,
  value_max: null,
  qualifier: "exact",
  status: "announced",
  as_of: "2026-03-02",
  quote: "Acme Capital will invest $2 billion in Zeta Labs",
  start: 0,
  end: 48,
};

describe("ingesting one article", () => {
  it("stores the source, its claim and a deal between new companies", async () => {
    const result = await ingestSource(temp.db, { title: "Acme backs Zeta", text }, () => [claim], origin);
    expect(result).toMatchObject({ created: true, claimCount: 1 });
    const deal = await temp.db.deal.findFirstOrThrow({ include: { fromCompany: true, toCompany: true } });
    expect([deal.fromCompany.name, deal.toCompany.name, deal.estimateValue]).toEqual(["Acme Capital", "Zeta Labs", 2e9]);
  });

  it("refuses empty and binary input with a clear message and writes nothing", async () => {
    const before = await temp.db.source.count();
    await expect(ingestSource(temp.db, { title: "Empty", text: "   " }, () => [], origin)).rejects.toThrow(/empty/);
    await expect(ingestSource(temp.db, { title: "Bin", text: "a\u0000b" }, () => [], origin)).rejects.toThrow(/binary/);
    expect(() => decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/);
    expect(await temp.db.source.count()).toBe(before);
  });

  it("rolls back the whole article when one claim is not verbatim", async () => {
    const before = await temp.db.claim.count();
    const other = "Beta Corp will invest $1 billion in Gamma AI.";
    const bad = { ...claim, subject: "Beta Corp -> Gamma AI", quote: "not in the text", start: 0, end: 15 };
    await expect(ingestSource(temp.db, { title: "Bad", text: other }, () => [bad], origin)).rejects.toThrow(/verbatim/);
    expect(await temp.db.claim.count()).toBe(before);
    expect(await temp.db.source.findFirst({ where: { title: "Bad" } })).toBeNull();
  });
});
