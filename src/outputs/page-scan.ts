import { Parser } from "htmlparser2";

/** A URL a page requests or links to, and the line of the built page it is on. */
export interface FoundLink {
  href: string;
  line: number;
}

/** What a built page says about itself in its head. */
export interface PageHead {
  canonical: string | undefined;
  noindex: boolean;
  /** hreflang -> absolute URL, from <link rel="alternate" hreflang>. */
  alternates: { lang: string; url: string }[];
}

/** Everything the sitemap and the link check need from one page: the link check and the sitemap. */
export interface ScannedPage {
  ids: Set<string>;
  links: FoundLink[];
  head: PageHead;
}

// Attributes that make the browser request or navigate to a URL.
const urlAttributes: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  source: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  form: ["action"],
};

/**
 * One pass of htmlparser2 over a built page: its ids, the URLs it links to (with their line),
 * and its head. After rendering, the build reads each page back once and scans it once
 * (src/outputs/rendered-site.ts), for the sitemap and the link check together.
 */
export function scanPage(html: string): ScannedPage {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  const head: PageHead = { canonical: undefined, noindex: false, alternates: [] };
  let line = 1;
  let counted = 0;
  const lineAt = (index: number) => {
    for (let i = html.indexOf("\n", counted); i !== -1 && i < index; i = html.indexOf("\n", i + 1)) line++;
    counted = Math.max(counted, index);
    return line;
  };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === "a" && attributes.name) ids.add(attributes.name);
      for (const attribute of urlAttributes[name] ?? []) {
        const href = attributes[attribute];
        if (href !== undefined) links.push({ href, line: lineAt(parser.startIndex) });
      }
      if (name === "link" && attributes.rel === "canonical") head.canonical ??= attributes.href;
      if (name === "link" && attributes.rel === "alternate" && attributes.hreflang && attributes.href)
        head.alternates.push({ lang: attributes.hreflang, url: attributes.href });
      if (name === "meta" && attributes.name === "robots" && /noindex/.test(attributes.content ?? "")) head.noindex = true;
    },
  });
  parser.end(html);
  return { ids, links, head };
}
