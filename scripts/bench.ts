/**
 * `npm run bench`: build-speed and size figures. Generates realistic EN+FR sites of
 * 1,000 and 4,000 content pages, runs the real production build on each (median of 3), and
 * beside it, on the same Markdown, a bare Eleventy build and (when `hugo` is installed) a
 * minimal Hugo site, and Pagefind's own CLI on the built site (the floor the search index
 * sets). Then the dev loop (save one post -> reloaded page under `npm start`) and
 * search's first query. Figures only: nothing here passes or fails.
 * `ratio_peer` is our build against its peers on the same run: total / (bare Eleventy + Pagefind's CLI).
 * Options: --sizes 1000,4000 --runs 3 --skip-dev --skip-search --dev-only (only the dev loop, on the largest size)
 * --port 8391 (the dev server's; search's first query is served on the next one)
 */
import { spawn, spawnSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { nodeArgsOf, startCommand } from "./lib/npm-scripts.ts";
import { fixtureProject, projectRoot } from "./lib/fixture-site.ts";
import { generateSite } from "./generate-site.ts";
import { peakRss } from "./process-tree-rss.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000" },
    runs: { type: "string", default: "3" },
    "skip-dev": { type: "boolean", default: false },
    "skip-search": { type: "boolean", default: false },
    "dev-only": { type: "boolean", default: false },
    port: { type: "string", default: "8391" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const port = Number(values.port);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number | undefined) => ((bytes ?? 0) / 2 ** 20).toFixed(0);

interface Timed {
  wallMs: number;
  peakBytes: number;
  stdout: string;
}

/** Run a command to completion, timing it and sampling its process tree's memory. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const sampler = peakRss(child.pid ?? 0);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => {
      const peakBytes = sampler.stop();
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr || stdout}`));
      else resolve({ wallMs: performance.now() - started, peakBytes, stdout: stdout + stderr });
    });
  });
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Only the Markdown of a generated project, for the baselines. */
async function copyMarkdown(from: string, to: string): Promise<number> {
  let count = 0;
  for (const file of await readdir(from, { recursive: true })) {
    if (!file.endsWith(".md")) continue;
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await cp(path.join(from, file), path.join(to, file));
    count++;
  }
  return count;
}

/** A bare Eleventy project: the same Markdown, one plain layout, no plugins. */
async function bareEleventy(content: string, dir: string): Promise<void> {
  await copyMarkdown(content, path.join(dir, "src"));
  await mkdir(path.join(dir, "src", "_includes"), { recursive: true });
  await writeFile(
    path.join(dir, "src", "_includes", "plain.njk"),
    "<!DOCTYPE html><html><head><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n",
  );
  await writeFile(path.join(dir, "src", "src.json"), JSON.stringify({ layout: "plain.njk" }));
  await writeFile(
    path.join(dir, "eleventy.config.mjs"),
    'export default function () {}\nexport const config = { dir: { input: "src", output: "_site" }, markdownTemplateEngine: false };\n',
  );
}

