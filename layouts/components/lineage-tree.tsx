import type { LineageNode } from "../../src/outputs/collections/projects.ts";
import { t } from "../../src/content/i18n/index.ts";
import type { Lang } from "../../src/content/site.ts";

function Node({ node, lang }: { node: LineageNode; lang: Lang }) {
  return (
    <li>
      {node.url ? (
        <a href={node.url} class="lineage-image">
          <code>{node.name}</code>
        </a>
      ) : (
        <span class="lineage-image lineage-external">
          <code>{node.name}</code> <span class="lineage-mark">{t(lang, "lineage_external")}</span>
        </span>
      )}
      {node.image ? (
        <span class="lineage-adds" lang={node.project?.onlyIn}>
          {" "}
          {node.image.adds}
        </span>
      ) : null}
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <Node node={child} lang={lang} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * Which image is built on which, as nested lists drawn as a tree by the stylesheet: the nesting
 * is the structure, so screen readers announce each level ("list, 2 items, level 3").
 */
export function LineageTree({ roots, lang }: { roots: LineageNode[]; lang: Lang }) {
  return (
    <ul class="lineage-tree">
      {roots.map((root) => (
        <Node node={root} lang={lang} />
      ))}
    </ul>
  );
}

function flatten(nodes: LineageNode[]): LineageNode[] {
  return nodes.flatMap((node) => [...(node.image ? [node] : []), ...flatten(node.children)]);
}

/** The text equivalent: one sentence per catalogue image, "X extends Y (project: Z)". */
export function LineageText({ roots, lang }: { roots: LineageNode[]; lang: Lang }) {
  return (
    <ul class="lineage-text">
      {flatten(roots).map((node) => (
        <li>
          <a href={node.url}>
            <code>{node.name}</code>
          </a>{" "}
          {node.base === "scratch" ? (
            t(lang, "project_image_scratch")
          ) : (
            <>
              {t(lang, "lineage_extends")} <code>{node.base}</code>
            </>
          )}
          {node.project ? (
            <>
              {" "}
              ({t(lang, "lineage_of_project")}{" "}
              <a href={node.project.entry.url} hrefLang={node.project.onlyIn} lang={node.project.onlyIn}>
                {node.project.entry.title}
              </a>
              {node.project.onlyIn ? ` ${t(lang, node.project.onlyIn === "en" ? "only_en" : "only_fr")}` : null})
            </>
          ) : null}
          .
        </li>
      ))}
    </ul>
  );
}
