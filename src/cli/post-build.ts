import type { Problem } from "../checks/problem.ts";
import { writeSitemap } from "../sharing/sitemap.ts";

/** A step that runs on the finished site in its temporary folder, before it is published. */
export type PostBuildStep = (outputDir: string) => Promise<Problem[]>;

/** Run in order; a step that reports problems stops the build (nothing is published). */
export const postBuildSteps: PostBuildStep[] = [writeSitemap];
