import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";
import { chooseBrowser } from "../ensure-browser.ts";

/**
 * Debian's chromium where it is installed (CI and this machine cannot download browsers);
 * elsewhere Playwright's own browser, which `npm run test:e2e` installs first when it is missing
 * (scripts/ensure-browser.ts), so `npm test` works on a developer's laptop too.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const choice = chooseBrowser({ env: process.env, exists: existsSync, playwrightChromium: "" });
  if (choice.use !== "system") return {};
  return {
    executablePath: choice.path,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
