import type { FixtureFiles } from "./lib/fixture-site.ts";

/**
 * A large, realistic content tree for benchmarks (build, dev loop and search): meetings,
 * posts and demos in English and French, about 600 words each, valid against the schemas.
 * Deterministic: the same options give the same files.
 */
export interface GenerateOptions {
  /** Content pages (meetings + posts + demos) over both languages; people come on top. */
  pages: number;
  /** Share of pages published in one language only (the rest come in EN/FR pairs). */
  singleLanguageShare?: number;
  wordsPerPage?: number;
  seed?: number;
}

type Lang = "en" | "fr";

/** Mulberry32: a small seeded PRNG, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const technologies = [
  "kubernetes",
  "helm",
  "docker",
  "terraform",
  "argo-cd",
  "istio",
  "prometheus",
  "grafana",
  "openshift",
  "tekton",
  "drupal",
  "postgresql",
  "kafka",
  "vault",
  "keycloak",
  "github-actions",
  "azure",
  "aws",
  "knative",
  "opentelemetry",
];
const departments = {
  en: [
    "Canadian Digital Service",
    "Statistics Canada",
    "Shared Services Canada",
    "Employment and Social Development Canada",
    "Natural Resources Canada",
    "Transport Canada",
    "Health Canada",
    "Environment and Climate Change Canada",
  ],
  fr: [
    "Service numérique canadien",
    "Statistique Canada",
    "Services partagés Canada",
    "Emploi et Développement social Canada",
    "Ressources naturelles Canada",
    "Transports Canada",
    "Santé Canada",
    "Environnement et Changement climatique Canada",
  ],
};
const firstNames = [
  "Alex",
  "Sam",
  "Jordan",
  "Marie",
  "Luc",
  "Priya",
  "Chen",
  "Amina",
  "Gabriel",
  "Sophie",
  "Noah",
  "Élise",
  "Olivier",
  "Fatima",
  "Mathieu",
  "Hannah",
  "Karim",
  "Julie",
  "Ravi",
  "Nathalie",
];
const lastNames = [
  "Tremblay",
  "Gagnon",
  "Roy",
  "Côté",
  "Bouchard",
  "Smith",
  "Wong",
  "Patel",
  "Lavoie",
  "Martin",
  "Singh",
  "Morin",
  "Nguyen",
  "Fortin",
  "Leblanc",
];

const sentences: Record<Lang, string[]> = {
  en: [
    "The team showed how they deploy {tech} to a shared cluster with a single pipeline.",
    "Deployments are declared in Git and reconciled automatically, so nobody runs commands by hand in production.",
    "{dept} moved its first workload to containers last year and shared what went well and what did not.",
    "Questions focused on security reviews, network policies and how to get an authority to operate faster.",
    "The presenter explained how {tech} fits with {tech2} and why they chose it over the alternatives.",
    "Images are scanned on every build and signed before they are allowed into the registry.",
    "Secrets never live in the repository: they come from a vault at deploy time.",
    "Several departments said they face the same procurement hurdles when they try open source tools.",
    "The demo ended with a rollback that took less than a minute, which impressed the room.",
    "Monitoring dashboards track latency, error rates and saturation for every service.",
    "Developers can create a preview environment for each pull request and share it with product owners.",
    "The group agreed to publish the Helm charts and the pipeline templates so others can reuse them.",
    "Accessibility and official languages are checked automatically before anything is released.",
    "Costs dropped once idle workloads were scaled to zero outside business hours.",
    "Logs are shipped to a central store and kept for the period the records policy requires.",
    "A member asked how to run the same stack on premises and in two public clouds without rewriting it.",
    "The migration started with a small internal tool, then moved to a public-facing service.",
    "Teams pair on infrastructure code the same way they pair on application code.",
  ],
  fr: [
    "L’équipe a montré comment elle effectue le déploiement de {tech} sur une grappe partagée avec un seul pipeline.",
    "Les déploiements sont déclarés dans Git et réconciliés automatiquement : personne n’exécute de commandes à la main en production.",
    "{dept} a migré sa première charge de travail vers des conteneurs l’an dernier et a présenté ce qui a fonctionné et ce qui a échoué.",
    "Les questions ont porté sur les évaluations de sécurité, les politiques réseau et l’obtention plus rapide d’une autorisation d’exploitation.",
    "Le présentateur a expliqué comment {tech} s’intègre à {tech2} et pourquoi ce choix a été préféré aux solutions de rechange.",
    "Les images sont analysées à chaque construction et signées avant d’être acceptées dans le registre.",
    "Les secrets ne sont jamais conservés dans le dépôt : ils proviennent d’un coffre au moment du déploiement.",
    "Plusieurs ministères ont souligné les mêmes obstacles d’approvisionnement lorsqu’ils adoptent des outils à code source ouvert.",
    "La démonstration s’est terminée par un retour en arrière de moins d’une minute, ce qui a impressionné l’assistance.",
    "Les tableaux de bord de surveillance suivent la latence, le taux d’erreurs et la saturation de chaque service.",
    "Les développeurs peuvent créer un environnement de prévisualisation pour chaque demande de tirage et le partager avec les responsables de produit.",
    "Le groupe a convenu de publier les chartes Helm et les modèles de pipeline afin que d’autres puissent les réutiliser.",
    "L’accessibilité et les langues officielles sont vérifiées automatiquement avant toute mise en production.",
    "Les coûts ont diminué une fois les charges inactives réduites à zéro en dehors des heures de bureau.",
    "Les journaux sont envoyés vers un dépôt central et conservés pendant la période qu’exige la politique sur la tenue des documents.",
    "Un membre a demandé comment exécuter la même pile sur place et dans deux nuages publics sans tout réécrire.",
    "La migration a commencé par un petit outil interne, puis s’est étendue à un service offert au public.",
    "Les équipes travaillent en binôme sur le code d’infrastructure comme sur le code applicatif.",
  ],
};

const headings: Record<Lang, string[]> = {
  en: ["Background", "What we built", "How it works", "Lessons learned", "Questions from the group", "Next steps"],
  fr: ["Contexte", "Ce que nous avons construit", "Fonctionnement", "Leçons apprises", "Questions du groupe", "Prochaines étapes"],
};

const titles: Record<"meetings" | "posts" | "demos", Record<Lang, string[]>> = {
  meetings: {
    en: ["Monthly meeting: {tech} in production", "Working group meeting on {tech}", "Meeting: {tech} and {tech2}"],
    fr: ["Réunion mensuelle : {tech} en production", "Réunion du groupe sur {tech}", "Réunion : {tech} et {tech2}"],
  },
  posts: {
    en: ["What we learned running {tech}", "Why we chose {tech} for our platform", "A year of {tech} at {dept}"],
    fr: ["Ce que nous avons appris avec {tech}", "Pourquoi nous avons choisi {tech} pour notre plateforme", "Une année de {tech} à {dept}"],
  },
  demos: {
    en: ["Deploying with {tech} and {tech2}", "{tech} pipeline for {dept}", "Self-service {tech} clusters"],
    fr: ["Déploiement avec {tech} et {tech2}", "Pipeline {tech} pour {dept}", "Grappes {tech} en libre-service"],
  },
};

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YAML-safe double-quoted string. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

interface Topic {
  tech: string;
  tech2: string;
  dept: number;
}

function fill(template: string, topic: Topic, lang: Lang): string {
  return template
    .replace("{tech2}", topic.tech2)
    .replace("{tech}", topic.tech)
    .replace("{dept}", departments[lang][topic.dept] ?? "");
}

const syllables = ["ka", "lo", "mi", "ten", "ra", "vo", "sel", "dur", "pa", "ni", "que", "bor", "zan", "el", "tri", "fo", "gu", "ser", "ant", "vi"];

/**
 * A vocabulary of pseudo-words (project names, jargon), drawn with a Zipf-like skew, so the
 * index has as many distinct words as a real archive rather than a few hundred.
 */
