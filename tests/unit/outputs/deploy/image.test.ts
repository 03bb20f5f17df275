import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parseDocument } from "yaml";
import { findNginx } from "../../../../src/tools/nginx.ts";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";
import { nginxInstalled } from "../../../helpers/nginx.ts";
import { tempDir } from "../../../../scripts/lib/temp-dir.ts";

// Docker cannot run here: what the image does is checked from its Dockerfile, and its exact
// nginx file layout is checked by nginx itself (`nginx -t`). The e2e suite serves the same
// files through `npm run preview:nginx`.

const dockerfile = await readFile(path.join(projectRoot, "deploy", "Dockerfile"), "utf8");
const instructions = dockerfile.split("\n").filter((line) => /^[A-Z]+\s/.test(line));
const stages = instructions.filter((line) => line.startsWith("FROM "));

test("the image is built in one stage and served from another, both pinned by digest", () => {
  assert.equal(stages.length, 2);
  for (const stage of stages) assert.match(stage, /^FROM \S+:\S+@sha256:[0-9a-f]{64}( AS \w+)?$/);
  assert.match(stages[0] ?? "", /^FROM node:/);
  assert.match(stages[1] ?? "", /^FROM nginxinc\/nginx-unprivileged:/);
  assert.ok(instructions.some((line) => /^RUN npm ci\b/.test(line)));
  assert.ok(instructions.some((line) => /npm run build/.test(line)));
  assert.ok(instructions.includes("COPY --from=build /src/_site /usr/share/nginx/html"));
});

test("the runtime is non-root on 8080 with its pid and temp files under /tmp", async () => {
  const runtime = instructions.slice(instructions.indexOf(stages[1] ?? ""));
  const user = runtime.find((line) => line.startsWith("USER "))?.split(/\s+/)[1] ?? "";
  assert.match(user, /^[1-9]\d*(:\d+)?$/, "a numeric, non-zero uid (runAsNonRoot can verify it)");
  assert.ok(runtime.includes("EXPOSE 8080"));
  const entrypoint = JSON.parse(runtime.find((line) => line.startsWith("ENTRYPOINT "))?.slice("ENTRYPOINT ".length) ?? "[]") as string[];
  assert.deepEqual(entrypoint.slice(0, 3), ["nginx", "-p", "/tmp/"]);
  const listen = await readFile(path.join(projectRoot, "deploy", "nginx", "listen.conf"), "utf8");
  assert.match(listen, /^listen 8080;$/m);
  assert.match(listen, /^root \/usr\/share\/nginx\/html;$/m);
  const mainConf = await readFile(path.join(projectRoot, "deploy", "nginx.conf"), "utf8");
  for (const relative of mainConf.matchAll(/^\s*(pid|\w+_temp_path)\s+(\S+);/gm))
    assert.doesNotMatch(relative[2] ?? "", /^\//, `${relative[1]} must stay under the /tmp prefix`);
  const k8s = parseDocument(await readFile(path.join(projectRoot, "deploy", "k8s", "deployment.yaml"), "utf8")).toJS() as {
    spec: { template: { spec: { securityContext: { runAsUser: number }; containers: { ports: { containerPort: number }[] }[] } } };
  };
  assert.equal(k8s.spec.template.spec.containers[0]?.ports[0]?.containerPort, 8080);
  assert.equal(String(k8s.spec.template.spec.securityContext.runAsUser), user.split(":")[0]);
});

test("nginx accepts the image's exact configuration", { skip: !nginxInstalled() && "nginx is not installed" }, async () => {
  // The files where the Dockerfile puts them, relative to /etc/nginx.
  const etc = await tempDir("govcloud-etc-nginx-");
  try {
    await mkdir(path.join(etc, "govcloud"));
    for (const source of dockerfile.matchAll(/^COPY (deploy\/\S+(?: deploy\/\S+)*) (\/etc\/nginx\/\S*)$/gm)) {
      const files = (source[1] ?? "").split(" ");
      const target = (source[2] ?? "").replace(/^\/etc\/nginx\//, "");
      for (const file of files) {
        await copyFile(path.join(projectRoot, file), path.join(etc, target.endsWith("/") || target === "" ? path.join(target, path.basename(file)) : target));
      }
    }
    await copyFile("/etc/nginx/mime.types", path.join(etc, "mime.types"));
    // stdout: a file or terminal, as in a container (nginx reopens /dev/stdout for the access log).
    const result = spawnSync(findNginx(), ["-t", "-p", `${etc}/`, "-e", "stderr", "-c", path.join(etc, "nginx.conf")], {
      encoding: "utf8",
      stdio: ["ignore", "ignore", "pipe"],
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /test is successful/);
    assert.doesNotMatch(result.stderr, /\[(warn|emerg|alert)\]/);
  } finally {
    await rm(etc, { recursive: true, force: true });
  }
});
