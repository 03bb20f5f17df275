import { sectionUrl } from "../../content/i18n/routes.ts";
import type { MessageKey } from "../../content/i18n/index.ts";
import { slugify } from "../../content/markdown/slugify.ts";
import { fullNameOf, imageCatalogue, resolveBase, type ImageCatalogue } from "../../content/model/images.ts";
import type { ContentModel } from "../../content/model/load.ts";
import type { ProjectEntry } from "../../content/model/types.ts";
import { projectStatuses, type ProjectStatus } from "../../content/schema/project.ts";
import type { ProjectImage } from "../../content/schema/index.ts";
import { tagLabel } from "../../content/schema/tags.ts";
import { languages, otherLang, type Lang } from "../../content/site.ts";
import { newestModified } from "./date-modified.ts";
import { listFor, type ListItem } from "./listing.ts";

/** A project in a list: the entry of the reader's language, or the other language's marked as such. */
export interface ProjectItem extends ListItem {
  entry: ProjectEntry;
}

const segments = {
  technologies: { en: "technologies", fr: "technologies" },
  departments: { en: "departments", fr: "ministeres" },
  status: { en: "status", fr: "etat" },
  lineage: { en: "lineage", fr: "filiation" },
} as const;

/** A status in URLs, in the reader's language: /en/projects/status/active/, /fr/projets/etat/actif/. */
const statusSegments: Record<ProjectStatus, Record<Lang, string>> = {
  active: { en: "active", fr: "actif" },
  maintained: { en: "maintained", fr: "maintenu" },
  archived: { en: "archived", fr: "archive" },
};

export function statusLabelKey(status: ProjectStatus): MessageKey {
  return `project_status_${status}`;
}

export function projectsUrl(lang: Lang): string {
  return sectionUrl(lang, "projects");
}

export function lineageUrl(lang: Lang): string {
  return `${projectsUrl(lang)}${segments.lineage[lang]}/`;
}

export function projectTechnologyUrl(lang: Lang, technology: string): string {
  return `${projectsUrl(lang)}${segments.technologies[lang]}/${technology}/`;
}

export function projectDepartmentUrl(lang: Lang, department: string): string {
  return `${projectsUrl(lang)}${segments.departments[lang]}/${slugify(department)}/`;
}

export function projectStatusUrl(lang: Lang, status: ProjectStatus): string {
  return `${projectsUrl(lang)}${segments.status[lang]}/${statusSegments[status][lang]}/`;
}

/** The id of an image's section on its project's page: #image-ghcr-io-govcloud-base-node. */
export function imageAnchor(name: string): string {
  return `image-${slugify(name)}`;
}

/** The projects a reader of `lang` sees, A to Z by name in their language's order. */
function projectsFor(model: ContentModel, lang: Lang): ProjectItem[] {
  const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA", { sensitivity: "base" });
  return listFor(model, lang, "projects")
    .filter((item): item is ProjectItem => item.entry.collection === "projects")
    .sort((a, b) => collator.compare(a.entry.title, b.entry.title));
}

/**
 * "Date modified" of the catalogue, its filtered pages and the image lineage in `lang`: the
 * newest `modified` of every project, since each of those pages lists every project's filters
 * or images (src/outputs/collections/date-modified.ts).
 */
export function projectsModified(model: ContentModel, lang: Lang): string {
  return newestModified(projectsFor(model, lang));
}

/** One choice of a filter: its label, how many projects, and its page. */
export interface FilterChoice {
  value: string;
  label: string;
  count: number;
  url: string;
}

export interface ProjectFilters {
  technologies: FilterChoice[];
  departments: FilterChoice[];
  statuses: FilterChoice[];
}

