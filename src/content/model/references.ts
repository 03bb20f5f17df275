import type { Problem } from "../problem.ts";
import { checkImageCatalogue } from "./images.ts";
import type { ContentModel } from "./load.ts";
import type { Entry } from "./types.ts";

/**
 * Checks that need the whole tree: people, meetings, demos and slides that entries refer to
 * exist, and projects' images form a catalogue (src/content/model/images.ts). That no two pages
 * share a URL is checked with the pages the site generates (src/checks/unique-urls.ts).
 */
export function checkReferences(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const ids = (collection: Entry["collection"]) =>
    new Set(model.entries.filter((e) => e.collection === collection).map((e) => e.fileSlug));
  const people = ids("people");
  const meetings = ids("meetings");
  const slides = ids("slides");
  const demos = ids("demos");

  const report = (entry: Entry, path: (string | number)[], message: string) =>
    problems.push({ file: entry.file, line: model.frontMatter.get(entry.file)?.lineOf(path) ?? 1, message: `${path.join(".")}: ${message}` });
  const expectIn = (entry: Entry, known: Set<string>, what: string, folder: string, path: (string | number)[], id: string | undefined) => {
    if (id !== undefined && !known.has(id)) report(entry, path, `no ${what} "${id}" (expected a file content/${entry.lang}/${folder}/${id}.md)`);
  };

  for (const entry of model.entries) {
    const data = entry.data;
    if ("authors" in data) data.authors?.forEach((id, i) => expectIn(entry, people, "person", "people", ["authors", i], id));
    if ("presenters" in data) data.presenters?.forEach((id, i) => expectIn(entry, people, "person", "people", ["presenters", i], id));
    if ("noteTaker" in data) expectIn(entry, people, "person", "people", ["noteTaker"], data.noteTaker);
    if (entry.collection !== "meetings" && "meeting" in data) expectIn(entry, meetings, "meeting", "meetings", ["meeting"], data.meeting);
    if ("slides" in data) expectIn(entry, slides, "slide deck", "slides", ["slides"], data.slides);
    if (entry.collection === "projects") {
      entry.data.maintainers?.forEach((id, i) => expectIn(entry, people, "person", "people", ["maintainers", i], id));
      entry.data.demos?.forEach((id, i) => expectIn(entry, demos, "demo", "demos", ["demos", i], id));
      entry.data.meetings?.forEach((date, i) => expectIn(entry, meetings, "meeting", "meetings", ["meetings", i], date));
    }
  }
  for (const problem of checkImageCatalogue(model.entries)) report(problem.entry, problem.path, problem.message);

  return problems;
}
