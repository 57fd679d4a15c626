import { expect, test } from "@playwright/test";

test("a reviewer rejects a claim, sees it marked as not counted, and restores it", async ({ page }) => {
  await page.goto("/claims?subject=Trainium3");
  const card = page.getByTestId("claim-card").first();
  await expect(card).toBeVisible();
  const id = await card.getAttribute("data-claim-id");
  await expect(card.getByTestId("review-state")).toHaveAttribute("data-state", "proposed");

  await card.getByRole("button", { name: `Reject claim ${id}` }).click();
  const same = page.locator(`[data-testid="claim-card"][data-claim-id="${id}"]`);
  await expect(same.getByTestId("review-state")).toHaveAttribute("data-state", "rejected", { timeout: 20_000 });
  await expect(same.getByTestId("review-state")).toContainText("not counted");

  await same.getByRole("button", { name: `Restore claim ${id}` }).click();
  await expect(same.getByTestId("review-state")).toHaveAttribute("data-state", "proposed", { timeout: 20_000 });
});
