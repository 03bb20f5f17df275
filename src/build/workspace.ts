import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Where `npm run build` writes before it publishes. Only a build that passes every check
 * replaces the output, so each build writes into a fresh folder of its own beside the output
 * (on the same file system, so publishing is a rename). Two builds at the same time each have
 * their own; the last to finish is published.
 */
export interface Workspace {
  /** Where Eleventy writes the site. */
  staging: string;
  /** Puts the staging folder in place of the output, then removes the old output. */
  publish(): Promise<void>;
  /** Ends the build: removes what is left of the workspace (all of it when the build failed). */
  release(): Promise<void>;
}

export async function openWorkspace(output: string): Promise<Workspace> {
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(output)), `.build-${path.basename(output)}-`));
  const previous = `${staging}.previous`;
  return {
    staging,
    async publish() {
      const hadOutput = await rename(output, previous).then(
        () => true,
        () => false,
      );
      await rename(staging, output);
      if (hadOutput) await rm(previous, { recursive: true, force: true });
    },
    async release() {
      await Promise.all([staging, previous].map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
