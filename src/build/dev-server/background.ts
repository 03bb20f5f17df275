/**
 * A job that keeps something up to date in the background (the dev server's search index):
 * `request()` runs it once nothing has asked for `quietMs`; never two runs at once; a request
 * during a run starts one more run after it, so the last request is always served. Nothing
 * the caller awaits: a rebuild reloads the page without waiting for the job.
 */
export interface BackgroundJob {
  request(): void;
  /** Hold a pending run back (a rebuild is starting); the next `request()` schedules it again. */
  postpone(): void;
  /** Resolves when no run is scheduled or running (tests, shutdown). */
  idle(): Promise<void>;
  /** The server is shutting down: cancel what is scheduled, abort what runs, take no more requests. */
  stop(): void;
}

export function backgroundJob(run: (signal: AbortSignal) => Promise<void>, quietMs: number, onError: (error: unknown) => void = console.error): BackgroundJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let wanted = false;
  const stopping = new AbortController();
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer || running) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const start = () => {
    timer = undefined;
    if (running) return;
    wanted = false;
    running = run(stopping.signal)
      .catch((error: unknown) => {
        if (!stopping.signal.aborted) onError(error);
      })
      .finally(() => {
        running = undefined;
        if (wanted) schedule();
        settle();
      });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  };

  return {
    request() {
      if (stopping.signal.aborted) return;
      wanted = true;
      if (!running) schedule();
    },
    postpone() {
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
    stop() {
      wanted = false;
      stopping.abort();
      this.postpone();
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
  };
}
