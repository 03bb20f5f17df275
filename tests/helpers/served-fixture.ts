import { test } from "@playwright/test";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fixtureProject, runCli, type FixtureFiles } from "../../scripts/lib/fixture-site.ts";
import { serveStatic } from "../../scripts/lib/static-server.ts";

export interface ServedFixture {
  /** The fixture project's folder. */
  dir: string;
  /** http://127.0.0.1:<port> serving its _site/. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A fixture content tree, built with the real build and served on a free port: for specs whose
 * story the real content cannot tell (an open action item, a French-only post, ...).
 * `prepare` runs in the project before the build (an import, say) and returns an error or "".
 */
export async function servedFixture(
  files: FixtureFiles,
  options: { menuPages?: boolean; prepare?: (dir: string) => Promise<string> } = {},
): Promise<ServedFixture> {
  const dir = await fixtureProject(files, options.menuPages === false ? { menuPages: false } : {});
  const prepared = options.prepare ? await options.prepare(dir) : "";
  if (prepared) throw new Error(prepared);
  const built = await runCli(dir, "build");
  if (built.code !== 0) throw new Error(`the fixture did not build:\n${built.stderr}`);
  const server: Server = await serveStatic(path.join(dir, "_site"), 0);
  return {
    dir,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A spec's own served fixture: built once before its tests (serially, in one worker) and closed
 * after them.
 */
export function servedFixtureForSpec(
  files: FixtureFiles,
  { buildTimeoutMs = 120_000, ...options }: Parameters<typeof servedFixture>[1] & { buildTimeoutMs?: number } = {},
): { readonly origin: string } {
  let site: ServedFixture | undefined;
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    test.setTimeout(buildTimeoutMs);
    site = await servedFixture(files, options);
  });
  test.afterAll(() => site?.close());
  return {
    get origin() {
      if (!site) throw new Error("the fixture site is served from beforeAll on");
      return site.origin;
    },
  };
}
