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
// == A ==
// The cite box's copy buttons: shown only with JavaScript (without it the text is there to select). The clipboard API
// may be refused (a page opened from disk, an old browser): then the text is selected and copied the older way, and
// if that fails too the selection stays for Ctrl+C. Each outcome is announced in the box's live region.
(function () {
  "use strict";
  var status = document.getElementById("cite-status");
  var buttons = document.querySelectorAll("button.copy[data-copy]");
  if (!status || !buttons.length) return;
  function say(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }
  function selectAll(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function fallback(el, what) {
    selectAll(el);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    say(copied ? "Copied " + what : what + " selected: press Ctrl+C (or \u2318C) to copy");
  }
  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) return;
    var what = button.textContent.replace(/^Copy\s+/, "");
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = target.textContent.replace(/\s+$/, "");
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { say("Copied " + what); }, function () { fallback(target, what); });
      } else {
        fallback(target, what);
      }
    });
  });
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
