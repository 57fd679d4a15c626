import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it (and its Prisma adapter) out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // The browser tests build into their own folder so they never clash with a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
