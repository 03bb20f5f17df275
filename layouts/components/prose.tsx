/**
 * Rendered Markdown. It has already passed the content checks (HTML allowlist, safe URLs),
 * which is what makes inserting it unescaped safe.
 */
export function Prose({ html }: { html: string }) {
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
