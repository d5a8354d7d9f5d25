// journeymap: search as you type, sortable and filterable tables.
// Every page works without this script; it only adds to them. No request leaves the site.
(function () {
  "use strict";

  function each(list, action) { Array.prototype.forEach.call(list, action); }

  function setupSearch() {
    var form = document.querySelector(".site-search");
    if (!form) { return; }
    form.hidden = false;
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    var status = form.querySelector("[role=status]");
    var root = form.getAttribute("data-root") || "";
    var kinds = JSON.parse(form.getAttribute("data-kinds") || "{}");
    var results = [];
    var active = -1;

    // The index is a script, not a JSON request, so search also works on pages opened from disk.
    function withIndex(then) {
      if (window.journeymapSearchIndex) { then(window.journeymapSearchIndex); return; }
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = function () { then(window.journeymapSearchIndex || []); };
      document.head.appendChild(script);
    }

    function search(index, query) {
      var words = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) { return []; }
      var scored = [];
      index.forEach(function (entry, order) {
        var title = entry.t.toLowerCase();
        var score = 0;
        for (var i = 0; i < words.length; i += 1) {
          if (title.indexOf(words[i]) >= 0) { score += 3; }
          else if (entry.x.indexOf(words[i]) >= 0) { score += 1; }
          else { return; }
        }
        scored.push({ entry: entry, score: score, order: order });
      });
      scored.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      return scored.slice(0, 12).map(function (item) { return item.entry; });
    }

    function part(className, text) {
      var span = document.createElement("span");
      span.className = className;
      span.textContent = text;
      return span;
    }

    function render() {
      list.textContent = "";
      var open = input.value.trim() !== "";
      results.forEach(function (entry, i) {
        var item = document.createElement("li");
        item.id = "site-search-result-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", i === active ? "true" : "false");
        var link = document.createElement("a");
        link.href = root + entry.u;
        link.tabIndex = -1;
        link.appendChild(part("search-kind", kinds[entry.k] || entry.k));
        link.appendChild(part("search-title", entry.t));
        link.appendChild(part("search-context", entry.c));
        item.appendChild(link);
        list.appendChild(item);
      });
      if (open && !results.length) {
        var none = document.createElement("li");
        none.className = "search-none";
        none.textContent = form.getAttribute("data-no-results");
        list.appendChild(none);
      }
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (active >= 0) { input.setAttribute("aria-activedescendant", "site-search-result-" + active); }
      else { input.removeAttribute("aria-activedescendant"); }
      status.textContent = !open ? "" : results.length ? results.length + " " + form.getAttribute("data-results")
        : form.getAttribute("data-no-results");
    }

    input.addEventListener("focus", function () { withIndex(function () {}); });
    input.addEventListener("input", function () {
      withIndex(function (index) {
        results = search(index, input.value);
        active = results.length ? 0 : -1;
        render();
      });
    });
    input.addEventListener("keydown", function (event) {
      if ((event.key === "ArrowDown" || event.key === "ArrowUp") && results.length) {
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
        render();
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (active >= 0) { window.location.href = root + results[active].u; }
      } else if (event.key === "Escape") {
        input.value = "";
        results = [];
        active = -1;
        render();
      }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  function cellValue(cell) { return cell.getAttribute("data-value") || cell.textContent.trim(); }

  function setupSorting(table) {
    var headers = table.tHead.rows[0].cells;
    each(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        each(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = header.getAttribute("data-sort") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[column]);
          var y = cellValue(b.cells[column]);
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, document.documentElement.lang);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function setupFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    if (!table) { return; }
    input.parentNode.hidden = false;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      each(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
      });
    });
  }

  setupSearch();
  each(document.querySelectorAll("table[data-sortable]"), setupSorting);
  each(document.querySelectorAll("[data-filter-table]"), setupFilter);
}());
