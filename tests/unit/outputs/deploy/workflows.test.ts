import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parseDocument } from "yaml";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";

// The workflows cannot run here, so what can be checked offline is checked: they parse, every
// action is pinned to a commit, every npm script they call exists, and deploys wait for the gates.

const workflowDir = path.join(projectRoot, ".github", "workflows");
const workflowFiles = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const scripts = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

type Yaml = Record<string, unknown>;

function load(file: string): Yaml {
  const document = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
  assert.deepEqual(document.errors.map(String), [], `${path.basename(file)} is not valid YAML`);
  const value: unknown = document.toJS();
  assert.ok(value && typeof value === "object", `${file}: expected a mapping`);
  return value as Yaml;
}

const workflows = new Map(workflowFiles.map((f) => [f, load(path.join(workflowDir, f))]));
const jobsOf = (name: string) => (workflows.get(name)?.jobs ?? {}) as Record<string, Yaml>;

/** Every value of `key` anywhere in a parsed YAML tree. */
function valuesOf(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesOf(item, key));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === key ? [v, ...valuesOf(v, key)] : valuesOf(v, key)));
}

/** The npm scripts a shell snippet runs: `npm run X`, `npm run --silent X`, `npm test`. */
function npmScriptsIn(command: string): string[] {
  const found: string[] = [];
  for (const match of command.matchAll(/\bnpm\s+(?:run(?:-script)?((?:\s+--?[\w-]+)*)\s+([\w:.-]+)|(test|start))\b/g)) found.push(match[2] ?? match[3] ?? "");
  return found;
}

test("the expected workflows exist and parse as YAML", () => {
  for (const name of ["ci.yml", "deploy.yml", "gates.yml", "links.yml"]) assert.ok(workflows.has(name), `${name} missing`);
  load(path.join(projectRoot, ".github", "dependabot.yml"));
});

test("every third-party action is pinned to a full commit SHA, with its version in a comment", () => {
  for (const [name, workflow] of workflows) {
    const source = readFileSync(path.join(workflowDir, name), "utf8");
    for (const uses of valuesOf(workflow, "uses")) {
      assert.equal(typeof uses, "string");
      const ref = uses as string;
      if (ref.startsWith("./")) continue; // this repository's own workflows
      assert.match(ref, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${name}: ${ref} is not pinned to a commit SHA`);
      assert.match(source, new RegExp(`${ref.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} # v\\d`), `${name}: ${ref} needs a "# vX.Y.Z" comment`);
    }
  }
});

test("the npm script finder sees the forms workflows use", () => {
  assert.deepEqual(npmScriptsIn('npm ci\nnpm run check && npm test\nnpm run --silent changed-pages -- --base "x"'), ["check", "test", "changed-pages"]);
});

test("every npm script a workflow runs exists in package.json", () => {
  let seen = 0;
  for (const [name, workflow] of workflows) {
    for (const run of valuesOf(workflow, "run")) {
      for (const script of npmScriptsIn(String(run))) {
        seen++;
        assert.ok(scripts[script], `${name} runs "npm run ${script}", which package.json does not define`);
      }
    }
  }
  assert.ok(seen >= 3, "expected the workflows to run npm scripts");
});

test("pull requests run the gates, read-only, and upload the site and the changed-pages summary", () => {
  const ci = workflows.get("ci.yml") ?? {};
  assert.ok((ci.on as Yaml).pull_request !== undefined);
  assert.equal(jobsOf("ci.yml").gates?.uses, "./.github/workflows/gates.yml");
  const steps = (jobsOf("gates.yml").test?.steps ?? []) as Yaml[];
  const runs = steps.map((s) => String(s.run ?? ""));
  for (const command of ["npm ci", "npm run check", "npm test", "npm run --silent changed-pages"])
    assert.ok(
      runs.some((r) => r.includes(command)),
      `gates do not run ${command}`,
    );
  assert.ok(runs.some((r) => r.includes("GITHUB_STEP_SUMMARY")));
  assert.ok(steps.some((s) => String(s.uses).startsWith("actions/upload-artifact@")));
});

test("deploys: full history, one at a time, least privilege, and nothing unless the gates pass", () => {
  const deploy = workflows.get("deploy.yml") ?? {};
  assert.deepEqual(((deploy.on as Yaml).push as Yaml).branches, ["main"]);
  assert.deepEqual(deploy.permissions, {});
  assert.equal((deploy.concurrency as Yaml)["cancel-in-progress"], false);
  const jobs = jobsOf("deploy.yml");
  assert.equal(jobs.gates?.uses, "./.github/workflows/gates.yml");
  assert.equal((jobs.gates?.with as Yaml)["pages-artifact"], true);
  assert.deepEqual(jobs.gates?.permissions, { contents: "read" });
  assert.ok([jobs.deploy?.needs].flat().includes("gates"), "the deploy job must need the gates");
  assert.deepEqual(jobs.deploy?.permissions, { pages: "write", "id-token": "write" });
  const deploySteps = (jobs.deploy?.steps ?? []) as Yaml[];
  assert.ok(deploySteps.some((s) => String(s.uses).startsWith("actions/deploy-pages@")));
  // Only the deploy job can write, and only to Pages.
  for (const [name, workflow] of workflows) {
    for (const permissions of valuesOf(workflow, "permissions")) {
      assert.notEqual(permissions, "write-all", name);
      if (permissions && typeof permissions === "object" && name !== "deploy.yml") {
        assert.ok(
          Object.values(permissions).every((p) => p === "read"),
          `${name} asks for write access`,
        );
      }
    }
  }
  const gateSteps = (jobsOf("gates.yml").test?.steps ?? []) as Yaml[];
  const checkout = gateSteps.find((s) => String(s.uses).startsWith("actions/checkout@"));
  assert.equal((checkout?.with as Yaml)["fetch-depth"], 0);
  assert.ok(gateSteps.some((s) => String(s.uses).startsWith("actions/upload-pages-artifact@") && s.if === "${{ inputs.pages-artifact }}"));
});

test("the weekly external link check reports and never blocks", () => {
  const links = workflows.get("links.yml") ?? {};
  assert.ok(Array.isArray((links.on as Yaml).schedule));
  const job = jobsOf("links.yml").links ?? {};
  assert.equal(job["continue-on-error"], true);
  const lychee = ((job.steps ?? []) as Yaml[]).find((s) => String(s.uses).startsWith("lycheeverse/lychee-action@"));
  assert.equal((lychee?.with as Yaml).fail, false);
  assert.equal((lychee?.with as Yaml).jobSummary, true);
});

test("Dependabot updates npm packages, the pinned actions and the image's base images", () => {
  const dependabot = load(path.join(projectRoot, ".github", "dependabot.yml"));
  const ecosystems = (dependabot.updates as Yaml[]).map((u) => u["package-ecosystem"]);
  assert.deepEqual(ecosystems.sort(), ["docker", "github-actions", "npm"]);
});
