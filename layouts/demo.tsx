import { formatDate } from "../src/content/i18n/dates.ts";
import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { DemoEntry } from "../src/content/model/types.ts";
import { projectsOfDemo } from "../src/outputs/collections/projects.ts";
import { technologyUrl } from "../src/outputs/collections/technologies.ts";
import { PersonNames } from "./components/person-names.tsx";
import { TechnologyChips } from "./components/technology-chips.tsx";
import { Fact } from "./components/fact.tsx";
import { LinkedProjects } from "./components/linked-projects.tsx";

export function DemoDetails({ entry, model }: { entry: DemoEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const slides = data.slides
    ? (model.published.find((e) => e.collection === "slides" && e.fileSlug === data.slides && e.lang === lang) ??
      model.published.find((e) => e.collection === "slides" && e.fileSlug === data.slides))
    : undefined;
  const projects = projectsOfDemo(model, lang, entry.fileSlug);
  const meeting = data.meeting ? model.published.find((e) => e.collection === "meetings" && e.fileSlug === data.meeting && e.lang === lang) : undefined;
  return (
    <dl class="meta">
      {data.presenters?.length ? (
        <Fact label={t(lang, "demo_presenter")}>
          <PersonNames ids={data.presenters} model={model} lang={lang} />
          {data.department ? ` (${data.department})` : null}
        </Fact>
      ) : null}
      {data.meeting ? (
        <Fact label={t(lang, "demo_meeting")}>{meeting ? <a href={meeting.url}>{formatDate(data.meeting, lang)}</a> : formatDate(data.meeting, lang)}</Fact>
      ) : null}
      {projects.length ? (
        <Fact label={t(lang, "demo_project")}>
          <LinkedProjects items={projects} lang={lang} />
        </Fact>
      ) : null}
      {data.repository ? (
        <Fact label={t(lang, "demo_repository")}>
          <a href={data.repository}>{data.repository.replace(/^https:\/\//, "")}</a>
        </Fact>
      ) : null}
      {data.recording ? (
        <Fact label={t(lang, "demo_recording")}>
          <a href={data.recording}>{t(lang, "demo_watch")}</a>
          {data.captions ? (
            <>
              {" · "}
              <a href={data.captions}>{t(lang, "demo_captions")}</a>
            </>
          ) : null}
        </Fact>
      ) : null}
      {slides ? (
        <Fact label={t(lang, "demo_slides")}>
          <a href={slides.url} hrefLang={slides.lang === lang ? undefined : slides.lang}>
            {slides.title}
          </a>
        </Fact>
      ) : null}
      <TechnologyChips ids={data.technologies} lang={lang} label="demo_technologies" linkTitle="demo_technology_link" url={technologyUrl} />
    </dl>
  );
}
