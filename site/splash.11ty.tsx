import { stylesheet } from "../src/outputs/assets/stylesheet.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl } from "../src/content/i18n/routes.ts";
import { site } from "../src/content/site.ts";
import { SharingHead } from "../layouts/components/sharing-head.tsx";
import { CspMeta } from "../layouts/components/csp-meta.tsx";

export const data = { permalink: "/index.html" };

/** Canada.ca's bilingual splash page: choose a language. https://www.canada.ca/ */
export default function Splash() {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <CspMeta />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t("en", "splash_title")}</title>
        <meta name="description" content={`${t("en", "site_tagline")} / ${t("fr", "site_tagline")}`} />
        <link rel="canonical" href={`${site.url}/`} />
        <link rel="alternate" hrefLang="en" href={`${site.url}${homeUrl("en")}`} />
        <link rel="alternate" hrefLang="fr" href={`${site.url}${homeUrl("fr")}`} />
        <SharingHead lang="en" title={t("en", "splash_title")} description={`${t("en", "site_tagline")} / ${t("fr", "site_tagline")}`} url="/" />
        <link rel="stylesheet" href={stylesheet().href} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body class="splash">
        <main class="splash-box">
          <h1>
            <span>{t("en", "site_name")}</span>
            <br />
            <span lang="fr">{t("fr", "site_name")}</span>
          </h1>
          <div class="splash-langs">
            <a class="button" href={homeUrl("en")} hrefLang="en">
              {t("en", "lang_name")}
            </a>
            <a class="button" href={homeUrl("fr")} hrefLang="fr" lang="fr">
              {t("fr", "lang_name")}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
