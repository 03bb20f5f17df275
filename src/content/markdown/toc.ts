export interface TocItem {
  id: string;
  text: string;
  level: 2 | 3;
}

/**
 * The table of contents of rendered Markdown. It reads only HTML our own markdown-it renders
 * (`<h2 id="...">`), never contributor HTML, which the content checks allow no headings in.
 */
export function tableOfContents(html: string): TocItem[] {
  const items: TocItem[] = [];
  for (const match of html.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = decodeEntities((match[3] ?? "").replace(/<[^>]+>/g, "")).trim();
    if (text) items.push({ level: match[1] === "2" ? 2 : 3, id: decodeEntities(match[2] ?? ""), text });
  }
  return items;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
