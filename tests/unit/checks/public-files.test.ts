import assert from "node:assert/strict";
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { checkPublicFiles, maxPublicFileBytes } from "../../../src/checks/public-files.ts";
import { tempDir } from "../../../scripts/lib/temp-dir.ts";
import { storedZip } from "../../helpers/zip.ts";

const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const jpg = Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex");
const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
const pdf = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
const cfb = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
const webm = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581021853806701", "hex");
const docx = storedZip([
  [
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ["word/document.xml", "<w:document/>"],
]);
const odt = storedZip([
  ["mimetype", "application/vnd.oasis.opendocument.text"],
  ["content.xml", "<office:document-content/>"],
]);
const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';

/** A public/ folder with these files (relative path -> content) in a new temp dir; its path. */
async function publicDir(files: Record<string, string | Buffer>): Promise<string> {
  const dir = path.join(await tempDir("govcloud-public-"), "public");
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** Problems as `public/path:line: message`, as the command line prints them. */
async function problems(dir: string): Promise<string[]> {
  return (await checkPublicFiles(dir)).map((p) => `${path.relative(path.dirname(dir), p.file)}:${p.line}: ${p.message}`);
}

test("images, documents, captions and text whose content matches their extension pass", async () => {
  const dir = await publicDir({
    "images/logo.png": png,
    "images/photo.jpg": jpg,
    "images/photo.jpeg": jpg,
    "images/spinner.gif": gif,
    "images/diagram.svg": svg,
    "files/slides.pdf": pdf,
    "files/minutes.docx": docx,
    "files/minutes.odt": odt,
    "files/old.doc": cfb,
    "files/data.csv": "a,b\n1,2\n",
    "files/notes.txt": "Bonjour, ça va ?\n",
    "captions/demo.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n",
    "video/demo.webm": webm,
  });
  assert.deepEqual(await problems(dir), []);
});

test("no public/ folder is no problem", async () => {
  assert.deepEqual(await checkPublicFiles(path.join(await tempDir("govcloud-public-"), "public")), []);
});

test("code and page types are refused by name: code goes in src/", async () => {
  const dir = await publicDir({
    "app.js": "alert(1)",
    "lib/mod.mjs": "export {}",
    "page.html": "<script>alert(1)</script>",
    "old/page.htm": "<p>x</p>",
    "theme.css": "body{}",
    "engine.wasm": Buffer.from("0061736d01000000", "hex"),
    "feed.xml": "<rss/>",
    "data.json": "{}",
  });
  const found = await problems(dir);
  for (const file of ["app.js", "lib/mod.mjs", "page.html", "old/page.htm", "theme.css", "engine.wasm", "feed.xml", "data.json"]) {
    const extension = path.extname(file);
    assert.ok(
      found.includes(`public/${file}:1: ${extension} files are not allowed in public/: code goes in src/ (public/ holds images and documents)`),
      found.join("\n"),
    );
  }
});

test("types not on the list are refused, naming the allowed ones", async () => {
  const found = await problems(await publicDir({ "tool.exe": "MZ", "archive.zip": storedZip([["a.txt", "a"]]), README: "x", "page.md": "# x" }));
  assert.equal(found.length, 4, found.join("\n"));
  assert.match(
    found.find((p) => p.startsWith("public/archive.zip:1: ")) ?? "",
    /\.zip files are not allowed in public\/ \(allowed: png, jpg,.*code goes in src\/\)/,
  );
  assert.match(found.find((p) => p.startsWith("public/README:1: ")) ?? "", /files without an extension are not allowed/);
});

test("a file whose content is not what its extension says is refused", async () => {
  const found = await problems(
    await publicDir({
      "fake.png": "<html><script>alert(1)</script></html>",
      "really-a-pdf.jpg": pdf,
      "html.svg": "<html><body><script>alert(1)</script></body></html>",
      "binary.txt": png,
      "zip.docx": storedZip([["a.txt", "a"]]),
      "text.doc": "not a document",
      "captions.vtt": "1\n00:00:00,000 --> 00:00:01,000\nSRT, not WebVTT\n",
      "latin1.csv": Buffer.from("caf\xe9\n", "latin1"),
    }),
  );
  const at = (file: string) => found.find((p) => p.startsWith(`public/${file}:1: `)) ?? `(nothing for ${file})`;
  assert.match(at("fake.png"), /the content is not a recognised file, not a \.png file \(its extension and content must agree\)/);
  assert.match(at("really-a-pdf.jpg"), /the content is a \.pdf file, not a \.jpg file/);
  assert.match(at("html.svg"), /SVG: the file must be one <svg/);
  assert.match(at("binary.txt"), /the content is a \.png file, not text/);
  assert.match(at("zip.docx"), /the content is a \.zip file, not a \.docx file/);
  assert.match(at("text.doc"), /not a \.doc file/);
  assert.match(at("captions.vtt"), /a \.vtt file must start with WEBVTT/);
  assert.match(at("latin1.csv"), /not UTF-8 text/);
});

test("an SVG with script is refused with the sanitiser's reason", async () => {
  const found = await problems(await publicDir({ "images/x.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' }));
  assert.deepEqual(found, ["public/images/x.svg:1: SVG: <svg onload>: event handlers are not allowed"]);
});

test("symbolic links, hidden files and hidden folders are refused", async () => {
  const dir = await publicDir({ "images/a.png": png, ".env": "SECRET=1", ".git/config": "x", "images/.DS_Store": "x" });
  await symlink("/etc/passwd", path.join(dir, "passwd.txt"));
  await symlink(path.join(dir, "images"), path.join(dir, "linked"));
  const found = await problems(dir);
  assert.deepEqual(found, [
    "public/.env:1: hidden files are not allowed in public/ (they are easy to miss in a review)",
    "public/.git:1: hidden folders are not allowed in public/ (they are easy to miss in a review)",
    "public/images/.DS_Store:1: hidden files are not allowed in public/ (they are easy to miss in a review)",
    "public/linked:1: symbolic links are not allowed in public/ (copy the file in instead)",
    "public/passwd.txt:1: symbolic links are not allowed in public/ (copy the file in instead)",
  ]);
});

test("a file over the size limit is refused", async () => {
  const dir = await publicDir({ "video/long.mp4": Buffer.from("000000206674797069736f6d0000020069736f6d69736f32617663316d703431", "hex") });
  await truncate(path.join(dir, "video/long.mp4"), maxPublicFileBytes + 1);
  const found = await problems(dir);
  assert.deepEqual(found, ["public/video/long.mp4:1: 20.0 MB is over the 20 MB limit for public/ (put long videos on YouTube, large data in a repository)"]);
});

test("upper-case extensions and the site's own paths are refused", async () => {
  const found = await problems(await publicDir({ "Photo.PNG": png, "robots.txt": "User-agent: *\nDisallow: /\n", "assets/logo.png": png, "favicon.svg": svg }));
  assert.deepEqual(found, [
    "public/Photo.PNG:1: write the extension in lowercase (.png)",
    "public/assets/logo.png:1: /assets/ is the site's own; choose another name or folder (for example images/)",
    "public/favicon.svg:1: /favicon.svg is the site's own; choose another name or folder (for example images/)",
    "public/robots.txt:1: /robots.txt is the site's own; choose another name or folder (for example images/)",
  ]);
});
