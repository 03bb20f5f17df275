import { DateTime } from "luxon";
import { memo } from "../memo.ts";
import { toronto } from "../model/read-entry.ts";
import { site, type Lang } from "../site.ts";

const locales: Record<Lang, string> = { en: "en-CA", fr: "fr-CA" };

// Lists, feeds and related boxes print the same dates on thousands of pages: each is formatted
// once, keyed by language and instant ("en 1711080000000").
const formatted = memo((key: string) => {
  const [lang = "en", millis = "0"] = key.split(" ");
  return DateTime.fromMillis(Number(millis), { zone: site.timeZone })
    .setLocale(locales[lang as Lang])
    .toLocaleString(DateTime.DATE_FULL);
});

/** "March 22, 2018" / "22 mars 2018", always in America/Toronto. */
export function formatDate(date: DateTime | string, lang: Lang): string {
  return formatted(`${lang} ${(typeof date === "string" ? toronto(date) : date).toMillis()}`);
}

/** "12:00" -> "12:00 p.m." / "12 h 00", per the Canada.ca style guides. */
export function formatTime(time: string, lang: Lang): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  if (lang === "fr") return `${hours} h ${String(minutes).padStart(2, "0")}`;
  const suffix = hours < 12 ? "a.m." : "p.m.";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}:${String(minutes).padStart(2, "0")} ${suffix}`;
}

/** The zone abbreviation in force on that day (EST or EDT; HNE or HAE in French). */
export function zoneName(isoDate: string, lang: Lang): string {
  const offset = DateTime.fromISO(isoDate, { zone: site.timeZone }).isInDST;
  if (lang === "fr") return offset ? "HAE" : "HNE";
  return offset ? "EDT" : "EST";
}

/** Machine-readable date for <time datetime> and "Date modified". */
export function isoDay(date: DateTime): string {
  return date.setZone(site.timeZone).toISODate() ?? "";
}
