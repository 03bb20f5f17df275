import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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
  const own = readFileSync(new URL("./client/theme.css", import.meta.url), "utf8");
  const css = `${white}\n${own}`;
  theme = { css, href: `/assets/slides-theme.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css` };
  return theme;
}

/**
 * The speaker view (reveal.js notes plugin) writes its page, with an inline script and style,
 * into an about:blank window that inherits the presentation's Content-Security-Policy. These are
 * the hashes that policy must allow on the presentation pages for the speaker view to work
 * (`script-src 'self' 'sha256-...'; style-src 'self' 'sha256-...'`).
 */
export function speakerViewHashes(): { script: string[]; style: string[] } {
  const source = readFileSync(path.join(dist, "plugin/notes.js"), "utf8");
  const start = source.indexOf("t.document.write(`");
  const end = source.indexOf("</html>`", start);
  // The template literal as the browser sees it: `<\/script>` is `</script>` at run time.
  const page = source.slice(start + "t.document.write(`".length, end).replace(/<\\\//g, "</");
  const hash = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
  return {
    script: [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? "")),
    style: [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? "")),
  };
}
