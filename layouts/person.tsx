import { listFor } from "../src/outputs/collections/listing.ts";
import { projectsOfPerson } from "../src/outputs/collections/projects.ts";
import { t } from "../src/content/i18n/index.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { PersonEntry } from "../src/content/model/types.ts";
import { EntryList } from "./components/entry-list.tsx";
import { Fact } from "./components/fact.tsx";

/** A person's facts box: department, role, GitHub. */
export function PersonFacts({ entry }: { entry: PersonEntry }) {
  const { lang, data } = entry;
  if (!data.department && !data.role && !data.github) return null;
  return (
    <dl class="meta">
      {data.department ? <Fact label={t(lang, "person_department")}>{data.department}</Fact> : null}
      {data.role ? <Fact label={t(lang, "person_role")}>{data.role}</Fact> : null}
      {data.github ? (
        <Fact label={"GitHub"}>
          <a href={`https://github.com/${data.github}`}>@{data.github}</a>
        </Fact>
      ) : null}
    </dl>
  );
}

/** Everything a person contributed: demos presented, posts written, talks given, minutes taken. */
export function PersonContributions({ entry, model }: { entry: PersonEntry; model: ContentModel }) {
  const { lang, fileSlug: id } = entry;
  const demos = listFor(model, lang, "demos").filter(({ entry: e }) => e.collection === "demos" && e.data.presenters?.includes(id));
  const posts = listFor(model, lang, "posts").filter(({ entry: e }) => e.collection === "posts" && e.data.authors?.includes(id));
  const talks = listFor(model, lang, "slides").filter(({ entry: e }) => e.collection === "slides" && e.data.presenters?.includes(id));
  const projects = projectsOfPerson(model, lang, id);
  const minutes = listFor(model, lang, "meetings").filter(({ entry: e }) => e.collection === "meetings" && e.data.noteTaker === id);
  return (
    <>
      {[
        { key: "person_projects" as const, items: projects },
        { key: "person_demos" as const, items: demos },
        { key: "person_posts" as const, items: posts },
        { key: "person_talks" as const, items: talks },
        { key: "person_minutes" as const, items: minutes },
      ]
        .filter((section) => section.items.length)
        .map((section) => (
          <section>
            <h2>{t(lang, section.key)}</h2>
            <EntryList items={section.items} lang={lang} />
          </section>
        ))}
    </>
  );
}
