import { page, type FixtureFiles } from "../../scripts/lib/fixture-site.ts";

/** The fixture demos' video: answered locally in browser tests (nothing goes to the network). */
export const transcriptVideoId = "dQw4w9WgXcQ";

/**
 * A short transcript with two speakers. "tardigrade" is said only here: search finds the demo
 * by it through the transcript alone. The pause before 00:00:20 and the change of speaker
 * start new paragraphs.
 */
export const englishTranscript = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ada Lovelace>Welcome to the autoscaling demo.

00:00:04.500 --> 00:00:08.000
<v Ada Lovelace>The cluster grows when the queue fills &amp; shrinks after.

00:00:09.000 --> 00:00:12.500
<v Grace Hopper>Does it scale to zero?

00:00:20.000 --> 00:01:23.000
<v Grace Hopper>Our nodes are as hardy as a tardigrade,
they survive a reboot.

00:01:23.000 --> 00:01:30.000
<v Ada Lovelace>Thank you all.
`;

export const frenchTranscript = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ada Lovelace>Bienvenue à la démo de mise à l&apos;échelle.

00:00:04.500 --> 00:00:08.000
<v Ada Lovelace>La grappe grandit quand la file se remplit.

00:00:09.000 --> 00:00:12.500
<v Grace Hopper>Descend-elle à zéro ?

00:00:20.000 --> 00:01:23.000
<v Grace Hopper>Nos nœuds sont aussi robustes qu&apos;un tardigrade.

00:01:23.000 --> 00:01:30.000
<v Ada Lovelace>Merci à tous.
`;

const demo = (frontMatter: string, body: string) => page(frontMatter, body);

/** The smallest file that is a WebM by its content (an EBML header whose DocType is "webm"): public/ checks types. */
export const webmHeader = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810242858102", "hex");

/**
 * A meeting whose recording is a file of the site (written to public/ before the build), and
 * two demos with a recording on YouTube: `autoscaling` has a transcript in each language; `quotas` has an
 * English one only, which its French page offers.
 */
export const transcriptFixture: FixtureFiles = {
  "en/meetings/2026-03-05.md": demo("title: March meeting\ndate: 2026-03-05\nrecording: /videos/march.webm", "The minutes."),
  "en/meetings/2026-03-05.vtt": `WEBVTT\n\n00:00:03.000 --> 00:00:06.000\n<v Grace Hopper>Welcome to the March meeting.\n`,
  "en/demos/autoscaling.md": demo(
    "title: Cluster autoscaling\ndate: 2026-01-15\nsummary: Nodes that come and go with the load.\nrecording: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    `How the cluster grows.\n\n{{< youtube ${transcriptVideoId} "Cluster autoscaling" >}}`,
  ),
  "en/demos/autoscaling.vtt": englishTranscript,
  "fr/demos/autoscaling.md": demo(
    "title: Mise à l’échelle automatique\ndate: 2026-01-15\nsummary: Des nœuds qui vont et viennent selon la charge.\nslug: mise-a-l-echelle\nrecording: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    `Comment la grappe grandit.\n\n{{< youtube ${transcriptVideoId} "Mise à l’échelle automatique" >}}`,
  ),
  "fr/demos/autoscaling.vtt": frenchTranscript,
  "en/demos/quotas.md": demo(
    "title: Namespace quotas\ndate: 2026-02-12\nsummary: Limits per team.\nrecording: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "No embed: the recording is on YouTube.",
  ),
  "en/demos/quotas.vtt": `WEBVTT\n\n00:00:02.000 --> 00:00:05.000\n<v Ada Lovelace>Quotas keep one team from starving another.\n`,
  "fr/demos/quotas.md": demo(
    "title: Quotas par espace de noms\ndate: 2026-02-12\nsummary: Des limites par équipe.\nslug: quotas\nrecording: https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "L’enregistrement est sur YouTube.",
  ),
};
