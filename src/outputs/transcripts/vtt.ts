import type { ContentModel } from "../../content/model/load.ts";
import type { TranscriptCue } from "../../content/model/transcript.ts";
import type { Entry } from "../../content/model/types.ts";

/** A page's transcript as a WebVTT file, beside the page: the captions track of a self-hosted recording. */
export function transcriptFileUrl(entry: Pick<Entry, "url">): string {
  return `${entry.url}transcript.vtt`;
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The cues as WebVTT (https://www.w3.org/TR/webvtt1/), written from the parsed cues rather than
 * copied from the contributor's file: only timings, voice spans and escaped text come out.
 */
function serialiseTranscript(cues: TranscriptCue[]): string {
  const blocks = cues.map(
    (cue) => `${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cue.speaker ? `<v ${escapeText(cue.speaker)}>` : ""}${escapeText(cue.text)}`,
  );
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

export interface TranscriptFile {
  url: string;
  body: string;
}

/** Every published page's own transcript as a file. */
export function transcriptFiles(model: ContentModel): TranscriptFile[] {
  return model.published.flatMap((entry) => {
    const transcript = model.transcripts.get(entry.file);
    return transcript ? [{ url: transcriptFileUrl(entry), body: serialiseTranscript(transcript.cues) }] : [];
  });
}
