// @11ty/eleventy-plugin-rss ships no type declarations; these are the helpers this site uses.
// https://www.11ty.dev/docs/plugins/rss/
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 3339 (Atom) in UTC, without milliseconds. */
  export function dateToRfc3339(date: Date): string;
  /** Every URL in an HTML fragment made absolute against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: Record<string, unknown>): Promise<string>;
}
