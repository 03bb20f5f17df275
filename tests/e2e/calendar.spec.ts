import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";

const lists = [
  { lang: "en", url: "/en/meetings/", link: "Subscribe to the meetings calendar (.ics)", app: "Open in my calendar app (subscribe)", feed: "/en/meetings.ics" },
  {
    lang: "fr",
    url: "/fr/reunions/",
    link: "S’abonner au calendrier des réunions (.ics)",
    app: "Ouvrir dans mon application de calendrier (abonnement)",
    feed: "/fr/reunions.ics",
  },
] as const;

for (const { lang, url, link, app, feed } of lists) {
  test(`the ${lang} meetings list offers a calendar to subscribe to, served as text/calendar`, async ({ page }) => {
    await page.goto(url);
    const subscribe = page.getByRole("link", { name: link });
    await expect(subscribe).toHaveAttribute("href", feed);
    await expect(page.locator("main code")).toHaveText(`https://govcloud.ca${feed}`);
    await expect(page.getByRole("link", { name: app })).toHaveAttribute("href", `webcal://govcloud.ca${feed}`);
    const response = await page.request.get((await subscribe.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const uids = calendar.getAllSubcomponents("vevent").map((event) => event.getFirstPropertyValue("uid"));
    expect(uids).toContain("2018-03-22@govcloud.ca");
  });
}

test("a meeting page downloads its own calendar file", async ({ page }) => {
  await page.goto("/en/meetings/2018-03-22/");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to my calendar (.ics file)" }).click()]);
  expect(download.suggestedFilename()).toBe("2018-03-22.ics");
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(await readFile((await download.path()) ?? "", "utf8"))).getFirstSubcomponent("vevent") ?? undefined,
  );
  expect(event.summary).toBe("First meeting of GoC Cloud Native");
  // No time was recorded for the first meeting: a whole-day event on its date.
  expect(event.startDate.toString()).toBe("2018-03-22");
});

test("the French meeting page offers its calendar file in French", async ({ page }) => {
  await page.goto("/fr/reunions/2018-03-22/");
  await expect(page.getByRole("link", { name: "Ajouter à mon calendrier (fichier .ics)" })).toHaveAttribute("href", "/fr/reunions/2018-03-22.ics");
});

test("every .ics the site publishes parses, and each event has a UID, a DTSTAMP in UTC and a start", async () => {
  const site = path.resolve("_site");
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".ics"));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const file of files) {
    const calendar = new ICAL.Component(ICAL.parse(await readFile(path.join(site, file), "utf8")));
    expect(calendar.getFirstPropertyValue("version"), file).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length, file).toBeGreaterThan(0);
    for (const event of events) {
      expect(String(event.getFirstPropertyValue("uid")), file).toMatch(/^\d{4}-\d{2}-\d{2}@govcloud\.ca$/);
      expect(event.getFirstProperty("dtstamp")?.toICALString(), file).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(event.getFirstProperty("dtstart"), file).toBeTruthy();
    }
  }
});
