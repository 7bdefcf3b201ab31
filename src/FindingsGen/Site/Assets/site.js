// FindingsGen: the site's scripts, one section per part. Every page works without JavaScript; these only enhance.

// == D ==
// The quotation index: search, filters kept in the URL's hash, counts per group, matches highlighted.
// Without JavaScript every quotation is listed, grouped under its theme and subtheme, and the filters stay hidden.
// Built for 20,000 quotations: the words are read from the page once (lower-cased), a keystroke that only narrows
// the search tests only the quotations still shown, the DOM is written only where something changed, and matches
// are marked only in quotations near the viewport, after the frame (the project measures it with its browser benchmark).
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var search = document.getElementById("q-search");
  if (!form || !search) return;
  var theme = document.getElementById("q-theme");
  var subtheme = document.getElementById("q-subtheme");
  var participant = document.getElementById("q-participant");
  var clear = document.getElementById("q-clear");
  var count = document.getElementById("q-count");
  var slice = Array.prototype.slice;

  function norm(s) { return s.normalize("NFC").toLocaleLowerCase(); }

  // Groups: a theme's section and each subtheme's list, with their count labels.
  var themes = [], subs = [], items = [], texts = [], who = [], subOf = [], shown = [];
  slice.call(document.querySelectorAll(".q-theme")).forEach(function (section) {
    var t = { el: section, id: section.getAttribute("data-theme"), label: section.querySelector("h2 .q-n"), n: -1, total: 0, visible: true };
    themes.push(t);
    slice.call(section.querySelectorAll(".q-sub")).forEach(function (div) {
      var s = { el: div, id: div.getAttribute("data-subtheme"), theme: t, label: div.querySelector("h3 .q-n"), n: -1, first: items.length, visible: true, open: true };
      s.initial = s.estimate = div.style.containIntrinsicSize;
      subs.push(s);
      slice.call(div.querySelectorAll(".quote-list > li")).forEach(function (li) {
        var words = [];
        slice.call(li.querySelectorAll("blockquote")).forEach(function (b) { words.push(b.textContent); });
        items.push(li);
        texts.push(norm(words.join(" ")).replace(/\s+/g, " "));
        who.push(" " + (li.getAttribute("data-participants") || "") + " ");
        subOf.push(subs.length - 1);
        shown.push(true);
      });
      s.end = items.length;
      t.total += s.end - s.first;
    });
  });
  var all = [];
  for (var k = 0; k < items.length; k++) all.push(k);
  var showing = all; // indices of the quotations shown, in order
  var last = null;   // the state the page shows

  // The subtheme list offers only the chosen theme's subthemes: each theme's optgroup is put back or taken out.
  var optgroups = slice.call(subtheme.querySelectorAll("optgroup"));
  function limitSubthemes() {
    var keep = subtheme.value;
    optgroups.forEach(function (g) { if (g.parentNode) g.parentNode.removeChild(g); });
    optgroups.forEach(function (g) { if (!theme.value || g.getAttribute("data-theme") === theme.value) subtheme.appendChild(g); });
    subtheme.value = keep;
    if (subtheme.value !== keep) subtheme.value = "";
  }
  function themeOfSubtheme(id) {
    for (var i = 0; i < optgroups.length; i++) {
      var options = optgroups[i].getElementsByTagName("option");
      for (var j = 0; j < options.length; j++) if (options[j].value === id) return optgroups[i].getAttribute("data-theme");
    }
    return "";
  }

  function state() {
    return { q: search.value, theme: theme.value, subtheme: subtheme.value, participant: participant.value };
  }
  function wordsOf(q) { return norm(q).split(/\s+/).filter(Boolean); }

  function setLabel(group, n) {
    if (group.n === n) return;
    group.n = n;
    if (group.label) group.label.textContent = "(" + n + ")";
  }
  // An off-screen group is not laid out (content-visibility: auto): while filtering, its placeholder height is
  // estimated from its count, so the scroll bar stays roughly true; unfiltered, the size it last had is kept.
  function setEstimate(s, filtering) {
    var size = filtering ? (s.count * 9) + "rem" : s.initial;
    if (s.estimate === size) return;
    s.estimate = size;
    s.el.style.containIntrinsicSize = size;
  }
  function setVisible(group, visible) {
    if (group.visible === visible) return;
    group.visible = visible;
    group.el.hidden = !visible;
  }

  var want = new Uint8Array(items.length).fill(1), later = [], syncing = false;
  function sync(s) {
    if (!s.dirty) return;
    s.dirty = false;
    for (var i = s.first; i < s.end; i++) {
      var on = want[i] === 1;
      if (shown[i] !== on) { shown[i] = on; items[i].hidden = !on; }
    }
  }
  function syncLater() { // one group a slice, so that a keystroke meanwhile waits for one group at most
    var s = later.shift();
    if (s && s.open) sync(s);
    if (later.length > 0) setTimeout(syncLater, 0); else syncing = false;
  }

  function apply() {
    var now = state();
    var words = wordsOf(now.q);
    var p = now.participant ? " " + now.participant + " " : "";
    var filtering = words.length > 0 || p !== "" || now.theme !== "" || now.subtheme !== "";
    // A search that only grows a word or adds one can show nothing the last one hid: test only those shown.
    var narrowing = last !== null && last.theme === now.theme && last.subtheme === now.subtheme && last.participant === now.participant &&
      last.words.every(function (w) { return words.some(function (n) { return n.indexOf(w) >= 0; }); });
    var candidates = narrowing ? showing : all;
    var next = [];
    subs.forEach(function (s) { s.open = (!now.theme || s.theme.id === now.theme) && (!now.subtheme || s.id === now.subtheme); s.count = 0; });
    for (var c = 0; c < candidates.length; c++) {
      var i = candidates[c];
      var s = subs[subOf[i]];
      if (!s.open) continue; // the whole group is hidden: its quotations are left as they are
      var ok = p === "" || who[i].indexOf(p) >= 0;
      for (var w = 0; ok && w < words.length; w++) ok = texts[i].indexOf(words[w]) >= 0;
      if (ok) { next.push(i); s.count++; }
    }
    // Write the DOM only where something changed. Quotations of closed groups keep their old state (unseen).
    // What each quotation should be (want) is known at once; the DOM is brought to it now only for the groups on or
    // near the screen (judged from the counts, without asking for layout), and for the others in slices after the frame.
    var touched = narrowing ? showing : all;
    for (var t = 0; t < touched.length; t++) want[touched[t]] = 0;
    for (var m = 0; m < next.length; m++) want[next[m]] = 1;
    var reach = window.scrollY + 2 * window.innerHeight, y = 0;
    later.length = 0;
    subs.forEach(function (s) {
      if (!s.open) return;
      s.dirty = true;
      if (y < reach) sync(s); else later.push(s);
      y += 60 + (filtering ? s.count : s.end - s.first) * 144;
    });
    if (later.length > 0 && !syncing) { syncing = true; setTimeout(syncLater, 0); }
    themes.forEach(function (th) { th.count = 0; });
    subs.forEach(function (s) {
      s.theme.count += s.count;
      setLabel(s, s.count);
      setVisible(s, s.open && (s.count > 0 || !filtering));
      setEstimate(s, filtering);
    });
    themes.forEach(function (th) { setLabel(th, th.count); setVisible(th, th.count > 0 || !filtering); });
    count.textContent = next.length + (next.length === 1 ? " quotation" : " quotations");
    showing = next;
    last = { theme: now.theme, subtheme: now.subtheme, participant: now.participant, words: words };
    highlightSoon(words);
  }

  // Matches are marked in the quotations near the viewport only, after the frame that shows the new list; the
  // original text nodes are kept and put back when the search changes (no HTML is ever parsed from the search).
  // Which quotations are near is found by halving: groups first (an off-screen group's quotations are not laid
  // out, and measuring one would lay it out), then the shown quotations of the groups on screen.
  var marked = new Map(), current = [], pending = false;
  function unmark(li) {
    var records = marked.get(li);
    if (!records) return;
    records.forEach(function (r) {
      var parent = r.nodes[0].parentNode;
      if (!parent) return;
      parent.insertBefore(r.original, r.nodes[0]);
      r.nodes.forEach(function (n) { parent.removeChild(n); });
    });
    marked.delete(li);
  }
  function markItem(li, words) {
    var records = [];
    records.words = words;
    slice.call(li.querySelectorAll("blockquote")).forEach(function (quote) {
      var walker = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
      var nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      nodes.forEach(function (node) {
        var text = node.data, lower = norm(text);
        if (lower.length !== text.length) return; // a letter whose lower case is longer: positions would not match
        var ranges = [];
        words.forEach(function (w) {
          for (var at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) ranges.push([at, at + w.length]);
        });
        if (ranges.length === 0) return;
        ranges.sort(function (a, b) { return a[0] - b[0]; });
        var parts = [], pos = 0;
        ranges.forEach(function (r) {
          if (r[1] <= pos) return;
          var from = Math.max(r[0], pos);
          if (from > pos) parts.push(document.createTextNode(text.slice(pos, from)));
          var mark = document.createElement("mark");
          mark.textContent = text.slice(from, r[1]);
          parts.push(mark);
          pos = r[1];
        });
        if (pos < text.length) parts.push(document.createTextNode(text.slice(pos)));
        var parent = node.parentNode;
        parts.forEach(function (n) { parent.insertBefore(n, node); });
        parent.removeChild(node);
        records.push({ original: node, nodes: parts });
      });
    });
    marked.set(li, records);
  }
  function firstAtLeast(list, from, to, test) { // the first k in [from, to) with test(list[k]), test monotonic
    while (from < to) {
      var mid = (from + to) >> 1;
      if (test(list[mid])) to = mid; else from = mid + 1;
    }
    return from;
  }
  function nearViewport() {
    var near = new Set(), top = -400, bottom = window.innerHeight + 400;
    subs.forEach(function (s) {
      if (!s.visible || !s.theme.visible) return;
      var box = s.el.getBoundingClientRect();
      if (box.bottom < top || box.top > bottom) return;
      var from = firstAtLeast(showing, 0, showing.length, function (i) { return i >= s.first; });
      var to = firstAtLeast(showing, from, showing.length, function (i) { return i >= s.end; });
      var k = firstAtLeast(showing, from, to, function (i) { return items[i].getBoundingClientRect().bottom >= top; });
      for (; k < to && items[showing[k]].getBoundingClientRect().top <= bottom; k++) near.add(items[showing[k]]);
    });
    return near;
  }
  function highlightNear() {
    pending = false;
    var near = current.length === 0 ? new Set() : nearViewport();
    marked.forEach(function (records, li) { if (records.words !== current || !near.has(li) || li.hidden) unmark(li); });
    near.forEach(function (li) { if (!marked.has(li)) markItem(li, current); });
  }
  function highlightSoon(words) {
    current = words;
    if (!pending) { pending = true; setTimeout(highlightNear, 0); }
  }
  window.addEventListener("scroll", function () { if (current.length > 0) highlightSoon(current); }, { passive: true });
  window.addEventListener("resize", function () { if (current.length > 0) highlightSoon(current); });

  // The state lives in the hash (#q=…&theme=…), which Chromium lets a page change from file:// too; a hash without
  // "=" is an anchor (a quotation's ID) and is left alone.
  function readHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) return null;
    var params = new URLSearchParams(hash);
    return { q: params.get("q") || "", theme: params.get("theme") || "", subtheme: params.get("subtheme") || "", participant: params.get("participant") || "" };
  }
  function writeHash() {
    var now = state(), params = new URLSearchParams();
    ["q", "theme", "subtheme", "participant"].forEach(function (key) { if (now[key]) params.set(key, now[key]); });
    var text = params.toString();
    if (text === "" && readHash() === null) return; // an anchor (or nothing) is in the URL: keep it
    var url = location.href.split("#")[0] + (text ? "#" + text : "");
    try { history.replaceState(history.state, "", url); } catch (e) { if (text) location.replace("#" + text); }
  }
  function restore(saved) {
    search.value = saved.q;
    subtheme.value = "";
    theme.value = saved.theme;
    if (theme.value !== saved.theme) theme.value = "";
    limitSubthemes();
    if (saved.subtheme) chooseSubtheme(saved.subtheme);
    participant.value = saved.participant;
    if (participant.value !== saved.participant) participant.value = "";
  }
  function chooseSubtheme(id) {
    var owner = themeOfSubtheme(id);
    if (owner && theme.value !== owner) { theme.value = owner; limitSubthemes(); }
    subtheme.value = id;
    if (subtheme.value !== id) subtheme.value = "";
  }

  search.addEventListener("input", function () { apply(); writeHash(); });
  theme.addEventListener("change", function () { limitSubthemes(); apply(); writeHash(); });
  subtheme.addEventListener("change", function () { if (subtheme.value) chooseSubtheme(subtheme.value); apply(); writeHash(); });
  participant.addEventListener("change", function () { apply(); writeHash(); });
  clear.addEventListener("click", function () {
    restore({ q: "", theme: "", subtheme: "", participant: "" });
    apply();
    writeHash();
    search.focus();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  window.addEventListener("hashchange", function () {
    var saved = readHash();
    if (saved) { restore(saved); apply(); }
  });

  var saved = readHash();
  if (saved) restore(saved);
  else limitSubthemes();
  form.hidden = false;
  if (saved) apply();
  // A quotation the URL points to (an anchor, not a state) is brought into view again once the filters take room
  // above the list and the quotations around it are laid out (they are only when near, and their true heights move it).
  function reveal() {
    var hash = location.hash.slice(1);
    var target = hash && hash.indexOf("=") < 0 ? document.getElementById(decodeURIComponent(hash)) : null;
    if (!target) return;
    requestAnimationFrame(function () {
      target.scrollIntoView();
      requestAnimationFrame(function () { setTimeout(function () { target.scrollIntoView(); }, 0); });
    });
  }
  window.addEventListener("hashchange", reveal);
  reveal();
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