function vocabulary(size: number): string[] {
  const words = new Set<string>();
  for (let i = 0; words.size < size; i++) {
    let word = "";
    for (let n = i, k = 0; k < 2 || n > 0; k++, n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
    words.add(word);
  }
  return [...words];
}

const jargon = vocabulary(20_000);
const aside: Record<Lang, string[]> = {
  en: ["Project {w} relied on {v}.", "The {w} service now calls {v}.", "See the {w} and {v} notes."],
  fr: ["Le projet {w} s’appuie sur {v}.", "Le service {w} appelle désormais {v}.", "Voir les notes {w} et {v}."],
};

function jargonWord(rand: () => number): string {
  return jargon[Math.floor(jargon.length * rand() ** 3)] ?? "kube";
}

function body(rand: () => number, topic: Topic, lang: Lang, words: number): string {
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count === 0 || rand() < 0.15) parts.push(`## ${headings[lang][section++ % headings[lang].length]}`);
    const paragraph: string[] = [];
    for (let i = 0; i < 4; i++) {
      const sentence = fill(pick(rand, sentences[lang]), { ...topic, tech: rand() < 0.5 ? topic.tech : pick(rand, technologies) }, lang);
      paragraph.push(sentence);
      count += sentence.split(/\s+/).length;
      if (rand() < 0.5) {
        const extra = pick(rand, aside[lang]).replace("{w}", jargonWord(rand)).replace("{v}", jargonWord(rand));
        paragraph.push(extra);
        count += extra.split(/\s+/).length;
      }
    }
    parts.push(paragraph.join(" "));
  }
  return parts.join("\n\n");
}

