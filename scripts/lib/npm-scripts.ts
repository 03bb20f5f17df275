import { readFileSync } from "node:fs";
import path from "node:path";

/** The repository this script belongs to. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** `npm start` exactly as package.json runs it (the arguments after `node`), on another port. */
export function startCommand(port: number): string[] {
  return [...nodeArgsOf("start").filter((arg) => !arg.startsWith("--port")), `--port=${port}`];
}

/** The arguments `npm run <script>` passes to node, so benchmarks and tests run exactly what it runs. */
export function nodeArgsOf(script: string): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [node, ...args] = (scripts[script] ?? "").split(/\s+/);
  if (node !== "node") throw new Error(`npm run ${script} no longer starts with node: ${scripts[script]}`);
  return args;
}
