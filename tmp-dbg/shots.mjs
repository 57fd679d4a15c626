import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const [,, path, out, dark] = process.argv;
if (dark) await page.addInitScript(() => localStorage.setItem("dealscope-theme", "dark"));
await page.goto("http://localhost:3102" + path, { timeout: 90000 });
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
