import { t } from "../../src/content/i18n/index.ts";
import type { MeetingListLinks } from "../../src/outputs/meetings/urls.ts";
import type { Lang } from "../../src/content/site.ts";

/** Above the meetings archive: subscribe to the calendar, see the open action items. */
export function MeetingListLinksBox({ links, lang }: { links: MeetingListLinks; lang: Lang }) {
  return (
    <>
      <section aria-labelledby="subscribe" class="notice">
        <h2 id="subscribe">{t(lang, "calendar_subscribe_title")}</h2>
        <ul>
          <li>
            <a href={links.webcalUrl}>{t(lang, "calendar_subscribe_app")}</a>
          </li>
          <li>
            <a href={links.calendarUrl} type="text/calendar">
              {t(lang, "calendar_subscribe_link")}
            </a>
          </li>
        </ul>
        <p>{t(lang, "calendar_subscribe_body")}</p>
        <p>
          <code>{links.calendarAddress}</code>
        </p>
      </section>
      <p>
        <a href={links.actionItemsUrl}>{t(lang, "action_items_title")}</a>
      </p>
    </>
  );
}
