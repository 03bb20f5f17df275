import { t } from "../src/content/i18n/index.ts";
import { homeUrl, searchUrl } from "../src/content/i18n/routes.ts";
import { languages } from "../src/content/site.ts";
import { FooterLinks, SiteAssets } from "../layouts/components/base.tsx";
import { CspMeta } from "../layouts/components/csp-meta.tsx";
import { SharingHead } from "../layouts/components/sharing-head.tsx";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

/**
 * One bilingual 404 for every URL, as Canada.ca's: the site's header and footer, English then
 * French side by side. nginx serves it at whatever path was asked for, so every link and asset
 * here is from the site's root.
 */
export default function NotFound() {
  const title = `${t("en", "error_404_title")} / ${t("fr", "error_404_title")}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <CspMeta />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="robots" content="noindex" />
        <SharingHead lang="en" title={title} url="/404.html" />
        <SiteAssets />
      </head>
      <body>
        <a class="skip-link" href="#main-content">
          {t("en", "skip_to_main")} / <span lang="fr">{t("fr", "skip_to_main")}</span>
        </a>
        <header class="site-header">
          <div class="container">
            {/* The bilingual splash page: no one language is the home of a page with no language. */}
            <a class="brand" href="/">
              {t("en", "site_name")}
              <small lang="fr">{t("fr", "site_name")}</small>
            </a>
          </div>
        </header>
        <main id="main-content" class="container" tabIndex={-1}>
          <div class="side-by-side">
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
          </div>
        </main>
        <footer class="site-footer">
          <div class="container side-by-side">
            {languages.map((lang) => (
              <div lang={lang}>
                <FooterLinks lang={lang} />
              </div>
            ))}
          </div>
        </footer>
      </body>
    </html>
  );
}
