import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module of this project. Node 20 workers do not inherit
 * `--import tsx`, so the worker first registers tsx, then imports the module.
 */
export function startWorker(module: URL): Worker {
  const bootstrap = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}
