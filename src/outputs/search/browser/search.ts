/**
 * The search page's script (served as /assets/search.<hash>.js, loaded only there). It uses
 * Pagefind's JS API (/pagefind/pagefind.js) and the form the page already has: the query and
 * every filter are the form's own fields, mirrored in the URL so a search can be shared and
 * the back button works. Self-contained: no imports, nothing from outside the site.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id?: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** Sections of the page that matched, split at headings with an id (https://pagefind.app/docs/sub-results/). */
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, "asc" | "desc">;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

type Strings = Record<string, string>;

/** Results shown at once: each one costs a small request for its excerpt. */
const pageSize = 10;
/**
 * Live results start at three characters: shorter prefixes match a large part of the index and
 * would download most of it (Enter still searches for any length).
 */
const minLength = 3;
/** Wait for a pause in typing, so fast typists run one search rather than one per letter. */
const typingPause = 80;
/** Written by the build into the site's pagefind/ folder (src/outputs/search/index-site.ts); a variable, so no bundler resolves it. */
const pagefindUrl = "/pagefind/pagefind.js";

/**
 * A result's page: the other language's copy of a single-language page is indexed at
 * "/.search-copies/<lang><url>" (src/outputs/search/index-site.ts, copiesFolder), and leads to "<url>".
 */
function pageUrl(url: string): string {
  return url.replace(/^\/\.search-copies\/[a-z]+(?=\/)/, "");
}
const filterNames = ["type", "tag", "year", "department"] as const;

const form = document.querySelector<HTMLFormElement>("#search-form");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const more = document.querySelector<HTMLButtonElement>("#search-more");
const island = document.querySelector<HTMLScriptElement>("#search-strings");

function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Copy Pagefind's excerpt as text plus <mark>, never as HTML: page text is contributors' text. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html").body.firstElementChild;
  const nodes: Node[] = [];
  parsed?.childNodes.forEach((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ""));
    }
  });
  return nodes;
}

/** A transcript paragraph's heading id (layouts/components/transcript.tsx): t-00-01-23. */
const transcriptAnchor = /^t-\d{2}-\d{2}-\d{2}(?:-\d+)?$/;

/** The transcript paragraph that matched the query best, if the query matched what was said. */
function transcriptMatch(data: PagefindResultData): PagefindSubResult | undefined {
  const paragraphs = (data.sub_results ?? []).filter((sub) => transcriptAnchor.test(sub.anchor?.id ?? ""));
  return paragraphs.reduce<PagefindSubResult | undefined>(
    (best, sub) => (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0) ? sub : best),
    undefined,
  );
}

function field(name: string): HTMLInputElement | HTMLSelectElement | null {
  const element = form?.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element : null;
}

