import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fontFaces } from "../assets/stylesheet.ts";

const require = createRequire(import.meta.url);
/** The reveal.js package's dist/ folder (its package exports do not list every file). */
const dist = path.dirname(require.resolve("reveal.js"));

/** reveal.js files the presentation view loads, copied from the npm package (nothing else of it). */
export function revealFiles(): Record<string, string> {
  return {
    [path.join(dist, "reveal.js")]: "assets/reveal/reveal.js",
    [path.join(dist, "reveal.css")]: "assets/reveal/reveal.css",
    [path.join(dist, "plugin/notes.js")]: "assets/reveal/plugin/notes.js",
    [path.join(dist, "../LICENSE")]: "assets/reveal/LICENSE",
    [new URL("./client/slides.js", import.meta.url).pathname]: "assets/slides.js",
  };
}

let theme: { css: string; href: string } | undefined;

/**
 * reveal.js's white theme without its 570 kB of embedded fonts, then ours (GC fonts, already
 * self-hosted): the one theme stylesheet, fingerprinted like the site's.
 */
export function slidesTheme(): { css: string; href: string } {
  if (theme) return theme;
  const white = readFileSync(path.join(dist, "theme/white.css"), "utf8").replace(/@font-face\{[^}]*\}/g, "");
  const own = fontFaces() + readFileSync(new URL("./client/theme.css", import.meta.url), "utf8");
  const css = `${white}\n${own}`;
  theme = { css, href: `/assets/slides-theme.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css` };
  return theme;
}

/** A template literal's text as the browser sees it (escape sequences applied). */
function cooked(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_, escape: string) => {
    if (escape.startsWith("u{")) return String.fromCodePoint(parseInt(escape.slice(2, -1), 16));
    if (/^[ux][0-9a-fA-F]/.test(escape) && escape.length > 1) return String.fromCharCode(parseInt(escape.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" } as Record<string, string>)[escape] ?? escape;
  });
}

/**
 * The speaker view (reveal.js notes plugin) writes its page, with an inline script, a <style>
 * and two style attributes, into an about:blank window that inherits the presentation's
 * Content-Security-Policy. These are the sources that policy must allow on the presentation
 * pages for the speaker view to work:
 * `script-src 'self' <script>; style-src 'self' 'unsafe-hashes' <style>` (tests/e2e/slides.spec.ts).
 */
export function speakerViewHashes(): { script: string[]; style: string[] } {
  const source = readFileSync(path.join(dist, "plugin/notes.js"), "utf8");
  const opening = "t.document.write(`";
  const start = source.indexOf(opening);
  const end = source.indexOf("</html>`", start);
  if (start === -1 || end === -1) throw new Error("reveal.js notes plugin: speaker view page not found (has reveal.js changed?)");
  const page = cooked(source.slice(start + opening.length, end + "</html>".length));
  const hash = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
  const unique = (values: string[]) => [...new Set(values)];
  return {
    script: unique([...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ""))),
    style: unique(
      [...[...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ""), ...[...page.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? "")].map(
        hash,
      ),
    ),
  };
}
