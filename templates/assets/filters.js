// Timeline filters: narrow the whole chronicle by person, topic and year, from any page of the timeline.
//
// The page works without this script: it lists its own entries, its pagination links lead to the other
// pages, and every filter is a plain link to the person, topic or year page. With it, each link list
// becomes a <select>; choosing something loads the small index the build writes (data/timeline-index.json:
// every article's date, title, people and topics, nothing else) and lists the matching articles of the
// whole chronicle, not only of this page, in place of the page's entries. The choice is kept in the query
// string (?person=…&topic=…&year=…) so a filtered view can be shared, and a polite live region announces
// how many articles are shown.
//
// Markup it reads (rendered by the timeline template):
//   [data-timeline-filters]                      the filter panel (a <nav>), with data-filter-index (the
//                                                index's URL), data-filter-total (articles in scope) and,
//                                                on a year's pages, data-filter-year (the scope)
//     [data-filter-group="person|topic|year"]    one per dimension, with a label in [data-filter-label]
//       a[data-filter-value]                     one link per choice
//   [data-timeline]                              the page's own entries, hidden while a filter is chosen
//     [data-timeline-entry]                      one per article
//   nav.pagination, .timeline-contents           hidden with them: they page through the unfiltered list
(() => {
  "use strict";

  const panel = document.querySelector("[data-timeline-filters]");
  const timeline = document.querySelector("[data-timeline]");
  if (!panel || !timeline || !panel.dataset.filterIndex) {
    return;
  }

  const ResultsStep = 100;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const scopeYear = panel.dataset.filterYear ?? "";
  const total = Number(panel.dataset.filterTotal ?? "0");
  const onPage = timeline.querySelectorAll("[data-timeline-entry]").length;
  const basePath = new URL(panel.dataset.filterIndex, location.href).pathname.replace(/data\/timeline-index\.json$/, "");
  const unfiltered = [timeline, ...document.querySelectorAll("nav.pagination, .timeline-contents")];

  const groups = [...panel.querySelectorAll("[data-filter-group]")];
  const selects = new Map();
  const form = document.createElement("form");
  form.className = "filters-form";
  form.setAttribute("aria-label", "Filter the timeline");
  form.addEventListener("submit", (event) => event.preventDefault());

  for (const group of groups) {
    const name = group.dataset.filterGroup;
    const labelText = (group.querySelector("[data-filter-label]")?.textContent ?? name).trim();
    const id = `filter-${name}`;
    const field = document.createElement("div");
    field.className = "filters-field";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = labelText;
    const select = document.createElement("select");
    select.id = id;
    select.name = name;
    select.add(new Option("All", ""));
    for (const link of group.querySelectorAll("a[data-filter-value]")) {
      select.add(new Option(link.textContent.trim(), link.dataset.filterValue));
    }
    select.addEventListener("change", () => apply(true));
    field.append(label, select);
    form.append(field);
    selects.set(name, select);
  }

  const clear = document.createElement("button");
  clear.type = "button";
  clear.className = "filters-clear";
  clear.textContent = "Show all";
  clear.addEventListener("click", () => {
    for (const select of selects.values()) {
      select.value = "";
    }
    apply(true);
    selects.values().next().value?.focus();
  });
  form.append(clear);

  const status = document.createElement("p");
  status.className = "filters-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  form.append(status);

  const results = document.createElement("section");
  results.className = "filter-results";
  results.setAttribute("aria-label", "Matching articles");
  results.hidden = true;
  const list = document.createElement("ol");
  list.className = "entries entries-timeline";
  const more = document.createElement("button");
  more.type = "button";
  more.className = "filters-clear filters-more";
  more.addEventListener("click", () => {
    const first = list.children.length;
    render(first + ResultsStep);
    list.children[first]?.querySelector("a")?.focus();
  });
  results.append(list, more);
  timeline.before(results);

  // The link lists stay in the page for readers without JavaScript; with it, the selects replace them.
  for (const group of groups) {
    group.hidden = true;
  }
  panel.prepend(form);

  // The index is fetched once, when the reader first reaches for a filter (or opens a filtered link).
  let index = null;
  let loading = null;
  const load = () => {
    loading ??= fetch(panel.dataset.filterIndex)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`${response.status}`);
        }
        return response.json();
      })
      .then((data) => {
        index = data;
        complete("person", data.people);
        complete("topic", data.topics);
      });
    return loading;
  };
  panel.addEventListener("focusin", () => load().catch(() => {}), { once: true });
  panel.addEventListener("pointerover", () => load().catch(() => {}), { once: true });

  let matches = [];
  const params = new URLSearchParams(location.search);
  const wanted = [...selects].filter(([name]) => params.get(name));
  for (const [name, select] of wanted) {
    const value = params.get(name);
    if (![...select.options].some((option) => option.value === value)) {
      select.add(new Option(value, value));
    }
    select.value = value;
  }
  apply(false);

  // The page links to the most seen people only; the index knows everyone.
  function complete(name, pairs) {
    const select = selects.get(name);
    if (!select) {
      return;
    }
    const known = new Map([...select.options].map((option) => [option.value, option]));
    for (const [id, label] of pairs) {
      const option = known.get(id);
      if (option) {
        if (option.text === id) {
          option.text = label;
        }
      } else {
        select.add(new Option(label, id));
      }
    }
  }

  function chosen() {
    return [...selects].filter(([, select]) => select.value !== "");
  }

  function apply(remember) {
    const picked = chosen();
    clear.disabled = picked.length === 0;
    if (remember) {
      const url = new URL(location.href);
      for (const [name, select] of selects) {
        if (select.value) {
          url.searchParams.set(name, select.value);
        } else {
          url.searchParams.delete(name);
        }
      }
      history.replaceState(null, "", url);
    }

    if (picked.length === 0) {
      show(false);
      const noun = total === 1 ? "article" : "articles";
      status.textContent = onPage >= total
        ? `Showing all ${total} ${noun}.`
        : onPage === 0
          ? `Choose a filter to search all ${total} ${noun}.`
          : `Showing ${onPage} of ${total} ${noun} on this page; a filter searches them all.`;
      return;
    }

    status.textContent = "Loading the articles…";
    load().then(() => {
      // The reader may have changed the choice while the index was loading: filter by what is chosen now.
      const now = chosen();
      if (now.length > 0) {
        filter(now);
      }
    }, () => {
      status.textContent = "The filter could not load the chronicle's index; the links of this page still work.";
      show(false);
      for (const group of groups) {
        group.hidden = false;
      }
    });
  }

  function filter(picked) {
    const people = new Map(index.people.map(([id], i) => [id, i]));
    const topics = new Map(index.topics.map(([id], i) => [id, i]));
    const want = Object.fromEntries(picked.map(([name, select]) => [name, select.value]));
    const person = want.person === undefined ? -1 : people.get(want.person) ?? -2;
    const topic = want.topic === undefined ? -1 : topics.get(want.topic) ?? -2;
    const year = want.year ?? scopeYear;
    const inScope = (article) => scopeYear === "" || article[1].startsWith(scopeYear);
    const scoped = index.articles.filter(inScope);
    matches = scoped.filter((article) =>
      (year === "" || article[1].startsWith(`${year}-`))
      && (person === -1 || article[3].includes(person))
      && (topic === -1 || article[4].includes(topic)));
    list.replaceChildren();
    render(ResultsStep);
    show(true);
    const noun = scoped.length === 1 ? "article" : "articles";
    status.textContent = `Showing ${matches.length} of ${scoped.length} ${noun}${scopeYear ? ` of ${scopeYear}` : ""}: ${picked.map(([, s]) => s.selectedOptions[0].text).join(", ")}.`;
  }

  function render(upTo) {
    for (let i = list.children.length; i < Math.min(upTo, matches.length); i++) {
      const [slug, date, title] = matches[i];
      const item = document.createElement("li");
      item.className = "entry";
      item.setAttribute("data-timeline-entry", "");
      const when = document.createElement("p");
      when.className = "entry-date";
      const time = document.createElement("time");
      time.dateTime = date;
      const [y, m, d] = date.split("-").map(Number);
      time.textContent = `${d} ${months[m - 1]} ${y}`;
      when.append(time);
      const heading = document.createElement("h2");
      heading.className = "entry-title";
      const link = document.createElement("a");
      link.href = `${basePath}articles/${slug}/`;
      link.textContent = title;
      heading.append(link);
      item.append(when, heading);
      list.append(item);
    }
    const left = matches.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, ResultsStep)} more (${left} left)`;
  }

  function show(filtered) {
    results.hidden = !filtered;
    for (const element of unfiltered) {
      element.hidden = filtered;
    }
  }
})();
