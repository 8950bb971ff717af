// Progressive enhancement for the timeline: the filter links work as plain links without JavaScript;
// with it, choosing a year, person or topic narrows the timeline in place.
(function () {
  "use strict";
  var timeline = document.querySelector("[data-timeline]");
  var filters = document.querySelector("[data-filters]");
  if (!timeline || !filters) {
    return;
  }

  var active = { year: null, people: null, topics: null };
  var status = document.createElement("p");
  status.className = "filter-status";
  status.setAttribute("role", "status");
  filters.appendChild(status);

  function matches(entry) {
    if (entry.classList.contains("entry-milestone")) {
      return !active.people && !active.topics && (!active.year || entry.dataset.year === active.year);
    }
    if (active.year && entry.dataset.year !== active.year) {
      return false;
    }
    if (active.people && (" " + entry.dataset.people + " ").indexOf(" " + active.people + " ") < 0) {
      return false;
    }
    return !active.topics || (" " + entry.dataset.topics + " ").indexOf(" " + active.topics + " ") >= 0;
  }

  function apply() {
    var shown = 0;
    timeline.querySelectorAll(".entry").forEach(function (entry) {
      var visible = matches(entry);
      entry.hidden = !visible;
      if (visible && !entry.classList.contains("entry-milestone")) {
        shown++;
      }
    });
    timeline.querySelectorAll(".timeline-month, .timeline-year").forEach(function (group) {
      group.hidden = !group.querySelector(".entry:not([hidden])");
    });
    var any = active.year || active.people || active.topics;
    status.textContent = any ? shown + (shown === 1 ? " article matches." : " articles match.") : "";
  }

  filters.querySelectorAll("a[data-filter]").forEach(function (link) {
    link.setAttribute("role", "button");
    link.setAttribute("aria-pressed", "false");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var kind = link.dataset.filter;
      active[kind] = active[kind] === link.dataset.value ? null : link.dataset.value;
      filters.querySelectorAll('a[data-filter="' + kind + '"]').forEach(function (other) {
        other.setAttribute("aria-pressed", String(active[kind] === other.dataset.value));
      });
      apply();
    });
  });
})();
