import assert from "node:assert/strict";
import { test } from "node:test";
import { svgProblems } from "../../../src/checks/svg-safety.ts";

const svg = (inner: string, rootAttributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${rootAttributes}>${inner}</svg>`;
const messages = (text: string) => svgProblems(text).map((p) => p.message);

test("drawings, gradients, filters, same-file references and editors' metadata pass", () => {
  const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" width="10" height="10" inkscape:version="1.3">
  <sodipodi:namedview id="nv" pagecolor="#fff"/>
  <metadata><rdf:RDF><dc:title>Logo</dc:title></rdf:RDF></metadata>
  <title>Logo</title>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#26374a"/></linearGradient>
    <filter id="f"><feGaussianBlur stdDeviation="1"/></filter>
    <symbol id="s"><circle r="1"/></symbol>
  </defs>
  <style><![CDATA[ .a { fill: url(#g); } ]]></style>
  <g filter="url(#f)" style="stroke: url('#g')"><rect class="a" width="5" height="5"/><use xlink:href="#s"/><use href="#s"/></g>
  <a href="#s"><text>Hi &amp; bye</text></a>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <path d="M0 0h1"><animateTransform attributeName="transform" type="rotate" dur="1s"/></path>
</svg>`;
  assert.deepEqual(svgProblems(inkscape), []);
});

const hostile: [string, string, RegExp][] = [
  ["script", svg("<script>alert(1)</script>"), /<script> is not allowed/],
  ["script in CDATA", svg("<script><![CDATA[alert(1)]]></script>"), /<script> is not allowed/],
  [
    "XHTML script by prefix",
    svg("<h:script>alert(1)</h:script>", ' xmlns:h="http://www.w3.org/1999/xhtml"'),
    /<h:script> in the namespace http:\/\/www.w3.org\/1999\/xhtml/,
  ],
  ["XHTML by default namespace", svg('<g><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></g>'), /<script> in the namespace/],
  ["root in another namespace", '<svg xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></svg>', /<svg> in the namespace/],
  ["no namespace", "<svg><script>alert(1)</script></svg>", /has no namespace/],
  ["undeclared prefix", svg("<x:script>alert(1)</x:script>"), /prefix "x" is not declared/],
  ["onload", svg("", ' onload="alert(1)"'), /<svg onload>: event handlers/],
  ["onclick mixed case", svg('<rect onClick="alert(1)"/>'), /<rect onClick>: event handlers/],
  ["foreignObject", svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), /<foreignObject> is not allowed/],
  ["javascript: link", svg('<a href="javascript:alert(1)"><text>x</text></a>'), /<a href>: "javascript:alert\(1\)": only #id links/],
  ["entity-encoded javascript: link", svg('<a xlink:href="&#x6a;avascript:alert(1)"><text>x</text></a>'), /<a xlink:href>: "javascript:alert\(1\)"/],
  ["xlink under another prefix", svg('<a l:href="javascript:alert(1)"><text>x</text></a>', ' xmlns:l="http://www.w3.org/1999/xlink"'), /<a l:href>/],
  ["external link", svg('<a href="https://evil.example/"><text>x</text></a>'), /only #id links/],
  ["external use", svg('<use href="https://evil.example/sprite.svg#x"/>'), /<use href>/],
  ["relative use", svg('<use xlink:href="other.svg#x"/>'), /<use xlink:href>/],
  ["external image", svg('<image href="https://evil.example/track.png"/>'), /<image href>/],
  ["data SVG image", svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /<image href>/],
  ["feImage", svg('<filter id="f"><feImage href="https://evil.example/x.png"/></filter>'), /<feImage href>/],
  ["animate changing a link", svg('<a href="#x"><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>'), /<animate> is not allowed/],
  ["set", svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>'), /<set> is not allowed/],
  ["animateMotion on href", svg('<animateTransform attributeName="xlink:href"/>'), /animating a link/],
  [
    "DOCTYPE with entities",
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' + svg("<text>&lol2;</text>"),
    /<!DOCTYPE> and <!ENTITY> are not allowed/,
  ],
  ["external DOCTYPE", '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">' + svg(""), /<!DOCTYPE>/],
  ["stylesheet processing instruction", '<?xml-stylesheet href="https://evil.example/x.css"?>' + svg(""), /processing instruction <\?xml-stylesheet\?>/],
  ["style @import", svg("<style>@import url(https://evil.example/x.css);</style>"), /<style>: @import/],
  ["style external url", svg("<style>rect { fill: url(https://evil.example/x.svg#p) }</style>"), /<style>: url\(https:\/\/evil.example/],
  ["style escape", svg("<style>rect { fill: \\75 rl(https://evil.example/) }</style>"), /<style>: CSS escapes/],
  ["style in CDATA", svg("<style><![CDATA[@import 'x.css';]]></style>"), /<style>: @import/],
  ["style attribute", svg('<rect style="background-image: url(//evil.example/x.png)"/>'), /<rect style>: url\(\/\/evil/],
  ["presentation attribute url", svg('<rect fill="url(https://evil.example/p.svg#g)"/>'), /<rect fill>: url\(/],
  ["image-set", svg('<rect style="fill: image-set(&quot;https://evil.example/x.png&quot; 1x)"/>'), /<rect style>: CSS functions/],
  ["xml:base", svg('<g xml:base="https://evil.example/"><use href="#x"/></g>'), /xml:base is not allowed/],
  ["not XML", "<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", /not well-formed XML/],
  ["HTML pretending to be SVG", "<html><body><script>alert(1)</script></body></html>", /must be one <svg/],
  ["two roots", `${svg("")}${svg("")}`, /not well-formed XML|must be one <svg/],
  ["other encoding", `<?xml version="1.0" encoding="ISO-2022-JP"?>${svg("")}`, /encoding "ISO-2022-JP" is not allowed/],
  ["iframe", svg('<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/>'), /<iframe> in the namespace/],
];

for (const [name, text, expected] of hostile) {
  test(`an SVG with ${name} is refused`, () => {
    const found = messages(text);
    assert.ok(
      found.some((message) => expected.test(message)),
      `${name}: ${JSON.stringify(found)}`,
    );
    assert.ok(found.every((message) => message.startsWith("SVG: ")));
  });
}

test("a syntax error is reported on its line", () => {
  const problems = svgProblems(`<svg xmlns="http://www.w3.org/2000/svg">\n<g>\n</rect>\n</svg>`);
  assert.equal(problems[0]?.line, 3);
});

test("a very deeply nested SVG is checked without overflowing the stack", () => {
  const depth = 20_000;
  const text = svg(`${"<g>".repeat(depth)}<script>alert(1)</script>${"</g>".repeat(depth)}`);
  const found = messages(text);
  assert.ok(
    found.some((message) => /<script>|could not be read|not well-formed/.test(message)),
    JSON.stringify(found),
  );
});
