import { DateTime } from "luxon";
import { isUpcoming } from "../src/collections/listing.ts";
import { formatDate, formatTime, zoneName } from "../src/filters/date.ts";
import { t } from "../src/i18n/index.ts";
import type { ContentModel } from "../src/model/load.ts";
import type { MeetingEntry } from "../src/model/types.ts";
import { site } from "../src/site.ts";
import { decksOfMeeting } from "../src/slides/links.ts";
import { PersonNames } from "./components/person-names.tsx";
import { LinkedEntries } from "./slides.tsx";

/** The facts box and lists of a meeting; the body (agenda or minutes) follows it. */
export function MeetingDetails({ entry, model }: { entry: MeetingEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const upcoming = isUpcoming(entry, DateTime.now().setZone(site.timeZone));
  const decks = decksOfMeeting(model, entry);
  const time = data.start ? `${formatTime(data.start, lang)}${data.end ? ` – ${formatTime(data.end, lang)}` : ""} ${zoneName(data.date, lang)}` : undefined;
  return (
    <>
      {upcoming ? <p class="notice">{t(lang, "meeting_upcoming_notice")}</p> : null}
      <dl class="meta">
        <dt>{t(lang, "meeting_date")}</dt>
        <dd>
          <time dateTime={data.date}>{formatDate(data.date, lang)}</time>
        </dd>
        {time ? (
          <>
            <dt>{t(lang, "meeting_time")}</dt>
            <dd>{time}</dd>
          </>
        ) : null}
        {data.location ? (
          <>
            <dt>{t(lang, "meeting_location")}</dt>
            <dd>{data.location}</dd>
          </>
        ) : null}
        {decks.length ? (
          <>
            <dt>{t(lang, "meeting_slides")}</dt>
            <dd>
              <LinkedEntries items={decks} lang={lang} />
            </dd>
          </>
        ) : null}
        {data.noteTaker ? (
          <>
            <dt>{t(lang, "meeting_note_taker")}</dt>
            <dd>
              <PersonNames ids={[data.noteTaker]} model={model} lang={lang} />
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

export function MeetingOutcomes({ entry }: { entry: MeetingEntry }) {
  const { lang, data } = entry;
  return (
    <>
      {data.decisions?.length ? (
        <section aria-labelledby="decisions">
          <h2 id="decisions">{t(lang, "meeting_decisions")}</h2>
          <ul>
            {data.decisions.map((decision) => (
              <li>{decision}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.actionItems?.length ? (
        <section aria-labelledby="action-items" class="actions">
          <h2 id="action-items">{t(lang, "meeting_action_items")}</h2>
          <ul>
            {data.actionItems.map((item) => (
              <li class={item.done ? "done" : undefined}>
                {item.what} ({item.who}
                {item.due ? `, ${t(lang, "meeting_action_due", { date: formatDate(item.due, lang) })}` : ""}) —{" "}
                <strong>{t(lang, item.done ? "meeting_action_done" : "meeting_action_open")}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
