import { LineCounter, parseDocument } from "yaml";
import type { Problem } from "../../content/problem.ts";
import { t, type MessageKey } from "../../content/i18n/index.ts";
import { homeUrl, sectionUrl, type CollectionName } from "../../content/i18n/routes.ts";
import { sitePath } from "../../content/schema/fields.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { languages, otherLang, type Lang } from "../../content/site.ts";
import { redirectPermalink, type Redirect } from "./list.ts";

/**
 * `content/redirects.yaml`: old addresses of pages that lists the site generates now replace
 * (an old hand-kept "all our slides" page, a home page of raw HTML). Each item is
 * `from: /old/path/` and `to:` a generated list or home page (`/en/slides/`, `/fr/`); each
 * becomes a redirect page like a page's `redirectFrom`. The Hugo import writes it.
 */
export const listRedirectsFile = "redirects.yaml";

/** The pages a redirect here may lead to: each language's home and generated lists, with their titles. */
function redirectTargets(): Map<string, { lang: Lang; title: string; twinUrl: string }> {
  const lists: [CollectionName, MessageKey][] = [
    ["meetings", "list_meetings_title"],
    ["posts", "list_posts_title"],
    ["demos", "list_demos_title"],
    ["slides", "list_slides_title"],
  ];
  const targets = new Map<string, { lang: Lang; title: string; twinUrl: string }>();
  for (const lang of languages) {
    targets.set(homeUrl(lang), { lang, title: t(lang, "home_title"), twinUrl: homeUrl(otherLang(lang)) });
    for (const [collection, key] of lists)
      targets.set(sectionUrl(lang, collection), { lang, title: t(lang, key), twinUrl: sectionUrl(otherLang(lang), collection) });
  }
  return targets;
}

export interface ListRedirects {
  redirects: (Redirect & { line: number })[];
  problems: Problem[];
}

/** The `from`s and `to`s of a redirects.yaml text, unchecked (for the importer, to add what is missing). */
export function readListRedirectsText(text: string): { from: string; to: string }[] {
  const items: unknown = parseDocument(text).toJS();
  return Array.isArray(items) ? items.filter((i): i is { from: string; to: string } => typeof i?.from === "string" && typeof i?.to === "string") : [];
}

/** The redirects `content/redirects.yaml` lists (as the model read it), and what is wrong in it (file:line). */
export function readListRedirects(model: Pick<ContentModel, "dataFiles">): ListRedirects {
  const [file, text] = [...model.dataFiles].find(([name]) => name.endsWith(`/${listRedirectsFile}`)) ?? [];
  if (file === undefined || text === undefined) return { redirects: [], problems: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const problems: Problem[] = document.errors.map((error) => ({ file, line: lineOf(error.pos[0]), message: error.message.split("\n")[0] ?? "invalid YAML" }));
  const redirects: ListRedirects["redirects"] = [];
  if (problems.length) return { redirects, problems };
  const items: unknown = document.toJS({ maxAliasCount: 50 });
  if (items === null || items === undefined) return { redirects, problems };
  if (!Array.isArray(items)) return { redirects, problems: [{ file, line: 1, message: "expected a list of `- from: /old/path/` + `to: /en/slides/` items" }] };
  const targets = redirectTargets();
  items.forEach((item: unknown, index) => {
    const node = document.getIn([index], true) as { range?: [number, number, number] } | undefined;
    const line = lineOf(node?.range?.[0]);
    const { from, to } = (item ?? {}) as { from?: unknown; to?: unknown };
    const target = typeof to === "string" ? targets.get(to) : undefined;
    const fromOk = sitePath.safeParse(from);
    if (!fromOk.success) problems.push({ file, line, message: `from: ${fromOk.error.issues[0]?.message ?? "expected a site path"}` });
    else if (!target) problems.push({ file, line, message: `to: expected a generated list or home page (${[...targets.keys()].join(", ")})` });
    else redirects.push({ from: fromOk.data, permalink: redirectPermalink(fromOk.data), to: to as string, line, ...target });
  });
  return { redirects, problems };
}
