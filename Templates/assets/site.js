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
    var none = form.querySelector(".search-none");
    var status = form.querySelector("[role=status]");
    var root = form.getAttribute("data-root") || "";
    var kinds = JSON.parse(form.getAttribute("data-kinds") || "{}");
    var results = [];
    var active = -1;
    var closed = false;

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

    function go(i) { window.location.href = root + results[i].u; }

    // Options hold text only (no links inside them), so they are not nested interactive controls.
    function render() {
      list.textContent = "";
      var typed = input.value.trim() !== "";
      var open = typed && !closed;
      results.forEach(function (entry, i) {
        var item = document.createElement("li");
        var kind = kinds[entry.k] || entry.k;
        item.id = "site-search-result-" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", i === active ? "true" : "false");
        item.setAttribute("aria-label", kind + ", " + entry.t + (entry.c ? ", " + entry.c : ""));
        item.appendChild(part("search-kind", kind));
        item.appendChild(part("search-title", entry.t));
        item.appendChild(part("search-context", entry.c));
        item.addEventListener("click", function () { go(i); });
        list.appendChild(item);
      });
      list.hidden = !(open && results.length);
      if (none) { none.hidden = !(open && !results.length); }
      input.setAttribute("aria-expanded", open && results.length ? "true" : "false");
      if (open && active >= 0) {
        input.setAttribute("aria-activedescendant", "site-search-result-" + active);
        var option = list.children[active];
        if (option.offsetTop < list.scrollTop) { list.scrollTop = option.offsetTop; }
        else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
          list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
        }
      } else { input.removeAttribute("aria-activedescendant"); }
      status.textContent = !typed ? "" : results.length ? results.length + " " + form.getAttribute("data-results")
        : form.getAttribute("data-no-results");
      // The list opens under the box towards the middle of the window, never past its edge.
      each([list, none], function (popup) {
        if (!popup) { return; }
        popup.classList.remove("search-popup-end");
        if (!popup.hidden && popup.getBoundingClientRect().right > document.documentElement.clientWidth) {
          popup.classList.add("search-popup-end");
        }
      });
    }

    input.addEventListener("focus", function () {
      withIndex(function () {});
      if (closed) { closed = false; render(); }
    });
    input.addEventListener("input", function () {
      withIndex(function (index) {
        results = search(index, input.value);
        active = results.length ? 0 : -1;
        closed = false;
        render();
      });
    });
    input.addEventListener("keydown", function (event) {
      if ((event.key === "ArrowDown" || event.key === "ArrowUp") && results.length) {
        event.preventDefault();
        if (closed) { closed = false; }
        else { active = (active + (event.key === "ArrowDown" ? 1 : results.length - 1)) % results.length; }
        render();
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (active >= 0 && !closed) { go(active); }
      } else if (event.key === "Escape") {
        input.value = "";
        results = [];
        active = -1;
        render();
      }
    });
    // A click on a result keeps the focus in the box; leaving the search closes the list.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    form.addEventListener("focusout", function (event) {
      if (event.relatedTarget && form.contains(event.relatedTarget)) { return; }
      closed = true;
      render();
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
      // The arrow is drawn by CSS on a hidden span: it shows the order, aria-sort announces it.
      var mark = document.createElement("span");
      mark.className = "sort-mark";
      mark.setAttribute("aria-hidden", "true");
      button.appendChild(mark);
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
    var status = input.parentNode.querySelector("[role=status]");
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      each(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
        if (!row.hidden) { shown += 1; }
      });
      if (status) { status.textContent = words.length ? shown + " " + (status.getAttribute("data-rows") || "") : ""; }
    });
  }

  // The site's menus close with Escape, with a click elsewhere, and when the focus leaves them.
  function setupMenus() {
    var menus = document.querySelectorAll(".nav-menu");
    each(menus, function (menu) {
      menu.addEventListener("toggle", function () {
        if (menu.open) { each(menus, function (other) { if (other !== menu) { other.open = false; } }); }
      });
      menu.addEventListener("focusout", function (event) {
        if (event.relatedTarget && !menu.contains(event.relatedTarget)) { menu.open = false; }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      each(menus, function (menu) {
        if (!menu.open) { return; }
        menu.open = false;
        if (menu.contains(document.activeElement)) { menu.querySelector("summary").focus(); }
      });
    });
    document.addEventListener("click", function (event) {
      each(menus, function (menu) { if (menu.open && !menu.contains(event.target)) { menu.open = false; } });
    });
  }

  // Frames that scroll take the focus so the keyboard can scroll them; frames that fit do not.
  // A map wider than the screen says so: a fade on the side with more stages, and a hint that
  // screen readers read with the map.
  function setupScrollFrames() {
    var frames = document.querySelectorAll(".map-scroll[tabindex], .table-scroll[tabindex], .chart-scroll[tabindex]");
    var hint = document.getElementById("map-scroll-hint");
    var pending = false;
    function edges(frame) {
      var holder = frame.parentNode;
      if (!holder.classList.contains("map-frame")) { return; }
      var wide = frame.scrollWidth > frame.clientWidth + 1;
      holder.classList.toggle("more-right", wide && frame.scrollLeft + frame.clientWidth < frame.scrollWidth - 1);
      holder.classList.toggle("more-left", wide && frame.scrollLeft > 1);
      if (hint) {
        hint.hidden = !wide;
        if (wide) { frame.setAttribute("aria-describedby", hint.id); } else { frame.removeAttribute("aria-describedby"); }
      }
    }
    function update() {
      pending = false;
      each(frames, function (frame) {
        var scrolls = frame.scrollWidth > frame.clientWidth + 1 || frame.scrollHeight > frame.clientHeight + 1;
        if (scrolls || !frame.clientWidth) { frame.setAttribute("tabindex", "0"); }
        else if (document.activeElement !== frame) { frame.removeAttribute("tabindex"); }
        edges(frame);
      });
    }
    each(frames, function (frame) { frame.addEventListener("scroll", function () { edges(frame); }, { passive: true }); });
    function later() { if (!pending) { pending = true; window.requestAnimationFrame(update); } }
    update();
    window.addEventListener("resize", later);
    document.addEventListener("toggle", later, true);
  }

  setupSearch();
  setupMenus();
  setupScrollFrames();
  each(document.querySelectorAll("table[data-sortable]"), setupSorting);
  each(document.querySelectorAll("[data-filter-table]"), setupFilter);
}());