/** The files of a generated site, for `fixtureProject(files)`. */
export function generateSite(options: GenerateOptions): FixtureFiles {
  const rand = random(options.seed ?? 2018);
  const words = options.wordsPerPage ?? 600;
  const singleShare = options.singleLanguageShare ?? 0.1;
  const files: FixtureFiles = {};
  const people = Array.from({ length: 40 }, (_, i) => ({
    id: `person-${i + 1}`,
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`,
    dept: i % departments.en.length,
  }));
  for (const person of people) {
    for (const lang of ["en", "fr"] as const) {
      files[`${lang}/people/${person.id}.md`] =
        `---\nname: ${quoted(person.name)}\ndepartment: ${quoted(departments[lang][person.dept] ?? "")}\n---\n\n${fill(pick(rand, sentences[lang]), { tech: "kubernetes", tech2: "helm", dept: person.dept }, lang)}\n`;
    }
  }
  // Pages come in pairs (one per language) or alone; collections split 20% meetings, 40% posts, 40% demos.
  const first = Date.UTC(2016, 0, 7);
  const last = Date.UTC(2026, 9, 1);
  let made = 0;
  let n = 0;
  let meetings = 0;
  while (made < options.pages) {
    n += 1;
    const collection = n % 5 === 0 ? "meetings" : n % 5 <= 2 ? "posts" : "demos";
    const single = rand() < singleShare || options.pages - made === 1;
    const langs: Lang[] = single ? [rand() < 0.6 ? "en" : "fr"] : ["en", "fr"];
    const topic: Topic = { tech: pick(rand, technologies), tech2: pick(rand, technologies), dept: Math.floor(rand() * departments.en.length) };
    // Meetings are named by their date, so each gets its own day (weekly); the rest spread evenly.
    const day =
      collection === "meetings"
        ? iso(new Date(first + 7 * 86_400_000 * meetings++))
        : iso(new Date(first + (Math.floor(((last - first) * n) / (options.pages * 0.75)) % (last - first))));
    const tags = [topic.tech, topic.tech2].filter((tag, i, all) => all.indexOf(tag) === i);
    const presenter = pick(rand, people);
    for (const lang of langs) {
      const title = fill(pick(rand, titles[collection][lang]), topic, lang);
      const summary = fill(pick(rand, sentences[lang]), topic, lang);
      const text = body(rand, topic, lang, words);
      const front =
        collection === "meetings"
          ? `title: ${quoted(title)}\ndate: ${day}\nsummary: ${quoted(summary)}\ntags: [${tags.join(", ")}]`
          : collection === "posts"
            ? `title: ${quoted(title)}\ndate: ${day}\nsummary: ${quoted(summary)}\nauthors: [${presenter.id}]\ntags: [${tags.join(", ")}]`
            : `title: ${quoted(title)}\ndate: ${day}\nsummary: ${quoted(summary)}\npresenters: [${presenter.id}]\ndepartment: ${quoted(departments[lang][topic.dept] ?? "")}\ntechnologies: [${tags.join(", ")}]`;
      const name = collection === "meetings" ? day : collection === "posts" ? `${day}-post-${n}` : `demo-${n}`;
      files[`${lang}/${collection}/${name}.md`] = `---\n${front}\n---\n\n${text}\n`;
      made += 1;
    }
  }
  return files;
}
