import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const made = new Set<string>();
process.once("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new folder in the system's temp folder, removed when this process exits (tests make
 * hundreds of fixture sites). `keep` leaves it, for a benchmark site to measure again.
 */
export async function tempDir(prefix: string, options: { keep?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  if (!options.keep) made.add(dir);
  return dir;
}
