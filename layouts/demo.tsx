import { formatDate } from "../src/filters/date.ts";
import { t } from "../src/i18n/index.ts";
import type { ContentModel } from "../src/model/load.ts";
import type { DemoEntry } from "../src/model/types.ts";
import { technologyUrl } from "../src/collections/technologies.ts";
import { PersonNames } from "./components/person-names.tsx";

export function DemoDetails({ entry, model }: { entry: DemoEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const slides = data.slides ? (model.published.find((e) => e.collection === "slides" && e.fileSlug === data.slides && e.lang === lang) ?? model.published.find((e) => e.collection === "slides" && e.fileSlug === data.slides)) : undefined;
  const meeting = data.meeting ? model.published.find((e) => e.collection === "meetings" && e.fileSlug === data.meeting && e.lang === lang) : undefined;
  return (
    <dl class="meta">
      {data.presenters?.length ? (
        <>
          <dt>{t(lang, "demo_presenter")}</dt>
          <dd>
            <PersonNames ids={data.presenters} model={model} lang={lang} />
            {data.department ? ` (${data.department})` : null}
          </dd>
        </>
      ) : null}
      {data.meeting ? (
        <>
          <dt>{t(lang, "demo_meeting")}</dt>
          <dd>{meeting ? <a href={meeting.url}>{formatDate(data.meeting, lang)}</a> : formatDate(data.meeting, lang)}</dd>
        </>
      ) : null}
      {data.repository ? (
        <>
          <dt>{t(lang, "demo_repository")}</dt>
          <dd>
            <a href={data.repository}>{data.repository.replace(/^https:\/\//, "")}</a>
          </dd>
        </>
      ) : null}
      {data.recording ? (
        <>
          <dt>{t(lang, "demo_recording")}</dt>
          <dd>
            <a href={data.recording}>{t(lang, "demo_watch")}</a>
            {data.captions ? (
              <>
                {" · "}
                <a href={data.captions}>{t(lang, "demo_captions")}</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      {slides ? (
        <>
          <dt>{t(lang, "demo_slides")}</dt>
          <dd>
            <a href={slides.url} hrefLang={slides.lang === lang ? undefined : slides.lang}>
              {slides.title}
            </a>
          </dd>
        </>
      ) : null}
      {data.technologies?.length ? (
        <>
          <dt>{t(lang, "demo_technologies")}</dt>
          <dd>
            <ul class="tags">
              {data.technologies.map((technology) => (
                <li>
                  <a href={technologyUrl(lang, technology)} title={t(lang, "demo_technology_link", { technology })}>
                    {technology}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
