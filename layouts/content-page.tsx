import { relatedTo } from "../src/outputs/collections/related.ts";
import { tagsBesidesTechnologies } from "../src/outputs/collections/technologies.ts";
import { meetingCalendarUrl } from "../src/outputs/calendar/urls.ts";
import { twinUrl } from "../src/outputs/collections/twin-url.ts";
import { t } from "../src/content/i18n/index.ts";
import { homeUrl, sectionUrl } from "../src/content/i18n/routes.ts";
import { tableOfContents } from "../src/content/markdown/toc.ts";
import { meetingView } from "../src/outputs/meetings/view.ts";
import type { Entry } from "../src/content/model/types.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import { publishedBody } from "../src/content/markdown/published.ts";
import { videoScript } from "../src/content/markdown/embeds.ts";
import { structuredData } from "../src/outputs/sharing/json-ld.ts";
import { indexedFactsText, searchFacts } from "../src/outputs/search/facts.ts";
import type { Lang } from "../src/content/site.ts";
import { Base, type Crumb } from "./components/base.tsx";
import { Contribute } from "./components/contribute.tsx";
import { Prose } from "./components/prose.tsx";
import { Related } from "./components/related.tsx";
import { Tags } from "./components/tags.tsx";
import { TableOfContents } from "./components/toc.tsx";
import { DemoDetails } from "./demo.tsx";
import { MeetingAgenda, MeetingDetails, MeetingOutcomes, MeetingPager } from "./meeting.tsx";
import { PersonContributions, PersonFacts } from "./person.tsx";
import { PostByline } from "./post.tsx";
import { ProjectDetails, ProjectImages, ProjectShownAt } from "./project.tsx";
import { DeckReading, SlidesDetails } from "./slides.tsx";
import { TranscriptSection } from "./components/transcript.tsx";
import { transcriptView } from "../src/outputs/transcripts/view.ts";
import { transcriptFileUrl } from "../src/outputs/transcripts/vtt.ts";

const sectionLabel = {
  meetings: "nav_meetings",
  posts: "nav_posts",
  demos: "nav_demos",
  slides: "nav_slides",
  people: "nav_people",
  projects: "nav_projects",
} as const;

function breadcrumbs(entry: Entry, lang: Lang): Crumb[] {
  const crumbs: Crumb[] = [{ label: t(lang, "nav_home"), url: homeUrl(lang) }];
  if (entry.collection in sectionLabel) {
    const key = sectionLabel[entry.collection as keyof typeof sectionLabel];
    crumbs.push({ label: t(lang, key), url: sectionUrl(lang, entry.collection) });
  }
  return crumbs;
}

/** The page of one content entry: the frame, then what its collection shows. */
export function ContentPage({ entry, model }: { entry: Entry; model: ContentModel }) {
  const body = publishedBody(model, entry);
  const { html } = body;
  const { lang } = entry;
  const meeting = entry.collection === "meetings" ? { entry, view: meetingView(entry, model) } : undefined;
  const search = searchFacts(entry, model);
  const facts = indexedFactsText(search);
  const transcript = transcriptView(model, entry, body.videoId);
  const transcriptOwner = transcript ? model.byFile.get(transcript.transcript.page) : undefined;
  return (
    <Base
      lang={lang}
      title={entry.title}
      description={entry.summary}
      url={entry.url}
      twinUrl={twinUrl(model, entry)}
      breadcrumbs={breadcrumbs(entry, lang)}
      modified={entry.modified}
      ogType={entry.collection === "posts" ? "article" : "website"}
      structuredData={structuredData(model, entry)}
      image={entry.collection === "posts" && entry.data.image ? { url: entry.data.image, alt: entry.data.imageAlt ?? "" } : undefined}
      alternates={meeting ? [{ type: "text/calendar", href: meetingCalendarUrl(meeting.entry), title: entry.title }] : undefined}
      search={search}
      scripts={body.video || transcript?.video ? [videoScript] : undefined}
    >
      <article data-pagefind-body>
        <h1>
          {entry.title}{" "}
          {entry.draft ? (
            <span class="draft-badge" data-pagefind-ignore>
              {t(lang, "draft_label")}
            </span>
          ) : null}
        </h1>
        {entry.collection === "posts" ? <PostByline entry={entry} model={model} /> : null}
        {meeting ? <MeetingDetails entry={meeting.entry} model={model} view={meeting.view} /> : null}
        {entry.collection === "demos" ? <DemoDetails entry={entry} model={model} /> : null}
        {entry.collection === "people" ? <PersonFacts entry={entry} /> : null}
        {entry.collection === "slides" ? <SlidesDetails entry={entry} model={model} /> : null}
        {entry.collection === "projects" ? <ProjectDetails entry={entry} model={model} /> : null}
        {entry.collection !== "posts" && entry.collection !== "people" && entry.summary ? <p class="lede">{entry.summary}</p> : null}
        {meeting ? <MeetingAgenda entry={meeting.entry} /> : null}
        {entry.collection === "slides" ? (
          <DeckReading entry={entry} model={model} />
        ) : (
          <>
            <TableOfContents items={tableOfContents(html)} lang={lang} />
            <Prose html={html} />
          </>
        )}
        {transcript ? <TranscriptSection view={transcript} lang={lang} title={entry.title} track={transcriptFileUrl(transcriptOwner ?? entry)} /> : null}
        {entry.collection === "projects" ? (
          <>
            <ProjectImages entry={entry} model={model} />
            <ProjectShownAt entry={entry} model={model} />
          </>
        ) : null}
        {meeting ? <MeetingOutcomes entry={meeting.entry} model={model} view={meeting.view} /> : null}
        {/* Who the person is (their page's text) comes before the lists of what they did. */}
        {entry.collection === "people" ? <PersonContributions entry={entry} model={model} /> : null}
        <Tags tags={tagsBesidesTechnologies(entry)} lang={lang} />
        {/* Pagefind indexes attributes of elements inside the body, not of the body element itself;
            last, so that result excerpts prefer the page's own text. */}
        {facts ? <span data-pagefind-index-attrs="data-facts" data-facts={facts} /> : null}
      </article>
      {meeting ? <MeetingPager entry={meeting.entry} model={model} /> : null}
      {entry.collection === "posts" || entry.collection === "demos" || entry.collection === "meetings" ? (
        <Related items={relatedTo(model, entry, lang)} lang={lang} />
      ) : null}
      <Contribute lang={lang} file={entry.file} />
    </Base>
  );
}
