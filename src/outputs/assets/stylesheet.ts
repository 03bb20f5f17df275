import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { transformSync } from "esbuild";

const require = createRequire(import.meta.url);

/** The self-hosted GC Design System fonts the site uses, copied to /assets/fonts/. */
const fonts = {
  "lato-bold.woff2": "@gcds-core/fonts/fonts/lato/gcds-lato.woff2",
  "noto-sans-regular.woff2": "@gcds-core/fonts/fonts/noto-sans/gcds-noto-sans-regular.woff2",
  "noto-sans-bold.woff2": "@gcds-core/fonts/fonts/noto-sans/gcds-noto-sans-bold.woff2",
  "noto-sans-mono.woff2": "@gcds-core/fonts/fonts/noto-sans-mono/gcds-noto-sans-mono.woff2",
} as const;

/**
 * The faces the top of every page uses (body text, the bold menu, the site name and headings),
 * preloaded so they are asked for with the page rather than once the CSS is applied. About 70 kB;
 * the monospace face, used only in code further down, is not.
 */
export const preloadFonts = ["/assets/fonts/noto-sans-regular.woff2", "/assets/fonts/noto-sans-bold.woff2", "/assets/fonts/lato-bold.woff2"];

/** Each web font, then its metric-compatible fallback face (src/outputs/assets/site.css explains). */
const fallbackFaces: Record<string, string> = { "Noto Sans": "Noto Sans Fallback", Lato: "Lato Fallback" };

/** The GC tokens' font stacks, "'Lato',sans-serif", with the fallback face before the generic family. */
function withFallbackFaces(css: string): string {
  return css.replace(/'(Noto Sans|Lato)',\s*sans-serif/g, (_whole, family: string) => `'${family}','${fallbackFaces[family] ?? family}',sans-serif`);
}

/**
 * Files copied as they are: the fonts, and the favicon. Pages name the SVG; /favicon.ico
 * (scripts/favicon-ico.ts makes it from the SVG) is for clients that ask for it without reading
 * a page: feed readers, calendar apps, a browser showing a .ics or a feed.
 */
export function staticAssets(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(fonts).map(([name, spec]) => [require.resolve(spec), `assets/fonts/${name}`])),
    [new URL("./favicon.svg", import.meta.url).pathname]: "favicon.svg",
    [new URL("./favicon.ico", import.meta.url).pathname]: "favicon.ico",
  };
}

/**
 * Only the GC Design System tokens our CSS uses, resolved transitively, so the page does not
 * ship the 55 kB token file (goal: CSS at most 10 kB compressed).
 */
export function usedTokens(css: string, tokens: string): string {
  const definitions = new Map<string, string>();
  for (const match of tokens.matchAll(/(--gcds-[\w-]+):\s*([^;]+);/g)) {
    if (match[1] && match[2] && !definitions.has(match[1])) definitions.set(match[1], match[2].trim());
  }
  const needed = new Set<string>();
  const visit = (text: string) => {
    for (const match of text.matchAll(/var\((--gcds-[\w-]+)/g)) {
      const name = match[1];
      if (!name || needed.has(name) || !definitions.has(name)) continue;
      needed.add(name);
      visit(definitions.get(name) ?? "");
    }
  };
  visit(css);
  return `:root{${[...needed]
    .sort()
    .map((name) => `${name}:${definitions.get(name)}`)
    .join(";")}}`;
}

/** esbuild's CSS minifier: it parses the CSS, so `.nav :focus` and `content: "a, b"` keep their meaning. */
export function minifyCss(css: string): string {
  return transformSync(css, { loader: "css", minify: true }).code.trim();
}

export interface Stylesheet {
  css: string;
  /** Fingerprinted URL, so it can be cached for a year (deploy/nginx.conf). */
  href: string;
}

/** The GC fonts' @font-face rules, which the site's stylesheet and the slides theme both start with. */
export function fontFaces(): string {
  return readFileSync(new URL("./fonts.css", import.meta.url), "utf8");
}

let cached: Stylesheet | undefined;

export function stylesheet(): Stylesheet {
  if (cached) return cached;
  const own = fontFaces() + readFileSync(new URL("./site.css", import.meta.url), "utf8");
  const tokens = ["global.css", "base.css"].map((file) => readFileSync(require.resolve(`@gcds-core/tokens/build/web/css/${file}`), "utf8")).join("\n");
  const css = minifyCss(withFallbackFaces(usedTokens(own, tokens)) + own);
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  cached = { css, href: `/assets/site.${hash}.css` };
  return cached;
}
