import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { transcriptFixture, transcriptVideoId, webmHeader } from "../helpers/transcript-fixture.ts";

/**
 * Finding what was said in a demo: the transcript under the video, its timestamps, and search
 * reaching the words. The real demos have no recordings: a fixture site with two demos.
 */
const site = servedFixtureForSpec(transcriptFixture, {
  buildTimeoutMs: 180_000,
  prepare: async (dir) => {
    await mkdir(path.join(dir, "public", "videos"), { recursive: true });
    await writeFile(path.join(dir, "public", "videos", "march.webm"), webmHeader);
    return "";
  },
});

const embed = (start?: number) => `https://www.youtube-nocookie.com/embed/${transcriptVideoId}?autoplay=1${start ? `&start=${start}` : ""}`;

/** Every request the page makes off the site; YouTube's are answered locally (there is no internet here). */
function offSiteRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(site.origin)) requests.push(request.url());
  });
  void page.route(/youtube|ytimg|googlevideo/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }),
  );
  return requests;
}

test("the transcript reads under the video in paragraphs by speaker, each with its time", async ({ page }) => {
  await page.goto(`${site.origin}/en/demos/autoscaling/`);
  const transcript = page.locator("section.transcript");
  await expect(transcript.getByRole("heading", { level: 2 })).toHaveText("Transcript");
  await expect(transcript.locator("h3")).toHaveText(["0:01 Ada Lovelace", "0:09 Grace Hopper", "0:20 Grace Hopper", "1:23 Ada Lovelace"]);
  await expect(transcript.locator("p").first()).toHaveText("Welcome to the autoscaling demo. The cluster grows when the queue fills & shrinks after.");
  await expect(page.locator("#t-00-01-23")).toBeVisible();
  await page.goto(`${site.origin}/fr/demos/mise-a-l-echelle/`);
  await expect(page.locator("section.transcript h2")).toHaveText("Transcription");
  await expect(page.locator("section.transcript p").last()).toHaveText("Merci à tous.");
});

test("a timestamp starts the click-to-load player at its time, and nothing loads before", async ({ page }) => {
  const requests = offSiteRequests(page);
  await page.goto(`${site.origin}/en/demos/autoscaling/`);
  await page.waitForLoadState("networkidle");
  expect(requests).toEqual([]);
  await page.getByRole("link", { name: "Watch from 1:23" }).click();
  const player = page.locator("iframe.video-player");
  await expect(player).toHaveAttribute("src", embed(83));
  await expect(page).toHaveURL(`${site.origin}/en/demos/autoscaling/`);
  // Once the player is there, another timestamp moves it.
  await page.getByRole("link", { name: "Watch from 0:09" }).click();
  await expect(player).toHaveAttribute("src", embed(9));
  expect(requests).toEqual([embed(83), embed(9)]);
});

test("where the page embeds no video, the transcript brings the facade, in French too", async ({ page }) => {
  const requests = offSiteRequests(page);
  await page.goto(`${site.origin}/fr/demos/quotas/`);
  await expect(page.getByRole("button", { name: "Lire la vidéo : Quotas par espace de noms" })).toBeVisible();
  expect(requests).toEqual([]);
  await page.getByRole("link", { name: "Regarder à partir de 0:02" }).click();
  await expect(page.locator("iframe.video-player")).toHaveAttribute("src", embed(2));
});

test("without JavaScript a timestamp opens the video at that time on YouTube", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests = offSiteRequests(page);
  await page.goto(`${site.origin}/en/demos/autoscaling/`);
  const link = page.getByRole("link", { name: "Watch from 1:23" });
  await expect(link).toHaveAttribute("href", `https://www.youtube.com/watch?v=${transcriptVideoId}&t=83s`);
  expect(requests).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(`https://www.youtube.com/watch?v=${transcriptVideoId}&t=83s`);
  await context.close();
});

test("a French page with an English transcript says so in French and marks the text English", async ({ page }) => {
  await page.goto(`${site.origin}/fr/demos/quotas/`);
  const transcript = page.locator("section.transcript");
  await expect(transcript.locator(".transcript-notice")).toHaveText("Cette transcription n’existe qu’en anglais.");
  const words = transcript.locator(".transcript-paragraph p");
  await expect(words).toHaveText("Quotas keep one team from starving another.");
  await expect(words).toHaveAttribute("lang", "en");
});

test("a word said only in the recording finds the demo, and links to the minute it was said", async ({ page }) => {
  for (const [lang, path, url, place] of [
    ["en", "/en/search/", "/en/demos/autoscaling/#t-00-00-20", "In the transcript:"],
    ["fr", "/fr/recherche/", "/fr/demos/mise-a-l-echelle/#t-00-00-20", "Dans la transcription :"],
  ] as const) {
    await page.goto(`${site.origin}${path}?q=tardigrade`);
    const results = page.locator("#search-results > li");
    await expect(results, lang).toHaveCount(1);
    const said = results.first().locator(".search-transcript");
    await expect(said).toContainText(place);
    const deep = said.getByRole("link", { name: "0:20 Grace Hopper" });
    await expect(deep).toHaveAttribute("href", url);
    await expect(said.locator("mark")).toHaveText(/^tardigrade/);
    await deep.click();
    await expect(page).toHaveURL(`${site.origin}${url}`);
    await expect(page.locator(url.slice(url.indexOf("#")))).toBeInViewport();
  }
});

test("pages with a transcript pass axe, in both languages", async ({ page }) => {
  for (const path of ["/en/demos/autoscaling/", "/fr/demos/mise-a-l-echelle/", "/fr/demos/quotas/", "/en/meetings/2026-03-05/"]) {
    await page.goto(`${site.origin}${path}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("a recording of the site plays in a native player captioned by the transcript, served as WebVTT", async ({ page, request }) => {
  await page.goto(`${site.origin}/en/meetings/2026-03-05/`);
  const video = page.locator("video.transcript-video");
  await expect(video).toHaveAttribute("controls", "");
  await expect(video.locator("source")).toHaveAttribute("src", "/videos/march.webm");
  const track = video.locator("track");
  await expect(track).toHaveAttribute("kind", "captions");
  await expect(track).toHaveAttribute("srclang", "en");
  await expect(track).toHaveAttribute("src", "/en/meetings/2026-03-05/transcript.vtt");
  await expect(page.getByRole("link", { name: "Watch from 0:03" })).toHaveAttribute("href", "/videos/march.webm#t=3");
  const vtt = await request.get(`${site.origin}/en/meetings/2026-03-05/transcript.vtt`);
  expect(await vtt.text()).toBe("WEBVTT\n\n00:00:03.000 --> 00:00:06.000\n<v Grace Hopper>Welcome to the March meeting.\n");
});

test("the feed entry of a demo links to its transcript", async ({ request }) => {
  const feed = (await (await request.get(`${site.origin}/en/demos/feed.json`)).json()) as { items: { url: string; content_html: string }[] };
  const item = feed.items.find((entry) => entry.url.endsWith("/en/demos/autoscaling/"));
  expect(item?.content_html).toContain('<a href="https://govcloud.ca/en/demos/autoscaling/#transcript">Read the transcript</a>');
});
