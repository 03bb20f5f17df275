import { relatedTo } from "../../outputs/collections/related.ts";
import { isInFeeds } from "../../outputs/feeds/items.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { Entry } from "../../content/model/types.ts";
import { meetingNeighbours } from "../../outputs/meetings/neighbours.ts";
import { languages } from "../../content/site.ts";
import { transcriptPage } from "../../content/model/transcript.ts";

/** Generated pages (site/) that show any dated entry's metadata: titles, dates, tags, summaries. */
const listings = ["home.11ty.tsx", "lists.11ty.tsx", "technologies.11ty.tsx", "tags.11ty.tsx", "tag-index.11ty.tsx", "search.11ty.tsx", "feeds.11ty.ts"];

/** The generated pages that show `entry`'s metadata (in the model it belongs to). */
function listingTemplates(model: ContentModel, entry: Entry): string[] {
  const names = [...listings];
  if (entry.collection === "meetings") names.push("calendars.11ty.ts", "action-items.11ty.tsx");
  if (entry.collection === "slides") names.push("slides-present.11ty.tsx");
  // The catalogue, its filter pages and the image lineage list projects only.
  if (entry.collection === "projects") names.push("projects.11ty.tsx", "project-lineage.11ty.tsx");
  // The "not translated" notice names the page; a redirect page names where it leads.
  if (!model.twin(entry)) names.push("untranslated.11ty.tsx");
  if ("redirectFrom" in entry.data && entry.data.redirectFrom?.length) names.push("redirects.11ty.tsx");
  return names;
}

/** Generated pages that show an entry's Markdown body: the feeds it is in, a deck's slideshow. */
function bodyTemplates(model: ContentModel, entry: Entry): string[] {
  if (entry.collection === "slides") return ["slides-present.11ty.tsx"];
  return isInFeeds(model, entry) ? ["feeds.11ty.ts"] : [];
}

/** Front-matter fields that name another entry, by the folder that entry lives in. */
const referenceFields = {
  authors: "people",
  presenters: "people",
  noteTaker: "people",
  maintainers: "people",
  meeting: "meetings",
  meetings: "meetings",
  demos: "demos",
  slides: "slides",
} as const;

/** What must be rendered again: some content pages (content/... files) and site templates (site/...), or everything. */
export type RenderScope = { all: true; reason: string } | { all: false; templates: Set<string> };

/** The files of the entries `entry` names (authors, meeting, slides...), in both languages. */
function referencedFiles(model: ContentModel, entry: Entry, contentDir: string): string[] {
  const files: string[] = [];
  const data = entry.data as Record<string, unknown>;
  for (const [field, folder] of Object.entries(referenceFields)) {
    const value = data[field];
    const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const id of ids) for (const lang of ["en", "fr"]) files.push(`${contentDir}/${lang}/${folder}/${String(id)}.md`);
  }
  return files.filter((file) => model.byFile.has(file));
}

/** Entries that name `entry` (its author's posts, a meeting's demos...). */
function referringFiles(model: ContentModel, entry: Entry, contentDir: string): string[] {
  return model.entries.filter((other) => referencedFiles(model, other, contentDir).includes(entry.file)).map((other) => other.file);
}

/** Pages with a "Related" box (layouts/content-page.tsx). */
const withRelated = new Set<Entry["collection"]>(["posts", "demos", "meetings"]);

/** Pages whose "Related" box lists `entry`: only pages sharing a tag with it can. */
function relatedHolders(model: ContentModel, entry: Entry): string[] {
  const tags = new Set(entry.tags);
  if (!tags.size) return [];
  // A page lists entries of its language, and entries that exist only in the other one.
  const untranslated = !model.twin(entry);
  return model.published
    .filter(
      (page) =>
        withRelated.has(page.collection) && page.file !== entry.file && (page.lang === entry.lang || untranslated) && page.tags.some((tag) => tags.has(tag)),
    )
    .filter((page) => relatedTo(model, page, page.lang).some((item) => item.entry.file === entry.file))
    .map((page) => page.file);
}

/** The meetings whose previous/next links name `entry` (by title and date), in either language's list. */
function neighbourMeetings(model: ContentModel, entry: Entry): string[] {
  if (entry.collection !== "meetings") return [];
  return languages.flatMap((lang) => {
    const { previous, next } = meetingNeighbours(model, entry, lang);
    return [previous, next].flatMap((item) => (item ? [item.entry.file] : []));
  });
}

/** Everything about an entry a page other than its own shows: all but the Markdown body. */
function shownElsewhere(entry: Entry): string {
  const { data, title, summary, date, modified, tags, draft, published, url } = entry;
  return JSON.stringify({ data, title, summary, date: date?.toISO(), modified, tags, draft, published, url });
}

/**
 * The pages one save must render again under `npm start`, from the model before and after it.
 * A body edit: the page itself, and the feeds or slideshow that show its body. A front-matter
 * edit: also its translation, the entries it names and that name it, the pages whose related
 * box lists it, the meetings whose previous/next links name it, and the generated pages that
 * list it (`listingTemplates`). A page added,
 * removed or moved, or any change the model cannot place: everything, as a full build would.
 */
export function affectedPages(before: ContentModel, after: ContentModel, changed: Iterable<string>, contentDir: string): RenderScope {
  const templates = new Set<string>();
  const site = (name: string) => templates.add(`site/${name}`);
  for (const file of changed) {
    if (file.endsWith(".vtt")) {
      // A transcript shows on its page and on its translation's (when that has none), is linked
      // from the feeds, and is served as a file beside its page.
      const page = after.byFile.get(transcriptPage(file));
      if (!page) return { all: true, reason: `${file} has no page` };
      templates.add(page.file);
      for (const model of [before, after]) {
        const twin = model.twin(page);
        if (twin) templates.add(twin.file);
      }
      site("feeds.11ty.ts");
      site("transcripts.11ty.ts");
      continue;
    }
    const was = before.byFile.get(file);
    const is = after.byFile.get(file);
    if (!was || !is) return { all: true, reason: `${file} was added, removed, or is not valid` };
    if (was.url !== is.url || was.published !== is.published) return { all: true, reason: `the address of ${file} changed` };
    templates.add(file);
    for (const name of bodyTemplates(after, is)) site(name);
    if (shownElsewhere(was) === shownElsewhere(is)) continue;
    for (const [model, entry] of [
      [before, was],
      [after, is],
    ] as const) {
      for (const name of listingTemplates(model, entry)) site(name);
      const twin = model.twin(entry);
      if (twin) templates.add(twin.file);
      for (const named of referencedFiles(model, entry, contentDir)) {
        templates.add(named);
        // A meeting page lists the projects of the demos shown at it: one step further.
        const demo = entry.collection === "projects" ? model.byFile.get(named) : undefined;
        if (demo?.collection === "demos") for (const further of referencedFiles(model, demo, contentDir)) templates.add(further);
      }
      // A project page links the images its images are built on, and those built on them.
      if (entry.collection === "projects") for (const project of model.entries) if (project.collection === "projects") templates.add(project.file);
      for (const naming of referringFiles(model, entry, contentDir)) {
        templates.add(naming);
        // A meeting page lists its demos with their presenters: one step further.
        const namingEntry = model.byFile.get(naming);
        if (namingEntry) for (const further of referringFiles(model, namingEntry, contentDir)) templates.add(further);
      }
      for (const holder of relatedHolders(model, entry)) templates.add(holder);
      for (const neighbour of neighbourMeetings(model, entry)) templates.add(neighbour);
    }
  }
  return { all: false, templates };
}
