import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";
import { chooseBrowser } from "../ensure-browser.ts";

/**
 * Debian's chromium where it is installed (CI and this machine cannot download browsers);
 * elsewhere Playwright's own browser, which `npm run test:e2e` installs first when it is missing
 * (scripts/ensure-browser.ts), so `npm test` works on a developer's laptop too.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const path = systemChromium();
  return path ? { executablePath: path, args: [...chromiumFlags, "--disable-quic"] } : {};
}

/** The installed chromium to use (CHROMIUM_PATH, or Debian's), if there is one. */
export function systemChromium(): string | undefined {
  const choice = chooseBrowser({ env: process.env, exists: existsSync, playwrightChromium: "" });
  return choice.use === "system" ? choice.path : undefined;
}

/** A system chromium in a container: no sandbox or GPU, and none of its background traffic. */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
