/**
 * `npm run db:seed`: loads the seed and corpus articles of prisma/seed/ (idempotent). Their claims
 * come from the extractor, as for any new article; the hand-annotated claims are test fixtures.
 */
import { createDb } from "../lib/db";
import { extractorOrigin, proposeClaims } from "../lib/ingest/ingest-article";
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
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
