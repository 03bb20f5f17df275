import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlProblems, urlProblem } from "../../../src/markdown/html-policy.ts";

test("the allowlist passes untouched", () => {
  for (const html of [
    "<details open>\n<summary>More</summary>",
    "</details>",
    "<kbd>Ctrl</kbd>",
    '<abbr title="Shared Services Canada" lang="en">SSC</abbr>',
    "H<sub>2</sub>O x<sup>2</sup><br>",
    '<figure><img src="/images/a.png" alt="A" width="10" height="10"><figcaption>A</figcaption></figure>',
    '<img src="https://example.com/a.png" alt="">',
    '<table><caption>C</caption><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>',
    "<!-- a comment -->",
    '<span lang="en">GoC Cloud Native</span>',
  ]) {
    assert.deepEqual(htmlProblems(html), [], html);
  }
});

test("anything executable is refused, in any case or encoding", () => {
  const refused: [string, RegExp][] = [
    ["<script>alert(1)</script>", /^<script> is not allowed in Markdown \(allowed: details, summary, kbd/],
    ["<SCRIPT SRC=//evil.example/x.js></SCRIPT>", /^<script> is not allowed/],
    ["<style>body{display:none}</style>", /^<style> is not allowed/],
    ['<iframe src="https://evil.example"></iframe>', /^<iframe> is not allowed/],
    ["<svg onload=alert(1)>", /^<svg> is not allowed/],
    ["<img src=x onerror=alert(1)>", /^<img onerror>: the attribute "onerror" is not allowed \(no scripts in content\)/],
    ["<IMG SRC=/a.png ONERROR=alert(1)>", /^<img onerror>/],
    ["<details ontoggle=alert(1) open>", /^<details ontoggle>/],
    ['<td style="background:url(x)">', /^<td style>: the attribute "style" is not allowed/],
    ['<img src="javascript:alert(1)">', /^<img src="javascript:alert\(1\)">: only https:\/\/ URLs and paths on this site are allowed/],
    ['<img src="JaVaScRiPt:alert(1)">', /only https:\/\//],
    ['<img src="jav&#x61;script:alert(1)">', /^<img src="javascript:alert\(1\)">/],
    ['<img src="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">', /^<img src="javascript:alert\(1\)">/],
    ['<img src="jav&#x09;ascript:alert(1)">', /only https:\/\//],
    ['<img src=" javascript:alert(1)">', /only https:\/\//],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', /^<img src="data:image/],
    ['<img src="vbscript:msgbox(1)">', /^<img src="vbscript:/],
    ['<img src="http://example.com/a.png">', /only https:\/\//],
    ['<img src="//evil.example/a.png">', /only https:\/\//],
    ['<a href="javascript:alert(1)">x</a>', /^<a> is not allowed/],
    ["<object data=x></object>", /^<object> is not allowed/],
    ['<span class="x" style="position:fixed">', /^<span class>: the attribute "class" is not allowed/],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /^<noscript> is not allowed/],
  ];
  for (const [html, expected] of refused) {
    const problems = htmlProblems(html);
    assert.ok(problems.some((p) => expected.test(p)), `${html}: ${JSON.stringify(problems)}`);
  }
});

test("Markdown link and image URLs: only web, mail and phone links; images https or on this site", () => {
  assert.equal(urlProblem("/en/meetings/", "link"), undefined);
  assert.equal(urlProblem("#decisions", "link"), undefined);
  assert.equal(urlProblem("https://kubernetes.io", "link"), undefined);
  assert.equal(urlProblem("mailto:group@example.com", "link"), undefined);
  assert.equal(urlProblem("/images/a.png", "image"), undefined);
  assert.equal(urlProblem("javascript:alert(1)", "link"), 'link "javascript:alert(1)": javascript: URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)');
  assert.match(urlProblem("JAVASCRIPT:alert(1)", "link") ?? "", /javascript: URLs are not allowed/);
  assert.match(urlProblem("vbscript:x", "link") ?? "", /vbscript: URLs are not allowed/);
  assert.match(urlProblem("data:text/html,x", "link") ?? "", /data: URLs are not allowed/);
  assert.match(urlProblem("data:image/png;base64,AAAA", "image") ?? "", /only https:\/\//);
  assert.match(urlProblem("http://example.com/a.png", "image") ?? "", /only https:\/\//);
});
