import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./lib/browser.ts";

/**
 * Writes src/outputs/assets/favicon.ico from favicon.svg (run it again when the SVG changes): PNG images
 * at 16, 32 and 48 px in an ICO container. Pages name the SVG with `<link rel="icon">`, but
 * feed readers, calendar apps and old browsers ask for /favicon.ico without reading any page.
 */
const sizes = [16, 32, 48];
const svg = await readFile(new URL("../src/outputs/assets/favicon.svg", import.meta.url), "utf8");
const browser = await chromium.launch(chromiumLaunchOptions());
const pngs: Buffer[] = [];
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  pngs.push(await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();

// ICO: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images (PNG since Windows Vista).
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, index) => {
  const entry = 6 + 16 * index;
  const png = pngs[index] ?? Buffer.alloc(0);
  header.writeUInt8(size % 256, entry);
  header.writeUInt8(size % 256, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
await writeFile(new URL("../src/outputs/assets/favicon.ico", import.meta.url), Buffer.concat([header, ...pngs]));
