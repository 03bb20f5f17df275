import { createRequire } from "node:module";

// The SPDX License List as the spdx-license-ids package ships it (JSON files, any Node version).
const require = createRequire(import.meta.url);
const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const current = new Set(asStrings(require("spdx-license-ids")));
const deprecated = new Set(asStrings(require("spdx-license-ids/deprecated.json")));
const byLowerCase = new Map([...current].map((id) => [id.toLowerCase(), id]));

/**
 * Why `expression` is not a licence the SPDX License List knows, or undefined when it is: one
 * identifier (`MIT`), or identifiers joined by AND / OR (`Apache-2.0 OR MIT`), as publiccode.yml's
 * `legal.license` and package manifests write them. Deprecated identifiers are refused with the
 * one to use where the list names it.
 */
export function licenceProblem(expression: string): string | undefined {
  for (const id of expression.split(/\s+(?:AND|OR)\s+/)) {
    if (current.has(id)) continue;
    if (deprecated.has(id)) {
      const replacement = [`${id}-only`, `${id}-or-later`].filter((candidate) => current.has(candidate));
      return `"${id}" is a deprecated SPDX identifier${replacement.length ? ` (use ${replacement.join(" or ")})` : ""}`;
    }
    const cased = byLowerCase.get(id.toLowerCase());
    return `"${id}" is not an SPDX licence identifier (${cased ? `did you mean ${cased}?` : "see https://spdx.org/licenses/"})`;
  }
  return undefined;
}
