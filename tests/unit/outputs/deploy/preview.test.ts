import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { writeFile, chmod } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { startNginx } from "../../../../src/tools/nginx.ts";
import { freePort, nginxInstalled } from "../../../helpers/nginx.ts";
import { tempDir } from "../../../../scripts/lib/temp-dir.ts";

const skip = !nginxInstalled() && "nginx is not installed";

async function tinySite(): Promise<string> {
  const dir = await tempDir("govcloud-tiny-");
  await chmod(dir, 0o755);
  await writeFile(path.join(dir, "index.html"), "<!doctype html><title>t</title><h1>tiny</h1>");
  return dir;
}

test("preview:nginx serves a folder, and stopping it ends nginx and removes its private files", { skip }, async () => {
  const port = await freePort();
  const nginx = await startNginx({ siteDir: await tinySite(), port, stdio: "ignore" });
  const response = await fetch(`${nginx.url}/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /tiny/);
  const pid = nginx.process.pid;
  assert.ok(pid);
  const prefix = String(nginx.process.spawnargs[nginx.process.spawnargs.indexOf("-p") + 1]);
  assert.ok(existsSync(path.join(prefix, "nginx.pid")), "pid file under the private prefix");
  await nginx.stop();
  assert.throws(() => process.kill(pid, 0), "nginx is gone");
  assert.equal(existsSync(prefix), false);
  await assert.rejects(fetch(`${nginx.url}/`));
});

test("a port already in use is an error, not someone else's server mistaken for ours", { skip }, async () => {
  const port = await freePort();
  const other = createServer().listen(port, "127.0.0.1");
  await new Promise((resolve) => other.once("listening", resolve));
  try {
    await assert.rejects(startNginx({ siteDir: await tinySite(), port, stdio: "ignore" }), /already in use/);
  } finally {
    other.close();
  }
});

test("a site that was never built is refused with the command to build it", async () => {
  await assert.rejects(startNginx({ siteDir: path.join(tmpdir(), "no-such-site"), port: 1 }), /npm run build/);
});
