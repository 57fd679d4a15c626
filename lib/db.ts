import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/db-url";

export type Db = PrismaClient;

/** A client on any SQLite URL (tests use temporary files). */
export function createDb(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url }) });
}

const globalForDb = globalThis as unknown as { dealscopeDb?: Db };

/** The one client of the app, reused across hot reloads in development. */
export const db: Db = globalForDb.dealscopeDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.dealscopeDb = db;
