import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourcedClaim } from "@/lib/reconcile";
import type { Claim } from "@/lib/validations/claim";

export const ROOT = path.resolve(__dirname, "../../..");

/** A made-up claim: only what a test cares about needs to be given. */
export function claim(over: Partial<SourcedClaim> & Pick<SourcedClaim, "value">): SourcedClaim {
  const quote = over.quote ?? `figure ${over.value}`;
  return {
    kind: "investment",
    subject: "Amazon -> OpenAI",
    property: "amount_usd",
    value_max: null,
    qualifier: "exact",
    status: null,
    as_of: null,
    start: 0,
    end: quote.length,
    source: "a.txt",
    sourceDate: null,
    ...over,
    quote,
  };
}

export type Gold = {
  articles: Array<{ file: string; published: string | null }>;
  claims: Array<Claim & { id: number; file: string }>;
  disagreements: Array<{ a: number; b: number; type: string; note: string }>;
  inconsistencies: Array<{ a: number; b: number; note: string }>;
};

export const GOLD_FILES = ["gold-seeds.json", "gold-corpus.json"].filter((f) => existsSync(path.join(ROOT, "tests/fixtures", f)));

export function loadGold(file: string): Gold {
  return JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures", file), "utf8"));
}

/** Gold claims as reconcile input: the source is the article file, its date the article's `published`. */
export function sourced(gold: Gold): SourcedClaim[] {
  const published = new Map(gold.articles.map((a) => [a.file, a.published]));
  return gold.claims.map(({ id: _id, file, ...c }) => ({ ...c, source: file, sourceDate: published.get(file) ?? null }));
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

export function article(file: string): string {
  return readFileSync(path.join(ROOT, "prisma/seed/articles", file), "utf8");
}
