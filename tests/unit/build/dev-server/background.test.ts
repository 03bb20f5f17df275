import assert from "node:assert/strict";
import { test } from "node:test";
import { backgroundJob } from "../../../../src/build/dev-server/background.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("a burst of requests runs the job once, after the quiet time", async () => {
  let runs = 0;
  const job = backgroundJob(async () => void runs++, 20);
  job.request();
  job.request();
  job.request();
  assert.equal(runs, 0, "nothing runs while the caller is still busy");
  await job.idle();
  assert.equal(runs, 1);
});

test("a request during a run starts exactly one more run after it, never two at once", async () => {
  let running = 0;
  let most = 0;
  let runs = 0;
  const job = backgroundJob(async () => {
    running++;
    most = Math.max(most, running);
    await sleep(30);
    runs++;
    running--;
  }, 5);
  job.request();
  await sleep(15);
  job.request();
  job.request();
  await job.idle();
  assert.equal(most, 1);
  assert.equal(runs, 2);
});

test("postpone holds a pending run back until the next request", async () => {
  let runs = 0;
  const job = backgroundJob(async () => void runs++, 10);
  job.request();
  job.postpone();
  await sleep(30);
  assert.equal(runs, 0);
  job.request();
  await job.idle();
  assert.equal(runs, 1);
});

test("a failing run is reported and does not stop later runs", async () => {
  const errors: unknown[] = [];
  let runs = 0;
  const job = backgroundJob(
    async () => {
      runs++;
      if (runs === 1) throw new Error("pagefind crashed");
    },
    5,
    (error) => errors.push(error),
  );
  job.request();
  await job.idle();
  job.request();
  await job.idle();
  assert.equal(runs, 2);
  assert.equal(errors.length, 1);
});

test("stop aborts the run under way, drops the scheduled one and takes no more requests", { timeout: 5000 }, async () => {
  const errors: unknown[] = [];
  let started = 0;
  let aborted = 0;
  const job = backgroundJob(
    (signal) => {
      started++;
      return new Promise<void>((_resolve, reject) => {
        signal.addEventListener("abort", () => {
          aborted++;
          reject(new Error("killed"));
        });
      });
    },
    5,
    (error) => errors.push(error),
  );
  job.request();
  await sleep(20);
  job.request();
  job.stop();
  await job.idle();
  job.request();
  await sleep(20);
  await job.idle();
  assert.deepEqual({ started, aborted, errors: errors.length }, { started: 1, aborted: 1, errors: 0 });
});
