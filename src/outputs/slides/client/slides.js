// Starts reveal.js on a presentation page (/en/slides/<slug>/present/). Loaded as a file, never
// inline, so a strict Content-Security-Policy (script-src 'self') allows it. Everything the
// deck needs was rendered at build time; this only turns it into a slideshow.
(function () {
  const root = document.querySelector(".reveal");
  if (!root || !window.Reveal) return;
  const labels = root.dataset;
  window.Reveal.initialize({
    hash: true,
    // The site's own pages stay in the history: Back leaves the deck instead of stepping through it.
    history: false,
    transition: root.dataset.transition || "slide",
    controls: true,
    progress: true,
    slideNumber: "c/t",
    center: false,
    plugins: window.RevealNotes ? [window.RevealNotes] : [],
  }).then(function () {
    // reveal.js labels its arrows in English only; use the page's language.
    const names = {
      "navigate-left": labels.labelPrevious,
      "navigate-right": labels.labelNext,
      "navigate-up": labels.labelPrevious,
      "navigate-down": labels.labelNext,
    };
    Object.entries(names).forEach(function ([cls, label]) {
      if (!label) return;
      root.querySelectorAll(".controls ." + cls).forEach(function (button) {
        button.setAttribute("aria-label", label);
      });
    });
    document.querySelectorAll("[data-slides-action]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        const action = button.getAttribute("data-slides-action");
        if (action === "fullscreen") {
          const target = document.documentElement;
          if (document.fullscreenElement) document.exitFullscreen();
          else if (target.requestFullscreen) target.requestFullscreen();
        } else if (action === "notes") {
          const notes = window.Reveal.getPlugin("notes");
          if (notes && notes.open) notes.open();
        }
      });
    });
  });
})();
