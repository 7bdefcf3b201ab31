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

// == C ==
// The thematic map as a PNG: the SVG drawn to a canvas at twice its size, with the styles the page gave it copied onto
// its elements (an SVG drawn as an image sees no stylesheet). Without JavaScript the button stays hidden; the SVG
// download is a plain link. Works from disk: nothing is fetched.
(function () {
  "use strict";
  var svg = document.querySelector(".map-scroll svg.thematic-map");
  var holder = document.querySelector(".map-png");
  var button = document.querySelector(".map-png-button");
  if (!svg || !holder || !button || !window.HTMLCanvasElement || !window.XMLSerializer) return;
  var props = ["fill", "stroke", "stroke-width", "font-family", "font-size", "font-weight"];
  function inlined() {
    var copy = svg.cloneNode(true);
    var from = svg.querySelectorAll("rect, path, text, tspan");
    var to = copy.querySelectorAll("rect, path, text, tspan");
    for (var i = 0; i < from.length; i++) {
      var style = getComputedStyle(from[i]);
      to[i].setAttribute("style", props.map(function (p) { return p + ":" + style.getPropertyValue(p); }).join(";"));
    }
    var background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("style", "fill:" + getComputedStyle(document.body).backgroundColor);
    copy.insertBefore(background, copy.firstChild);
    return new XMLSerializer().serializeToString(copy);
  }
  button.addEventListener("click", function () {
    var width = svg.width.baseVal.value, height = svg.height.baseVal.value;
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = width * 2;
      canvas.height = height * 2;
      var context = canvas.getContext("2d");
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(function (blob) {
        if (!blob) return;
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = "thematic-map.png";
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      }, "image/png");
    };
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(inlined());
  });
  holder.hidden = false;
})();
