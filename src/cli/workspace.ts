import { mkdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where `npm run build` writes before it publishes. Only a build that passes every check
 * replaces the output, so the build writes into a staging folder first.
 *
 * The staging folder is the output of the build before last, reused: files are overwritten in
 * place and the ones this build did not write are removed (removeStale). Deleting the old site
 * and writing a fresh one was slow on this kind of disk (issue 8): on ext4 without a journal,
 * the inode allocator skips inodes deleted in the last minutes, so 15,000 files created right
 * after deleting 15,000 took 6.7 s instead of 0.6 s, and every build did exactly that.
 */
export interface Workspace {
  /** Where Eleventy writes the site. */
  staging: string;
  /** Files older than this (ns since the epoch) are left over from an earlier build. */
  since: bigint;
  /** Puts the staging folder in place of the output; the old output becomes the next staging. */
  publish(): Promise<void>;
  /** Ends the build: a private workspace is removed, a shared one is unlocked for the next build. */
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock file, or finds it held by a build that is still running. */
async function takeLock(lock: string): Promise<boolean> {
  try {
    await writeFile(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const holder = Number(await readFile(lock, "utf8").catch(() => ""));
  if (holder && isRunning(holder)) return false;
  // Left by a build that was killed: take it over.
  await writeFile(lock, String(process.pid));
  return true;
}

/**
 * The workspace of a build that publishes `output`. A second build running at the same time in
 * the same folder gets a private, fresh one (named by its process id) instead of waiting.
 */
export async function openWorkspace(output: string): Promise<Workspace> {
  const base = path.join(path.dirname(output), `.build-${path.basename(output)}`);
  const lock = `${base}.lock`;
  if (!(await takeLock(lock))) return privateWorkspace(output, `${base}-${process.pid}`);
  const staging = base;
  await mkdir(staging, { recursive: true });
  // The lock was just written: its time is the build's start, on the disk's own clock.
  const since = (await stat(lock, { bigint: true })).mtimeNs;
  return {
    staging,
    since,
    async publish() {
      const previous = `${base}.previous`;
      await rm(previous, { recursive: true, force: true });
      const hadOutput = await rename(output, previous).then(() => true, () => false);
      await rename(staging, output);
      if (hadOutput) await rename(previous, staging);
    },
    async release() {
      await unlink(lock).catch(() => undefined);
    },
  };
}

function privateWorkspace(output: string, staging: string): Workspace {
  return {
    staging,
    since: 0n,
    async publish() {
      await rm(output, { recursive: true, force: true });
      await rename(staging, output);
    },
    async release() {
      await rm(staging, { recursive: true, force: true });
    },
  };
}
