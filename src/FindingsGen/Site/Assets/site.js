// FindingsGen: filters for the quotation index. Without JavaScript every quotation is listed.
(function () {
  "use strict";
  var form = document.querySelector(".filters");
  var data = document.getElementById("quotation-index");
  if (!form || !data) return;
  var index = {};
  JSON.parse(data.textContent).forEach(function (q) { index[q.id] = q; });
  var items = Array.prototype.slice.call(document.querySelectorAll(".quote-list > li"));
  var search = document.getElementById("q-search");
  var theme = document.getElementById("q-theme");
  var subtheme = document.getElementById("q-subtheme");
  var participant = document.getElementById("q-participant");
  var count = document.getElementById("q-count");
  function norm(s) { return s.normalize("NFC").toLocaleLowerCase(); }
  function apply() {
    var words = norm(search.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var q = index[li.id] || { text: li.textContent, theme: "", subtheme: "", participants: "" };
      var text = norm(q.text);
      var ok = (!theme.value || q.theme === theme.value) &&
               (!subtheme.value || q.subtheme === subtheme.value) &&
               (!participant.value || (" " + q.participants + " ").indexOf(" " + participant.value + " ") >= 0) &&
               words.every(function (w) { return text.indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + (shown === 1 ? " quotation" : " quotations");
  }
  [search, theme, subtheme, participant].forEach(function (el) { el.addEventListener("input", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
})();

// == E ==
// Reading: the navigation is a <details> "Menu" that CSS shows open on wide screens. A browser too old to style its
// content (no ::details-content) would show it closed: there the menu is opened on wide screens and closed on phones.
(function () {
  "use strict";
  var menu = document.querySelector(".site-nav .menu");
  if (!menu || !window.matchMedia || (window.CSS && CSS.supports && CSS.supports("selector(::details-content)"))) return;
  var wide = window.matchMedia("(min-width: 40.0625rem)");
  function sync() { menu.open = wide.matches; }
  sync();
  if (wide.addEventListener) wide.addEventListener("change", sync);
})();
