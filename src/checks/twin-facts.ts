import type { ContentCheck, ContentModel } from "../content/model/load.ts";
import type { Entry } from "../content/model/types.ts";
import type { Problem } from "../content/problem.ts";

/**
 * Front-matter fields that state facts, not prose: a page and its translation must agree on
 * them (the same meeting happens at one time, a demo has one repository, the same people).
 */
const twinFacts: Partial<Record<Entry["collection"], readonly string[]>> = {
  meetings: ["date", "start", "end", "noteTaker", "recording", "slides"],
  posts: ["date", "authors"],
  demos: ["date", "meeting", "repository", "presenters", "recording", "slides"],
  slides: ["date", "meeting", "presenters"],
  projects: ["url", "license", "status", "maintainers", "technologies", "demos", "meetings"],
};

/** A project's images: the same number in both files, each with the same name, tags, base and platforms (`adds` is prose). */
const imageFacts = ["name", "tags", "base", "platforms"] as const;

/** Action items: the same number in both files, each with the same due date and done state. */
const actionItemFacts = ["due", "done"] as const;

function show(value: unknown): string {
  return value === undefined ? "(not set)" : JSON.stringify(value);
}

function pairs(model: ContentModel): [Entry, Entry][] {
  const byKey = new Map<string, Entry[]>();
  for (const entry of model.entries) byKey.set(entry.translationKey, [...(byKey.get(entry.translationKey) ?? []), entry]);
  const found: [Entry, Entry][] = [];
  for (const group of byKey.values()) {
    const en = group.find((e) => e.lang === "en");
    const fr = group.find((e) => e.lang === "fr");
    if (en && fr) found.push([en, fr]);
  }
  return found;
}

/** Every fact on which a page and its translation disagree, reported on the French file. */
export const checkTwinFacts: ContentCheck = (model) => {
  const problems: Problem[] = [];
  const lineOf = (entry: Entry, path: (string | number)[]) => model.frontMatter.get(entry.file)?.lineOf(path) ?? 1;
  const compare = (en: Entry, fr: Entry, path: (string | number)[], ours: unknown, theirs: unknown) => {
    if (JSON.stringify(ours) === JSON.stringify(theirs)) return;
    // Point at the file that has the field (the French one when both do).
    const [here, there, hereValue, thereValue] = ours === undefined ? [en, fr, theirs, ours] : [fr, en, ours, theirs];
    problems.push({
      file: here.file,
      line: lineOf(here, path),
      message: `${path.join(".")}: ${show(hereValue)} here but ${show(thereValue)} in its translation ${there.file}:${lineOf(there, path)} (facts must match in both languages)`,
    });
  };
  for (const [en, fr] of pairs(model)) {
    const enData = en.data as Record<string, unknown>;
    const frData = fr.data as Record<string, unknown>;
    for (const field of twinFacts[en.collection] ?? []) compare(en, fr, [field], frData[field], enData[field]);
    if (en.collection === "meetings" && fr.collection === "meetings") {
      const enItems = en.data.actionItems ?? [];
      const frItems = fr.data.actionItems ?? [];
      if (enItems.length !== frItems.length) {
        compare(en, fr, ["actionItems"], frItems.length ? `${frItems.length} items` : undefined, enItems.length ? `${enItems.length} items` : undefined);
        continue;
      }
      enItems.forEach((item, i) => {
        for (const fact of actionItemFacts) compare(en, fr, ["actionItems", i, fact], frItems[i]?.[fact], item[fact]);
      });
    }
    if (en.collection === "projects" && fr.collection === "projects") {
      const enImages = en.data.images ?? [];
      const frImages = fr.data.images ?? [];
      if (enImages.length !== frImages.length) {
        compare(en, fr, ["images"], frImages.length ? `${frImages.length} images` : undefined, enImages.length ? `${enImages.length} images` : undefined);
        continue;
      }
      enImages.forEach((image, i) => {
        for (const fact of imageFacts) compare(en, fr, ["images", i, fact], frImages[i]?.[fact], image[fact]);
      });
    }
  }
  return problems;
};
