import assert from "node:assert/strict";
import { test } from "node:test";
import { htmlVerdict, urlProblem } from "../../../src/checks/html-policy.ts";

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
    // What people write in real old Markdown (GitHub's allowlist).
    "<ul><li><strong>Helm</strong> charts</li><li><em>Kubernetes</em></li></ul>",
    '<p>See <a href="https://github.com/govcloud">our GitHub</a> or <a href="/en/meetings/">the minutes</a>.</p>',
    "<h3>Agenda</h3><blockquote>Quoted</blockquote><pre><code>kubectl get pods</code></pre><hr>",
    "<dl><dt>Term</dt><dd>Definition</dd></dl><s>old</s> <del>gone</del> <ins>new</ins> <b>bold</b> <i>italic</i>",
    "<div><span>plain</span></div>",
  ]) {
    assert.deepEqual(htmlVerdict(html), { refused: [], neutralised: [] }, html);
  }
});

test("benign markup off the allowlist is neutralised with a reason, not refused", () => {
  const neutralised: [string, RegExp][] = [
    ['<i class="fa fa-github"></i>', /^<i class>: the attribute "class" is not on the allowlist/],
    ['<font color="red">x</font>', /^<font> is not on the allowlist/],
    ["<center>x</center>", /^<center> is not on the allowlist/],
    ['<div class="row"><div class="col-md-6">x</div></div>', /^<div class>/],
  ];
  for (const [html, expected] of neutralised) {
    const verdict = htmlVerdict(html);
    assert.deepEqual(verdict.refused, [], html);
    assert.ok(
      verdict.neutralised.some((p) => expected.test(p)),
      `${html}: ${JSON.stringify(verdict)}`,
    );
  }
});

test("anything executable is refused, in any case or encoding", () => {
  const refused: [string, RegExp][] = [
    ["<script>alert(1)</script>", /^<script> is not allowed in content/],
    ["<SCRIPT SRC=//evil.example/x.js></SCRIPT>", /^<script> is not allowed/],
    ["<style>body{display:none}</style>", /^<style> is not allowed/],
    ['<iframe src="https://evil.example"></iframe>', /^<iframe> is not allowed/],
    ["<svg onload=alert(1)>", /^<svg> is not allowed/],
    ["<img src=x onerror=alert(1)>", /^<img onerror>: event handlers are not allowed \(no scripts in content\)/],
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
    ['<a href="javascript:alert(1)">x</a>', /^<a href="javascript:alert\(1\)">: only https:\/\/, http:\/\/, mailto:, tel: and paths on this site/],
    ['<form action="https://evil.example"><input name="q"></form>', /^<form> is not allowed/],
    ['<base href="https://evil.example/">', /^<base> is not allowed/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /^<meta> is not allowed/],
    // HTML5 reads CDATA outside SVG and MathML as a bogus comment that ends at the first ">".
    ["<![CDATA[ ><img src=x onerror=alert(1)> ]]>", /^<img onerror>/],
    ["<object data=x></object>", /^<object> is not allowed/],
    ['<span class="x" style="position:fixed">', /^<span style>: the attribute "style" is not allowed/],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>">', /^<noscript> is not allowed/],
  ];
  for (const [html, expected] of refused) {
    const problems = htmlVerdict(html).refused;
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${html}: ${JSON.stringify(problems)}`,
    );
  }
});

test("Markdown link and image URLs: only web, mail and phone links; images https or on this site", () => {
  assert.equal(urlProblem("/en/meetings/", "link"), undefined);
  assert.equal(urlProblem("#decisions", "link"), undefined);
  assert.equal(urlProblem("https://kubernetes.io", "link"), undefined);
  assert.equal(urlProblem("mailto:group@example.com", "link"), undefined);
  assert.equal(urlProblem("/images/a.png", "image"), undefined);
  assert.equal(
    urlProblem("javascript:alert(1)", "link"),
    'link "javascript:alert(1)": javascript: URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)',
  );
  assert.match(urlProblem("JAVASCRIPT:alert(1)", "link") ?? "", /javascript: URLs are not allowed/);
  assert.match(urlProblem("vbscript:x", "link") ?? "", /vbscript: URLs are not allowed/);
  assert.match(urlProblem("data:text/html,x", "link") ?? "", /data: URLs are not allowed/);
  assert.match(urlProblem("data:image/png;base64,AAAA", "image") ?? "", /only https:\/\//);
  assert.match(urlProblem("http://example.com/a.png", "image") ?? "", /only https:\/\//);
});
