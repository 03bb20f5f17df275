import { DateTime } from "luxon";
import { isUpcoming, listFor } from "../src/outputs/collections/listing.ts";
import { homeModified } from "../src/outputs/collections/page-dates.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import type { TemplateData } from "../src/outputs/template-data.ts";
import { otherLang, site, type Lang } from "../src/content/site.ts";
import { Base } from "../layouts/components/base.tsx";
import { EntryList } from "../layouts/components/entry-list.tsx";
import { NextMeeting } from "../layouts/components/next-meeting.tsx";
import { Subscribe } from "../layouts/components/subscribe.tsx";

export const data = {
  pagination: { data: "languages", size: 1, alias: "lang" },
  languages: ["en", "fr"],
  permalink: (data: { lang: Lang }) => homeUrl(data.lang),
};

export default function Home(data: TemplateData & { lang: Lang }) {
  const { lang, model } = data;
  const now = DateTime.now().setZone(site.timeZone);
  const meetings = listFor(model, lang, "meetings");
  const next = meetings.filter((item) => isUpcoming(item.entry, now)).at(-1);
  const minutes = meetings.filter((item) => !isUpcoming(item.entry, now)).slice(0, 3);
  const posts = listFor(model, lang, "posts");
  const demos = listFor(model, lang, "demos");
  return (
    <Base
      lang={lang}
      title={t(lang, "home_title")}
      description={t(lang, "site_tagline")}
      url={homeUrl(lang)}
      twinUrl={homeUrl(otherLang(lang))}
      modified={homeModified(model, lang)}
    >
      <h1>{t(lang, "site_name")}</h1>
      <p class="lede">{t(lang, "home_intro")}</p>
      <section aria-labelledby="next-meeting" class="notice">
        <h2 id="next-meeting">{t(lang, "home_next_meeting")}</h2>
        {next ? <NextMeeting item={next} lang={lang} /> : <p>{t(lang, "home_no_meeting")}</p>}
      </section>
      <div class="cards">
        <section aria-labelledby="latest-minutes">
          <h2 id="latest-minutes">{t(lang, "home_latest_minutes")}</h2>
          <EntryList items={minutes} lang={lang} />
          <p>
            <a href={sectionUrl(lang, "meetings")}>{t(lang, "nav_meetings")}</a>
          </p>
        </section>
        <section aria-labelledby="latest-posts">
          <h2 id="latest-posts">{t(lang, "home_latest_posts")}</h2>
          <EntryList items={posts.slice(0, 3)} lang={lang} />
          <p>
            <a href={sectionUrl(lang, "posts")}>{t(lang, "nav_posts")}</a>
          </p>
        </section>
        <section aria-labelledby="latest-demos">
          <h2 id="latest-demos">{t(lang, "home_latest_demos")}</h2>
          <EntryList items={demos.slice(0, 3)} lang={lang} />
          <p>
            <a href={sectionUrl(lang, "demos")}>{t(lang, "nav_demos")}</a>
          </p>
        </section>
      </div>
      <Subscribe lang={lang} kind="all" />
    </Base>
  );
}
