import { feedsForPage } from "../../src/outputs/feeds/definitions.ts";
import { t } from "../../src/content/i18n/index.ts";
import { jsonForScript, type JsonLd } from "../../src/outputs/sharing/json-ld.ts";
import { sharingMeta, type SharingInput } from "../../src/outputs/sharing/open-graph.ts";

const feedTypes = { atom: "application/atom+xml", json: "application/feed+json" } as const;

/** What <head> tells other sites: Open Graph and Twitter cards, feeds, schema.org JSON-LD. */
export function SharingHead({ structuredData, ...input }: SharingInput & { structuredData?: JsonLd | undefined }) {
  const { lang } = input;
  return (
    <>
      {sharingMeta(input).map((tag) =>
        "property" in tag ? <meta property={tag.property} content={tag.content} /> : <meta name={tag.name} content={tag.content} />,
      )}
      {feedsForPage(lang, input.url).map((feed) => (
        <link
          rel="alternate"
          type={feedTypes[feed.format]}
          href={feed.url}
          title={`${t(lang, feed.titleKey)} (${t(lang, feed.format === "atom" ? "feed_atom" : "feed_json")})`}
        />
      ))}
      {structuredData ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(structuredData) }} /> : null}
    </>
  );
}
