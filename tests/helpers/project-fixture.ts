import { page, type FixtureFiles } from "../../scripts/lib/fixture-site.ts";

/**
 * A small catalogue in both languages with a three-level lineage:
 * debian:12-slim (external) -> base-debian -> base-node -> forms-app, beside an English-only
 * archived project built on alpine, for the catalogue, filters, lineage and search.
 */
export const projectFixture: FixtureFiles = {
  "en/people/ada.md": page("name: Ada Lovelace\ndepartment: Shared Services Canada"),
  "fr/people/ada.md": page("name: Ada Lovelace\ndepartment: Services partagés Canada"),
  "en/meetings/2026-01-15.md": page("title: January meeting\ndate: 2026-01-15"),
  "fr/meetings/2026-01-15.md": page("title: Réunion de janvier\ndate: 2026-01-15"),
  "en/demos/forms-demo.md": page(
    "title: Forms on Kubernetes\ndate: 2026-01-15\nsummary: A forms service on Kubernetes.\nmeeting: 2026-01-15\npresenters: [ada]",
  ),
  "fr/demos/forms-demo.md": page(
    "title: Formulaires sur Kubernetes\ndate: 2026-01-15\nsummary: Un service de formulaires sur Kubernetes.\nmeeting: 2026-01-15\npresenters: [ada]\nslug: demo-formulaires",
  ),
  "en/projects/base-images.md": page(
    `
name: GC base images
summary: Debian and Node.js base images, patched weekly, for every department to build on.
url: https://github.com/govcloud/base-images
departments: [Shared Services Canada]
maintainers: [ada]
license: MIT
status: maintained
technologies: [containers, docker]
images:
  - name: ghcr.io/govcloud/base-debian
    tags: ["12", latest]
    base: debian:12-slim
    platforms: [linux/amd64, linux/arm64]
    adds: CA certificates and a non-root user.
  - name: ghcr.io/govcloud/base-node
    tags: ["20", "22"]
    base: ghcr.io/govcloud/base-debian:12
    platforms: [linux/amd64, linux/arm64]
    adds: Node.js LTS and npm.`,
    "Base images **for everyone**.",
  ),
  "fr/projects/base-images.md": page(
    `
name: Images de base du GC
summary: Des images de base Debian et Node.js, corrigées chaque semaine, sur lesquelles tous les ministères peuvent bâtir.
url: https://github.com/govcloud/base-images
departments: [Services partagés Canada]
maintainers: [ada]
license: MIT
status: maintained
technologies: [containers, docker]
slug: images-de-base
images:
  - name: ghcr.io/govcloud/base-debian
    tags: ["12", latest]
    base: debian:12-slim
    platforms: [linux/amd64, linux/arm64]
    adds: Les certificats des AC et un utilisateur non privilégié.
  - name: ghcr.io/govcloud/base-node
    tags: ["20", "22"]
    base: ghcr.io/govcloud/base-debian:12
    platforms: [linux/amd64, linux/arm64]
    adds: Node.js LTS et npm.`,
    "Des images de base **pour tous**.",
  ),
  "en/projects/forms-app.md": page(`
name: Forms service
summary: A forms service that any department can deploy.
url: https://github.com/govcloud/forms
departments: [Shared Services Canada, Statistics Canada]
maintainers: [ada]
license: Apache-2.0 OR MIT
status: active
technologies: [kubernetes, nodejs]
demos: [forms-demo]
images:
  - name: ghcr.io/govcloud/forms-app
    tags: ["1.4"]
    base: ghcr.io/govcloud/base-node:20
    adds: The forms service itself.`),
  "fr/projects/forms-app.md": page(`
name: Service de formulaires
summary: Un service de formulaires que tout ministère peut déployer.
url: https://github.com/govcloud/forms
departments: [Services partagés Canada, Statistique Canada]
maintainers: [ada]
license: Apache-2.0 OR MIT
status: active
technologies: [kubernetes, nodejs]
demos: [forms-demo]
slug: service-de-formulaires
images:
  - name: ghcr.io/govcloud/forms-app
    tags: ["1.4"]
    base: ghcr.io/govcloud/base-node:20
    adds: Le service de formulaires lui-même.`),
  "en/projects/quokka-runner.md": page(`
name: Quokka runner
summary: A CI runner image, kept for reference.
url: https://github.com/statcan/quokka-runner
departments: [Statistics Canada]
license: Apache-2.0
status: archived
technologies: [ci]
meetings: [2026-01-15]
images:
  - name: ghcr.io/statcan/quokka-runner
    base: alpine:3.20
    adds: A CI runner.`),
};