/** A minimal Hugo site over the same Markdown. */
async function minimalHugo(content: string, dir: string): Promise<void> {
  await copyMarkdown(content, path.join(dir, "content"));
  await mkdir(path.join(dir, "layouts", "_default"), { recursive: true });
  const page = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n";
  await writeFile(path.join(dir, "layouts", "_default", "single.html"), page);
  await writeFile(path.join(dir, "layouts", "_default", "list.html"), page);
  await writeFile(path.join(dir, "hugo.toml"), 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n');
}

/** "timings: eleventy_ms=1234 sitemap_ms=89 links_ms=456 search_ms=567", printed by src/build/build.ts after every build. */
function parseTimings(output: string): Record<string, number> {
  const line = output.split("\n").find((l) => l.startsWith("timings:")) ?? "";
  return Object.fromEntries([...line.matchAll(/(\w+)_ms=(\d+)/g)].map((m) => [m[1] ?? "", Number(m[2])]));
}

async function devRebuildMs(dir: string): Promise<number> {
  const server = spawn(process.execPath, startCommand(port), {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout.on("data", (d: Buffer) => (log += d));
  server.stderr.on("data", (d: Buffer) => (log += d));
  try {
    const deadline = Date.now() + 180_000;
    while (!/Server at/.test(log)) {
      if (Date.now() > deadline) throw new Error(`dev server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const posts = (await readdir(path.join(dir, "content", "en", "posts"))).sort();
    const file = path.join(dir, "content", "en", "posts", posts[0] ?? "");
    const slug = (posts[0] ?? "").replace(/\.md$/, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
    const original = await readFile(file, "utf8");
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 1500));
      const marker = `bench-marker-${Date.now()}`;
      const started = performance.now();
      await writeFile(file, `${original}\n\n${marker}\n`);
      for (;;) {
        const body = await fetch(`http://localhost:${port}/en/blog/${slug}/`)
          .then((r) => r.text())
          .catch(() => "");
        if (body.includes(marker)) break;
        if (performance.now() - started > 60_000) throw new Error("the edit never showed up");
        await new Promise((r) => setTimeout(r, 10));
      }
      times.push(performance.now() - started);
    }
    await writeFile(file, original);
    return median(times);
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGINT");
    await exited;
  }
}

function searchFigures(projectDir: string): { kb: number; requests: number; firstResultMs: number } | undefined {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/search-bench.ts", "--site", projectDir, "--port", String(port + 1)], {
    cwd: projectRoot,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const out = result.stdout ?? "";
  process.stdout.write(out.replace(/^/gm, "  | "));
  const match = /search requests: (\d+), ([\d.]+) kB/.exec(out);
  const first = /keystroke to first result: (\d+) ms/.exec(out);
  return match ? { requests: Number(match[1]), kb: Number(match[2]), firstResultMs: Number(first?.[1] ?? NaN) } : undefined;
}

const hasHugo = spawnSync("hugo", ["version"]).status === 0;
const results = new Map<number, Record<string, number>>();
let lastDir = "";
if (values["dev-only"]) {
  const size = sizes[sizes.length - 1] ?? 4000;
  lastDir = await fixtureProject(generateSite({ pages: size }));
  console.log(`\n== ${size} content pages in ${lastDir} (dev loop only)`);
  const devMs = await devRebuildMs(lastDir);
  console.log(`\ndev loop: save one post -> reloaded page: ${devMs.toFixed(0)} ms (median of 3)\nbench: pages=${size} dev_rebuild_ms=${devMs.toFixed(0)}`);
  await rm(lastDir, { recursive: true, force: true });
  process.exit(0);
}
for (const size of sizes) {
  const files = generateSite({ pages: size });
  const dir = await fixtureProject(files);
  if (lastDir) await rm(lastDir, { recursive: true, force: true });
  lastDir = dir;
  console.log(`\n== ${size} content pages (${Object.keys(files).length} files) in ${dir}`);
  const ours: Timed[] = [];
  for (let i = 0; i < runs; i++) ours.push(await timed(process.execPath, nodeArgsOf("build"), dir));
  const timings = ours.map((r) => parseTimings(r.stdout));
  const row: Record<string, number> = {
    total: median(ours.map((r) => r.wallMs)),
    // Checking the content, then rendering: what the build does before the search index.
    eleventy: median(timings.map((t) => (t.check ?? NaN) + (t.eleventy ?? NaN))),
    index: median(timings.map((t) => t.search ?? NaN)),
    rss: Math.max(...ours.map((r) => r.peakBytes)),
    output: await dirBytes(path.join(dir, "_site")),
  };
  // The floor search sets: Pagefind's own CLI on the site just built, nothing of ours around it.
  const pagefindOut = path.join(dir, "..", `${path.basename(dir)}-pagefind`);
  const pagefind: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    await rm(pagefindOut, { recursive: true, force: true });
    pagefind.push(
      await timed(process.execPath, [path.join(projectRoot, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", "_site", "--output-path", pagefindOut], dir),
    );
  }
  await rm(pagefindOut, { recursive: true, force: true });
  row.pagefind = median(pagefind.map((r) => r.wallMs));
  row.pagefindRss = Math.max(...pagefind.map((r) => r.peakBytes));
  const bareDir = path.join(dir, "..", `${path.basename(dir)}-bare`);
  await bareEleventy(path.join(dir, "content"), bareDir);
  const bare: Timed[] = [];
  for (let i = 0; i < runs; i++) bare.push(await timed(process.execPath, [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet"], bareDir));
  row.bare = median(bare.map((r) => r.wallMs));
  row.bareRss = Math.max(...bare.map((r) => r.peakBytes));
  if (hasHugo) {
    const hugoDir = path.join(dir, "..", `${path.basename(dir)}-hugo`);
    await minimalHugo(path.join(dir, "content"), hugoDir);
    const hugo: number[] = [];
    for (let i = 0; i < runs; i++) hugo.push((await timed("hugo", ["--quiet", "-d", "public"], hugoDir)).wallMs);
    row.hugo = median(hugo);
    await rm(hugoDir, { recursive: true, force: true });
  }
  await rm(bareDir, { recursive: true, force: true });
  results.set(size, row);
  console.log(
    `ours: total ${s(row.total ?? 0)} s (Eleventy ${s(row.eleventy ?? 0)} s, search index ${s(row.index ?? 0)} s), peak RSS ${mb(row.rss)} MB, output ${((row.output ?? 0) / 2 ** 20).toFixed(1)} MB`,
  );
  console.log(
    `bare Eleventy: ${s(row.bare ?? 0)} s, peak RSS ${mb(row.bareRss)} MB${row.hugo !== undefined ? `; Hugo: ${s(row.hugo)} s` : "; Hugo: not installed"}`,
  );
  console.log(
    `Pagefind's CLI alone on this output: ${s(row.pagefind ?? 0)} s, peak RSS ${mb(row.pagefindRss)} MB${row.hugo !== undefined ? ` (${((row.pagefind ?? 0) / row.hugo).toFixed(2)}x Hugo)` : ""}`,
  );
}

const [small, large] = [sizes[0] ?? 0, sizes[sizes.length - 1] ?? 0];
const a = results.get(small) ?? {};
const b = results.get(large) ?? {};
const msPerPage = large > small ? ((b.total ?? 0) - (a.total ?? 0)) / (large - small) : NaN;
const devMs = values["skip-dev"] ? NaN : await devRebuildMs(lastDir);
if (!Number.isNaN(devMs)) console.log(`\ndev loop: save one post -> reloaded page: ${devMs.toFixed(0)} ms (median of 3)`);
const search = values["skip-search"] ? undefined : (console.log("\nsearch:"), searchFigures(lastDir));

const ratio = b.hugo ? (b.total ?? 0) / b.hugo : NaN;
const overhead = ((b.total ?? 0) - (b.index ?? 0)) / (b.bare ?? NaN);
const ratioPeer = (b.total ?? 0) / ((b.bare ?? NaN) + (b.pagefind ?? NaN));
console.log(
  `\nbench: pages=${large} build_s=${s(b.eleventy ?? NaN)} index_s=${s(b.index ?? NaN)} total_s=${s(b.total ?? NaN)} hugo_s=${s(b.hugo ?? NaN)} ratio=${ratio.toFixed(2)} ratio_peer=${ratioPeer.toFixed(2)} bare_s=${s(b.bare ?? NaN)} pagefind_s=${s(b.pagefind ?? NaN)} overhead=${overhead.toFixed(2)} ms_per_page=${msPerPage.toFixed(2)} peak_rss_mb=${mb(b.rss)} dev_rebuild_ms=${devMs.toFixed(0)} search_kb=${search?.kb ?? NaN}`,
);
await rm(lastDir, { recursive: true, force: true });
