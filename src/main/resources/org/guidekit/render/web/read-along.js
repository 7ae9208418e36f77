/* guidekit read-along page: highlights the sentence being read (times from the same synthesis as the captions),
   moves by sentence and by section, and keeps the sentence in view. Without this script the page is a plain
   accessible page with a plain player. No network, no storage, no keyboard shortcuts that could clash with a
   screen reader: every control is a native button, select or checkbox. */
(function () {
  'use strict';
  var audio = document.getElementById('player');
  var controls = document.getElementById('controls');
  if (!audio || !controls) {
    return;
  }
  document.documentElement.className += ' js';
  controls.hidden = false;
  var play = document.getElementById('play');
  var chapter = document.getElementById('chapter');
  var follow = document.getElementById('follow');
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var timed = Array.prototype.map.call(document.querySelectorAll('[data-begin]'), function (el) {
    return { el: el, begin: parseFloat(el.getAttribute('data-begin')), end: parseFloat(el.getAttribute('data-end')) };
  }).sort(function (a, b) { return a.begin - b.begin; });
  var starts = Array.prototype.map.call(chapter.options, function (o) { return parseFloat(o.value); });
  // A warning's option has an end: after it, the text is its section's again.
  var ends = Array.prototype.map.call(chapter.options, function (o) {
    return o.hasAttribute('data-end') ? parseFloat(o.getAttribute('data-end')) : Infinity;
  });
  var current = -1;

  /** The last piece that starts at or before t, if t is before its end. */
  function at(t) {
    var lo = 0, hi = timed.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (timed[mid].begin <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found >= 0 && t < timed[found].end ? found : -1;
  }

  function chapterAt(t) {
    var i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= t + 0.001) { i++; }
    while (i > 0 && t + 0.001 >= ends[i]) { i--; }
    return i;
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    var h = window.innerHeight || document.documentElement.clientHeight;
    return r.top >= h * 0.1 && r.bottom <= h * 0.9;
  }

  function show(i, scroll) {
    if (i !== current) {
      if (current >= 0) { timed[current].el.classList.remove('reading'); }
      current = i;
      if (i >= 0) { timed[i].el.classList.add('reading'); }
    }
    if (scroll && i >= 0 && follow.checked && !inView(timed[i].el)) {
      timed[i].el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
    var c = chapterAt(audio.currentTime);
    if (chapter.selectedIndex !== c) { chapter.selectedIndex = c; }
  }

  // Nothing is highlighted before the listener starts: at 0:00 the page is simply a page.
  var started = false;
  function update() {
    started = started || !audio.paused || audio.currentTime > 0;
    show(started ? at(audio.currentTime) : -1, !audio.paused);
  }

  function seek(seconds) {
    started = true;
    audio.currentTime = Math.max(0, seconds);
    show(at(audio.currentTime), true);
  }

  function label() { play.textContent = audio.paused ? 'Play' : 'Pause'; }

  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', update);
  audio.addEventListener('play', label);
  audio.addEventListener('pause', label);
  audio.addEventListener('ended', label);

  play.addEventListener('click', function () {
    if (audio.paused) {
      var p = audio.play();
      if (p && p.catch) { p.catch(function () { label(); }); }
    } else {
      audio.pause();
    }
  });
  document.getElementById('previous-sentence').addEventListener('click', function () {
    var i = current >= 0 ? current : at(audio.currentTime);
    if (i < 0) {
      for (i = timed.length - 1; i >= 0 && timed[i].begin > audio.currentTime; i--) { /* find the one before */ }
      i++;
    }
    // Within the first second of a sentence go to the one before, else to this one's start (as players do).
    if (i > 0 && audio.currentTime - timed[i].begin < 1) { i--; }
    if (i >= 0 && i < timed.length) { seek(timed[i].begin); }
  });
  document.getElementById('next-sentence').addEventListener('click', function () {
    for (var i = 0; i < timed.length; i++) {
      if (timed[i].begin > audio.currentTime + 0.01) { seek(timed[i].begin); return; }
    }
  });
  document.getElementById('previous-section').addEventListener('click', function () {
    var c = chapterAt(audio.currentTime);
    if (c > 0 && audio.currentTime - starts[c] < 2) { c--; }
    seek(starts[c]);
  });
  document.getElementById('next-section').addEventListener('click', function () {
    var c = chapterAt(audio.currentTime);
    // From the text after a warning, the warning's option (before it) is passed over.
    while (c + 1 < starts.length && starts[c + 1] <= audio.currentTime + 0.01) { c++; }
    if (c + 1 < starts.length) { seek(starts[c + 1]); }
  });
  chapter.addEventListener('change', function () { seek(starts[chapter.selectedIndex]); });

  // A click or tap on a sentence listens from there; links keep working as links.
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest || t.closest('a, button, select, input, audio')) { return; }
    var el = t.closest('[data-begin]');
    if (el) { seek(parseFloat(el.getAttribute('data-begin'))); }
  });
  label();
  update();
}());
