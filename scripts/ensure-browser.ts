import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isMain } from "../src/build/is-main.ts";

/** Debian's chromium, where CI and this project's machines have it (they cannot download browsers). */
export const systemChromium = "/usr/bin/chromium";

/** Which browser the browser tests run in, and whether one must be installed first. */
export type BrowserChoice = { use: "system"; path: string } | { use: "playwright"; path: string } | { use: "install" };

export interface BrowserFacts {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright's own chromium is, installed or not (`chromium.executablePath()`). */
  playwrightChromium: string;
}

/**
 * The system's chromium when there is one (`CHROMIUM_PATH`, else /usr/bin/chromium): nothing is
 * downloaded then. Otherwise Playwright's own chromium, installed once by `npm test` itself, so a
 * fresh laptop needs no step from the README.
 */
export function chooseBrowser({ env, exists, playwrightChromium }: BrowserFacts): BrowserChoice {
  const system = env.CHROMIUM_PATH || systemChromium;
  if (exists(system)) return { use: "system", path: system };
  if (exists(playwrightChromium)) return { use: "playwright", path: playwrightChromium };
  return { use: "install" };
}

// `npm run test:e2e` runs this first (its `pretest:e2e` script).
if (isMain(import.meta.url)) {
  const { chromium } = await import("@playwright/test");
  const choice = chooseBrowser({ env: process.env, exists: existsSync, playwrightChromium: chromium.executablePath() });
  if (choice.use === "install") {
    console.log("No chromium found: installing Playwright's (once; `npx playwright install chromium`).");
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const result = spawnSync(npx, ["playwright", "install", "chromium"], { stdio: "inherit" });
    process.exitCode = result.status ?? 1;
  }
}
