import type { TemplateData } from "../src/outputs/template-data.ts";
import { transcriptFiles, type TranscriptFile } from "../src/outputs/transcripts/vtt.ts";

/** Each transcript as a WebVTT file beside its page (`/en/demos/x/transcript.vtt`), for <track> and download. */
export const data = {
  pagination: {
    data: "model.published",
    size: 1,
    alias: "transcriptFile",
    before: (_entries: unknown, data: TemplateData) => transcriptFiles(data.model),
  },
  permalink: (data: { transcriptFile: TranscriptFile }) => data.transcriptFile.url,
  eleventyExcludeFromCollections: true,
};

export default function TranscriptVtt(data: { transcriptFile: TranscriptFile }): string {
  return data.transcriptFile.body;
}
