// Site search over the Pagefind index that `chronicle build --search` writes into pagefind/.
//
// Runs on the search page only (the page with [data-search]); the page and the header's search box are
// rendered only when the site was built with --search, so nothing here ever asks for a missing index.
// Results show each article's title, date (data-pagefind-meta="date" on the article) and an excerpt with
// the matched words marked; a polite live region announces the count. Links work under any base path:
// the index is found relative to this script (assets/../pagefind/).
(() => {
  "use strict";

  const form = document.querySelector("[data-search]");
  const script = document.currentScript;
  if (!form || !script) {
    return;
  }

  const root = new URL("../", script.src);
  const input = form.querySelector("input[name=q]");
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  let engine = null;
  let latest = 0;
  let timer = 0;

  async function pagefind() {
    if (!engine) {
      engine = await import(new URL("pagefind/pagefind.js", root).href);
      await engine.options({ baseUrl: root.pathname });
    }
    return engine;
  }

  // Pagefind's excerpt is escaped page text with <mark> around matches: keep exactly those two things.
  function excerpt(html) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
    const paragraph = document.createElement("p");
    paragraph.className = "search-excerpt";
    for (const node of parsed.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else {
        paragraph.append(node.textContent);
      }
    }
    return paragraph;
  }

  function render(data) {
    const item = document.createElement("li");
    item.className = "search-result";
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    item.append(heading);
    if (data.meta.date) {
      const date = document.createElement("p");
      date.className = "search-date";
      date.textContent = data.meta.date;
      item.append(date);
    }
    item.append(excerpt(data.excerpt));
    return item;
  }

  async function run(query, remember) {
    const ticket = ++latest;
    if (remember) {
      const url = new URL(location.href);
      if (query) {
        url.searchParams.set("q", query);
      } else {
        url.searchParams.delete("q");
      }
      history.replaceState(null, "", url);
    }

    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }

    status.textContent = "Searching…";
    const search = await (await pagefind()).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) {
      return;
    }

    list.replaceChildren(...results.map(render));
    const count = search.results.length;
    status.textContent = count === 0
      ? `No results for “${query}”.`
      : `${count} ${count === 1 ? "result" : "results"} for “${query}”.`;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value.trim(), true);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value.trim(), true), 250);
  });

  const initial = new URLSearchParams(location.search).get("q") ?? "";
  input.value = initial;
  run(initial.trim(), false);
})();
