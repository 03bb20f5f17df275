import { t, type MessageKey } from "../../src/content/i18n/index.ts";
import { tagLabel } from "../../src/content/schema/tags.ts";
import type { Lang } from "../../src/content/site.ts";
import { Fact } from "./fact.tsx";

/** A facts-box row of technologies, each a chip with its label in the page's language, linking to its filter page. */
export function TechnologyChips({
  ids,
  lang,
  label,
  linkTitle,
  url,
}: {
  ids: string[] | undefined;
  lang: Lang;
  label: MessageKey;
  linkTitle: MessageKey;
  url: (lang: Lang, id: string) => string;
}) {
  if (!ids?.length) return null;
  return (
    <Fact label={t(lang, label)}>
      <ul class="tags">
        {ids.map((id) => (
          <li>
            <a href={url(lang, id)} title={t(lang, linkTitle, { technology: tagLabel(lang, id) })}>
              {tagLabel(lang, id)}
            </a>
          </li>
        ))}
      </ul>
    </Fact>
  );
}
