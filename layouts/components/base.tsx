import type { ComponentChildren } from "preact";
import { preloadFonts, stylesheet } from "../../src/outputs/assets/stylesheet.ts";
import { t } from "../../src/content/i18n/index.ts";
import { pageUrl } from "../../src/content/i18n/pages.ts";
import { homeUrl, sectionUrl, tagsUrl } from "../../src/content/i18n/routes.ts";
import type { JsonLd } from "../../src/outputs/sharing/json-ld.ts";
import type { SearchFacts } from "../../src/outputs/search/facts.ts";
import { otherLang, site, type Lang } from "../../src/content/site.ts";
import { SharingHead } from "./sharing-head.tsx";
import { HeaderSearch } from "./header-search.tsx";
import { SearchMeta } from "./search-meta.tsx";
import { CspMeta } from "./csp-meta.tsx";

export interface Crumb {
  label: string;
  url: string;
}

export interface BaseProps {
  lang: Lang;
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string | undefined;
  url: string;
  /** The same page in the other language (or its "not translated" notice). */
  twinUrl: string;
  breadcrumbs?: Crumb[];
  /**
   * YYYY-MM-DD for "Date modified": a content page's own; a generated page's from the entries it
   * is computed from (src/outputs/collections/date-modified.ts). Omitted only on notices and redirects.
   */
  modified?: string | undefined;
  /** Keep generated pages (notices, redirects) out of search engines. */
  noindex?: boolean;
  /** Open Graph type: "article" for posts, "website" otherwise. */
  ogType?: "website" | "article";
  /** schema.org JSON-LD for the page (Event, BlogPosting, VideoObject). */
  structuredData?: JsonLd | undefined;
  /** An image for link previews, with its text alternative. */
  image?: { url: string; alt: string } | undefined;
  /** Other formats of this page, as `<link rel="alternate" type=...>` (calendars, feeds). */
  alternates?: { type: string; href: string; title: string }[] | undefined;
  /** What the search index records about a content page (its text is the <article data-pagefind-body>). */
  search?: SearchFacts | undefined;
  /** The search page has its own form; the header box would repeat it. */
  hideHeaderSearch?: boolean;
  /** Scripts the page needs (the video facade's), loaded deferred from files on the site. */
  scripts?: string[] | undefined;
  /** Extra elements for <head> (a redirect's meta refresh). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The look every page shares: fonts (preloaded), stylesheet, icon. Every URL is from the site's
 * root, so the 404 page, served at any missing path, finds them too.
 */
export function SiteAssets() {
  return (
    <>
      {preloadFonts.map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
      ))}
      <link rel="stylesheet" href={stylesheet().href} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    </>
  );
}

/** The footer's content in one language: about, code of conduct, source, licences. */
export function FooterLinks({ lang }: { lang: Lang }) {
  return (
    <>
      <h2 class="visually-hidden">{t(lang, "footer_about")}</h2>
      <ul>
        <li>
          <a href={pageUrl(lang, "about")}>{t(lang, "nav_about")}</a>
        </li>
        {/* The indexes the menu has no room for: every collection has one (WCAG 2.4.5, multiple ways). */}
        <li>
          <a href={sectionUrl(lang, "people")}>{t(lang, "nav_people")}</a>
        </li>
        <li>
          <a href={sectionUrl(lang, "slides")}>{t(lang, "nav_slides")}</a>
        </li>
        <li>
          <a href={tagsUrl(lang)}>{t(lang, "nav_tags")}</a>
        </li>
        <li>
          <a href={pageUrl(lang, "conduct")}>{t(lang, "nav_conduct")}</a>
        </li>
        <li>
          <a href={site.repository}>{t(lang, "footer_source")}</a>
        </li>
      </ul>
      <p>
        {t(lang, "footer_licence_prefix")}{" "}
        <a
          href={
            lang === "en" ? "https://open.canada.ca/en/open-government-licence-canada" : "https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada"
          }
        >
          {t(lang, "footer_licence_name")}
        </a>
        . {t(lang, "footer_code_licence")}
      </p>
    </>
  );
}

/** The page frame every page shares: Canada.ca's skip link, header, menu, footer. */
export function Base(props: BaseProps) {
  const { lang, title, url, twinUrl, children } = props;
  const other = otherLang(lang);
  const nav = [
    { label: t(lang, "nav_home"), url: homeUrl(lang) },
    { label: t(lang, "nav_meetings"), url: sectionUrl(lang, "meetings") },
    { label: t(lang, "nav_demos"), url: sectionUrl(lang, "demos") },
    { label: t(lang, "nav_projects"), url: sectionUrl(lang, "projects") },
    { label: t(lang, "nav_posts"), url: sectionUrl(lang, "posts") },
    { label: t(lang, "nav_about"), url: pageUrl(lang, "about") },
    { label: t(lang, "nav_join"), url: pageUrl(lang, "join") },
  ];
  const fullTitle = `${title} - ${t(lang, "site_name")}`;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <CspMeta />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={`${site.url}${url}`} />
        <link rel="alternate" hrefLang={lang} href={`${site.url}${url}`} />
        <link rel="alternate" hrefLang={other} href={`${site.url}${twinUrl}`} />
        <SharingHead
          lang={lang}
          title={title}
          description={props.description}
          url={url}
          type={props.ogType}
          image={props.image}
          structuredData={props.structuredData}
        />
        {props.alternates?.map((alternate) => (
          <link rel="alternate" type={alternate.type} href={alternate.href} title={alternate.title} />
        ))}
        <SiteAssets />
        {props.search ? <SearchMeta facts={props.search} /> : null}
        {props.scripts?.map((src) => (
          <script src={src} defer />
        ))}
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main-content">
          {t(lang, "skip_to_main")}
        </a>
        <header class="site-header">
          <div class="container">
            <a class="brand" href={homeUrl(lang)}>
              {t(lang, "site_name")}
              <small>{t(lang, "site_tagline")}</small>
            </a>
            <div class="lang-toggle">
              <a href={twinUrl} lang={other} hrefLang={other} title={t(lang, "lang_toggle_title")}>
                {t(lang, "lang_toggle_label")}
              </a>
            </div>
            {props.hideHeaderSearch ? null : <HeaderSearch lang={lang} />}
          </div>
          <nav class="site-nav" aria-label={t(lang, "nav_label")}>
            <ul class="container">
              {nav.map((item) => (
                <li>
                  <a href={item.url} aria-current={item.url === url ? "page" : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {props.breadcrumbs?.length ? (
          <nav class="breadcrumbs container" aria-label={t(lang, "breadcrumb_label")}>
            <ol>
              {props.breadcrumbs.map((crumb) => (
                <li>
                  <a href={crumb.url}>{crumb.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="main-content" class="container" tabIndex={-1}>
          {children}
          {props.modified ? (
            <dl class="date-modified">
              <dt>{t(lang, "date_modified")}</dt>{" "}
              <dd>
                <time dateTime={props.modified}>{props.modified}</time>
              </dd>
            </dl>
          ) : null}
        </main>
        <footer class="site-footer">
          <div class="container">
            <FooterLinks lang={lang} />
          </div>
        </footer>
      </body>
    </html>
  );
}
