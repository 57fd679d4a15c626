import path from "node:path";

/** The SQLite database the app and scripts use: $DATABASE_URL, else prisma/dealscope.db. */
export function databaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return fromEnv;
  return "file:" + path.join(process.cwd(), "prisma", "dealscope.db");
}
