import type { Lang } from "../site.ts";

/** Plain pages the menus link to, with their URL segment per language (content/<lang>/pages/). */
const pageSlugs = {
  about: { en: "about", fr: "a-propos" },
  join: { en: "join", fr: "participer" },
  conduct: { en: "code-of-conduct", fr: "code-de-conduite" },
} as const;

export function pageUrl(lang: Lang, page: keyof typeof pageSlugs): string {
  return `/${lang}/${pageSlugs[page][lang]}/`;
}
