import type { ProjectImage } from "../schema/index.ts";
import { parseImageReference } from "../schema/oci-reference.ts";
import type { Entry, ProjectEntry } from "./types.ts";

/** One image as a project file declares it. */
interface ImageDeclaration {
  entry: ProjectEntry;
  /** Its place in the file's `images` list (for `images.<index>.base` in messages). */
  index: number;
  image: ProjectImage;
  /** The fully qualified name: docker.io/library/x for x. */
  fullName: string;
}

/** What an image's `base` names. */
export type ResolvedBase =
  | { kind: "catalogue"; name: string; tag?: string; digest?: string }
  | { kind: "external"; reference: string }
  | { kind: "scratch" }
  /** Under a registry namespace the catalogue publishes to, but not one of its images: an error. */
  | { kind: "unknown"; namespace: string; known: string[] };

/** The catalogue's images by full name, from every project file (each language declares the same images). */
export interface ImageCatalogue {
  byName: Map<string, ImageDeclaration[]>;
  /** Registry and organisation of every catalogue image: ghcr.io/govcloud. */
  namespaces: Map<string, string[]>;
}

/** docker.io/library/debian for debian: the name every spelling of one repository shares. */
export function fullNameOf(name: string): string {
  const parsed = parseImageReference(name);
  return typeof parsed === "string" ? name : parsed.fullName;
}

/** docker.io/library/debian -> docker.io/library; ghcr.io/govcloud/base/node -> ghcr.io/govcloud. */
function namespaceOf(fullName: string): string {
  return fullName.split("/").slice(0, 2).join("/");
}

export function imageCatalogue(entries: readonly Entry[]): ImageCatalogue {
  const byName = new Map<string, ImageDeclaration[]>();
  for (const entry of entries) {
    if (entry.collection !== "projects") continue;
    (entry.data.images ?? []).forEach((image, index) => {
      const fullName = fullNameOf(image.name);
      byName.set(fullName, [...(byName.get(fullName) ?? []), { entry, index, image, fullName }]);
    });
  }
  const namespaces = new Map<string, string[]>();
  for (const [fullName, [first]] of byName) {
    const namespace = namespaceOf(fullName);
    namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), first?.image.name ?? fullName]);
  }
  return { byName, namespaces };
}

/**
 * A `base` names a catalogue image when its repository is one; any other reference under the
 * same registry and organisation as a catalogue image (ghcr.io/govcloud/...) is taken for a
 * misspelt catalogue image, since an organisation that publishes to the catalogue publishes
 * its base layers there; every other reference is an external image (debian:12-slim).
 */
export function resolveBase(catalogue: ImageCatalogue, base: string): ResolvedBase {
  if (base === "scratch") return { kind: "scratch" };
  const parsed = parseImageReference(base);
  if (typeof parsed === "string") return { kind: "external", reference: base };
  const tagAndDigest = { ...(parsed.tag !== undefined ? { tag: parsed.tag } : {}), ...(parsed.digest !== undefined ? { digest: parsed.digest } : {}) };
  if (catalogue.byName.has(parsed.fullName)) return { kind: "catalogue", name: parsed.fullName, ...tagAndDigest };
  const namespace = namespaceOf(parsed.fullName);
  const known = catalogue.namespaces.get(namespace);
  if (known && namespace !== "docker.io/library") return { kind: "unknown", namespace, known };
  return { kind: "external", reference: base };
}

/** A problem with one image of one file: where (`images.<index>.<field>`) and what. */
export interface ImageProblem {
  entry: ProjectEntry;
  path: (string | number)[];
  message: string;
}

/**
 * Whole-catalogue checks: one image name per project, every catalogue `base` known (with a
 * tag it lists), and no lineage that goes round in a circle (each image of a cycle is told).
 */
export function checkImageCatalogue(entries: readonly Entry[]): ImageProblem[] {
  const catalogue = imageCatalogue(entries);
  const problems: ImageProblem[] = [];
  const edges = new Map<string, Set<string>>();
  for (const [fullName, declarations] of catalogue.byName) {
    const owner = declarations[0]?.entry;
    for (const declaration of declarations) {
      const { entry, index, image } = declaration;
      if (owner && entry.translationKey !== owner.translationKey) {
        problems.push({ entry, path: ["images", index, "name"], message: `${image.name} is already an image of ${owner.file} (an image belongs to one project)` });
      }
      const base = resolveBase(catalogue, image.base);
      if (base.kind === "unknown") {
        const listed = base.known.slice(0, 5).join(", ");
        problems.push({ entry, path: ["images", index, "base"], message: `no image "${image.base}" in the catalogue (images under ${base.namespace}/ are the catalogue's own; it has ${listed}${base.known.length > 5 ? ", ..." : ""})` });
      } else if (base.kind === "catalogue") {
        const tags = catalogue.byName.get(base.name)?.[0]?.image.tags;
        if (base.tag !== undefined && tags?.length && !tags.includes(base.tag)) {
          problems.push({ entry, path: ["images", index, "base"], message: `${base.name.replace(/^docker\.io\/(library\/)?/, "")} has no tag "${base.tag}" in the catalogue (its tags: ${tags.join(", ")})` });
        }
        let targets = edges.get(fullName);
        if (!targets) edges.set(fullName, (targets = new Set()));
        targets.add(base.name);
      }
    }
  }
  for (const cycle of cycles(edges)) {
    const members = new Set(cycle);
    for (const name of cycle) {
      const path = [...rotate(cycle, name), name].map((member) => catalogue.byName.get(member)?.[0]?.image.name ?? member);
      for (const { entry, index } of catalogue.byName.get(name) ?? []) {
        problems.push({
          entry,
          path: ["images", index, "base"],
          message: members.size === 1 ? "an image cannot be built FROM itself" : `the lineage goes round in a circle: ${path.join(" → ")} (an image cannot extend what extends it)`,
        });
      }
    }
  }
  return problems;
}

function rotate(cycle: string[], start: string): string[] {
  const at = cycle.indexOf(start);
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}

/** Each cycle of the "extends" graph once, in the order it runs (each image has one base per language). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | undefined = start;
    while (node !== undefined && !done.has(node) && !onPath.has(node)) {
      onPath.set(node, path.length);
      path.push(node);
      node = [...(edges.get(node) ?? [])].sort()[0];
    }
    if (node !== undefined && onPath.has(node)) found.push(path.slice(onPath.get(node)));
    for (const visited of path) done.add(visited);
  }
  return found;
}
