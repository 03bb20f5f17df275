/**
 * The part of Eleventy's configuration API this project uses. Eleventy ships no TypeScript
 * types, so the plugins are typed against this surface instead of `any`.
 */
export interface EleventyConfig {
  addExtension(extensions: string | string[], options: Record<string, unknown>): void;
  addTemplateFormats(formats: string | string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => void | Promise<void>, options?: O): void | Promise<void>;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTransform(
    name: string,
    transform: (this: { page: { outputPath: string | false; inputPath: string; url: string } }, content: string) => string | Promise<string>,
  ): void;
  /** A template that has no file: https://www.11ty.dev/docs/virtual-templates/ */
  addTemplate(virtualInputPath: string, content: unknown, data?: Record<string, unknown>): void;
  addLayoutAlias(alias: string, path: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  /** https://www.11ty.dev/docs/watch-serve/#advanced-chokidar-configuration */
  setChokidarConfig(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
  /** https://www.11ty.dev/docs/ignores/#configuration-api */
  ignores: Set<string>;
  directories: { input: string; output: string };
}
