import type { ContentModel } from "../content/model/load.ts";
import type { Entry } from "../content/model/types.ts";
import { otherLang, type Lang } from "../content/site.ts";

export interface MissingTwin {
  file: string;
  /** The language it has not been translated into yet. */
  missing: Lang;
  /** Marked `needsTranslation: true` (imported pages): waiting for a translator, not one-language on purpose. */
  toTranslate: boolean;
}

/** Published pages without a translation, per collection (a report, not a failure: see site/untranslated.11ty.tsx). */
export function translationReport(model: ContentModel): Map<Entry["collection"], MissingTwin[]> {
  const report = new Map<Entry["collection"], MissingTwin[]>();
  for (const entry of model.published) {
    if (model.twin(entry)) continue;
    // A twin that exists but is invalid is reported as a problem of its own, not as missing.
    const twinFile = entry.file.replace(`/${entry.lang}/`, `/${otherLang(entry.lang)}/`);
    if (model.sources.has(twinFile) && !model.byFile.has(twinFile)) continue;
    report.set(entry.collection, [
      ...(report.get(entry.collection) ?? []),
      { file: entry.file, missing: otherLang(entry.lang), toTranslate: entry.data.needsTranslation === true },
    ]);
  }
  return report;
}

const languageNames: Record<Lang, string> = { en: "English", fr: "French" };

/** The report as `npm run check` prints it. */
export function formatTranslationReport(report: Map<Entry["collection"], MissingTwin[]>): string[] {
  const total = [...report.values()].reduce((sum, list) => sum + list.length, 0);
  if (!total) return ["Translations: every page exists in English and in French."];
  const lines = [`Translations: ${total} page${total === 1 ? "" : "s"} in one language only (readers of the other see a notice linking to them):`];
  for (const [collection, missing] of [...report.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${collection}: ${missing.length}`);
    for (const { file, missing: lang, toTranslate } of missing)
      lines.push(`    ${file} (no ${languageNames[lang]} version${toTranslate ? ", to translate" : ""})`);
  }
  return lines;
}
