/** One URL per page template, in both languages: what the a11y and validity specs visit. */
export const templatePages = {
  en: {
    home: "/en/",
    minutes: "/en/meetings/2018-03-22/",
    meetings: "/en/meetings/",
    posts: "/en/blog/",
    post: "/en/blog/welcome/",
    demos: "/en/demos/",
    demo: "/en/demos/docker-sas4c/",
    person: "/en/people/zachary-seguin/",
    page: "/en/about/",
    decks: "/en/slides/",
    deck: "/en/slides/containers-and-kubernetes/",
  },
  fr: {
    home: "/fr/",
    minutes: "/fr/reunions/2018-03-22/",
    meetings: "/fr/reunions/",
    posts: "/fr/blogue/",
    post: "/fr/blogue/bienvenue/",
    demos: "/fr/demos/",
    demo: "/fr/demos/docker-sas4c/",
    person: "/fr/personnes/zachary-seguin/",
    page: "/fr/a-propos/",
    decks: "/fr/presentations/",
    deck: "/fr/presentations/conteneurs-et-kubernetes/",
  },
} as const;
