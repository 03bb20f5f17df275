import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

/**
 * The folders of src/ are layers, each depending only on those before it
 * (docs/ARCHITECTURE.md): content, then outputs, then checks, then build, then tools.
 */
const layers = ["content", "outputs", "checks", "build", "tools"];
const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Every relative module a file imports, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']|new URL\(\s*["'](\.{1,2}\/[^"']+\.tsx?)["']/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return specifiers.map((specifier) => path.relative(root, path.resolve(path.dirname(path.join(root, file)), specifier)));
}

const layerOf = (file: string) => layers.indexOf(file.split(path.sep)[1] ?? "");

test("every folder of src/ is a layer, and a layer imports only from itself and the layers before it", () => {
  const unknown = readdirSync(path.join(root, "src")).filter((name) => !layers.includes(name) && name !== "types");
  assert.deepEqual(unknown, [], "a new folder of src/ belongs in one of the layers");
  const backwards: string[] = [];
  for (const file of sourceFiles("src")) {
    for (const imported of importsOf(file)) {
      if (!imported.startsWith(`src${path.sep}`)) continue;
      if (layerOf(imported) > layerOf(file)) backwards.push(`${file} imports ${imported}`);
    }
  }
  assert.deepEqual(backwards, []);
});

test("nothing outside tests/ imports tests/, and src/ imports nothing outside src/", () => {
  const wrong: string[] = [];
  for (const dir of ["src", "site", "layouts", "scripts"]) {
    for (const file of sourceFiles(dir)) {
      for (const imported of importsOf(file)) {
        if (imported.startsWith(`tests${path.sep}`)) wrong.push(`${file} imports ${imported}`);
        if (dir === "src" && !imported.startsWith(`src${path.sep}`)) wrong.push(`${file} imports ${imported}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
