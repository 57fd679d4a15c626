import { expect, test } from "@playwright/test";
import { LAPTOP, collectErrors, expectAccessible, inBothThemes, screenshot } from "./helpers";

test.use({ viewport: LAPTOP });

test("claim cards show the figure, the quote with the figure marked, and the source", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/claims");
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  const cards = page.getByTestId("claim-card");
  await expect(cards.first()).toBeVisible();
  const first = cards.first();
  await expect(first.getByTestId("claim-figure")).toHaveText(/\d/);
  await expect(first.locator("blockquote mark.figure")).toHaveText(/\d/);
  await expect(first.getByTestId("claim-source-link")).toHaveAttribute("href", /^\/sources\/\d+#claim-\d+$/);
  await expect(page.getByTestId("result-count")).toContainText(/Showing 1–\d+ of \d+ claims/);

  // Pagination keeps going through the URL.
  await page.getByRole("link", { name: "Next" }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("result-count")).toContainText("page 2");

  await inBothThemes(page, (theme) => expectAccessible(page, `/claims (${theme})`));
  await page.goto("/claims");
  await expect(cards.first()).toBeVisible();
  await screenshot(page, "claims");
  expect(errors).toEqual([]);
});

test("a claim card links to its quote highlighted in the article", async ({ page }) => {
  await page.goto("/claims?subject=Amazon+-%3E+OpenAI&property=amount_usd");
  const card = page.getByTestId("claim-card").filter({ has: page.getByTestId("claim-figure").filter({ hasText: /^\$50B$/ }) }).first();
  const claimId = await card.getAttribute("data-claim-id");
  await card.getByTestId("claim-source-link").click();
  await expect(page).toHaveURL(new RegExp(`/sources/\\d+#claim-${claimId}$`), { timeout: 20_000 });
  const mark = page.locator(`mark.claim#claim-${claimId}`);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute("title", /amount_usd: \$50B/);
});

test("filters change the URL and the claims shown", async ({ page }) => {
  await page.goto("/claims");
  const cards = page.getByTestId("claim-card");

  await page.getByRole("combobox", { name: "Kind" }).selectOption("valuation");
  await expect(page).toHaveURL(/kind=valuation/);
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ hasNotText: "valuation" })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Kind" }).selectOption("investment");
  await page.getByRole("combobox", { name: "Property" }).fill("amount_usd");
  await page.getByRole("combobox", { name: "Property" }).press("Enter");
  await expect(page).toHaveURL(/property=amount_usd/);
  await expect(cards.first()).toBeVisible();
  await expect(cards.locator(".font-mono").filter({ hasNotText: /^amount_usd$/ })).toHaveCount(0);

  // Several sources at once.
  await page.getByRole("checkbox", { name: /Amazon announces \$50B/ }).check();
  await expect(page).toHaveURL(/source=\d+/);
  await page.getByRole("checkbox", { name: /Amazon in early talks/ }).check();
  await expect(page).toHaveURL(/source=\d+&source=\d+|source=\d+.*source=\d+/);
  await expect(cards.filter({ hasText: "$50B" }).first()).toBeVisible();
  await expect(cards.filter({ hasText: "$10B" }).first()).toBeVisible();
  const sourcesShown = () =>
    cards.getByTestId("claim-source-link").evaluateAll((els) => new Set(els.map((e) => e.getAttribute("href")!.split("#")[0])).size);
  await expect.poll(sourcesShown).toBe(2);

  // Flags: only claims in a temporal disagreement, each showing it.
  await page.getByRole("combobox", { name: "Disagreement type" }).selectOption("temporal");
  await expect(page).toHaveURL(/disagreement=temporal/);
  await expect(cards.first()).toBeVisible();
  await expect(cards.filter({ hasNot: page.locator('[data-testid="flag-disagreement"][data-type="temporal"]') })).toHaveCount(0);
});

test("the Amazon → OpenAI $10B vs $50B disagreement shows on the cards and in the grouped view", async ({ page }) => {
  await page.goto("/claims?subject=Amazon+-%3E+OpenAI&property=amount_usd&flag=disagreement");
  const talks = page.getByTestId("claim-card").filter({ has: page.getByTestId("claim-figure").filter({ hasText: "$10B" }) }).first();
  const flag = talks.getByTestId("flag-disagreement").filter({ hasText: "$50B" }).first();
  await expect(flag).toHaveAttribute("data-type", "temporal");
  await expect(flag).toContainText("talks");
  // The link to the other claim opens that claim.
  await flag.getByRole("link", { name: "See the other claim" }).click();
  await expect(page).toHaveURL(/\/claims\?id=\d+/, { timeout: 20_000 });
  await expect(page.getByTestId("claim-card")).toHaveCount(1);
  await expect(page.getByTestId("claim-figure")).toHaveText("$50B");

  await page.goto("/claims");
  await page.getByRole("link", { name: "Disagreements only" }).click();
  await expect(page).toHaveURL(/view=disagreements/, { timeout: 20_000 });
  const group = page.getByTestId("disagreement-group").filter({ hasText: "Amazon -> OpenAI" }).filter({ hasText: "amount_usd" });
  await expect(group.first()).toBeVisible();
  const pair = group.first().locator('[data-testid="disagreement-pair"][data-type="temporal"]').first();
  await expect(pair).toContainText("$10B");
  await expect(pair).toContainText("$50B");
  await inBothThemes(page, (theme) => expectAccessible(page, `/claims?view=disagreements (${theme})`));
  await screenshot(page, "claims-disagreements");
});

test("an empty result says why", async ({ page }) => {
  await page.goto("/sources");
  const href = await page.getByRole("link", { name: /MI355X/ }).first().getAttribute("href");
  const id = href!.split("/").pop();
  await page.goto(`/claims?source=${id}&kind=valuation`);
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText(/No claims match: source ".*MI355X.*" has no valuation claims/);
  await empty.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/claims$/, { timeout: 20_000 });
});

test("bad claim filters are refused with the reason", async ({ page }) => {
  await page.goto("/claims?kind=rumour");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be applied" })).toContainText("kind");
});
