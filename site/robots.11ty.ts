import { robotsTxt } from "../src/outputs/sharing/robots.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export default function Robots(): string {
  return robotsTxt();
}
