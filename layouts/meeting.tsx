import type { ListItem } from "../src/outputs/collections/listing.ts";
import { formatDate } from "../src/content/i18n/dates.ts";
import { meetingNeighbours } from "../src/outputs/meetings/neighbours.ts";
import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { MeetingEntry } from "../src/content/model/types.ts";
import type { MeetingView } from "../src/outputs/meetings/view.ts";
import { EntryList } from "./components/entry-list.tsx";
import { projectsOfMeeting } from "../src/outputs/collections/projects.ts";
import { decksOfMeeting } from "../src/outputs/slides/links.ts";
import { PersonNames } from "./components/person-names.tsx";
import { LinkedEntries } from "./slides.tsx";
import { Fact } from "./components/fact.tsx";

/** The facts box of a meeting: when, where, who, and where to find its recording and calendar file. */
export function MeetingDetails({ entry, model, view }: { entry: MeetingEntry; model: ContentModel; view: MeetingView }) {
  const { lang, data } = entry;
  // Decks named by the meeting's `slides:` or naming it with their `meeting:`.
  const decks = decksOfMeeting(model, entry);
  return (
    <>
      {view.upcoming ? (
        <p class="notice" data-pagefind-ignore>
          {t(lang, "meeting_upcoming_notice")}
        </p>
      ) : null}
      <dl class="meta">
        <dt>{t(lang, "meeting_date")}</dt>
        <dd>
          <time dateTime={data.date}>{formatDate(data.date, lang)}</time>
        </dd>
        {view.time ? <Fact label={t(lang, "meeting_time")}>{view.time}</Fact> : null}
        {data.location ? <Fact label={t(lang, "meeting_location")}>{data.location}</Fact> : null}
        {data.virtual ? (
          <Fact label={t(lang, "meeting_virtual")}>
            {data.virtual.url ? <a href={data.virtual.url}>{data.virtual.url}</a> : null}
            {data.virtual.url && data.virtual.details ? <br /> : null}
            {data.virtual.details ?? null}
          </Fact>
        ) : null}
        {data.audience ? <Fact label={t(lang, "meeting_audience")}>{data.audience}</Fact> : null}
        {view.presenters.length ? (
          <Fact label={t(lang, "meeting_presenters")}>
            <PersonNames ids={view.presenters} model={model} lang={lang} />
          </Fact>
        ) : null}
        {data.noteTaker ? (
          <Fact label={t(lang, "meeting_note_taker")}>
            <PersonNames ids={[data.noteTaker]} model={model} lang={lang} />
          </Fact>
        ) : null}
        {data.recording ? (
          <Fact label={t(lang, "meeting_recording")}>
            <a href={data.recording}>{t(lang, "meeting_recording_link")}</a>
          </Fact>
        ) : null}
        {decks.length ? (
          <Fact label={t(lang, "meeting_slides")}>
            <LinkedEntries items={decks} lang={lang} />
          </Fact>
        ) : null}
        <dt>{t(lang, "meeting_calendar")}</dt>
        <dd>
          <a href={view.calendarUrl} type="text/calendar" download>
            {t(lang, "meeting_add_to_calendar")}
          </a>
        </dd>
      </dl>
    </>
  );
}

/** The agenda items, before the body (agenda notes or minutes). */
export function MeetingAgenda({ entry }: { entry: MeetingEntry }) {
  const { lang, data } = entry;
  if (!data.agenda?.length) return null;
  return (
    <section aria-labelledby="meeting-agenda">
      <h2 id="meeting-agenda">{t(lang, "meeting_agenda")}</h2>
      <ol>
        {data.agenda.map((item) => (
          <li>{item}</li>
        ))}
      </ol>
    </section>
  );
}

/** What the meeting produced: demos shown, decisions, action items. */
export function MeetingOutcomes({ entry, model, view }: { entry: MeetingEntry; model: ContentModel; view: MeetingView }) {
  const { lang, data } = entry;
  const projects = projectsOfMeeting(
    model,
    lang,
    data.date,
    view.demos.map((item) => item.entry.fileSlug),
  );
  return (
    <>
      {view.demos.length ? (
        // Other pages' titles and summaries: each demo is found on its own page.
        <section aria-labelledby="meeting-demos" data-pagefind-ignore>
          <h2 id="meeting-demos">{t(lang, "meeting_demos")}</h2>
          <EntryList items={view.demos} lang={lang} />
        </section>
      ) : null}
      {projects.length ? (
        <section aria-labelledby="meeting-projects">
          <h2 id="meeting-projects">{t(lang, "meeting_projects")}</h2>
          <EntryList items={projects} lang={lang} />
        </section>
      ) : null}
      {data.decisions?.length ? (
        <section aria-labelledby="meeting-decisions">
          <h2 id="meeting-decisions">{t(lang, "meeting_decisions")}</h2>
          <ul>
            {data.decisions.map((decision) => (
              <li>{decision}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.actionItems?.length ? (
        <section aria-labelledby="meeting-action-items" class="actions">
          <h2 id="meeting-action-items">{t(lang, "meeting_action_items")}</h2>
          <ul>
            {data.actionItems.map((item) => (
              <li class={item.done ? "done" : undefined}>
                {item.what} ({item.who}
                {item.due ? `, ${t(lang, "meeting_action_due", { date: formatDate(item.due, lang) })}` : ""}) —{" "}
                <strong>{t(lang, item.done ? "meeting_action_done" : "meeting_action_open")}</strong>
              </li>
            ))}
          </ul>
          {view.hasOpenActionItems ? (
            <p data-pagefind-ignore>
              <a href={view.actionItemsUrl}>{t(lang, "meeting_see_open_items")}</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** Links to the meetings before and after this one, named by their title and date. */
export function MeetingPager({ entry, model }: { entry: MeetingEntry; model: ContentModel }) {
  const { lang } = entry;
  const { previous, next } = meetingNeighbours(model, entry, lang);
  if (!previous && !next) return null;
  const link = (item: ListItem, rel: "prev" | "next") => (
    <li class={`pager-${rel}`}>
      <a href={item.entry.url} rel={rel} hrefLang={item.onlyIn}>
        {/* The spaces keep the parts apart in the link's name, read as one phrase. */}
        <span class="pager-direction">{t(lang, rel === "prev" ? "meeting_previous" : "meeting_next")}</span>{" "}
        <span class="pager-title" lang={item.onlyIn}>
          {item.entry.title}
        </span>{" "}
        {item.entry.date ? <span class="pager-date">{formatDate(item.entry.date, lang)}</span> : null}
        {item.onlyIn ? <span class="only-in"> {t(lang, item.onlyIn === "en" ? "only_en" : "only_fr")}</span> : null}
      </a>
    </li>
  );
  return (
    <nav class="pager" aria-label={t(lang, "meeting_pager_label")}>
      <ul>
        {previous ? link(previous, "prev") : null}
        {next ? link(next, "next") : null}
      </ul>
    </nav>
  );
}
