import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import type { Claim } from "@/lib/validations/claim";
import { ingestSource, type ClaimOrigin } from "@/lib/ingest/ingest-source";
import { findPublicationDate } from "@/lib/extract";
import { readSeedArticles, type SeedArticle } from "@/lib/ingest/seed-articles";
import { updateContradictionRates } from "@/lib/ingest/reconcile-claims";
import { ensureRegistry } from "@/lib/ingest/registry";

export interface SeedReport {
  articles: number;
  created: number;
  claims: number;
}

/** Hand-annotated claims (tests/fixtures/gold-*.json) keyed by article file. */
export async function readGoldClaims(): Promise<Map<string, Claim[]>> {
  const byFile = new Map<string, Claim[]>();
  for (const name of ["gold-seeds.json", "gold-corpus.json"]) {
    const file = path.join(process.cwd(), "tests", "fixtures", name);
    const gold = JSON.parse(await readFile(file, "utf8").catch(() => '{"claims":[]}')) as {
      claims: (Claim & { file: string; id: number })[];
    };
    for (const { file: article, id: _id, ...claim } of gold.claims) {
      byFile.set(article, [...(byFile.get(article) ?? []), claim]);
    }
  }
  return byFile;
}

/**
 * Loads every seed article as a Source with its claims. Idempotent: articles already stored
 * (same text) are skipped, so a second run adds nothing.
 */
export async function seedDatabase(
  db: Db,
  claimsFor: (article: SeedArticle, text: string) => Claim[],
  origin: ClaimOrigin,
  articles?: SeedArticle[],
): Promise<SeedReport> {
  const list = articles ?? (await readSeedArticles());
  // New registry entries (companies, chips, parent links) reach databases seeded before them.
  await db.$transaction((tx) => ensureRegistry(tx));
  const report: SeedReport = { articles: list.length, created: 0, claims: 0 };
  for (const article of list) {
    const result = await ingestSource(
      db,
      {
        title: article.title,
        publisher: article.publisher,
        url: article.url,
        // The manifest's date, else the date the article states itself (a dateline or byline).
        publishedOn: article.published ?? findPublicationDate(article.text),
        fileName: article.file,
        provenance: article.provenance,
        text: article.text,
      },
      (text) => claimsFor(article, text),
      origin,
      { updateRates: false },
    );
    if (result.created) report.created++;
    report.claims += result.claimCount;
  }
  if (report.created > 0) await db.$transaction((tx) => updateContradictionRates(tx), { timeout: 60_000 });
  return report;
}
