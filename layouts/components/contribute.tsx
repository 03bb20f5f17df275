import { t } from "../../src/content/i18n/index.ts";
import { editUrl, issueFormUrl } from "../../src/outputs/sharing/contribute-links.ts";
import type { Lang } from "../../src/content/site.ts";

/** "Edit this page" and "Propose a talk or demo": everyone publishes by pull request. */
export function Contribute({ lang, file }: { lang: Lang; file: string }) {
  return (
    <aside class="contribute" aria-label={t(lang, "contribute_label")} data-pagefind-ignore>
      <ul>
        <li>
          <a href={editUrl(file)}>{t(lang, "edit_page")}</a>
        </li>
        <li>
          <a href={issueFormUrl("proposeTalk", lang)}>{t(lang, "propose_talk")}</a>
        </li>
      </ul>
    </aside>
  );
}
