import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on("framenavigated", (f) => f === page.mainFrame() && console.log("nav", f.url()));
page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 200)));
await page.goto("http://localhost:3102/companies");
await page.getByTestId("graph-node").first().waitFor();
await page.waitForTimeout(1000);
await page.evaluate(() => {
  const orig = history.replaceState.bind(history);
  history.replaceState = (s, t, u) => { console.log("replaceState " + u + " " + new Error().stack.split("\n").slice(1, 6).join(" | ")); return orig(s, t, u); };
  const op = history.pushState.bind(history);
  history.pushState = (s, t, u) => { console.log("pushState " + u); return op(s, t, u); };
});
await page.getByTestId("graph-node").getByRole("link", { name: "OpenAI", exact: true }).click();
await page.waitForTimeout(8000);
console.log("final", page.url());
await browser.close();
