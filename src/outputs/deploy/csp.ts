/**
 * The site's Content-Security-Policy (https://www.w3.org/TR/CSP3/), in one place. nginx sends
 * it as a header (deploy/nginx.conf; tests/unit/outputs/deploy/csp.test.ts keeps the two equal), and
 * every page carries it in a `<meta http-equiv>` as well: GitHub Pages, where the site is
 * published, sends no headers at all, so the meta policy is what protects its readers.
 * Nothing inline: scripts and styles are files of the site; 'wasm-unsafe-eval' lets Pagefind
 * compile its WebAssembly (it allows no eval of JavaScript); the only other origin is the
 * click-to-load YouTube player, in a frame. Presentation pages widen it slightly
 * (src/outputs/slides/csp.ts).
 */
export function sitePolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src https://www.youtube-nocookie.com",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Directives a policy in `<meta>` cannot carry: browsers ignore them there (CSP3 §3.3). */
const headerOnly = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** A header policy as a `<meta http-equiv="Content-Security-Policy">` can state it: the same, less the header-only directives. */
export function metaPolicy(policy: string): string {
  return policy
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive && !headerOnly.has(directive.split(/\s+/)[0]?.toLowerCase() ?? ""))
    .join("; ");
}
