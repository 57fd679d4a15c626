/**
 * npm run --silent ingest -- [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD] FILE...
 * Stores each article (extractor-proposed claims) in $DATABASE_URL (default prisma/dealscope.db).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import { readArticleFile } from "@/lib/ingest/text";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
    },
  });
  if (positionals.length === 0) throw new Error("usage: ingest [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD] FILE...");
  const db = createDb();
  let failed = 0;
  try {
    for (const file of positionals) {
      try {
        const text = readArticleFile(file);
        const title = values.title ?? text.split("\n").find((l) => l.trim())!.trim().slice(0, 300);
        const result = await ingestArticle(db, {
          title,
          publisher: values.publisher ?? null,
          url: values.url ?? null,
          publishedOn: values.published ?? null,
          fileName: path.basename(file),
          provenance: `Ingested from ${file} with the CLI`,
          text,
        });
        console.log(
          result.created
            ? `${file}: source ${result.sourceId}, ${result.claimCount} claims`
            : `${file}: already stored as source ${result.sourceId}; nothing added`,
        );
      } catch (error) {
        failed++;
        console.error(`${file}: refused: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    await db.$disconnect();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
