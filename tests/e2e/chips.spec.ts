import { expect as baseExpect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectPngExport, setTheme } from "./route-checks";

const expect = baseExpect.configure({ timeout: 20_000 });

test.describe("chips", () => {
  test("compares chip specs with sources, switching metric through the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Chips" }).click();
    await expect(page).toHaveURL(/\/chips$/);
    const chart = page.getByTestId("chip-chart");
    await expect(chart).toContainText("Peak FP8 (TFLOPS)");
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(chart).toContainText("B200");
    await expect(chart).toContainText("4,614 TFLOPS");

    const rows = page.getByTestId("chip-row");
    for (const chip of ["B200", "H100"]) await expect(rows.filter({ hasText: chip }).first()).toBeVisible();
    // Each figure links to the sentence that states it.
    const b200 = rows.filter({ hasText: /^B200Nvidia/ });
    await expect(b200).toContainText("192 GB");
    await expect(b200.getByRole("link", { name: /Source 1 for/ }).first()).toHaveAttribute("href", /^\/sources\/\d+#claim-\d+$/);

    await page.getByText("Memory", { exact: true }).click();
    await expect(page).toHaveURL(/metric=memory_gb/);
    await expect(chart).toContainText("Memory (GB)");
    await expect(chart).toContainText("192 GB");
    await page.screenshot({ path: "tests/artifacts/screens/chips.png", fullPage: true });

    // Systems (Trn2 instances and servers) only when asked.
    await expect(rows.filter({ hasText: "Trn2 UltraServer" })).toHaveCount(0);
    await page.getByLabel(/Include systems/).check();
    await expect(page).toHaveURL(/systems=true/);
    await expect(rows.filter({ hasText: "Trn2 UltraServer" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Trainium" }).first()).toBeVisible();
  });

  test("implausible figures are flagged with the reason and left out of the chart", async ({ page }) => {
    await page.goto("/chips?metric=peak_fp16_tflops");
    const chart = page.getByTestId("chip-chart");
    await expect(chart).toContainText("Peak FP16 (TFLOPS)");
    const excluded = page.getByTestId("excluded-figures");
    await expect(excluded).toContainText("Not plotted: implausible figures");
    await expect(excluded).toContainText("H100 1.23 TFLOPS");
    await expect(excluded).toContainText("far too slow");
    // Not drawn: no bar for a figure that is only implausible.
    await expect(page.getByTestId("chip-chart-empty")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(0);
    // In the table, the figure is struck through with the reason.
    const h100 = page.getByTestId("chip-row").filter({ hasText: /^H100/ });
    await expect(h100.getByTestId("implausible-figure")).toContainText("excluded: below ~50 TFLOPS");
  });

  test("exports the chart as a PNG and passes axe in both themes", async ({ page }) => {
    await page.goto("/chips?metric=peak_fp4_tflops");
    await expect(page.getByTestId("chip-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expectPngExport(page, page.getByRole("button", { name: "Export PNG" }), "chips-fp4");
    await expectNoSeriousA11yViolations(page);
    await setTheme(page, "dark");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "tests/artifacts/screens/chips-dark.png", fullPage: true });
  });
});
