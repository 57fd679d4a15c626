/** `npm run db:seed`: loads the seed and corpus articles (idempotent). */
import { createDb } from "../lib/db";
import { readGoldClaims, seedDatabase } from "../lib/ingest/seed";

async function main() {
  const db = createDb();
  try {
    const gold = await readGoldClaims();
    const report = await seedDatabase(db, (article) => gold.get(article.file) ?? [], {
      origin: "manual",
      reviewState: "accepted",
    });
    console.error(
      report.created
        ? `seeded ${report.created} of ${report.articles} articles with ${report.claims} claims`
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
