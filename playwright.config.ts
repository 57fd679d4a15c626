import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The browser tests run against their own database, seeded from the shipped articles.
const E2E_DB = "file:" + path.join(process.cwd(), "prisma", "e2e.db");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/artifacts/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["html", { outputFolder: "tests/artifacts/report", open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1366, height: 900 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -f prisma/e2e.db && npm run db:migrate && npm run db:seed && npx next build && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { DATABASE_URL: E2E_DB, NEXT_DIST_DIR: ".next-e2e" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
