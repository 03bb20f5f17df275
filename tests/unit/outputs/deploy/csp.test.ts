import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { metaPolicy, sitePolicy } from "../../../../src/outputs/deploy/csp.ts";
import { presentationPathPattern, presentationPolicy } from "../../../../src/outputs/slides/csp.ts";
import { fixtureProject, page, projectRoot, runCli } from "../../../../scripts/lib/fixture-site.ts";

/** nginx's Content-Security-Policy per $uri pattern ("default" for every other page). */
async function nginxPolicies(): Promise<Map<string, string>> {
  const conf = await readFile(path.join(projectRoot, "deploy/nginx.conf"), "utf8");
  const map = /map \$uri \$content_security_policy \{([\s\S]*?)\n\s*\}/.exec(conf)?.[1] ?? "";
  return new Map([...map.matchAll(/^\s*("[^"]+"|default)\s+"([^"]*)";/gm)].map((m) => [m[1]?.replace(/^"~?|"$/g, "") ?? "", m[2] ?? ""]));
}

test("nginx sends every page the site's policy from src/outputs/deploy/csp.ts (change both together)", async () => {
  const policies = await nginxPolicies();
  assert.equal(policies.get("default"), sitePolicy());
  assert.equal(policies.get(presentationPathPattern), presentationPolicy());
});

test("the meta policy is nginx's, less only what a meta policy cannot carry", () => {
  for (const policy of [sitePolicy(), presentationPolicy()]) {
    const directives = policy.split("; ");
    assert.deepEqual(
      metaPolicy(policy).split("; "),
      directives.filter((d) => !d.startsWith("frame-ancestors ")),
    );
  }
  assert.equal(
    metaPolicy("default-src 'none'; report-uri /csp; sandbox allow-scripts; Frame-Ancestors 'none'; img-src 'self'"),
    "default-src 'none'; img-src 'self'",
  );
  assert.doesNotMatch(metaPolicy(sitePolicy()), /'unsafe-inline'|'unsafe-eval'|\*/);
});

test("every page of a built site states its policy first in <head>, right after the charset", async () => {
  const dir = await fixtureProject({
    "en/posts/hello.md": page("title: Hello\ndate: 2026-01-15\nsummary: s\nredirectFrom: [/old-hello/]"),
    "en/slides/deck.md": page("title: Deck\ndate: 2026-01-15", "# One\n\n---\n\n## Two"),
  });
  const result = await runCli(dir, "build");
  assert.equal(result.code, 0, result.stderr);
  const site = path.join(dir, "_site");
  const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
  const kinds = new Set<string>();
  for (const file of pages) {
    const url = `/${file.split(path.sep).join("/")}`;
    const head = DomUtils.findOne((e) => e.name === "head", parseDocument(await readFile(path.join(site, file), "utf8")).children);
    const [charset, csp] = (head?.children ?? [])
      .filter((node) => node.type === "tag")
      .map((node) => node as unknown as { name: string; attribs: Record<string, string> });
    assert.equal(charset?.attribs.charset, "utf-8", url);
    assert.equal(csp?.name, "meta", `${url}: the second element of <head> is not the policy`);
    assert.equal(csp?.attribs["http-equiv"], "Content-Security-Policy", url);
    const presentation = new RegExp(presentationPathPattern).test(url);
    assert.equal(csp?.attribs.content, metaPolicy(presentation ? presentationPolicy() : sitePolicy()), url);
    kinds.add(
      presentation ? "presentation" : url === "/404.html" ? "404" : url === "/index.html" ? "splash" : url.startsWith("/old-hello/") ? "redirect" : "page",
    );
  }
  assert.deepEqual([...kinds].sort(), ["404", "page", "presentation", "redirect", "splash"]);
});