function count(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Every value the projects of `lang` have, per filter, with counts; A to Z (statuses in their order). */
export function projectFilters(model: ContentModel, lang: Lang): ProjectFilters {
  const projects = projectsFor(model, lang);
  const collator = new Intl.Collator(lang === "fr" ? "fr-CA" : "en-CA");
  const technologies = count(projects.flatMap((p) => [...new Set(p.entry.data.technologies ?? [])]));
  const departments = new Map<string, { label: string; count: number }>();
  for (const project of projects) {
    for (const department of new Set(project.entry.data.departments ?? [])) {
      const key = slugify(department);
      departments.set(key, { label: departments.get(key)?.label ?? department, count: (departments.get(key)?.count ?? 0) + 1 });
    }
  }
  const statuses = count(projects.flatMap((p) => (p.entry.data.status ? [p.entry.data.status] : [])));
  return {
    technologies: [...technologies]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([value, n]) => ({ value, label: tagLabel(lang, value), count: n, url: projectTechnologyUrl(lang, value) })),
    departments: [...departments]
      .sort(([, a], [, b]) => collator.compare(a.label, b.label))
      .map(([value, d]) => ({ value, label: d.label, count: d.count, url: projectDepartmentUrl(lang, d.label) })),
    statuses: projectStatuses.filter((s) => statuses.has(s)).map((s) => ({ value: s, label: s, count: statuses.get(s) ?? 0, url: projectStatusUrl(lang, s) })),
  };
}

/** The catalogue, or one of its filtered pages. */
export interface ProjectListPage {
  lang: Lang;
  filter: "all" | "technology" | "department" | "status";
  /** The technology id, department name or status filtered on. */
  value?: string;
  url: string;
  twinUrl: string;
  items: ProjectItem[];
  /** "Date modified": `projectsModified`. */
  modified: string;
}

/** The department `slug` of `lang`, as the translation of a project that names it calls it. */
function departmentTwinUrl(model: ContentModel, lang: Lang, slug: string): string {
  for (const { entry, onlyIn } of projectsFor(model, lang)) {
    if (onlyIn) continue;
    const index = (entry.data.departments ?? []).findIndex((d) => slugify(d) === slug);
    const twin = model.twin(entry);
    const translated = index >= 0 && twin?.collection === "projects" ? twin.data.departments?.[index] : undefined;
    if (translated) return projectDepartmentUrl(otherLang(lang), translated);
  }
  // Named only by projects in the other language: the name is already that language's.
  const named = projectsFor(model, lang).find(({ entry, onlyIn }) => onlyIn && entry.data.departments?.some((d) => slugify(d) === slug));
  return named ? projectDepartmentUrl(otherLang(lang), slug) : projectsUrl(otherLang(lang));
}

/** The catalogue and one page per technology, department and status, per language: filters without JavaScript. */
export function projectListPages(model: ContentModel): ProjectListPage[] {
  return languages.flatMap((lang) => {
    const other = otherLang(lang);
    const projects = projectsFor(model, lang);
    const filters = projectFilters(model, lang);
    const modified = projectsModified(model, lang);
    return [
      { lang, filter: "all" as const, url: projectsUrl(lang), twinUrl: projectsUrl(other), items: projects, modified },
      ...filters.technologies.map((choice) => ({
        lang,
        filter: "technology" as const,
        value: choice.value,
        url: choice.url,
        twinUrl: projectTechnologyUrl(other, choice.value),
        items: projects.filter((p) => p.entry.data.technologies?.includes(choice.value)),
        modified,
      })),
      ...filters.departments.map((choice) => ({
        lang,
        filter: "department" as const,
        value: choice.label,
        url: choice.url,
        twinUrl: departmentTwinUrl(model, lang, choice.value),
        items: projects.filter((p) => p.entry.data.departments?.some((d) => slugify(d) === choice.value)),
        modified,
      })),
      ...filters.statuses.map((choice) => ({
        lang,
        filter: "status" as const,
        value: choice.value,
        url: choice.url,
        twinUrl: projectStatusUrl(other, choice.value as ProjectStatus),
        items: projects.filter((p) => p.entry.data.status === choice.value),
        modified,
      })),
    ];
  });
}

