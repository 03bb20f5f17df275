import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's chromium where it is installed (CI and this machine cannot download browsers);
 * elsewhere Playwright's own browser, so `npm test` works on a developer's laptop too.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const system = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(system)) return {};
  return {
    executablePath: system,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  };
}
