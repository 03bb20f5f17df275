import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { scanPage } from "../checks/page-scan.ts";
import type { IndexReport } from "../search/index-site.ts";
import { LiveIndex } from "../search/live-index.ts";

/** What the build sends the page worker (src/render/rendered-pages.ts). */
export type ToPageWorker =
  | { type: "page"; file: string; url: string; html: string }
  | { type: "scans" }
  | { type: "index"; outputDir: string; bundles: { dir: string; since: bigint } }
  | { type: "close" };

/** Its answers, one per request of the same type. */
export type FromPageWorker =
  | { type: "scans"; scans: [string, Uint8Array][] }
  | { type: "index"; report: IndexReport | undefined }
  | { type: "close" };

/**
 * Everything `npm run build` does with a page once it is rendered, in a worker thread on the
 * second core while the build's thread renders the next (issue 8): scan it for the link check
 * and sitemap, and send it to the search index.
 */
function serve(port: NonNullable<typeof parentPort>): void {
  // Serialized: the strings htmlparser2 returns are slices of the page and would keep all of it (issue 8).
  const scans: [string, Uint8Array][] = [];
  const search = new LiveIndex();
  const answer = (message: FromPageWorker) => port.postMessage(message);
  port.on("message", (message: ToPageWorker) => {
    switch (message.type) {
      case "page":
        scans.push([message.file, serialize(scanPage(message.html))]);
        search.page(message.url, message.html);
        break;
      case "scans":
        answer({ type: "scans", scans });
        break;
      case "index":
        void search.write(message.outputDir, message.bundles).then((report) => answer({ type: "index", report }));
        break;
      case "close":
        void search.close().then(() => answer({ type: "close" }));
        break;
    }
  });
}

if (parentPort) serve(parentPort);