/** One image in the lineage tree: a catalogue image, or an external base at the root. */
export interface LineageNode {
  /** The image's name as its project writes it, or an external base as written (debian:12-slim). */
  name: string;
  /** The catalogue image's fully qualified name; undefined for an external base. */
  fullName?: string;
  image?: ProjectImage;
  project?: ProjectItem;
  /** The image's section on its project's page. */
  url?: string;
  /** For a catalogue image: the base as written (debian:12-slim, ghcr.io/govcloud/base:1). */
  base?: string;
  children: LineageNode[];
}

const catalogues = new WeakMap<readonly unknown[], ImageCatalogue>();

function publishedCatalogue(model: ContentModel): ImageCatalogue {
  let catalogue = catalogues.get(model.published);
  if (!catalogue) catalogues.set(model.published, (catalogue = imageCatalogue(model.published)));
  return catalogue;
}

// The lineage is asked for by every project page and the lineage page: once per model and language.
const lineages = new WeakMap<readonly unknown[], Map<Lang, { roots: LineageNode[]; byName: Map<string, LineageNode> }>>();

/**
 * Which catalogue image extends which, for readers of `lang`: the external bases (and scratch)
 * at the roots, each image under the image it is built on, A to Z. The content check refuses
 * cycles and unknown bases, so every catalogue image is in the tree once.
 */
export function imageLineage(model: ContentModel, lang: Lang): { roots: LineageNode[]; byName: Map<string, LineageNode> } {
  let byLang = lineages.get(model.published);
  if (!byLang) lineages.set(model.published, (byLang = new Map()));
  const cached = byLang.get(lang);
  if (cached) return cached;
  const catalogue = publishedCatalogue(model);
  const byName = new Map<string, LineageNode>();
  for (const project of projectsFor(model, lang)) {
    for (const image of project.entry.data.images ?? []) {
      const fullName = fullNameOf(image.name);
      byName.set(fullName, {
        name: image.name,
        fullName,
        image,
        project,
        url: `${project.entry.url}#${imageAnchor(image.name)}`,
        base: image.base,
        children: [],
      });
    }
  }
  const external = new Map<string, LineageNode>();
  for (const node of byName.values()) {
    const base = resolveBase(catalogue, node.base ?? "scratch");
    const parent = base.kind === "catalogue" ? byName.get(base.name) : undefined;
    if (parent && parent !== node) {
      parent.children.push(node);
      continue;
    }
    const root = node.base ?? "scratch";
    let group = external.get(root);
    if (!group) external.set(root, (group = { name: root, children: [] }));
    group.children.push(node);
  }
  const byTitle = (a: LineageNode, b: LineageNode) => a.name.localeCompare(b.name);
  const sortTree = (nodes: LineageNode[]): LineageNode[] => nodes.sort(byTitle).map((node) => (sortTree(node.children), node));
  const result = { roots: sortTree([...external.values()]), byName };
  byLang.set(lang, result);
  return result;
}

/** The catalogue image a `base` names, for a link; undefined for an external one. */
export function baseImage(model: ContentModel, lang: Lang, base: string): LineageNode | undefined {
  const resolved = resolveBase(publishedCatalogue(model), base);
  return resolved.kind === "catalogue" ? imageLineage(model, lang).byName.get(resolved.name) : undefined;
}

/** Projects that name a demo among theirs. */
export function projectsOfDemo(model: ContentModel, lang: Lang, demo: string): ProjectItem[] {
  return projectsFor(model, lang).filter((p) => p.entry.data.demos?.includes(demo));
}

/** Projects a person maintains. */
export function projectsOfPerson(model: ContentModel, lang: Lang, person: string): ProjectItem[] {
  return projectsFor(model, lang).filter((p) => p.entry.data.maintainers?.includes(person));
}

/** Projects shown at a meeting: naming it, or naming a demo given there. */
export function projectsOfMeeting(model: ContentModel, lang: Lang, date: string, demos: readonly string[]): ProjectItem[] {
  return projectsFor(model, lang).filter((p) => p.entry.data.meetings?.includes(date) || p.entry.data.demos?.some((d) => demos.includes(d)));
}
