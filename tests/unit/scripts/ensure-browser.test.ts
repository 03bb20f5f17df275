import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { chooseBrowser } from "../../../scripts/ensure-browser.ts";

const playwrightChromium = "/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test("with Debian's chromium, the browser tests use it and nothing is downloaded", () => {
  assert.deepEqual(chooseBrowser({ env: {}, exists: only("/usr/bin/chromium"), playwrightChromium }), { use: "system", path: "/usr/bin/chromium" });
  assert.deepEqual(chooseBrowser({ env: {}, exists: only("/usr/bin/chromium", playwrightChromium), playwrightChromium }), {
    use: "system",
    path: "/usr/bin/chromium",
  });
});

test("CHROMIUM_PATH names another system browser", () => {
  assert.deepEqual(chooseBrowser({ env: { CHROMIUM_PATH: "/opt/chromium/chrome" }, exists: only("/opt/chromium/chrome"), playwrightChromium }), {
    use: "system",
    path: "/opt/chromium/chrome",
  });
});

test("without a system chromium, Playwright's is used once installed, and installed when missing", () => {
  assert.deepEqual(chooseBrowser({ env: {}, exists: only(playwrightChromium), playwrightChromium }), { use: "playwright", path: playwrightChromium });
  assert.deepEqual(chooseBrowser({ env: {}, exists: only(), playwrightChromium }), { use: "install" });
  assert.deepEqual(chooseBrowser({ env: { CHROMIUM_PATH: "/nowhere/chrome" }, exists: only(), playwrightChromium }), { use: "install" });
});

test("npm test makes sure of a browser before the browser tests", async () => {
  const { scripts } = JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> };
  assert.match(scripts["pretest:e2e"] ?? "", /scripts\/ensure-browser\.ts/);
  assert.match(scripts.test ?? "", /npm run test:e2e/, "the pre-script runs only through `npm run test:e2e`");
});
