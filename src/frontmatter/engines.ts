import { parse } from "yaml";
import { alreadyParsed, refusedLanguageMessage } from "./parse.ts";

function refuse(language: string) {
  return () => {
    throw new Error(refusedLanguageMessage(language));
  };
}

/**
 * Engines for Eleventy's front-matter parser (gray-matter). gray-matter evaluates `---js`
 * with `eval`, and Eleventy adds its own JavaScript engine: every engine but YAML is replaced
 * by one that throws. https://www.11ty.dev/docs/data-frontmatter-customize/
 */
export const frontMatterEngines = {
  // The content model parsed every file's YAML before Eleventy reads it: not parsed twice.
  yaml: (text: string) => alreadyParsed(text) ?? parse(text, { maxAliasCount: 50 }) ?? {},
  javascript: refuse("javascript"),
  js: refuse("js"),
  jsLegacy: refuse("javascript"),
  json: refuse("json"),
  coffee: refuse("coffee"),
  toml: refuse("toml"),
  node: refuse("node"),
};
