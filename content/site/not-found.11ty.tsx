import { stylesheet } from "../../src/assets/stylesheet.ts";
import { t } from "../../src/i18n/index.ts";
import { homeUrl, searchUrl } from "../../src/i18n/routes.ts";
import { languages } from "../../src/site.ts";
import { SharingHead } from "../../layouts/components/sharing-head.tsx";
import { CspMeta } from "../../layouts/components/csp-meta.tsx";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

/** One bilingual 404 for every URL, as Canada.ca does: English then French. */
export default function NotFound() {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <CspMeta />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${t("en", "error_404_title")} / ${t("fr", "error_404_title")}`}</title>
        <meta name="robots" content="noindex" />
        <SharingHead lang="en" title={`${t("en", "error_404_title")} / ${t("fr", "error_404_title")}`} url="/404.html" />
        <link rel="stylesheet" href={stylesheet().href} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main class="container" id="main-content">
          {languages.map((lang) => (
            <section lang={lang} aria-labelledby={`title-${lang}`}>
              <h1 id={`title-${lang}`}>{t(lang, "error_404_title")}</h1>
              <p>
                <strong>{t(lang, "error_code")}</strong>
              </p>
              <p>{t(lang, "error_404_body")}</p>
              <form class="search-form" role="search" method="get" action={searchUrl(lang)} aria-label={t(lang, "error_404_search_label")}>
                <label for={`q-${lang}`}>{t(lang, "error_404_search_label")}</label>
                <input id={`q-${lang}`} name="q" type="search" />
                <button type="submit">{t(lang, "error_404_search_button")}</button>
              </form>
              <p>
                <a href={homeUrl(lang)}>{t(lang, "error_404_home")}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