function start(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement, strings: Strings): void {
  const lang = document.documentElement.lang;
  const query = field("q");
  let pagefind: Promise<Pagefind> | undefined;
  let current = 0;
  let pending: PagefindResult[] = [];
  let timer: number | undefined;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (import(pagefindUrl) as Promise<Pagefind>).then(async (api) => {
      // On the main thread: for an index this size a worker costs a request and start-up time, and saves nothing.
      await api.options({ excerptLength: 24, noWorker: true });
      await api.init();
      return api;
    });
    return pagefind;
  };

  const state = (): URLSearchParams => {
    const params = new URLSearchParams();
    const q = query?.value.trim() ?? "";
    if (q) params.set("q", q);
    for (const name of filterNames) {
      const value = field(name)?.value;
      if (value) params.set(name, value);
    }
    if (field("sort")?.value === "newest") params.set("sort", "newest");
    return params;
  };

  const restore = (params: URLSearchParams) => {
    for (const name of ["q", ...filterNames, "sort"]) {
      const element = field(name);
      if (!element) continue;
      const value = params.get(name) ?? "";
      // A value the select does not offer (an old link) falls back to "all".
      element.value = value;
      if (element instanceof HTMLSelectElement && element.value !== value) element.value = "";
    }
    if (field("sort")?.value === "") {
      const sort = field("sort");
      if (sort) sort.value = "relevance";
    }
  };

  /** The language toggle keeps the search: /fr/recherche/?q=helm from /en/search/?q=helm. */
  const toggle = document.querySelector<HTMLAnchorElement>(".lang-toggle a");
  const keepInToggle = () => {
    if (toggle) toggle.search = location.search;
  };

  const remember = (mode: "push" | "replace") => {
    const search = state().toString();
    const url = `${location.pathname}${search ? `?${search}` : ""}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    keepInToggle();
  };

  const renderResult = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    const written = data.meta.lang;
    link.href = pageUrl(data.url);
    link.textContent = data.meta.title ?? data.url;
    if (written && written !== lang) {
      link.lang = written;
      link.hreflang = written;
    }
    heading.append(link);
    if (written && written !== lang) {
      const only = document.createElement("span");
      only.className = "search-only";
      only.textContent = ` ${strings[`only_${written}`] ?? ""}`;
      heading.append(only);
    }
    const facts = document.createElement("p");
    facts.className = "search-result-meta";
    const parts = [strings[`search_type_${data.meta.type ?? ""}`], data.meta.date, data.meta.people].filter(Boolean);
    facts.textContent = parts.join(" · ");
    const excerpt = document.createElement("p");
    excerpt.className = "search-excerpt";
    if (written && written !== lang) excerpt.lang = written;
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(heading, facts, excerpt);
    // A match in what was said links to that minute: the paragraph's time and speaker, then its words.
    const said = transcriptMatch(data);
    if (said) {
      const line = document.createElement("p");
      line.className = "search-transcript";
      const deep = document.createElement("a");
      deep.href = pageUrl(said.url);
      deep.textContent = said.title;
      line.append(`${strings.search_in_transcript ?? ""} `, deep, " ");
      const words = document.createElement("span");
      if (written && written !== lang) words.lang = written;
      // The section's excerpt starts with its heading, which the link already shows.
      words.append(...excerptNodes(said.excerpt.startsWith(said.title) ? said.excerpt.slice(said.title.length).trimStart() : said.excerpt));
      line.append(words);
      item.append(line);
    }
    return item;
  };

  /**
   * Each result's excerpt is a small request: the first few are fetched and shown before the
   * rest of the page of results, so the first result appears as soon as possible.
   */
  const show = async (id: number, replace: boolean, q = ""): Promise<boolean> => {
    const batch = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    for (const [index, part] of [batch.slice(0, 3), batch.slice(3)].entries()) {
      const data = await Promise.all(part.map((result) => result.data()));
      if (id !== current) return false;
      if (replace && index === 0) {
        list.replaceChildren(...data.map(renderResult));
        // Which query the list shows (the benchmark times it).
        list.dataset.query = q;
      } else list.append(...data.map(renderResult));
    }
    more.hidden = pending.length === 0;
    return true;
  };

  const run = async () => {
    const id = ++current;
    const q = query?.value.trim() ?? "";
    const filters: Record<string, string[]> = {};
    for (const name of filterNames) {
      const value = field(name)?.value;
      if (value) filters[name] = [value];
    }
    const newest = field("sort")?.value === "newest";
    if (!q && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    let found: PagefindResult[];
    try {
      const api = await load();
      const response = await api.search(q || null, { filters, ...(newest || !q ? { sort: { date: "desc" } } : {}) });
      if (!response) return; // superseded by a newer search
      found = response.results;
    } catch {
      status.textContent = strings.search_error ?? "";
      return;
    }
    if (id !== current) return;
    const count = found.length;
    const key = `${q ? "search_count" : "search_filtered"}_${count === 0 ? "none" : count === 1 ? "one" : "other"}`;
    pending = found;
    const message = format(strings[key] ?? "", { count, query: q });
    if (!count) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = message;
      return;
    }
    if (await show(id, true, q)) status.textContent = message;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    remember("push");
    void run();
  });
  query?.addEventListener("input", () => {
    remember("replace");
    window.clearTimeout(timer);
    const q = query.value.trim();
    if (q.length > 0 && q.length < minLength) {
      // Too short to search as you type: clear what belonged to a longer query.
      current += 1;
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    timer = window.setTimeout(() => void run(), typingPause);
  });
  form.addEventListener("change", (event) => {
    if (event.target === query) return;
    remember("push");
    void run();
  });
  more.addEventListener("click", () => {
    const shown = list.children.length;
    // Keyboard users continue from the first new result, not from a button that may disappear.
    void show(current, false).then((done) => {
      if (done) list.children[shown]?.querySelector("a")?.focus();
    });
  });
  window.addEventListener("popstate", () => {
    keepInToggle();
    restore(new URLSearchParams(location.search));
    void run();
  });

  restore(new URLSearchParams(location.search));
  keepInToggle();
  document.querySelector<HTMLElement>("#search-nojs")?.setAttribute("hidden", "");
  // This page exists to search: load the library and index metadata now, not at the first keystroke.
  void load().catch(() => undefined);
  void run();
}

if (form && status && list && more && island) {
  start(form, status, list, more, JSON.parse(island.textContent ?? "{}") as Strings);
}
