import { sectionUrl } from "../../content/i18n/routes.ts";
import { calendarFeedUrl } from "../calendar/urls.ts";
import { site, type Lang } from "../../content/site.ts";

const actionItemsSegment: Record<Lang, string> = { en: "action-items", fr: "mesures-de-suivi" };

/** Every open action item: /en/meetings/action-items/, /fr/reunions/mesures-de-suivi/. */
export function actionItemsUrl(lang: Lang): string {
  return `${sectionUrl(lang, "meetings")}${actionItemsSegment[lang]}/`;
}

/** What the meetings list offers besides the list: the calendar feed and the open action items. */
export interface MeetingListLinks {
  calendarUrl: string;
  /** The feed's full address, for pasting into a calendar app. */
  calendarAddress: string;
  /** The same address as webcal://, which calendar apps open as a subscription (not a one-time import). */
  webcalUrl: string;
  actionItemsUrl: string;
}

export function meetingListLinks(lang: Lang): MeetingListLinks {
  const calendarUrl = calendarFeedUrl(lang);
  const calendarAddress = `${site.url}${calendarUrl}`;
  return { calendarUrl, calendarAddress, webcalUrl: calendarAddress.replace(/^https?:/, "webcal:"), actionItemsUrl: actionItemsUrl(lang) };
}
