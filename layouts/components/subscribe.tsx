import { feedUrl, type FeedKind } from "../../src/outputs/feeds/definitions.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

/** Visible links to a list's feeds (the same ones <head> advertises). */
export function Subscribe({ lang, kind }: { lang: Lang; kind: FeedKind }) {
  return (
    <p class="subscribe">
      {t(lang, "feed_subscribe")}{" "}
      <a href={feedUrl(lang, kind, "atom")} type="application/atom+xml">
        {t(lang, "feed_atom")}
      </a>
      {" · "}
      <a href={feedUrl(lang, kind, "json")} type="application/feed+json">
        {t(lang, "feed_json")}
      </a>
      {kind !== "all" ? (
        <>
          {" · "}
          <a href={feedUrl(lang, "all", "atom")} type="application/atom+xml">
            {t(lang, "feed_atom")} ({t(lang, "feed_everything")})
          </a>
        </>
      ) : null}
    </p>
  );
}
