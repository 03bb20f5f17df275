import assert from "node:assert/strict";
import { test } from "node:test";
import { parseImageReference } from "../../../../src/content/schema/oci-reference.ts";

test("references the distribution grammar accepts parse, familiar names normalised to Docker Hub", () => {
  const cases: [string, { fullName: string; hasDomain: boolean; tag?: string; digest?: string }][] = [
    ["ghcr.io/govcloud/base-node", { fullName: "ghcr.io/govcloud/base-node", hasDomain: true }],
    ["debian:12-slim", { fullName: "docker.io/library/debian", hasDomain: false, tag: "12-slim" }],
    ["statcan/app", { fullName: "docker.io/statcan/app", hasDomain: false }],
    ["localhost:5000/a/b__c.d--e:v1.0_rc", { fullName: "localhost:5000/a/b__c.d--e", hasDomain: true, tag: "v1.0_rc" }],
    ["[::1]:5000/img", { fullName: "[::1]:5000/img", hasDomain: true }],
    ["Registry.Example.CA/img@sha256:" + "a".repeat(64), { fullName: "Registry.Example.CA/img", hasDomain: true, digest: "sha256:" + "a".repeat(64) }],
    ["index.docker.io/library/alpine:3.20", { fullName: "docker.io/library/alpine", hasDomain: true, tag: "3.20" }],
  ];
  for (const [text, expected] of cases) {
    const parsed = parseImageReference(text);
    assert.ok(typeof parsed !== "string", `${text}: ${String(parsed)}`);
    assert.equal(parsed.fullName, expected.fullName, text);
    assert.equal(parsed.hasDomain, expected.hasDomain, text);
    assert.equal(parsed.tag, expected.tag, text);
    assert.equal(parsed.digest, expected.digest, text);
  }
});

test("references the grammar refuses are refused, each with a reason", () => {
  const refused: [string, RegExp][] = [
    ["ghcr.io/GovCloud/base", /lowercase/],
    ["ghcr.io/govcloud/-base", /not a repository path/],
    ["ghcr.io/govcloud/base..node", /not a repository path/],
    ["ghcr.io/govcloud/base___node", /not a repository path/],
    ["ghcr.io/govcloud/base:.tag", /not a tag/],
    ["ghcr.io/govcloud/base:" + "t".repeat(129), /not a tag/],
    ["ghcr.io/govcloud/base@sha256:abc", /not a digest/],
    ["-bad.io/x", /registry host|not a repository path|not an image reference/],
    ["ghcr.io/govcloud/base node", /without spaces|not/],
    ["", /expected an image reference/],
    ["a".repeat(64), /image id/],
    [`ghcr.io/${"a/".repeat(130)}x`, /at most 255/],
  ];
  for (const [text, reason] of refused) {
    const parsed = parseImageReference(text);
    assert.equal(typeof parsed, "string", `${text} should be refused`);
    assert.match(String(parsed), reason, text);
  }
});
