// Click-to-load video (src/content/markdown/embeds.ts renders the facade). Nothing is requested from
// YouTube until the reader presses the button; then the player loads from youtube-nocookie.com.
// Without this script the facade stays a plain link to the video on YouTube.

/** The player's address; `start` (whole seconds) when a transcript's timestamp started it. */
function playerUrl(id, start) {
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1${start ? `&start=${start}` : ""}`;
}

function loadPlayer(button, id, title, start) {
  const player = document.createElement("iframe");
  player.src = playerUrl(id, start);
  player.title = title;
  player.width = "640";
  player.height = "360";
  player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  player.allowFullscreen = true;
  player.className = "video-player";
  player.dataset.videoId = id;
  button.replaceWith(player);
  player.focus();
}

for (const link of document.querySelectorAll("a.video-facade[data-video-id]")) {
  const id = link.dataset.videoId;
  const title = link.dataset.videoTitle || "";
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.dataset.videoId = id;
  button.dataset.videoTitle = title;
  button.append(...link.childNodes);
  button.addEventListener("click", () => loadPlayer(button, id, title, 0));
  link.replaceWith(button);
}

// A transcript's timestamps (layouts/components/transcript.tsx) start the page's video at their
// time: the YouTube player (loaded only now, if it was not yet) or the site's own <video>.
// Without this script they open the video at that time on YouTube, or the file at #t=.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.transcript-time[data-start]") : null;
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const start = Number(link.dataset.start) || 0;
  const id = link.dataset.videoId;
  if (id) {
    const selector = `[data-video-id="${CSS.escape(id)}"]`;
    const button = document.querySelector(`button.video-facade${selector}`);
    const player = document.querySelector(`iframe.video-player${selector}`);
    if (!button && !player) return;
    event.preventDefault();
    if (button) loadPlayer(button, id, button.dataset.videoTitle || "", start);
    else {
      player.src = playerUrl(id, start);
      player.focus();
    }
    (button ? document.querySelector(`iframe.video-player${selector}`) : player)?.scrollIntoView({ block: "nearest" });
    return;
  }
  const video = document.querySelector("video.transcript-video");
  if (!video) return;
  event.preventDefault();
  video.currentTime = start;
  video.scrollIntoView({ block: "nearest" });
  video.focus();
  void video.play().catch(() => {});
});
