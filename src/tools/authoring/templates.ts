import { formatDate } from "../../content/i18n/dates.ts";
import type { CollectionName } from "../../content/i18n/routes.ts";
import { slugify } from "../../content/markdown/slugify.ts";
import type { Lang } from "../../content/site.ts";

/** What `npm run new` can create, and the collection folder each goes in. */
export const newKinds = { post: "posts", meeting: "meetings", demo: "demos", person: "people", project: "projects" } as const satisfies Record<
  string,
  CollectionName
>;
export type NewKind = keyof typeof newKinds;

export function isNewKind(value: string): value is NewKind {
  return Object.hasOwn(newKinds, value);
}

export interface NewFile {
  /** content/<lang>/<collection>/<name>.md */
  file: string;
  text: string;
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quote = (text: string) => JSON.stringify(text);

/**
 * The front matter of a new file: every field of its collection (src/content/schema/), required ones
 * filled in, optional ones commented out with an example, so nothing has to be looked up.
 * Posts, meetings and demos start as drafts: they show in `npm start`, never in the build.
 */
function post(lang: Lang, title: string, date: string): string {
  const fr = lang === "fr";
  return `---
title: ${quote(title)}${fr ? " # à traduire" : ""}
date: ${date}
summary: ${quote(fr ? "Une phrase qui dit de quoi parle le billet." : "One sentence that says what the post is about.")}
draft: true ${fr ? "# à retirer pour publier" : "# remove to publish"}
# authors: [your-id] ${fr ? "# identifiants de content/fr/people/<id>.md" : "# ids of content/en/people/<id>.md"}
# tags: [kubernetes, helm]
# image: /images/example.png
# imageAlt: ${quote(fr ? "Ce que montre l’image" : "What the image shows")}
# modified: ${date}
# redirectFrom: [/old/address/]
# needsTranslation: true
# slug: ${fr ? "titre-en-francais" : "short-url"}
---
${fr ? "Rédigez le billet ici, en Markdown. Les intertitres commencent à `##`." : "Write the post here, in Markdown. Headings start at `##`."}
`;
}

function meeting(lang: Lang, date: string): string {
  const fr = lang === "fr";
  return `---
title: ${quote(fr ? `Réunion du ${formatDate(date, "fr")}` : `Meeting of ${formatDate(date, "en")}`)}
date: ${date}
draft: true ${fr ? "# à retirer pour publier" : "# remove to publish"}
# summary: ${quote(fr ? "Une phrase sur la réunion." : "One sentence about the meeting.")}
# start: "12:00"
# end: "13:00"
# location: ${quote(fr ? "Salle 101, 90, rue Elgin, Ottawa" : "Room 101, 90 Elgin Street, Ottawa")}
# virtual:
#   url: https://example.com/join
#   details: ${quote(fr ? "Code : 1234" : "Code: 1234")}
# audience: ${quote(fr ? "Fonction publique fédérale" : "Federal public servants")}
# noteTaker: your-id
# attendees: [${fr ? "Prénom Nom" : "First Last"}]
# agenda: [${fr ? "Tour de table" : "Round table"}]
# recording: https://www.youtube.com/watch?v=VIDEO_ID
# slides: deck-id
# decisions: [${fr ? "Ce qui a été décidé" : "What was decided"}]
# actionItems:
#   - what: ${quote(fr ? "Ce qu’il faut faire" : "What to do")}
#     who: ${quote(fr ? "Prénom Nom" : "First Last")}
#     due: ${date}
#     done: false
# tags: [kubernetes]
# modified: ${date}
# redirectFrom: [/old/address/]
# needsTranslation: true
# slug: ${date}
---
${fr ? "Le compte rendu, en Markdown. L’ordre du jour va dans le champ agenda ci-dessus : la page l’affiche sous son propre titre." : "The minutes, in Markdown. The agenda goes in the agenda field above: the page shows it under its own heading."}
`;
}

function demo(lang: Lang, title: string, date: string): string {
  const fr = lang === "fr";
  return `---
title: ${quote(title)}${fr ? " # à traduire" : ""}
date: ${date}
summary: ${quote(fr ? "Une phrase qui dit ce que montre la démo." : "One sentence that says what the demo shows.")}
draft: true ${fr ? "# à retirer pour publier" : "# remove to publish"}
# presenters: [your-id]
# department: ${quote(fr ? "Services partagés Canada" : "Shared Services Canada")}
# meeting: ${date}
# repository: https://github.com/org/repo
# recording: https://www.youtube.com/watch?v=VIDEO_ID ${fr ? "# ou /videos/demo.webm (un fichier de public/)" : "# or /videos/demo.webm (a file in public/)"}
# ${fr ? "Transcription : un fichier WebVTT à côté de celui-ci, du même nom en .vtt (les sous-titres de YouTube Studio, voir CONTRIBUTING.md)" : "Transcript: a WebVTT file beside this one, same name ending in .vtt (YouTube Studio's captions, see CONTRIBUTING.md)"}
# captions: https://example.com/captions.vtt
# slides: deck-id
# technologies: [kubernetes, helm]
# tags: [ci]
# modified: ${date}
# redirectFrom: [/old/address/]
# needsTranslation: true
# slug: ${fr ? "titre-en-francais" : "short-url"}
---
${fr ? "Ce que montre la démo, en Markdown." : "What the demo shows, in Markdown."}
`;
}

function person(lang: Lang, name: string, today: string): string {
  const fr = lang === "fr";
  return `---
name: ${quote(name)}
# department: ${quote(fr ? "Services partagés Canada" : "Shared Services Canada")}
# role: ${quote(fr ? "Développeuse" : "Developer")}
# github: user-name
# photo: /images/people/your-id.jpg
# photoAlt: ${quote(name)}
# draft: false
# modified: ${today}
# redirectFrom: [/old/address/]
# needsTranslation: true
# slug: your-id
---
${fr ? "Quelques mots sur vous (facultatif)." : "A few words about yourself (optional)."}
`;
}

/**
 * A project: fields named as publiccode.yml names them where it has them (name, url, license).
 * Licence and status stay commented out until someone knows them: absent means "not recorded".
 */
function project(lang: Lang, name: string): string {
  const fr = lang === "fr";
  return `---
name: ${quote(name)}${fr ? " # à traduire" : ""}
summary: ${quote(fr ? "Une phrase (150 caractères au plus) qui dit ce que fait le projet." : "One sentence (at most 150 characters) that says what the project does.")}
url: https://github.com/org/repo
draft: true ${fr ? "# à retirer pour publier" : "# remove to publish"}
# departments: [${quote(fr ? "Services partagés Canada" : "Shared Services Canada")}]
# maintainers: [your-id] ${fr ? "# identifiants de content/fr/people/<id>.md" : "# ids of content/en/people/<id>.md"}
# license: MIT ${fr ? "# identifiant SPDX : https://spdx.org/licenses/" : "# SPDX identifier: https://spdx.org/licenses/"}
# status: active ${fr ? "# active, maintained ou archived" : "# active, maintained or archived"}
# technologies: [containers, kubernetes]
# demos: [demo-id]
# meetings: [2018-03-22]
# images:
#   - name: ghcr.io/org/image
#     tags: ["1.0", latest]
#     base: debian:12-slim ${fr ? "# ou une image du catalogue : ghcr.io/org/base:1" : "# or a catalogue image: ghcr.io/org/base:1"}
#     platforms: [linux/amd64, linux/arm64]
#     adds: ${quote(fr ? "Ce que l’image ajoute à sa base, en une ligne." : "What the image adds to its base, in one line.")}
# modified: 2026-01-01
# redirectFrom: [/old/address/]
# needsTranslation: true
# slug: ${fr ? "nom-en-francais" : "short-url"}
---
${fr ? "Ce que fait le projet, comment le réutiliser et y contribuer, en Markdown." : "What the project does, how to reuse it and how to contribute, in Markdown."}
`;
}

/** The English and French files for `npm run new -- <kind> <title|date|name>`, or why not. */
export function newFiles(kind: NewKind, value: string, today: string, contentDir: string = "content"): NewFile[] | string {
  const name = kind === "meeting" ? value : kind === "post" ? `${today}-${slugify(value)}` : slugify(value);
  if (kind === "meeting" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `a meeting is named by its date: npm run new -- meeting YYYY-MM-DD (got "${value}")`;
  if (!value.trim() || !slugify(value)) return `expected a title or name with letters or digits (got "${value}")`;
  return (["en", "fr"] as const).map((lang) => ({
    file: `${contentDir}/${lang}/${newKinds[kind]}/${name}.md`,
    text:
      kind === "post"
        ? post(lang, value, today)
        : kind === "meeting"
          ? meeting(lang, value)
          : kind === "demo"
            ? demo(lang, value, today)
            : kind === "project"
              ? project(lang, value)
              : person(lang, value, today),
  }));
}
