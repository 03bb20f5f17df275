/** One place for the facts every module needs about the site. */
export const languages = ["en", "fr"] as const;
export type Lang = (typeof languages)[number];

export const site = {
  /** Canonical origin; override with SITE_URL for previews and other hosts. */
  url: (process.env.SITE_URL ?? "https://govcloud.ca").replace(/\/$/, ""),
  repository: "https://github.com/govcloud/govcloud.ca",
  branch: "main",
  timeZone: "America/Toronto",
  contentDir: "content",
  /** Images and documents served from the root as they are (checked by src/checks/public-files.ts). */
  publicDir: "public",
} as const;

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "fr" : "en";
}

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}
