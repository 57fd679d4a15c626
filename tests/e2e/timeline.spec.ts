import { expect as baseExpect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectPngExport, setTheme } from "./route-checks";

// Server re-renders after a filter change can take a few seconds under `next dev` on a small machine.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe("timeline", () => {
  test("plots deals and valuations, opens a point's claims, and lists undated figures apart", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
    const points = page.getByTestId("timeline-point");
    await expect(points.first()).toBeVisible();
    expect(await points.count()).toBeGreaterThan(5);
    // Each stage has its marker in the legend.
    const legend = page.getByRole("list", { name: "Legend" });
    for (const stage of ["Talks", "Announced", "Closed"]) await expect(legend).toContainText(stage);
    // A month-precision figure is labelled as such, never as a day.
    await expect(page.locator('[data-testid="timeline-point"][aria-label*="month only"]').first()).toBeAttached();
    // Undated figures are listed beside the chart, not plotted.
    const undated = page.getByTestId("undated-list");
    await expect(undated).toBeVisible();
    await expect(undated).toContainText("Amazon → OpenAI");

    // Clicking the Amazon → OpenAI talks point shows its quotes with links to the sentence.
    const amazon = page.locator('[data-testid="timeline-point"][aria-label^="Amazon → OpenAI: ≥ $10B"]').first();
    await amazon.click();
    await expect(page).toHaveURL(/point=/);
    const panel = page.getByTestId("claims-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Amazon → OpenAI" })).toBeVisible();
    await expect(panel.locator("blockquote").first()).toContainText(/\$10/);
    const link = panel.getByRole("link").first();
    await expect(link).toHaveAttribute("href", /^\/sources\/\d+#claim-\d+$/);
    await page.screenshot({ path: "tests/artifacts/screens/timeline.png", fullPage: true });

    // The same works from the keyboard.
    await page.getByRole("button", { name: "Close claims" }).click();
    await expect(panel).toBeHidden();
    await points.first().focus();
    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();

    // An undated figure opens its claims too.
    await undated.getByRole("button").first().click();
    await expect(panel).toContainText("undated");

    await link.click();
    await expect(page).toHaveURL(/\/sources\/\d+#claim-\d+$/);
  });

  test("filters by company through the URL", async ({ page }) => {
    await page.goto("/timeline");
    const summary = page.getByTestId("timeline-summary");
    await expect(summary).toContainText("for any company");
    await expect(page.getByTestId("timeline-point").first()).toBeVisible();
    const allCount = await page.getByTestId("timeline-point").count();
    await page.getByLabel("Company").selectOption({ label: "OpenAI" });
    await expect(page).toHaveURL(/company=openai/);
    await expect(summary).toContainText("for OpenAI");
    const points = page.getByTestId("timeline-point");
    await expect(points.first()).toBeVisible();
    expect(await points.count()).toBeLessThan(allCount);
    for (const label of await points.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? "")))
      expect(label).toMatch(/OpenAI/);
    // OpenAI has valuations: hollow markers labelled as such.
    await expect(page.locator('[data-testid="timeline-point"][aria-label^="OpenAI valuation"]').first()).toBeAttached();
    // The filter survives a reload (it lives in the URL).
    await page.reload();
    await expect(page.getByLabel("Company")).toHaveValue("openai");
    await expect(summary).toContainText("for OpenAI");
  });

  test("the as-of date shows only what was known then", async ({ page }) => {
    await page.goto("/timeline?company=amazon");
    await expect(page.getByTestId("timeline-summary")).toContainText("for Amazon");
    await expect(page.locator('[data-testid="timeline-point"][aria-label^="Amazon → OpenAI"]').first()).toBeAttached();
    await page.getByLabel("Known as of").fill("2025-10-01");
    await expect(page).toHaveURL(/asOf=2025-10-01/);
    await expect(page.getByTestId("timeline-summary")).toContainText("as known on 1 Oct 2025");
    // The Amazon → OpenAI talks were first reported in December 2025: not known on 1 Oct 2025.
    await expect(page.locator('[data-testid="timeline-point"][aria-label^="Amazon → OpenAI"]')).toHaveCount(0);
    await expect(page.getByTestId("timeline-empty")).toContainText("had been published by 1 Oct 2025");
    await page.getByLabel("Known as of").fill("2025-12-31");
    await expect(page).toHaveURL(/asOf=2025-12-31/);
    await expect(page.locator('[data-testid="timeline-point"][aria-label^="Amazon → OpenAI"]').first()).toBeAttached();
    await page.getByRole("button", { name: "Today" }).click();
    await expect(page).not.toHaveURL(/asOf=/);
  });

  test("exports the chart as a PNG, passes axe, and reads in dark mode", async ({ page }) => {
    await page.goto("/timeline");
    await expect(page.getByTestId("timeline-point").first()).toBeVisible();
    await expectPngExport(page, page.getByRole("button", { name: "Export PNG" }), "timeline");
    await expectNoSeriousA11yViolations(page);
    await setTheme(page, "dark");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "tests/artifacts/screens/timeline-dark.png", fullPage: true });
    await expectPngExport(page, page.getByRole("button", { name: "Export PNG" }), "timeline");
  });
});
