import { homeUrl, searchUrl, sectionUrl, tagsUrl } from "../i18n/routes.ts";
import { actionItemsUrl } from "../meetings/urls.ts";
import { languages } from "../site.ts";
import { lineageUrl } from "./projects.ts";

/** URLs the site generates itself; no content file may take one. */
export function reservedUrls(): string[] {
  return languages.flatMap((lang) => [
    homeUrl(lang),
    sectionUrl(lang, "meetings"),
    sectionUrl(lang, "posts"),
    sectionUrl(lang, "demos"),
    sectionUrl(lang, "people"),
    sectionUrl(lang, "slides"),
    sectionUrl(lang, "projects"),
    lineageUrl(lang),
    actionItemsUrl(lang),
    searchUrl(lang),
    tagsUrl(lang),
  ]);
}
