/**
 * `npm run db:seed`: loads the seed and corpus articles of prisma/seed/ (idempotent). Their claims
 * come from the extractor, as for any new article; the hand-annotated claims are test fixtures.
 */
import { createDb } from "../lib/db";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION, extractorOrigin, proposeClaims } from "../lib/ingest/ingest-article";
import { reextractSources } from "../lib/ingest/reextract-sources";
import { seedDatabase } from "../lib/ingest/seed";

async function main() {
  const db = createDb();
  try {
    const started = performance.now();
    const report = await seedDatabase(db, (article, text) => proposeClaims(text, article.published), extractorOrigin);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      report.created
        ? `seeded ${report.created} of ${report.articles} articles with ${report.claims} extracted claims in ${seconds} s`
        : `seed articles already loaded (${report.articles}); nothing added`,
    );
    // articles stored by an older extractor (seeded or added before an upgrade) are read again
    const reread = await reextractSources(db, proposeClaims, { name: EXTRACTOR_NAME, version: EXTRACTOR_VERSION });
    if (reread.sources > 0)
      console.error(
        `re-read ${reread.sources} articles with extractor version ${EXTRACTOR_VERSION}: ${reread.added} claims proposed, ${reread.removed} older proposals replaced, ${reread.kept} reviewed claims kept`,
      );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
