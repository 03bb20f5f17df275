import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { presentationPathPattern, presentationPolicy } from "../../../../src/outputs/slides/csp.ts";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";

test("nginx sends presentation pages the policy the speaker view needs (update deploy/nginx.conf when reveal.js changes)", async () => {
  const conf = await readFile(path.join(projectRoot, "deploy/nginx.conf"), "utf8");
  const map = /map \$uri \$content_security_policy \{([\s\S]*?)\n\s*\}/.exec(conf)?.[1] ?? "";
  const entries = [...map.matchAll(/^\s*("[^"]+"|default)\s+"([^"]*)";/gm)].map((m) => [m[1]?.replace(/^"~?|"$/g, ""), m[2]]);
  assert.deepEqual(entries.find(([key]) => key === presentationPathPattern)?.[1], presentationPolicy());
  // Every other page keeps the strict policy: no frames of the site, no inline anything.
  const site = entries.find(([key]) => key === "default")?.[1] ?? "";
  assert.match(site, /frame-ancestors 'none'/);
  assert.doesNotMatch(site, /sha256|unsafe-hashes/);
});

test("the presentation policy allows only hashes, this site and the YouTube player", () => {
  const policy = presentationPolicy();
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  assert.match(policy, /frame-ancestors 'self'/);
});
