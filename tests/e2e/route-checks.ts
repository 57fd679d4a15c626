import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks an export button and checks the download is a real PNG wider than 400 px; returns its width. */
export async function expectPngExport(page: Page, button: Locator, namePart: string): Promise<number> {
  const downloadPromise = page.waitForEvent("download");
  await button.click();
  const download = await downloadPromise;
  const today = new Date();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  expect(download.suggestedFilename()).toBe(`dealscope-${namePart}-${day}.png`);
  const file = await download.path();
  // Kept for a look: tests/artifacts/exports/<name>.png.
  await download.saveAs(`tests/artifacts/exports/${namePart}.png`);
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR is the first chunk: length (4) + "IHDR" (4), then width and height, big-endian.
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(100);
  return width;
}

/** No serious or critical WCAG 2 A/AA violation on the page as it stands (one implementation: helpers.ts). */
export async function expectNoSeriousA11yViolations(page: Page) {
  await expectAccessible(page, page.url());
}

/** Switches the theme with the header toggle (the choice is stored, so it carries to later pages). */
export async function setTheme(page: Page, theme: "light" | "dark") {
  const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  if (dark !== (theme === "dark")) await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark).*$/);
}
