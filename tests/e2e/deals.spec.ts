import { expect, test } from "@playwright/test";
import { LAPTOP, collectErrors, expectAccessible, inBothThemes, screenshot } from "./helpers";

test.use({ viewport: LAPTOP });

test("the deals table filters and sorts through the URL", async ({ page }) => {
  await page.goto("/deals");
  await expect(page.getByRole("heading", { name: "Deals", level: 1 })).toBeVisible();
  const rows = page.getByTestId("deal-row");
  await expect(rows.filter({ hasText: "Amazon → OpenAI" }).first()).toContainText("$50B");
  const before = await rows.count();
  expect(before).toBeGreaterThan(3);

  // Party filter: only deals involving OpenAI, and the URL says so.
  await page.getByRole("combobox", { name: "Party" }).selectOption("OpenAI");
  await expect(page).toHaveURL(/party=OpenAI/);
  await expect(rows.filter({ hasNotText: "OpenAI" })).toHaveCount(0);
  await expect(rows.first()).toContainText("OpenAI");

  // Kind filter narrows further; reloading the URL gives the same view (shareable).
  await page.getByRole("combobox", { name: "Kind" }).selectOption("equity");
  await expect(page).toHaveURL(/kind=equity/);
  await expect(rows.filter({ hasText: "Amazon → OpenAI" })).toHaveCount(1);
  await expect(rows.filter({ hasNotText: "Equity" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("equity");

  // Amount range (text fields apply on Enter): at least $20B keeps the $50B Amazon deal.
  await page.getByLabel("Min amount (USD)").fill("20B");
  await page.getByLabel("Min amount (USD)").press("Enter");
  await expect(page).toHaveURL(/min=20B/);
  await expect(rows.filter({ hasText: "Amazon → OpenAI" })).toHaveCount(1);
  // An impossible range says why it is empty.
  await page.getByLabel("Max amount (USD)").fill("30B");
  await page.getByLabel("Max amount (USD)").press("Enter");
  await expect(page.getByTestId("empty-state")).toContainText("No deals match");
  await expect(page.getByTestId("empty-state")).toContainText("OpenAI");

  // Sorting by amount, descending: the first row has the largest figure.
  await page.goto("/deals?sort=amount&dir=desc&kind=equity");
  await expect(page.getByRole("columnheader", { name: /Amount/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: /Amount.*sort ascending/ }).click();
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.getByRole("columnheader", { name: /Amount/ })).toHaveAttribute("aria-sort", "ascending");
});

test("bad deal filters are refused with the reason", async ({ page }) => {
  await page.goto("/deals?min=lots");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be applied" })).toContainText("is not an amount");
});

test("the Amazon → OpenAI deal page shows the estimate, the stages, the tranches and the disagreement", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/deals?party=Amazon");
  await page.getByRole("link", { name: "Amazon → OpenAI" }).first().click();
  await expect(page).toHaveURL(/\/deals\/\d+$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Amazon → OpenAI");

  // Best estimate with its reason: $50B announced beats $10B in talks.
  const estimate = page.getByTestId("best-estimate");
  await expect(estimate.getByTestId("best-estimate-figure")).toHaveText("$50B");
  await expect(estimate).toContainText("Why this figure");
  await expect(estimate).toContainText("latest deal stage");

  // Stage history: talks before announced.
  const stages = page.getByTestId("stage-history").locator("li");
  const order = await stages.evaluateAll((els) => els.map((e) => e.getAttribute("data-stage")));
  expect(order.indexOf("talks")).toBeGreaterThanOrEqual(0);
  expect(order.indexOf("talks")).toBeLessThan(order.indexOf("announced"));
  await expect(page.getByTestId("stage-history").locator('[data-stage="talks"]')).toContainText("$10B");

  // Tranches: the initial $15B.
  await expect(page.getByTestId("tranches")).toContainText("$15B");

  // The $10B vs $50B temporal disagreement is stated on the page.
  const disagreement = page.getByTestId("deal-disagreement").filter({ hasText: "$50B" }).filter({ hasText: "$10B" });
  await expect(disagreement.first()).toBeVisible();
  await expect(disagreement.first()).toHaveAttribute("data-type", "temporal");

  // Supporting claims are cards; the $10B ones are marked superseded with why.
  const superseded = page.locator('[data-testid="claim-card"][data-superseded="true"]');
  await expect(superseded.first()).toBeVisible();
  await expect(superseded.first().getByTestId("superseded")).toContainText(/earlier stage|older|fewer/);
  await expect(superseded.first().getByTestId("claim-figure")).toContainText("$10B");
  await expect(page.getByTestId("supporting").first()).toBeVisible();
  await expect(page.getByTestId("flag-disagreement").filter({ hasText: "$50B" }).first()).toHaveAttribute("data-type", "temporal");

  await inBothThemes(page, (theme) => expectAccessible(page, `deal page (${theme})`));
  await screenshot(page, "deal");
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  await screenshot(page, "deal-dark");
  expect(errors).toEqual([]);
});

test("the deals page passes axe and is screenshotted", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/deals");
  await expect(page.getByTestId("deal-row").first()).toBeVisible();
  await inBothThemes(page, (theme) => expectAccessible(page, `/deals (${theme})`));
  await screenshot(page, "deals");
  expect(errors).toEqual([]);
});

test("an unknown deal says so", async ({ page }) => {
  await page.goto("/deals/999999");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
