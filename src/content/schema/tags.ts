import { z } from "zod";
import type { Lang } from "../site.ts";

/**
 * Every tag and technology a page may carry, with its label in each language: one vocabulary,
 * so a French page reads "conteneurs" where the English one reads "containers", and both link to
 * the same tag. Front matter (`tags`, and a demo's `technologies`) names the id; a new id is
 * added here with both labels, or the content check fails on the line of the tag.
 * Labels follow each language's usage: product names stay as their makers write them.
 */
export const tagVocabulary = {
  accessibility: { en: "Accessibility", fr: "Accessibilité" },
  "argo-cd": { en: "Argo CD", fr: "Argo CD" },
  aws: { en: "AWS", fr: "AWS" },
  azure: { en: "Azure", fr: "Azure" },
  ci: { en: "Continuous integration", fr: "Intégration continue" },
  "cloud-native": { en: "Cloud native", fr: "Infonuagique native" },
  community: { en: "Community", fr: "Communauté" },
  containers: { en: "Containers", fr: "Conteneurs" },
  devops: { en: "DevOps", fr: "DevOps" },
  docker: { en: "Docker", fr: "Docker" },
  drupal: { en: "Drupal", fr: "Drupal" },
  "github-actions": { en: "GitHub Actions", fr: "GitHub Actions" },
  grafana: { en: "Grafana", fr: "Grafana" },
  helm: { en: "Helm", fr: "Helm" },
  istio: { en: "Istio", fr: "Istio" },
  kafka: { en: "Kafka", fr: "Kafka" },
  keycloak: { en: "Keycloak", fr: "Keycloak" },
  knative: { en: "Knative", fr: "Knative" },
  kubernetes: { en: "Kubernetes", fr: "Kubernetes" },
  nodejs: { en: "Node.js", fr: "Node.js" },
  "open-source": { en: "Open source", fr: "Code source ouvert" },
  openshift: { en: "OpenShift", fr: "OpenShift" },
  opentelemetry: { en: "OpenTelemetry", fr: "OpenTelemetry" },
  postgresql: { en: "PostgreSQL", fr: "PostgreSQL" },
  prometheus: { en: "Prometheus", fr: "Prometheus" },
  security: { en: "Security", fr: "Sécurité" },
  tekton: { en: "Tekton", fr: "Tekton" },
  terraform: { en: "Terraform", fr: "Terraform" },
  vault: { en: "Vault", fr: "Vault" },
} as const satisfies Record<string, Record<Lang, string>>;

export type TagId = keyof typeof tagVocabulary;

export function isTagId(id: string): id is TagId {
  return Object.hasOwn(tagVocabulary, id);
}

/** A tag as a reader of `lang` reads it; an id outside the vocabulary (never published) as written. */
export function tagLabel(lang: Lang, id: string): string {
  return isTagId(id) ? tagVocabulary[id][lang] : id;
}

/** `tags`/`technologies` items: an id of the vocabulary, so that every language has its label. */
export const tagId = z
  .string({ error: "expected a tag id like kubernetes" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lowercase letters, digits and hyphens (like my-page)")
  .refine((id): boolean => isTagId(id), {
    // Only a well-formed id is looked up (and quoted back): a malformed one has its own message.
    when: (payload) => !payload.issues.length,
    error: (issue) => `"${String(issue.input)}" is not in the tag vocabulary: use one of its ids, or add it with its English and French labels to src/content/schema/tags.ts`,
  });
