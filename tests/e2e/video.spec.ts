import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { page as fixturePage } from "../../scripts/lib/fixture-site.ts";
import { servedFixtureForSpec } from "../helpers/served-fixture.ts";

// The real content has no video yet, so this spec builds a small fixture site and serves it.
const body = 'Before the video.\n\n{{< youtube dQw4w9WgXcQ "Helm at scale" >}}\n\nAfter the video.';
const site = servedFixtureForSpec({
  "en/posts/video.md": fixturePage("title: A video\ndate: 2026-01-15\nsummary: A post with a video.", body),
  "fr/posts/video.md": fixturePage(
    "title: Une vidéo\ndate: 2026-01-15\nsummary: Un billet avec une vidéo.\nslug: video",
    body.replace("Helm at scale", "Helm à grande échelle"),
  ),
});

/** Every request the page makes; YouTube's are answered locally (there is no internet here). */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    requests.push(request.url());
  });
  void page.route(/youtube|ytimg|googlevideo/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" }),
  );
  return requests;
}

const offSite = (requests: string[]) => requests.filter((url) => !url.startsWith(site.origin));

test("nothing is fetched from YouTube until the reader presses play, with the keyboard", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`${site.origin}/en/blog/video/`);
  const play = page.getByRole("button", { name: "Play the video: Helm at scale" });
  await expect(play).toBeVisible();
  await expect(page.locator(".video img")).toHaveJSProperty("complete", true);
  await page.waitForLoadState("networkidle");
  expect(offSite(requests)).toEqual([]);

  await play.focus();
  await page.keyboard.press("Enter");
  const player = page.locator('iframe[title="Helm at scale"]');
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect(player).toBeFocused();
  await expect.poll(() => offSite(requests)).toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
});

test("in French, the button speaks French and Space works too", async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`${site.origin}/fr/blogue/video/`);
  const play = page.getByRole("button", { name: "Lire la vidéo : Helm à grande échelle" });
  await play.focus();
  expect(offSite(requests)).toEqual([]);
  await page.keyboard.press("Space");
  await expect(page.locator("iframe.video-player")).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
});

test("without JavaScript the facade is a link to the video on YouTube", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${site.origin}/en/blog/video/`);
  await expect(page.getByRole("link", { name: "Play the video: Helm at scale" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  expect(offSite(requests)).toEqual([]);
  await context.close();
});

test("axe finds no WCAG 2.1 AA violation on a page with a video, before and after play", async ({ page }) => {
  recordRequests(page);
  await page.goto(`${site.origin}/en/blog/video/`);
  const axe = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude("iframe").analyze();
  expect((await axe()).violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: /Play the video/ }).click();
  await expect(page.locator("iframe.video-player")).toBeVisible();
  expect((await axe()).violations.map((v) => v.id)).toEqual([]);
});
