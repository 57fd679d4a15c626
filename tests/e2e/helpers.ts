import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
