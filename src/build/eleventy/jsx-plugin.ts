import type { VNode } from "preact";
import { render } from "preact-render-to-string";
import type { EleventyConfig } from "./types.ts";

/**
 * `.11ty.tsx` pages and layouts, rendered with Preact to a string. Preact escapes every
 * interpolated value, so front matter can never inject markup into a layout.
 * https://www.11ty.dev/docs/languages/jsx/
 */
export function jsxPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.tsx", "11ty.ts"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        const output = await this.defaultRenderer(data);
        if (typeof output === "string") return output;
        const html = render(output as VNode);
        return html.startsWith("<html") ? `<!DOCTYPE html>\n${html}` : html;
      };
    },
  });
  eleventyConfig.addTemplateFormats(["11ty.tsx", "11ty.ts"]);
}
