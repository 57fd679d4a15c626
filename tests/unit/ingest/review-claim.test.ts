import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSource } from "@/lib/ingest/ingest-source";
import { reviewClaim } from "@/lib/ingest/review-claim";
import type { Claim } from "@/lib/validations/claim";
import { createTempDb } from "../helpers/temp-db";

const origin = { origin: "manual", reviewState: "proposed" } as const;
let temp: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
  temp = await createTempDb();
});
afterAll(async () => temp?.drop());

function article(text: string, value: number, status: Claim["status"], asOf: string): [string, Claim] {
  const quote = text.slice(0, text.indexOf(","));
  return [
    text,
    { kind: "investment", subject: "Orion Fund -> Vega Labs", property: "amount_usd", value, value_max: null, qualifier: "exact", status, as_of: asOf, quote, start: 0, end: quote.length },
  ];
}

describe("reviewing a claim", () => {
  it("a rejected claim stops counting: the deal's figure and disagreements are recomputed, and restoring brings them back", async () => {
    const [t1, c1] = article("Orion Fund is in talks to invest $3 billion in Vega Labs, people said.", 3e9, "talks", "2026-01-10");
    const [t2, c2] = article("Orion Fund will invest $5 billion in Vega Labs, the companies announced.", 5e9, "announced", "2026-03-02");
    await ingestSource(temp.db, { title: "Talks", text: t1, publishedOn: "2026-01-10" }, () => [c1], origin);
    await ingestSource(temp.db, { title: "Deal", text: t2, publishedOn: "2026-03-02" }, () => [c2], origin);
    const deal = () => temp.db.deal.findFirstOrThrow({ include: { claims: true } });
    expect((await deal()).estimateValue).toBe(5e9);
    expect(await temp.db.disagreement.count()).toBe(1);

    const announced = (await deal()).claims.find((c) => c.value === 5e9)!;
    await reviewClaim(temp.db, announced.id, "rejected");
    const after = await deal();
    expect(after.estimateValue).toBe(3e9);
    expect(after.status).toBe("talks");
    expect(after.claims.map((c) => c.id)).not.toContain(announced.id);
    expect(await temp.db.disagreement.count()).toBe(0);

    await reviewClaim(temp.db, announced.id, "proposed");
    expect((await deal()).estimateValue).toBe(5e9);
    expect(await temp.db.disagreement.count()).toBe(1);
  });
});
