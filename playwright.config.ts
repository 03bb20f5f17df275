import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/lib/browser.ts";

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 8181);

/** End-to-end specs by user task, in both languages. Runs against the built _site/. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `node --import tsx tests/serve-site.ts _site`,
    url: `http://127.0.0.1:${port}/en/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
});
