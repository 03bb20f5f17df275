import { existsSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumFlags, systemChromium } from "./lib/browser.ts";
import { serveStatic } from "./lib/static-server.ts";

/**
 * `npm run lighthouse`: Lighthouse (mobile) on the home page, a minutes page, a demo page and
 * search, in both languages, against the built _site/. Prints the four category scores.
 */
const pages = [
  "/en/",
  "/fr/",
  "/en/meetings/2018-03-22/",
  "/fr/reunions/2018-03-22/",
  "/en/demos/docker-sas4c/",
  "/fr/demos/docker-sas4c/",
  "/en/search/",
  "/fr/recherche/",
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const root = path.resolve(process.argv[2] ?? "_site");
const port = Number(process.env.PORT ?? 8290);
const server = await serveStatic(root, port);
const chrome = await chromeLauncher.launch({ chromePath: systemChromium(), chromeFlags: ["--headless=new", ...chromiumFlags] });
let worst = 100;
try {
  console.log(["page", ...categories].join("\t"));
  for (const url of pages) {
    if (!existsSync(path.join(root, url, "index.html"))) {
      console.log(`${url}\t(not built)`);
      continue;
    }
    const result = await lighthouse(`http://127.0.0.1:${port}${url}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      formFactor: "mobile",
    });
    const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable",
      )
      .map((a) => a.id);
    console.log([url, ...scores].join("\t") + (failing.length ? `\t(below 100: ${failing.slice(0, 6).join(", ")})` : ""));
  }
  console.log(`lighthouse: worst=${worst}`);
} finally {
  chrome.kill();
  server.close();
}
