// dossier reader enhancements. The pages work without this file: it adds a
// floating note for highlights (on hover and keyboard focus) built from the
// side panel's own detail blocks, and scrolls and focuses a span when its
// panel entry is followed. No inline handlers: the CSP forbids them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // The key starts closed (phones); open it where there is room.
  var legend = document.getElementById("legend");
  if (legend && window.innerWidth > 760) legend.open = true;

  var tip = document.getElementById("tip");
  var text = document.getElementById("doc-text");
  if (!tip || !text) return;

  // Native titles would double the note; keep them for no-JS readers only.
  Array.prototype.forEach.call(text.querySelectorAll("mark.hl[title]"), function (m) {
    m.setAttribute("data-title", m.getAttribute("title"));
    m.removeAttribute("title");
  });

  function show(mark) {
    tip.textContent = "";
    // Innermost highlight first, then the spans containing it (an entity
    // inside a quote shows the entity and the quote's chain).
    var seen = {};
    for (var el = mark; el && el !== text; el = el.parentElement) {
      if (!el.classList || !el.classList.contains("hl")) continue;
      var key = el.getAttribute("data-ref");
      if (!key || seen[key]) continue;
      seen[key] = true;
      var info = document.getElementById("info-" + key);
      var detail = info && info.querySelector(".detail");
      if (detail) tip.appendChild(detail.cloneNode(true));
    }
    if (!tip.firstChild) return hide();
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = window.scrollX + Math.max(8, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }
  function hide() { tip.hidden = true; }

  text.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  text.addEventListener("mouseleave", hide);
  text.addEventListener("focusin", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m) show(m);
  });
  text.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });

  // Panel entries scroll to their span, flash it and move focus there, so
  // the keyboard user continues from the span.
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.jump");
    if (!a) return;
    var target = document.getElementById(a.getAttribute("data-target"));
    if (!target) return;
    e.preventDefault();
    var li = a.closest(".info");
    if (li) li.classList.toggle("open");
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
    target.focus({ preventScroll: true });
  });
})();
