/** Attributes a slide's <section> may carry, by name. */
export type SlideAttributes = Record<string, string>;

/**
 * What `<!-- .slide: ... -->` may set: reveal.js's backgrounds, transitions and layout, and a
 * class or id. Nothing that can run script or load from another site (background images and
 * iframes must be site paths). https://revealjs.com/backgrounds/ https://revealjs.com/transitions/
 */
const allowed: Record<string, RegExp> = {
  class: /^[A-Za-z0-9_ -]{1,100}$/,
  id: /^[A-Za-z][A-Za-z0-9_-]{0,60}$/,
  "data-background-color": /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9., %]+\)|hsla?\([0-9., %deg]+\))$/,
  "data-background-image": /^\/(?!\/)[A-Za-z0-9/._-]+$/,
  "data-background-size": /^[a-z0-9 %.]{1,30}$/,
  "data-background-position": /^[a-z0-9 %.]{1,30}$/,
  "data-background-repeat": /^(repeat|no-repeat|repeat-x|repeat-y)$/,
  "data-background-opacity": /^(0(\.\d+)?|1(\.0+)?)$/,
  "data-background-transition": /^(none|fade|slide|convex|concave|zoom)$/,
  "data-transition": /^(none|fade|slide|convex|concave|zoom)(-in|-out)?( (none|fade|slide|convex|concave|zoom)(-in|-out)?)?$/,
  "data-transition-speed": /^(default|fast|slow)$/,
  "data-auto-animate": /^$/,
  "data-visibility": /^(hidden|uncounted)$/,
  "data-state": /^[A-Za-z0-9_-]{1,40}$/,
};

const allowedSlideAttributes: readonly string[] = Object.keys(allowed);

const pair = /([A-Za-z][A-Za-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** `data-background-color="#000" class="title"` -> the allowed attributes, and what was refused. */
export function parseSlideDirective(text: string): { attributes: SlideAttributes; refused: string[] } {
  const attributes: SlideAttributes = {};
  const refused: string[] = [];
  for (const match of text.matchAll(pair)) {
    const name = (match[1] ?? "").toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    const rule = allowed[name];
    if (!rule) refused.push(`<!-- .slide: --> attribute "${name}" is not allowed (allowed: ${allowedSlideAttributes.join(", ")})`);
    else if (!rule.test(value)) refused.push(`<!-- .slide: --> ${name}="${value}" is not an allowed value`);
    else attributes[name] = value;
  }
  return { attributes, refused };
}
