import { execFile } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { nodeArgsOf, projectRoot } from "./npm-scripts.ts";
import { promisify } from "node:util";
import { tempDir } from "./temp-dir.ts";

const run = promisify(execFile);
export { projectRoot };

/** Files of a fixture content tree: { "en/posts/x.md": "---\n...\n---\nbody" }. */
export type FixtureFiles = Record<string, string>;

/**
 * The pages every page's menu and footer link to (src/content/i18n/pages.ts). Fixtures include them so
 * the build's link check passes; a fixture may replace any of them.
 */
export const menuPages: FixtureFiles = {
  "en/pages/about.md": "---\ntitle: About\n---\nAbout us.\n",
  "en/pages/join.md": "---\ntitle: Join\n---\nJoin us.\n",
  "en/pages/code-of-conduct.md": "---\ntitle: Code of conduct\n---\nBe kind.\n",
  "fr/pages/about.md": "---\ntitle: À propos\nslug: a-propos\n---\nÀ propos.\n",
  "fr/pages/join.md": "---\ntitle: Participer\nslug: participer\n---\nParticipez.\n",
  "fr/pages/code-of-conduct.md": "---\ntitle: Code de conduite\nslug: code-de-conduite\n---\nSoyez bienveillants.\n",
};

/**
 * A throwaway project (removed when the process exits, unless `keep`): the fixture as its content/, the real code linked in. Builds run in
 * it exactly as `npm run build` runs in the real one, without touching the real content/.
 */
export async function fixtureProject(fixture: FixtureFiles, options: { menuPages?: boolean; keep?: boolean } = {}): Promise<string> {
  const files = options.menuPages === false ? fixture : { ...menuPages, ...fixture };
  const dir = await tempDir("govcloud-fixture-", { keep: options.keep ?? false });
  for (const name of ["src", "layouts", "site", "node_modules", "eleventy.config.ts", "package.json"]) {
    await symlink(path.join(projectRoot, name), path.join(dir, name));
  }
  // tsx applies the JSX settings to files its tsconfig includes; the linked code's real path is here.
  const tsconfig = { extends: path.join(projectRoot, "tsconfig.json"), include: [`${projectRoot}/**/*`, "./**/*"] };
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  for (const lang of ["en", "fr"]) await mkdir(path.join(dir, "content", lang), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(dir, "content", file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return dir;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one of the project's commands (`npm run <name>`, as package.json runs it) inside a fixture project. */
export async function runCli(dir: string, name: "build" | "check" | "new" | "import-hugo" | "changed-pages", args: string[] = []): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgsOf(name), ...args], {
      cwd: dir,
      env: { ...process.env, GITHUB_ACTIONS: "" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** Front matter + body, for writing fixtures readably. */
export function page(frontMatter: string, body = "Body text."): string {
  return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}
