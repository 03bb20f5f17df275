import { t } from "../../src/content/i18n/index.ts";
import { videoPoster } from "../../src/content/markdown/embeds.ts";
import type { Lang } from "../../src/content/site.ts";
import { durationAttribute, readableTime, timestampHref, type PageVideo, type TranscriptView } from "../../src/outputs/transcripts/view.ts";

/**
 * The click-to-load facade of a recording the page's Markdown does not embed: the same markup as
 * the `{{< youtube >}}` embed (src/content/markdown/embeds.ts), which /assets/video.js turns into a button.
 */
function YouTubeFacade({ id, title, lang }: { id: string; title: string; lang: Lang }) {
  return (
    <figure class="video">
      <a class="video-facade" href={`https://www.youtube.com/watch?v=${id}`} data-video-id={id} data-video-title={title}>
        <img src={videoPoster} alt="" width={640} height={360} />
        <span class="video-play">{t(lang, "video_play", { title })}</span>
      </a>
      <figcaption>
        {title} <span class="video-notice">{t(lang, "video_notice")}</span>
      </figcaption>
    </figure>
  );
}

/** A recording of this site, captioned by the transcript (served beside the page that owns it). */
// The track's label is the language's own name, as players list them.
function NativeVideo({ video, track, trackLang, lang }: { video: Extract<PageVideo, { kind: "file" }>; track: string; trackLang: Lang; lang: Lang }) {
  return (
    <figure class="video">
      <video class="transcript-video" controls preload="metadata" width={640} height={360}>
        <source src={video.src} type={video.type} />
        <track kind="captions" src={track} srcLang={trackLang} label={t(trackLang, "lang_name")} default />
        <a href={video.src}>{t(lang, "transcript_download")}</a>
      </video>
    </figure>
  );
}

/**
 * What was said in the recording (WCAG 1.2.2 and 1.2.3), in paragraphs by speaker and pause.
 * Each paragraph is headed by its time and speaker, with an id: a reader jumps there from a
 * search result (Pagefind makes sub-results from headings with ids), and the time link starts the
 * video there (/assets/video.js), or opens it there on YouTube without JavaScript.
 */
export function TranscriptSection({ view, lang, title, track }: { view: TranscriptView; lang: Lang; title: string; track: string }) {
  const { video, paragraphs } = view;
  const other = view.lang !== lang ? view.lang : undefined;
  return (
    <section class="transcript" aria-labelledby="transcript">
      <h2 id="transcript">{t(lang, "transcript_title")}</h2>
      {other ? <p class="transcript-notice">{t(lang, "transcript_only_other")}</p> : null}
      {video?.kind === "youtube" && !video.inBody ? <YouTubeFacade id={video.id} title={title} lang={lang} /> : null}
      {video?.kind === "file" ? <NativeVideo video={video} track={track} trackLang={view.lang} lang={lang} /> : null}
      {paragraphs.map((paragraph) => {
        const time = readableTime(paragraph.start);
        return (
          <div class="transcript-paragraph">
            <h3 id={paragraph.id} class="transcript-heading">
              <a
                class="transcript-time"
                href={timestampHref(video, paragraph)}
                aria-label={video ? t(lang, "transcript_watch_from", { time }) : undefined}
                data-start={video ? String(Math.floor(paragraph.start)) : undefined}
                data-video-id={video?.kind === "youtube" ? video.id : undefined}
              >
                <time dateTime={durationAttribute(paragraph.start)}>{time}</time>
              </a>
              {paragraph.speaker ? <span class="transcript-speaker"> {paragraph.speaker}</span> : null}
            </h3>
            <p lang={other}>{paragraph.text}</p>
          </div>
        );
      })}
    </section>
  );
}
