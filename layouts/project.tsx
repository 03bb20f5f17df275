import {
  baseImage,
  imageAnchor,
  imageLineage,
  lineageUrl,
  projectDepartmentUrl,
  projectStatusUrl,
  projectTechnologyUrl,
  statusLabelKey,
} from "../src/outputs/collections/projects.ts";
import { listFor } from "../src/outputs/collections/listing.ts";
import { t } from "../src/content/i18n/index.ts";
import { fullNameOf } from "../src/content/model/images.ts";
import type { ContentModel } from "../src/content/model/load.ts";
import type { ProjectEntry } from "../src/content/model/types.ts";
import type { ProjectImage } from "../src/content/schema/index.ts";
import type { Lang } from "../src/content/site.ts";
import { EntryList } from "./components/entry-list.tsx";
import { TechnologyChips } from "./components/technology-chips.tsx";
import { Fact } from "./components/fact.tsx";
import { PersonNames } from "./components/person-names.tsx";

/** A project's facts: where its code is, who looks after it, under which licence, in what state. */
export function ProjectDetails({ entry, model }: { entry: ProjectEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const notRecorded = <span class="not-recorded">{t(lang, "project_not_recorded")}</span>;
  return (
    <dl class="meta">
      <Fact label={t(lang, "project_url")}>
        <a href={data.url}>{data.url.replace(/^https:\/\//, "")}</a>
      </Fact>
      {data.departments?.length ? (
        <Fact label={t(lang, "project_departments")}>
          <ul class="inline-list">
            {data.departments.map((department) => (
              <li>
                <a href={projectDepartmentUrl(lang, department)}>{department}</a>
              </li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {data.maintainers?.length ? (
        <Fact label={t(lang, "project_maintainers")}>
          <PersonNames ids={data.maintainers} model={model} lang={lang} />
        </Fact>
      ) : null}
      <Fact label={t(lang, "project_license")}>{data.license ? <code lang="en">{data.license}</code> : notRecorded}</Fact>
      <Fact label={t(lang, "project_status")}>
        {data.status ? <a href={projectStatusUrl(lang, data.status)}>{t(lang, statusLabelKey(data.status))}</a> : notRecorded}
      </Fact>
      <TechnologyChips ids={data.technologies} lang={lang} label="project_technologies" linkTitle="project_technology_link" url={projectTechnologyUrl} />
    </dl>
  );
}

/** The reference to pull: the first tag when the image lists tags, else the name alone (latest). */
function pullReference(image: ProjectImage): string {
  const tag = image.tags?.[0];
  return tag ? `${image.name}:${tag}` : image.name;
}

function ImageBase({ model, lang, base }: { model: ContentModel; lang: Lang; base: string }) {
  if (base === "scratch") return <>{t(lang, "project_image_scratch")}</>;
  const parent = baseImage(model, lang, base);
  if (parent?.url) {
    return (
      <a href={parent.url}>
        <code>{base}</code>
      </a>
    );
  }
  return (
    <>
      <code>{base}</code> {t(lang, "project_image_external")}
    </>
  );
}

/** Each image the project publishes, with the lines to pull it and to build on it. */
export function ProjectImages({ entry, model }: { entry: ProjectEntry; model: ContentModel }) {
  const { lang, data } = entry;
  if (!data.images?.length) return null;
  const { byName } = imageLineage(model, lang);
  return (
    <section aria-labelledby="project-images" class="project-images">
      <h2 id="project-images">{t(lang, "project_images")}</h2>
      {data.images.map((image) => {
        const reference = pullReference(image);
        const extendedBy = byName.get(fullNameOf(image.name))?.children ?? [];
        return (
          <section aria-labelledby={imageAnchor(image.name)} class="image">
            <h3 id={imageAnchor(image.name)}>
              <code>{image.name}</code>
            </h3>
            <p>{image.adds}</p>
            <dl class="meta">
              <Fact label={t(lang, "project_image_base")}>
                <ImageBase model={model} lang={lang} base={image.base} />
              </Fact>
              {image.tags?.length ? (
                <Fact label={t(lang, "project_image_tags")}>
                  <ul class="inline-list">
                    {image.tags.map((tag) => (
                      <li>
                        <code>{tag}</code>
                      </li>
                    ))}
                  </ul>
                </Fact>
              ) : null}
              {image.platforms?.length ? (
                <Fact label={t(lang, "project_image_platforms")}>
                  <ul class="inline-list">
                    {image.platforms.map((platform) => (
                      <li>
                        <code>{platform}</code>
                      </li>
                    ))}
                  </ul>
                </Fact>
              ) : null}
              {extendedBy.length ? (
                <Fact label={t(lang, "project_image_extended_by")}>
                  <ul class="inline-list">
                    {extendedBy.map((child) => (
                      <li>
                        <a href={child.url}>
                          <code>{child.name}</code>
                        </a>
                      </li>
                    ))}
                  </ul>
                </Fact>
              ) : null}
            </dl>
            <p class="command-label">{t(lang, "project_image_pull")}</p>
            <pre class="command">
              <code>{`docker pull ${reference}`}</code>
            </pre>
            <p class="command-label">{t(lang, "project_image_extend")}</p>
            <pre class="command">
              <code>{`FROM ${reference}`}</code>
            </pre>
          </section>
        );
      })}
      <p>
        <a href={lineageUrl(lang)}>{t(lang, "project_lineage_link")}</a>
      </p>
    </section>
  );
}

/** The demos and meetings that showed the project. */
export function ProjectShownAt({ entry, model }: { entry: ProjectEntry; model: ContentModel }) {
  const { lang, data } = entry;
  const demos = listFor(model, lang, "demos").filter(({ entry: e }) => data.demos?.includes(e.fileSlug));
  const meetings = listFor(model, lang, "meetings").filter(({ entry: e }) => data.meetings?.includes(e.fileSlug));
  return (
    <>
      {demos.length ? (
        <section aria-labelledby="project-demos">
          <h2 id="project-demos">{t(lang, "project_demos")}</h2>
          <EntryList items={[...demos]} lang={lang} />
        </section>
      ) : null}
      {meetings.length ? (
        <section aria-labelledby="project-meetings">
          <h2 id="project-meetings">{t(lang, "project_meetings")}</h2>
          <EntryList items={[...meetings]} lang={lang} />
        </section>
      ) : null}
    </>
  );
}
