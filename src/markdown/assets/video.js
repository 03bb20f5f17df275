// Click-to-load video (src/markdown/embeds.ts renders the facade). Nothing is requested from
// YouTube until the reader presses the button; then the player loads from youtube-nocookie.com.
// Without this script the facade stays a plain link to the video on YouTube.
for (const link of document.querySelectorAll("a.video-facade[data-video-id]")) {
  const id = link.dataset.videoId;
  const title = link.dataset.videoTitle || "";
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.append(...link.childNodes);
  button.addEventListener("click", () => {
    const player = document.createElement("iframe");
    player.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`;
    player.title = title;
    player.width = "640";
    player.height = "360";
    player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    player.allowFullscreen = true;
    player.className = "video-player";
    button.replaceWith(player);
    player.focus();
  });
  link.replaceWith(button);
}
