import { execFileSync } from "node:child_process";

/**
 * Last commit date (YYYY-MM-DD) of every file under `dir`, from one `git log` call rather
 * than one per file. Empty when git or the history is missing (CI must clone with full history).
 */
export function lastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=@%cs", "--name-only", "--", dir], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return dates;
  }
  let current = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("@")) current = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
