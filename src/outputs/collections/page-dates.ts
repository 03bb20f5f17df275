import { DateTime } from "luxon";
import { homeUrl, searchUrl, tagsUrl } from "../../content/i18n/routes.ts";
import { actionItemsUrl } from "../meetings/urls.ts";
import type { ContentModel } from "../../content/model/load.ts";
import { languages, site, type Lang } from "../../content/site.ts";
import { newestModified } from "./date-modified.ts";
import { buildListPages } from "./list-pages.ts";
import { listFor } from "./listing.ts";
import { lineageUrl, projectListPages, projectsModified } from "./projects.ts";
import { tagPages, tagsModified } from "./tags.ts";
import { technologyPages } from "./technologies.ts";

/** The home page shows the newest meetings, posts and demos: it changes when one of those does. */
export function homeModified(model: ContentModel, lang: Lang): string {
  return newestModified([...listFor(model, lang, "meetings"), ...listFor(model, lang, "posts"), ...listFor(model, lang, "demos")]);
}

/** The search page's filters and its index are made of every published page, in both languages. */
export function searchModified(model: ContentModel): string {
  return newestModified(model.published);
}

/** Every meeting, not only those with open items: closing an item changes the page. */
export function actionItemsModified(model: ContentModel, lang: Lang): string {
  return newestModified(listFor(model, lang, "meetings"));
}

/**
 * The "Date modified" of every page the site renders with one, by its site-relative URL
 * (`/en/blog/`): content pages and every generated page, from the very functions and fields
 * their templates print. The sitemap's `lastmod` comes from here, so it cannot disagree with
 * what a reader sees. Pages without a date (the splash page, notices, redirects, 404) are absent.
 */
export function pageDates(model: ContentModel, now = DateTime.now().setZone(site.timeZone)): Map<string, string> {
  const dates = new Map<string, string>(model.published.map((entry) => [entry.url, entry.modified]));
  for (const generated of [buildListPages(model, now), technologyPages(model), tagPages(model), projectListPages(model)]) {
    for (const page of generated) dates.set(page.url, page.modified);
  }
  for (const lang of languages) {
    dates.set(homeUrl(lang), homeModified(model, lang));
    dates.set(searchUrl(lang), searchModified(model));
    dates.set(actionItemsUrl(lang), actionItemsModified(model, lang));
    dates.set(tagsUrl(lang), tagsModified(model, lang));
    dates.set(lineageUrl(lang), projectsModified(model, lang));
  }
  return dates;
}
