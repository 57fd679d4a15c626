import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Our routes are checked at a 1280px laptop width. */
export const LAPTOP = { width: 1280, height: 800 };

/** No serious or critical WCAG 2 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(summary, `${label}: axe violations`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screens/${name}.png`, fullPage: true });
}

/** Runs a check in light and dark theme (the `dark` class on <html>, as the theme toggle sets it). */
export async function inBothThemes(page: Page, check: (theme: "light" | "dark") => Promise<void>) {
  await check("light");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await check("dark");
  await page.evaluate(() => document.documentElement.classList.remove("dark"));
}

/** Collects the page's console errors and uncaught exceptions (hydration mismatches show up here). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    // Playwright hides the caret while screenshotting; if that lands before hydration React reports the style.
    if (m.type() === "error" && !m.text().includes("caret-color") && !m.location().url.endsWith("/favicon.ico")) errors.push(`${m.text().slice(0, 300)} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
