// Timeline filters: narrow the timeline by person, topic and year.
//
// The page works without this script: every entry is listed and every filter is a plain link to the
// person, topic or year page. With it, each link list becomes a <select>; the choice is kept in the
// query string (?person=…&topic=…&year=…) so a filtered view can be shared, and a polite live region
// announces how many entries are shown.
//
// Markup it reads (rendered by the timeline template):
//   [data-timeline-filters]                      the filter panel (a <nav>)
//     [data-filter-group="person|topic|year"]    one per dimension, with a label in [data-filter-label]
//       a[data-filter-value]                     one link per choice
//   [data-timeline-entry]                        one per article, with data-person / data-topic / data-year
//                                                (space-separated ids); rows without it (milestones) never hide
//   [data-timeline-group]                        a year or month section, hidden when none of its entries shows
(() => {
  "use strict";

  const panel = document.querySelector("[data-timeline-filters]");
  const entries = [...document.querySelectorAll("[data-timeline-entry]")];
  if (!panel || entries.length === 0) {
    return;
  }

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
    select.add(new Option(`All`, ""));
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

  // The link lists stay in the page for readers without JavaScript; with it, the selects replace them.
  for (const group of groups) {
    group.hidden = true;
  }
  panel.prepend(form);

  const sections = [...document.querySelectorAll("[data-timeline-group]")];
  const params = new URLSearchParams(location.search);
  for (const [name, select] of selects) {
    const wanted = params.get(name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) {
      select.value = wanted;
    }
  }
  apply(false);

  function apply(remember) {
    const chosen = [...selects].filter(([, select]) => select.value !== "");
    let shown = 0;
    for (const entry of entries) {
      const visible = chosen.every(([name, select]) => (entry.dataset[name] ?? "").split(/\s+/).includes(select.value));
      entry.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    for (const section of sections) {
      section.hidden = !section.querySelector("[data-timeline-entry]:not([hidden])");
    }

    const noun = entries.length === 1 ? "article" : "articles";
    status.textContent = chosen.length === 0
      ? `Showing all ${entries.length} ${noun}.`
      : `Showing ${shown} of ${entries.length} ${noun}: ${chosen.map(([, s]) => s.selectedOptions[0].text).join(", ")}.`;
    clear.disabled = chosen.length === 0;

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
  }
})();
