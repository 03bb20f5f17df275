import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

export interface Script {
  js: string;
  /** Fingerprinted, so it can be cached for a year like the stylesheet. */
  href: string;
}

let cached: Script | undefined;

/** The search page's script, compiled from TypeScript and served from /assets/ (no inline script, for a strict CSP). */
export function searchScript(): Script {
  if (cached) return cached;
  const source = readFileSync(new URL("./browser/search.ts", import.meta.url), "utf8");
  const { code } = transformSync(source, { loader: "ts", format: "esm", target: "es2020", minify: true });
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 10);
  cached = { js: code, href: `/assets/search.${hash}.js` };
  return cached;
}
