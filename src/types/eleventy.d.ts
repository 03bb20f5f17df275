// Eleventy ships no type declarations; this is the programmatic API src/build uses.
// https://www.11ty.dev/docs/programmatic/
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
  }
  /** One passthrough copy: each file copied, source path to output path. */
  export interface PassthroughCopyResult {
    count: number;
    map: Record<string, string>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** In build mode: the passthrough copies, then the templates written. */
    write(): Promise<[PassthroughCopyResult[], unknown[]]>;
  }
}
