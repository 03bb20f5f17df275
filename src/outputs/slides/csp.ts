import { speakerViewHashes } from "./assets.ts";

/**
 * The Content-Security-Policy the presentation pages (…/present/, …/presenter/) need: the
 * site's strict policy, plus what reveal.js's speaker view needs and nothing more. The speaker
 * view is an about:blank window (it inherits this policy) whose inline script and styles are
 * allowed by hash, and it shows the deck in same-origin frames. The e2e suite runs the
 * slideshow and speaker view under exactly this policy (tests/e2e/slides.spec.ts), and
 * deploy/nginx.conf sends it on those pages (tests/unit/outputs/slides/csp.test.ts keeps them equal).
 */
export function presentationPolicy(): string {
  const { script, style } = speakerViewHashes();
  const quoted = (hashes: string[]) => hashes.map((hash) => `'${hash}'`).join(" ");
  return [
    "default-src 'none'",
    `script-src 'self' ${quoted(script)}`,
    `style-src 'self' 'unsafe-hashes' ${quoted(style)}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src 'self' https://www.youtube-nocookie.com",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'none'",
  ].join("; ");
}

/** The presentation pages' paths, as nginx matches them ($uri may end in index.html). */
export const presentationPathPattern = "^/(en/slides|fr/presentations)/[^/]+/(present|presenter)/";
