import { twinUrl } from "../src/collections/twin-url.ts";
import { t } from "../src/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/i18n/routes.ts";
import { tableOfContents } from "../src/markdown/toc.ts";
import type { Entry } from "../src/model/types.ts";
import { contentKey, type TemplateData } from "../src/render/template-data.ts";
import type { Lang } from "../src/site.ts";
import { Base, type Crumb } from "./components/base.tsx";
import { Prose } from "./components/prose.tsx";
import { Tags } from "./components/tags.tsx";
import { TableOfContents } from "./components/toc.tsx";
import { DemoDetails } from "./demo.tsx";
import { MeetingDetails, MeetingOutcomes } from "./meeting.tsx";
import { PersonDetails } from "./person.tsx";
import { PostByline } from "./post.tsx";
import { DeckReading, SlidesDetails } from "./slides.tsx";

const sectionLabel = { meetings: "nav_meetings", posts: "nav_posts", demos: "nav_demos", slides: "nav_slides" } as const;

function breadcrumbs(entry: Entry, lang: Lang): Crumb[] {
  const crumbs: Crumb[] = [{ label: t(lang, "nav_home"), url: homeUrl(lang) }];
  if (entry.collection in sectionLabel) {
    const key = sectionLabel[entry.collection as keyof typeof sectionLabel];
    crumbs.push({ label: t(lang, key), url: sectionUrl(lang, entry.collection) });
  }
  return crumbs;
}

/** The layout of every Markdown page: the frame, then what its collection shows. */
export default function ContentLayout(data: TemplateData) {
  const { model } = data;
  const entry = model.byFile.get(contentKey(data.page.inputPath));
  if (!entry) throw new Error(`${data.page.inputPath}: not in the content model`);
  const html = data.content ?? "";
  const { lang } = entry;
  return (
    <Base
      lang={lang}
      title={entry.title}
      description={entry.summary}
      url={entry.url}
      twinUrl={twinUrl(model, entry)}
      breadcrumbs={breadcrumbs(entry, lang)}
      modified={entry.modified}
    >
      <article data-pagefind-body>
        <h1>
          {entry.title} {entry.draft ? <span class="draft-badge">{t(lang, "draft_label")}</span> : null}
        </h1>
        {entry.collection === "posts" ? <PostByline entry={entry} model={model} /> : null}
        {entry.collection === "meetings" ? <MeetingDetails entry={entry} model={model} /> : null}
        {entry.collection === "demos" ? <DemoDetails entry={entry} model={model} /> : null}
        {entry.collection === "people" ? <PersonDetails entry={entry} model={model} /> : null}
        {entry.collection === "slides" ? <SlidesDetails entry={entry} model={model} /> : null}
        {entry.collection !== "posts" && entry.collection !== "people" && entry.summary ? <p class="lede">{entry.summary}</p> : null}
        {entry.collection === "slides" ? (
          <DeckReading entry={entry} model={model} />
        ) : (
          <>
            <TableOfContents items={tableOfContents(html)} lang={lang} />
            <Prose html={html} />
          </>
        )}
        {entry.collection === "meetings" ? <MeetingOutcomes entry={entry} /> : null}
        <Tags tags={entry.tags} lang={lang} />
      </article>
    </Base>
  );
}
