import type { ContentModel } from "../../content/model/load.ts";
import type { Transcript, TranscriptCue } from "../../content/model/transcript.ts";
import type { DemoEntry, Entry, MeetingEntry } from "../../content/model/types.ts";
import type { Lang } from "../../content/site.ts";

/** The recording a page's transcript times refer to. */
export type PageVideo =
  /** On YouTube: `inBody` when the page's Markdown embeds it; otherwise the transcript shows the facade itself. */
  | { kind: "youtube"; id: string; inBody: boolean }
  /** A file of this site, played in a native <video> with the transcript as its captions track. */
  | { kind: "file"; src: string; type: "video/mp4" | "video/webm" };

/** A few cues read as one paragraph: by one speaker, without a long pause. */
export interface TranscriptParagraph {
  /** `t-00-01-23`: the paragraph's anchor, from its start time (made unique on the page). */
  id: string;
  start: number;
  speaker: string | undefined;
  text: string;
}

export interface TranscriptView {
  transcript: Transcript;
  /** The transcript's language: the other one when only the translation has a transcript. */
  lang: Lang;
  paragraphs: TranscriptParagraph[];
  video: PageVideo | undefined;
}

/** A pause this long (seconds) between cues starts a new paragraph, as does a new speaker. */
const paragraphPause = 2;
/** A paragraph never runs longer than this (seconds), so a monologue still has places to jump to. */
const paragraphLength = 60;

/** Seconds as HH:MM:SS parts, rounded down: a timestamp never points after the words. */
function clock(seconds: number): [string, string, string] {
  const whole = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, "0");
  return [pad(Math.floor(whole / 3600)), pad(Math.floor((whole % 3600) / 60)), pad(whole % 60)];
}

/** How a time reads: 1:23, or 1:02:03 past the hour. */
export function readableTime(seconds: number): string {
  const [h, m, s] = clock(seconds);
  return h === "00" ? `${Number(m)}:${s}` : `${Number(h)}:${m}:${s}`;
}

/** https://www.w3.org/TR/html/infrastructure.html#valid-duration-string, for <time datetime>. */
export function durationAttribute(seconds: number): string {
  return `PT${Math.floor(seconds)}S`;
}

function paragraphsOf(cues: TranscriptCue[]): TranscriptParagraph[] {
  const paragraphs: TranscriptParagraph[] = [];
  const used = new Set<string>();
  let previous: TranscriptCue | undefined;
  let current: TranscriptParagraph | undefined;
  for (const cue of cues) {
    const fresh =
      !current || !previous || cue.speaker !== previous.speaker || cue.start - previous.end >= paragraphPause || cue.start - current.start >= paragraphLength;
    if (fresh || !current) {
      const base = `t-${clock(cue.start).join("-")}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      current = { id, start: cue.start, speaker: cue.speaker, text: cue.text };
      paragraphs.push(current);
    } else {
      current.text += ` ${cue.text}`;
    }
    previous = cue;
  }
  return paragraphs;
}

const youtubeWatch = /^https:\/\/(?:www\.|m\.)?youtube\.com\/watch\?(?:.*&)?v=([A-Za-z0-9_-]{11})(?:&|$)/;
const youtubeShort = /^https:\/\/youtu\.be\/([A-Za-z0-9_-]{11})(?:\?|$)/;

/** The page's recording: the body's YouTube embed first, else its `recording` field, when that is a video the page can play. */
function pageVideo(entry: DemoEntry | MeetingEntry, bodyVideoId: string | undefined): PageVideo | undefined {
  if (bodyVideoId) return { kind: "youtube", id: bodyVideoId, inBody: true };
  const recording = entry.data.recording;
  if (!recording) return undefined;
  const id = youtubeWatch.exec(recording)?.[1] ?? youtubeShort.exec(recording)?.[1];
  if (id) return { kind: "youtube", id, inBody: false };
  if (recording.startsWith("/")) return { kind: "file", src: recording, type: recording.endsWith(".webm") ? "video/webm" : "video/mp4" };
  return undefined;
}

/** The transcript a demo or meeting page shows: its own, or its translation's, in that language. */
export function pageTranscript(model: ContentModel, entry: Entry): Transcript | undefined {
  if (entry.collection !== "demos" && entry.collection !== "meetings") return undefined;
  const own = model.transcripts.get(entry.file);
  if (own) return own;
  const twin = model.twin(entry);
  return twin ? model.transcripts.get(twin.file) : undefined;
}

/** What the transcript part of a page shows, if the page has a transcript. */
export function transcriptView(model: ContentModel, entry: Entry, bodyVideoId: string | undefined): TranscriptView | undefined {
  if (entry.collection !== "demos" && entry.collection !== "meetings") return undefined;
  const transcript = pageTranscript(model, entry);
  if (!transcript) return undefined;
  const lang = model.byFile.get(transcript.page)?.lang ?? entry.lang;
  return { transcript, lang, paragraphs: paragraphsOf(transcript.cues), video: pageVideo(entry, bodyVideoId) };
}

/** Where a paragraph's timestamp leads without JavaScript: the video at that second. */
export function timestampHref(video: PageVideo | undefined, paragraph: TranscriptParagraph): string {
  const seconds = Math.floor(paragraph.start);
  if (!video) return `#${paragraph.id}`;
  if (video.kind === "youtube") return `https://www.youtube.com/watch?v=${video.id}&t=${seconds}s`;
  // A media fragment (https://www.w3.org/TR/media-frags/): the file opens at that time.
  return `${video.src}#t=${seconds}`;
}

/** The transcript as text, for structured data: one paragraph a line, with its speaker. */
export function transcriptText(cues: TranscriptCue[]): string {
  return paragraphsOf(cues)
    .map((paragraph) => (paragraph.speaker ? `${paragraph.speaker}: ${paragraph.text}` : paragraph.text))
    .join("\n");
}
