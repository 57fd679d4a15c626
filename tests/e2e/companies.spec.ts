import { expect as baseExpect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, expectPngExport, setTheme } from "./route-checks";

// Server re-renders after a filter change can take a few seconds under `next dev` on a small machine.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe("companies", () => {
  test("draws companies and deals, and highlights the circular flows in the seed data", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
    await expect(page).toHaveURL(/\/companies$/);
    const graph = page.getByTestId("company-graph");
    await expect(graph.getByTestId("graph-node").filter({ hasText: /^Amazon$/ })).toBeVisible();
    await expect(graph.getByTestId("graph-node").filter({ hasText: /^OpenAI$/ })).toBeVisible();
    expect(await graph.getByTestId("graph-edge").count()).toBeGreaterThan(10);
    await expect(graph.locator('.react-flow__edge[aria-label^="Amazon to OpenAI"]').first()).toBeAttached();

    // Nvidia invests in Anthropic and Anthropic buys Nvidia systems: a two-company circle.
    const cycles = page.getByTestId("cycle");
    await expect(cycles.filter({ hasText: "Anthropic → Nvidia → Anthropic" })).toBeVisible();
    await expect(cycles.filter({ hasText: "Anthropic → Nvidia → Anthropic" })).toContainText("Nvidia → Anthropic: Equity");
    // Microsoft's money comes back as Anthropic's Azure commitment (Azure counted with Microsoft).
    await expect(cycles.filter({ hasText: "Microsoft (with Microsoft Azure)" })).toBeVisible();
    const highlighted = graph.locator('[data-testid="graph-edge"][data-in-cycle="true"]');
    expect(await highlighted.count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId("flow-row").filter({ hasText: /^Nvidia → Anthropic/ }).first()).toContainText("yes");

    // A joint round ("Microsoft + Nvidia -> Anthropic") is one edge per member: Nvidia's leg closes the same circle.
    const nvidiaCycle = cycles.filter({ hasText: "Anthropic → Nvidia → Anthropic" });
    await expect(nvidiaCycle).toContainText("Microsoft + Nvidia → Anthropic: Equity");
    // Selecting one circle keeps its deals lit (one edge per deal it lists) and dims the rest (and is in the URL).
    const listed = await nvidiaCycle.getByRole("listitem").count();
    await nvidiaCycle.getByRole("button").click();
    await expect(page).toHaveURL(/cycle=\d+/);
    await expect(highlighted).toHaveCount(listed);
    await page.screenshot({ path: "tests/artifacts/screens/companies.png", fullPage: true });
  });

  test("focusing or hovering an edge lists its deal", async ({ page }) => {
    await page.goto("/companies");
    const details = page.getByTestId("edge-details");
    const edge = page.locator('.react-flow__edge[aria-label^="Amazon to OpenAI"]').first();
    await expect(edge).toBeAttached();
    await edge.focus();
    await expect(details).toContainText("Amazon → OpenAI");
    await expect(details).toContainText("$50B");
    await expect(details.getByRole("link", { name: /article \d+/ }).first()).toBeVisible();
    // Keyboard: Tab reaches the edges; Enter keeps the deal selected (in the URL).
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/deal=\d+/);
    // Mouse: hovering a row of the flow list lights the same deal.
    await page.getByTestId("flow-row").filter({ hasText: "SoftBank → OpenAI" }).hover();
    await expect(details).toContainText("SoftBank → OpenAI");
  });

  test("kind filter and cloud-unit switch change the URL and the graph", async ({ page }) => {
    await page.goto("/companies");
    const summary = page.getByTestId("graph-summary");
    await expect(summary).toContainText(/\d+ deals/);
    const before = Number((await summary.textContent())!.match(/(\d+) deals/)![1]);
    await page.getByLabel("Equity (money)").uncheck();
    await expect(page).toHaveURL(/kind=/);
    await expect(page).not.toHaveURL(/kind=[^&]*equity/);
    await expect(summary).not.toContainText(`${before} deals`);
    await expect(page.locator('.react-flow__edge[aria-label^="Amazon to OpenAI"]')).toHaveCount(0);

    await page.goto("/companies?units=separate");
    await expect(page.getByLabel("Cloud units")).toHaveValue("separate");
    await expect(page.getByTestId("cycle").filter({ hasText: "Anthropic → Nvidia → Anthropic" })).toBeVisible();
    // kept apart, Azure's income is not Microsoft's: no circle runs through Microsoft itself
    const circleThrough = (name: string) => page.getByTestId("cycle").getByRole("button").filter({ hasText: name });
    await expect(circleThrough("Microsoft")).toHaveCount(0);
    await page.getByLabel("Cloud units").selectOption("merged");
    await expect(page).not.toHaveURL(/units=/);
    await expect(circleThrough("Microsoft").first()).toBeVisible();
  });

  test("exports the graph as a PNG and passes axe in both themes", async ({ page }) => {
    await page.goto("/companies");
    await expect(page.getByTestId("graph-edge").first()).toBeAttached();
    await expectPngExport(page, page.getByRole("button", { name: "Export PNG" }), "companies");
    await expectNoSeriousA11yViolations(page);
    await setTheme(page, "dark");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "tests/artifacts/screens/companies-dark.png", fullPage: true });
  });

  test("a company page lists deals both ways and charts its valuations", async ({ page }) => {
    await page.goto("/companies");
    await expect(page.getByTestId("graph-edge").first()).toBeAttached();
    await page.getByTestId("graph-node").getByRole("link", { name: "OpenAI", exact: true }).click();
    await expect(page).toHaveURL(/\/companies\/openai$/);
    await expect(page.getByRole("heading", { name: "OpenAI", level: 1 })).toBeVisible();
    const incoming = page.getByTestId("deals-in");
    await expect(incoming.getByTestId("company-deal").filter({ hasText: "Amazon" })).toContainText("$50B");
    await expect(page.getByTestId("deals-out").getByTestId("company-deal").filter({ hasText: "Oracle" }).first()).toBeVisible();
    const chart = page.getByTestId("timeline-chart");
    await expect(chart.getByTestId("timeline-point").first()).toBeVisible();
    await chart.getByTestId("timeline-point").first().click();
    await expect(page.getByTestId("claims-panel")).toContainText("OpenAI valuation");
    await expectPngExport(page, chart.getByRole("button", { name: "Export PNG" }), "valuations-openai");
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "tests/artifacts/screens/company-openai.png", fullPage: true });
    // Counterparties link to their own page.
    await incoming.getByRole("link", { name: "Amazon" }).click();
    await expect(page).toHaveURL(/\/companies\/amazon$/);
    await expect(page.getByTestId("deals-out")).toContainText("OpenAI");
  });

  test("an unknown company says so", async ({ page }) => {
    // The status is sent before the page streams (loading.tsx), so the check is on what a user sees.
    await page.goto("/companies/no-such-company");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Not found");
  });
});
