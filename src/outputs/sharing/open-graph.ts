import { t } from "../../content/i18n/index.ts";
import { otherLang, site, type Lang } from "../../content/site.ts";

/** Open Graph wants a locale with a region: Canadian English and French. https://ogp.me/#optional */
const ogLocales: Record<Lang, string> = { en: "en_CA", fr: "fr_CA" };

export interface SharingInput {
  lang: Lang;
  title: string;
  description?: string | undefined;
  /** Site-relative URL of the page. */
  url: string;
  type?: "website" | "article" | undefined;
  /** Site path or https:// URL of an image, with its text alternative. */
  image?: { url: string; alt: string } | undefined;
}

/** One <meta>: Open Graph uses `property`, Twitter cards `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Open Graph and Twitter card tags for a page. https://ogp.me/, https://developer.x.com/en/docs/x-for-websites/cards */
export function sharingMeta(input: SharingInput): MetaTag[] {
  const { lang } = input;
  const description = input.description ?? t(lang, "site_tagline");
  const tags: MetaTag[] = [
    { property: "og:title", content: input.title },
    { property: "og:description", content: description },
    { property: "og:url", content: new URL(input.url, `${site.url}/`).toString() },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:site_name", content: t(lang, "site_name") },
    { property: "og:locale", content: ogLocales[lang] },
    { property: "og:locale:alternate", content: ogLocales[otherLang(lang)] },
  ];
  if (input.image) {
    tags.push({ property: "og:image", content: new URL(input.image.url, `${site.url}/`).toString() }, { property: "og:image:alt", content: input.image.alt });
  }
  tags.push(
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: input.title },
    { name: "twitter:description", content: description },
  );
  return tags;
}
