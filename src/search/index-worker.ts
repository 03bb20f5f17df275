import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { excludeSelectors } from "./index-site.ts";

/** What the build sends a language's indexing worker (src/search/live-index.ts). */
export type ToIndexWorker = { type: "add"; url: string; content: string } | { type: "write"; outputPath: string } | { type: "close" };

/** The worker's one answer, to "write" (or "close"): every error Pagefind reported. */
export interface IndexWorkerReport {
  errors: string[];
}

/**
 * One language's Pagefind index, in a worker thread. Each worker loads its own copy of the
 * pagefind module, so each language gets its own Pagefind process: the two indexes are built
 * and written on both cores at once (issue 8), and the build's thread only posts pages.
 */
function serve(port: NonNullable<typeof parentPort>): void {
  const ready = pagefind.createIndex({ excludeSelectors });
  const errors: string[] = [];
  const adds: Promise<void>[] = [];
  const add = async (url: string, content: string) => {
    const { index } = await ready;
    if (index) errors.push(...(await index.addHTMLFile({ url, content })).errors);
  };
  const finish = async (outputPath?: string) => {
    const { index, errors: created } = await ready;
    errors.push(...created);
    await Promise.all(adds);
    if (index && outputPath) errors.push(...(await index.writeFiles({ outputPath })).errors);
    await index?.deleteIndex();
    await pagefind.close();
    port.postMessage({ errors } satisfies IndexWorkerReport);
    port.close();
  };
  port.on("message", (message: ToIndexWorker) => {
    if (message.type === "add") adds.push(add(message.url, message.content));
    else void finish(message.type === "write" ? message.outputPath : undefined);
  });
}

if (parentPort) serve(parentPort);
