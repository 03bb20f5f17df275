import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";

/** The parts of a Hugo site's configuration that decide its URLs. */
export interface HugoConfig {
  defaultLanguage: string;
  defaultLanguageInSubdir: boolean;
  /** Section -> permalink pattern (":year/:month/:slug/"). */
  permalinks: Record<string, string>;
  uglyUrls: boolean;
}

export function readHugoConfig(siteDir: string): HugoConfig {
  let raw: Record<string, unknown> = {};
  for (const name of ["hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml", "hugo.json", "config.json"]) {
    const file = path.join(siteDir, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const parsed: unknown = name.endsWith(".toml") ? parseToml(text) : name.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
    break;
  }
  const permalinks = raw.permalinks && typeof raw.permalinks === "object" ? (raw.permalinks as Record<string, unknown>) : {};
  return {
    defaultLanguage: typeof raw.defaultContentLanguage === "string" ? raw.defaultContentLanguage.toLowerCase() : "en",
    defaultLanguageInSubdir: raw.defaultContentLanguageInSubdir === true,
    permalinks: Object.fromEntries(Object.entries(permalinks).filter((e): e is [string, string] => typeof e[1] === "string")),
    uglyUrls: raw.uglyURLs === true || raw.uglyurls === true,
  };
}

/** Hugo's urlize: "Hello, World!" -> "hello-world". */
function urlize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s_-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-");
}

export interface HugoPage {
  /** Path under content/, without the language folder: meetup/2018-03-22.md */
  contentPath: string;
  /** Section folders: ["meetup"]. */
  sections: string[];
  /** File name without extension and language suffix; a bundle's folder name. */
  baseName: string;
  lang: string;
  data: Record<string, unknown>;
  date?: string;
}

/** The URL Hugo gave a page (default permalinks, `[permalinks]`, `slug`, `url`). */
export function hugoUrl(page: HugoPage, config: HugoConfig): string {
  const prefix = page.lang !== config.defaultLanguage || config.defaultLanguageInSubdir ? `/${page.lang}` : "";
  const explicit = typeof page.data.url === "string" ? page.data.url : undefined;
  if (explicit) return normalizeUrl(explicit.startsWith("/") ? explicit : `/${explicit}`);
  const title = typeof page.data.title === "string" ? page.data.title : page.baseName;
  const slug = typeof page.data.slug === "string" ? page.data.slug : undefined;
  const section = page.sections[0] ?? "";
  const pattern = config.permalinks[section];
  let url: string;
  if (pattern) {
    const [year = "", month = "", day = ""] = (page.date ?? "").split("-");
    url = pattern
      .replace(/:year/g, year)
      .replace(/:month/g, month)
      .replace(/:day/g, day)
      .replace(/:title/g, urlize(title))
      .replace(/:slug/g, slug ?? urlize(title))
      .replace(/:filename|:contentbasename/g, page.baseName)
      .replace(/:sections/g, page.sections.join("/"))
      .replace(/:section/g, section);
    url = `/${url.replace(/^\/+/, "")}`;
  } else {
    url = `/${[...page.sections, slug ?? page.baseName].filter(Boolean).join("/")}/`;
  }
  if (config.uglyUrls) url = url.replace(/\/$/, ".html");
  return normalizeUrl(`${prefix}${url}`.toLowerCase());
}

export function normalizeUrl(url: string): string {
  const clean = url.replace(/\/{2,}/g, "/").split("#")[0] ?? "/";
  return /\.[a-z0-9]+$/i.test(clean) || clean.endsWith("/") ? clean : `${clean}/`;
}
