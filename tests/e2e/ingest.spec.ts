import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

const article = [
  "Microsoft to put $3 billion into Mistral AI",
  "",
  "March 3, 2026",
  "",
  "Microsoft will invest $3 billion in Mistral AI, the companies announced on Tuesday.",
].join("\n");

test("a pasted article becomes a source with its claims highlighted; re-submitting adds nothing", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Title").fill("Microsoft backs Mistral AI (test article)");
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Ingest article" }).click();
  await expect(page).toHaveURL(/\/sources\/\d+/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Microsoft backs Mistral AI (test article)" })).toBeVisible();
  await expect(page.locator("mark.claim").filter({ hasText: "$3 billion" }).first()).toBeVisible();

  await page.goto("/ingest");
  await page.getByLabel("Title").fill("Same text again");
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Ingest article" }).click();
  await expect(page.locator("#ingest-message")).toContainText("already in Dealscope");
});

test("bad input is refused with a clear message and the typed text is kept", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Title").fill("Only whitespace");
  await page.getByLabel("URL").fill("https://example.com/a");
  await page.getByLabel("Article text").fill("   \n  ");
  await page.getByRole("button", { name: "Ingest article" }).click();
  await expect(page.locator("#ingest-message")).toContainText("not stored");
  await expect(page.getByText("the article text is empty")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Only whitespace");
  await expect(page.getByLabel("URL")).toHaveValue("https://example.com/a");
  await page.screenshot({ path: "tests/artifacts/screens/ingest.png", fullPage: true });
});

test("the ingest page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/ingest");
  await expectAccessible(page, "ingest");
});
