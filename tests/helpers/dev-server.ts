import { spawn } from "node:child_process";
import { startCommand } from "../../scripts/lib/npm-scripts.ts";

export interface DevServer {
  origin: string;
  /** Everything it printed so far. */
  log(): string;
  /** Resolves once it prints `pattern` after `from` (an offset into the log). */
  printed(pattern: RegExp, from?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `npm start` in a project folder (a fixture), for as long as a test needs it; stopped by its
 * own process id. Resolves once the first build is served and the watcher has settled.
 */
export async function startDevServer(dir: string, port: number): Promise<DevServer> {
  const child = spawn(process.execPath, startCommand(port), { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  // Without colours (Playwright sets FORCE_COLOR), so patterns match what a person reads.
  const append = (d: Buffer) => (output += String(d).replace(/\x1b\[[0-9;]*m/g, ""));
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // A test run that ends early (a timeout) must not leave a server behind on its port.
  const orphaned = () => child.kill();
  process.once("exit", orphaned);
  void exited.then(() => process.off("exit", orphaned));
  const printed = async (pattern: RegExp, from = 0, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output.slice(from))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the dev server did not print ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGINT");
    await exited;
  };
  try {
    await printed(/Server at/);
    // The watcher reports saves only once its first scan of the folder is done.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://localhost:${port}`, log: () => output, printed, stop };
}
