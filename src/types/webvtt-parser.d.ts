// The W3C's WebVTT parser and validator (https://github.com/w3c/webvtt.js) ships no types: what
// src/content/model/transcript.ts uses of it.
declare module "webvtt-parser" {
  export interface WebVTTNode {
    type: "text" | "object" | "timestamp";
    /** Text for text nodes, the annotation (`<v Name>`) for objects, seconds for timestamps. */
    value?: string | number;
    name?: string;
    classes?: string[];
    children?: WebVTTNode[];
  }
  export interface WebVTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: WebVTTNode[] };
  }
  export interface WebVTTError {
    message: string;
    /** 1-based. */
    line: number;
    col?: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: "subtitles" | "chapters" | "metadata"): { cues: WebVTTCue[]; errors: WebVTTError[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
