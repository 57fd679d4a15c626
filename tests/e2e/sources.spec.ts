import { expect, test } from "@playwright/test";
import { LAPTOP, collectErrors, expectAccessible, inBothThemes, screenshot } from "./helpers";

test.use({ viewport: LAPTOP });

test("the sources list shows claim counts, contradiction rates and machine-written flags", async ({ page }) => {
  await page.goto("/sources");
  const rows = page.getByTestId("source-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(rows.first().getByTestId("contradiction-rate")).toHaveText(/^\d+(\.\d+)?%$/);
  // Sorting by contradiction rate puts the most contradicted first (URL-driven).
  await page.getByRole("link", { name: "Most contradicted" }).click();
  await expect(page).toHaveURL(/sort=contradiction/, { timeout: 20_000 });
  const rates = await rows.getByTestId("contradiction-rate").allInnerTexts();
  const numbers = rates.map((r) => Number.parseFloat(r));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await inBothThemes(page, (theme) => expectAccessible(page, `/sources (${theme})`));
  await page.goto("/sources");
  await screenshot(page, "sources");
});

test("machine-written articles are flagged and can be listed alone", async ({ page }) => {
  await page.goto("/sources?flagged=machine");
  const rows = page.getByTestId("source-row");
  const count = await rows.count();
  if (count === 0) {
    await expect(page.getByTestId("empty-state")).toContainText("machine-written");
  } else {
    await expect(rows.filter({ hasNot: page.getByTestId("machine-flag") })).toHaveCount(0);
  }
});

test("a source page shows its flags, its highlighted claims and its disagreements", async ({ page }) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: /Amazon announces \$50B investment in OpenAI/ }).first().click();
  await expect(page).toHaveURL(/\/sources\/\d+$/, { timeout: 20_000 });
  await expect(page.getByTestId("source-flags")).toContainText("Contradiction rate");
  expect(await page.locator("mark.claim").count()).toBeGreaterThan(3);
  const disagreement = page.getByTestId("source-disagreement").filter({ hasText: "Amazon -> OpenAI" }).filter({ hasText: "$10B" }).first();
  await expect(disagreement).toHaveAttribute("data-type", "temporal");
  await expect(disagreement).toContainText("$50B");
  // The other claim's link lands on its quote in the other article.
  const other = disagreement.getByRole("link", { name: "$10B" }).or(disagreement.getByRole("link", { name: /\$10B/ })).first();
  const href = await other.getAttribute("href");
  expect(href).toMatch(/^\/sources\/\d+#claim-\d+$/);
  await other.click();
  await expect(page).toHaveURL(new RegExp(href!.replace(/[?]/g, "\\?") + "$"), { timeout: 20_000 });
  await expect(page.locator(`mark.claim${href!.slice(href!.indexOf("#"))}`)).toBeVisible();
  await inBothThemes(page, (theme) => expectAccessible(page, `/sources/[id] (${theme})`));
  await screenshot(page, "source-detail");
});
