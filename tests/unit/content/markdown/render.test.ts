import assert from "node:assert/strict";
import { test } from "node:test";
import { firstVideoId } from "../../../../src/content/markdown/embeds.ts";
import { createMarkdown } from "../../../../src/content/markdown/index.ts";
import type { ContentModel } from "../../../../src/content/model/load.ts";

const md = createMarkdown();

test("links to other sites are marked external, visibly and for screen readers, in the page's language", () => {
  const en = md.render("See [Kubernetes](https://kubernetes.io/docs/) and [our minutes](/en/meetings/).", { lang: "en" });
  assert.match(en, /<a href="https:\/\/kubernetes\.io\/docs\/" class="external">Kubernetes<span class="visually-hidden"> \(external link\)<\/span><\/a>/);
  assert.match(en, /<a href="\/en\/meetings\/">our minutes<\/a>/);
  const fr = md.render("Voir <https://kubernetes.io/>.", { lang: "fr" });
  assert.match(fr, /class="external">https:\/\/kubernetes\.io\/<span class="visually-hidden"> \(lien externe\)<\/span><\/a>/);
  const ownSite = md.render("[Home](https://govcloud.ca/en/)", { lang: "en" });
  assert.doesNotMatch(ownSite, /external/);
});

test("a YouTube embed is a local poster and a link; nothing points the page at YouTube until played", () => {
  const html = md.render('Intro\n{{< youtube dQw4w9WgXcQ "Helm <at> scale" >}}\n\n{{< youtube id="aaaaaaaaaaa" >}}', { lang: "en" });
  assert.match(
    html,
    /<a class="video-facade" href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ" data-video-id="dQw4w9WgXcQ" data-video-title="Helm &lt;at&gt; scale">/,
  );
  assert.match(html, /<img src="\/assets\/video-poster\.svg" alt=""/);
  assert.match(html, /<span class="video-play">Play the video: Helm &lt;at&gt; scale<\/span>/);
  assert.match(html, /<span class="video-play">Play the video: Video<\/span>/);
  // The only things fetched before a click: the site's own poster and script.
  assert.doesNotMatch(html, /<iframe|youtube-nocookie|ytimg|src="https?:/);
  // The body never carries a script: the page's layout loads the facade's (src/content/markdown/published.ts).
  assert.doesNotMatch(html, /<script/);
  assert.equal(firstVideoId(md.parse(`Intro\n{{< youtube dQw4w9WgXcQ >}}`, { lang: "en" })), "dQw4w9WgXcQ");
  assert.equal(firstVideoId(md.parse("No video here.", { lang: "en" })), undefined);
  assert.match(md.render("{{< youtube dQw4w9WgXcQ >}}", { lang: "fr" }), /Lire la vidéo : Vidéo/);
});

test("figure embeds render escaped; a broken embed prints as text", () => {
  const html = md.render(`{{< figure src="/images/a.png" alt="A <cluster> & 'more'" caption="<b>Figure</b> 1" >}}`);
  assert.match(
    html,
    /<figure class="figure"><img src="\/images\/a\.png" alt="A &lt;cluster&gt; &amp; 'more'" loading="lazy"><figcaption>&lt;b&gt;Figure&lt;\/b&gt; 1<\/figcaption><\/figure>/,
  );
  assert.equal(
    md.render('{{< figure src="javascript:alert(1)" alt="x" >}}'),
    "<p>{{&lt; figure src=&quot;javascript:alert(1)&quot; alt=&quot;x&quot; &gt;}}</p>\n",
  );
});

test("relref and ref become the target page's URL where a URL goes, and stay as written in code", () => {
  const entry = { file: "content/en/meetings/2018-03-22.md", url: "/en/meetings/2018-03-22/", published: true };
  const model = { byFile: new Map([[entry.file, entry]]) } as unknown as ContentModel;
  const env = { lang: "en", model, page: { inputPath: "./content/en/posts/x.md" } };
  const html = md.render('[minutes]({{< relref "meetings/2018-03-22.md#decisions" >}}) and [again]({{< ref "../meetings/2018-03-22" >}})', env);
  assert.match(html, /<a href="\/en\/meetings\/2018-03-22\/#decisions">minutes<\/a> and <a href="\/en\/meetings\/2018-03-22\/">again<\/a>/);
  const reference = md.render('[minutes][m]\n\n[m]: {{< relref "meetings/2018-03-22.md" >}}', env);
  assert.match(reference, /<a href="\/en\/meetings\/2018-03-22\/">minutes<\/a>/);
  const code = md.render('```markdown\nSee {{< relref "meetings/nope.md" >}}\n```', env);
  assert.match(code, /See \{\{&lt; relref &quot;meetings\/nope\.md&quot; &gt;\}\}/);
});

// markdown-it 15.0.3 and linkify-it 6.1.0, neither with a known ReDoS. The limit is loose (the
// measured time is about 10 ms) so the test cannot be flaky on a busy machine, and still fails on
// quadratic behaviour, which takes minutes at this size.
test("pathological input renders in linear time", () => {
  const inputs = {
    stars: "*".repeat(70_000),
    underscores: "_a".repeat(35_000),
    brackets: "[".repeat(70_000),
    backticks: "`".repeat(70_000),
    quotes: "> ".repeat(10_000) + "x",
    shortcodes: "{{<".repeat(23_000),
    relrefs: '{{< relref "'.repeat(6_000),
    links: "[a](".repeat(17_000),
    emphasis: "*a **b ".repeat(10_000),
  };
  for (const [name, input] of Object.entries(inputs)) {
    const started = performance.now();
    md.render(input, { lang: "en" });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `${name}: ${elapsed.toFixed(0)} ms`);
  }
});
