import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { redirectsOf, type Redirect } from "../src/outputs/redirects/list.ts";
import { Base } from "../layouts/components/base.tsx";

export const data = {
  pagination: {
    data: "model",
    size: 1,
    alias: "redirect",
    before: (_: unknown, all: { model: ContentModel }) => redirectsOf(all.model),
  },
  permalink: (data: { redirect: Redirect }) => data.redirect.permalink,
  // Not a page of its own: kept out of collections (sitemap, feeds) and search (no data-pagefind-body).
  eleventyExcludeFromCollections: true,
};

/**
 * An old address (Hugo URL, alias, renamed page): a static page that sends the browser to the
 * new one (meta refresh, the way GitHub Pages and Hugo's own aliases do it), names it as
 * canonical, and shows a link for anyone whose browser does not follow the refresh.
 */
export default function RedirectPage(data: TemplateData & { redirect: Redirect }) {
  const { lang, to, title } = data.redirect;
  return (
    <Base
      lang={lang}
      title={t(lang, "redirect_title")}
      url={to}
      twinUrl={data.redirect.twinUrl}
      noindex
      head={<meta http-equiv="refresh" content={`0; url=${to}`} />}
    >
      <h1>{t(lang, "redirect_title")}</h1>
      <p>
        {t(lang, "redirect_body")} <a href={to}>{title}</a>
      </p>
    </Base>
  );
}
