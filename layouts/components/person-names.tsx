import { personLink } from "../../src/outputs/collections/people.ts";
import type { ContentModel } from "../../src/content/model/load.ts";
import type { Lang } from "../../src/content/site.ts";

/** People ids as linked names: "Ada Lovelace, Grace Hopper". */
export function PersonNames({ ids, model, lang }: { ids: string[]; model: ContentModel; lang: Lang }) {
  return (
    <>
      {ids.map((id, i) => {
        const person = personLink(model, lang, id);
        return (
          <>
            {i > 0 ? ", " : null}
            {person.url ? <a href={person.url}>{person.name}</a> : person.name}
          </>
        );
      })}
    </>
  );
}
