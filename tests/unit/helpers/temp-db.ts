import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/prisma/engine";
import { createDb, type Db } from "@/lib/db";

/** A migrated SQLite database in a temporary folder, removed by `drop()`. */
export async function createTempDb(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dealscope-test-"));
  const url = "file:" + path.join(dir, "test.db");
  await applyMigrations(url);
  const db = createDb(url);
  return {
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
