import { parentPort } from "node:worker_threads";
import { scanPage, type ScannedPage } from "./page-scan.ts";

/** What the build sends the scanning worker (src/checks/rendered-site.ts). */
export type ToScanWorker = { type: "scan"; file: string; html: string } | { type: "done" };

/** Its one answer, to "done": every page scanned, by the key it was sent with. */
export type ScanWorkerReport = [string, ScannedPage][];

/** Scans pages in a worker thread, on the second core, while the build's thread renders. */
function serve(port: NonNullable<typeof parentPort>): void {
  const scanned: ScanWorkerReport = [];
  port.on("message", (message: ToScanWorker) => {
    if (message.type === "scan") {
      scanned.push([message.file, scanPage(message.html)]);
    } else {
      port.postMessage(scanned);
      port.close();
    }
  });
}

if (parentPort) serve(parentPort);
