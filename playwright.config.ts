import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The browser tests run against their own database (seeded from the shipped articles) and their
// own build folder, both named after the port so that two runs never share them.
const E2E_DB_FILE = path.join("prisma", `e2e-${PORT}.db`);
const DIST_DIR = `.next-e2e-${PORT}`;
// E2E_DEV=1 serves with `next dev` (no build; for quick iteration). CI uses the production build.
const SERVE = process.env.E2E_DEV === "1" ? `npx next dev -p ${PORT}` : `npx next build && npx next start -p ${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `tests/artifacts/results-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["html", { outputFolder: `tests/artifacts/report-${PORT}`, open: "never" }]],
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
    command: `rm -f ${E2E_DB_FILE} && npm run -s db:migrate && npm run -s db:seed && ${SERVE}`,
    url: `http://localhost:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { DATABASE_URL: "file:" + path.join(process.cwd(), E2E_DB_FILE), NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
