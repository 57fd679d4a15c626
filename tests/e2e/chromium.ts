import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/chromium-headless-shell", "/usr/bin/google-chrome"];

/**
 * Playwright drives Debian's Chromium (Playwright's own browser download cannot reach its
 * server here). $CHROMIUM_PATH wins; otherwise the usual install paths are tried.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      "Chromium is not installed. Install Debian's package and run the tests again:\n\n" +
        "    sudo apt-get update && sudo apt-get install -y chromium\n\n" +
        "(or point CHROMIUM_PATH at a Chromium binary).",
    );
  return found;
}
