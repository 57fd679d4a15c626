import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // libSQL loads a native binary at run time; keep it out of the bundle.
  serverExternalPackages: ["@libsql/client", "@prisma/adapter-libsql", "libsql"],
  // The browser tests build into their own folder so they never clash with a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
