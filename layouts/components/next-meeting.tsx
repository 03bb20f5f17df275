import { meetingCalendarUrl } from "../../src/outputs/calendar/urls.ts";
import type { ListItem } from "../../src/outputs/collections/listing.ts";
import { formatDate } from "../../src/content/i18n/dates.ts";
import { t } from "../../src/content/i18n/index.ts";
import { meetingTime } from "../../src/outputs/meetings/view.ts";
import type { Lang } from "../../src/content/site.ts";
import { Fact } from "./fact.tsx";

/**
 * The home page's next meeting: what a reader needs to attend without opening its page (when, in
 * which time zone, where, how to join) and the file that puts it in their calendar.
 */
export function NextMeeting({ item, lang }: { item: ListItem; lang: Lang }) {
  const { entry, onlyIn } = item;
  if (entry.collection !== "meetings") return null;
  const { data } = entry;
  // The reader's language for dates and times; the meeting's own words (place, details) as written.
  const time = meetingTime(data.date, data.start, data.end, lang);
  return (
    <>
      <p class="next-meeting-title">
        <a href={entry.url} hrefLang={onlyIn} lang={onlyIn}>
          {entry.title}
        </a>
        {onlyIn ? (
          <>
            {" "}
            <span class="only-in">{t(lang, onlyIn === "en" ? "only_en" : "only_fr")}</span>
          </>
        ) : null}
      </p>
      <dl class="meta">
        <Fact label={t(lang, "meeting_date")}>
          <time dateTime={data.date}>{formatDate(data.date, lang)}</time>
        </Fact>
        {time ? <Fact label={t(lang, "meeting_time")}>{time}</Fact> : null}
        {data.location ? (
          <Fact label={t(lang, "meeting_location")}>
            <span lang={onlyIn}>{data.location}</span>
          </Fact>
        ) : null}
        {data.virtual ? (
          <Fact label={t(lang, "meeting_virtual")}>
            {data.virtual.url ? <a href={data.virtual.url}>{data.virtual.url}</a> : null}
            {data.virtual.url && data.virtual.details ? <br /> : null}
            {data.virtual.details ? <span lang={onlyIn}>{data.virtual.details}</span> : null}
          </Fact>
        ) : null}
      </dl>
      <p>
        <a href={meetingCalendarUrl(entry)} type="text/calendar" download>
          {t(lang, "meeting_add_to_calendar")}
        </a>
      </p>
    </>
  );
}
