import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

/** RFC 4180 reader, to check the export's quoting from the outside. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

test("the claims export (CSV and JSON) holds exactly the filtered claims on screen", async ({ page, request }) => {
  await page.goto("/claims?subject=Amazon+-%3E+OpenAI&property=amount_usd");
  const cards = page.getByTestId("claim-card");
  await expect(cards.first()).toBeVisible();
  const shownIds = (await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-claim-id")))).map(Number).sort((a, b) => a - b);
  const shownQuotes = await cards.locator("blockquote").allInnerTexts();

  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dealscope-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(await readFile((await file.path())!, "utf8"));
  expect(rows.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(shownIds);
  for (const r of rows) {
    expect(r.subject).toBe("Amazon -> OpenAI");
    expect(r.property).toBe("amount_usd");
  }
  // Quotes survive the CSV round trip verbatim (commas, quotes and all).
  for (const r of rows) expect(shownQuotes.some((q) => q.includes(r.quote))).toBe(true);
  expect(rows.find((r) => r.figure === "$50B")).toBeTruthy();

  const jsonHref = await page.getByTestId("export-json").getAttribute("href");
  expect(jsonHref).toContain("subject=Amazon");
  const response = await request.get(jsonHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="dealscope-claims-\d{4}-\d{2}-\d{2}\.json"/);
  const json = await response.json();
  expect(json.rows.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)).toEqual(shownIds);
});

test("the deals export matches the filtered deals table", async ({ page, request }) => {
  await page.goto("/deals?party=Amazon");
  const rows = page.getByTestId("deal-row");
  await expect(rows.first()).toBeVisible();
  const shown = (await rows.locator("td:first-child").allInnerTexts()).map((t) => t.trim()).sort();

  const csv = await request.get(await page.getByTestId("export-csv").getAttribute("href").then((h) => h!));
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/filename="dealscope-deals-\d{4}-\d{2}-\d{2}\.csv"/);
  const csvRows = parseCsv(await csv.text());
  expect(csvRows.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(shown);
  const amazon = csvRows.find((r) => r.from === "Amazon" && r.to === "OpenAI");
  expect(amazon?.estimate).toBe("$50B");
  expect(Number(amazon?.estimate_value)).toBe(50e9);

  const json = await (await request.get(await page.getByTestId("export-json").getAttribute("href").then((h) => h!))).json();
  expect(json.rows.map((r: { from: string; to: string }) => `${r.from} → ${r.to}`).sort()).toEqual(shown);
});

test("the disagreements and sources exports answer, and bad parameters get a 422 with the reason", async ({ request }) => {
  const disagreements = await request.get("/api/export/disagreements?subject=Amazon+-%3E+OpenAI&disagreement=temporal");
  expect(disagreements.status()).toBe(200);
  const body = await disagreements.json();
  expect(body.rows.length).toBeGreaterThan(0);
  for (const r of body.rows) expect(r.type).toBe("temporal");

  const sources = parseCsv(await (await request.get("/api/export/sources?format=csv")).text());
  expect(sources.find((s) => s.title.includes("Amazon announces $50B"))).toBeTruthy();

  const bad = await request.get("/api/export/claims?format=csv&kind=rumour");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error).toContain("kind");
  const badFormat = await request.get("/api/export/deals?format=xml");
  expect(badFormat.status()).toBe(422);
  const badAmount = await request.get("/api/export/deals?min=lots");
  expect(badAmount.status()).toBe(422);
  expect((await badAmount.json()).error).toContain("not an amount");
  expect((await request.get("/api/export/nothing")).status()).toBe(404);
});
