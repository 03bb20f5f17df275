import { memo } from "../content/memo.ts";
import { inspectHtml, shorten, urlKind } from "../content/markdown/sanitise.ts";

/** What is wrong with raw HTML written in Markdown: `refused` fails the build, `neutralised` warns. */
export interface HtmlVerdict {
  refused: string[];
  neutralised: string[];
}

/**
 * The verdict on one fragment of raw HTML from Markdown (src/content/markdown/sanitise.ts decides, with
 * the HTML5 parser the sanitiser uses). The same fragment (`<kbd>`, `</kbd>`) comes back many
 * times: each is decided once (the memo is bounded).
 */
export const htmlVerdict: (html: string) => HtmlVerdict = memo(inspectHtml);

export { shorten };

/**
 * What is wrong with the URL of a Markdown link or image, or undefined when it is fine:
 * links may be http(s), mailto, tel or on this site; images https or on this site.
 */
export function urlProblem(href: string, kind: "link" | "image"): string | undefined {
  const where = urlKind(href);
  if (/^\s*[\\/]{2}/.test(href)) return `${kind} "${shorten(href)}": a URL starting with // leads to another site (write https://...)`;
  if (kind === "image") {
    return where === "https" || where === "site" ? undefined : `image "${shorten(href)}": only https:// URLs and paths on this site are allowed`;
  }
  if (where === "other") {
    let scheme = "this kind of";
    try {
      scheme = new URL(href, "https://site.invalid/page/").protocol;
    } catch {
      return `${kind} "${shorten(href)}": not a valid URL`;
    }
    return `link "${shorten(href)}": ${scheme} URLs are not allowed (expected https://, http://, mailto:, tel: or a path on this site)`;
  }
  return undefined;
}
