import type { MarkdownIt, StateBlock, Token } from "markdown-it";
import { t } from "../i18n/index.ts";
import { isSitePathOrHttpsUrl } from "../schema/fields.ts";
import { envLang, type MarkdownEnv } from "./env.ts";
import { parseShortcodeArgs, parseShortcodeLine } from "./shortcode.ts";

/**
 * Embeds are markdown-it block rules, never template syntax: a line that is only
 * `{{< youtube ID "Title" >}}` or `{{< figure src="..." alt="..." caption="..." >}}`.
 * An embed that is wrong renders as its own text; the content check reports it and fails the build.
 */
export type Embed =
  | { kind: "youtube"; id: string; title: string | undefined }
  | { kind: "figure"; src: string; alt: string; caption: string | undefined };

/** Where the facade script and poster are served (src/build/eleventy/video-assets-plugin.ts copies them there). */
export const videoScript = "/assets/video.js";
export const videoPoster = "/assets/video-poster.svg";

const youtubeId = /^[A-Za-z0-9_-]{11}$/;

/** A site path (/..., never //host or /\host) or an https:// URL: the same rule as front matter's `image`. */
export function isSafeImageSource(src: string): boolean {
  return isSitePathOrHttpsUrl(src);
}

/** The embed a shortcode line describes, or what is wrong with it. */
function readEmbed(name: string, argText: string): Embed | string {
  const args = parseShortcodeArgs(argText);
  if (!args) return `{{< ${name} >}}: could not read the arguments (expected key="value" pairs in double quotes)`;
  const unknown = (allowed: string[]) => [...args.named.keys()].find((key) => !allowed.includes(key));
  if (name === "youtube") {
    const extra = unknown(["id", "title"]);
    if (extra) return `{{< youtube >}}: unknown argument "${extra}" (expected the video id and an optional title)`;
    const id = args.named.get("id") ?? args.positional[0] ?? "";
    const title = args.named.get("title") ?? args.positional[1];
    if (!youtubeId.test(id)) return `{{< youtube >}}: "${id}" is not a YouTube video id (expected the 11 characters after watch?v=)`;
    return { kind: "youtube", id, title: title?.trim() || undefined };
  }
  if (name === "figure") {
    const extra = unknown(["src", "alt", "caption"]);
    if (extra || args.positional.length) return `{{< figure >}}: unknown argument "${extra ?? args.positional[0]}" (expected src, alt and caption)`;
    const src = args.named.get("src") ?? "";
    const alt = args.named.get("alt")?.trim() ?? "";
    if (!isSafeImageSource(src)) return `{{< figure >}}: src "${src}" must be a site path (/...) or an https:// URL`;
    if (!alt) return `{{< figure >}}: alt is required (text for people who cannot see the image)`;
    return { kind: "figure", src, alt, caption: args.named.get("caption")?.trim() || undefined };
  }
  return `unknown embed {{< ${name} >}} (expected youtube, figure, relref or ref)`;
}

/** Inline shortcodes, handled by the relref rule, not as blocks. */
const inlineShortcodes = new Set(["relref", "ref"]);

function embedRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const shortcode = parseShortcodeLine(state.src.slice(start, state.eMarks[startLine]));
  if (!shortcode || inlineShortcodes.has(shortcode.name)) return false;
  if (silent) return true;
  const token = state.push("embed", "", 0);
  token.map = [startLine, startLine + 1];
  token.content = state.src.slice(start, state.eMarks[startLine]).trim();
  token.meta = { embed: readEmbed(shortcode.name, shortcode.args) };
  state.line = startLine + 1;
  return true;
}

/** What an `embed` token holds: the embed, or what is wrong with it. */
// A type, not an interface: markdown-it's token.meta is a Record, which interfaces do not match.
type EmbedMeta = {
  embed: Embed | string;
};

export function embedOf(token: Token): Embed | string {
  return (token.meta as EmbedMeta).embed;
}

/**
 * The first video of parsed Markdown, if it holds one: its page loads the facade's script
 * (layouts add it, never the body), and its transcript's timestamps start that player.
 */
export function firstVideoId(tokens: Token[]): string | undefined {
  for (const token of tokens) {
    const embed = token.type === "embed" ? embedOf(token) : undefined;
    if (typeof embed === "object" && embed.kind === "youtube") return embed.id;
  }
  return undefined;
}

function renderEmbed(md: MarkdownIt, token: Token, env: MarkdownEnv | undefined): string {
  const embed = embedOf(token);
  const escape = md.utils.escapeHtml;
  if (typeof embed === "string") return `<p>${escape(token.content)}</p>\n`;
  if (embed.kind === "figure") {
    const caption = embed.caption ? `<figcaption>${escape(embed.caption)}</figcaption>` : "";
    return `<figure class="figure"><img src="${escape(embed.src)}" alt="${escape(embed.alt)}" loading="lazy">${caption}</figure>\n`;
  }
  const lang = envLang(env);
  const title = embed.title ?? t(lang, "video_untitled");
  const watch = `https://www.youtube.com/watch?v=${embed.id}`;
  // Without JavaScript this is a plain link to the video on YouTube; video.js turns it into a
  // button that loads youtube-nocookie.com only when pressed.
  return (
    `<figure class="video">` +
    `<a class="video-facade" href="${watch}" data-video-id="${embed.id}" data-video-title="${escape(title)}">` +
    `<img src="${videoPoster}" alt="" width="640" height="360">` +
    `<span class="video-play">${escape(t(lang, "video_play", { title }))}</span>` +
    `</a>` +
    `<figcaption>${escape(title)} <span class="video-notice">${escape(t(lang, "video_notice"))}</span></figcaption>` +
    `</figure>\n`
  );
}

export function embedsPlugin(md: MarkdownIt): void {
  md.block.ruler.before("paragraph", "embed", embedRule, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.renderer.rules.embed = (tokens, index, _options, env) => {
    const token = tokens[index];
    return token ? renderEmbed(md, token, env as MarkdownEnv | undefined) : "";
  };
}
