import { expect, test } from "@playwright/test";

// A link to a record that does not exist says so, with a real 404 (not an empty page with 200).
for (const path of ["/deals/999999", "/deals/not-a-number", "/sources/999999", "/companies/no-such-company"]) {
  test(`${path} is a 404 that says the record does not exist`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the overview" })).toBeVisible();
  });
}
