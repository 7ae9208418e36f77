// guidekit workspace: small helpers on top of plain HTML forms; every page works without this script.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="guidekit-token"]').content;

  function say(text, problem) {
    var box = document.getElementById("message");
    box.className = "message" + (problem ? " problem" : "");
    box.setAttribute("role", problem ? "alert" : "status");
    box.textContent = "";
    var p = document.createElement("p");
    p.textContent = text;
    box.appendChild(p);
  }

  // Findings: "Line 14" moves the cursor to that line of the editor.
  document.querySelectorAll("a[data-line]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      var editor = document.getElementById("editor");
      if (!editor) { return; }
      e.preventDefault();
      var line = parseInt(a.dataset.line, 10), lines = editor.value.split("\n"), start = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
      var end = start + (lines[line - 1] || "").length;
      editor.focus();
      editor.setSelectionRange(start, end);
      var lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 24;
      editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
      say("Line " + line + " is selected in the editor.", false);
    });
  });

  // "Hear the selected text": the selection (or the line the cursor is on) spoken by the guide's voice.
  var speak = document.getElementById("speak");
  if (speak) {
    speak.addEventListener("click", function () {
      var editor = document.getElementById("editor"), audio = document.getElementById("speech");
      var text = editor.value.substring(editor.selectionStart, editor.selectionEnd);
      if (!text.trim()) {
        var before = editor.value.lastIndexOf("\n", editor.selectionStart - 1) + 1;
        var after = editor.value.indexOf("\n", editor.selectionStart);
        text = editor.value.substring(before, after < 0 ? editor.value.length : after);
      }
      if (!text.trim()) { say("Select a word or sentence in the editor first.", true); return; }
      say("Speaking ...", false);
      var body = new URLSearchParams({ file: speak.dataset.file, text: text });
      fetch("/speak", { method: "POST", body: body, headers: { "X-Guidekit-Token": token } })
        .then(function (r) {
          if (!r.ok) { return r.text().then(function (t) { throw new Error(problemText(t)); }); }
          return r.blob();
        })
        .then(function (blob) {
          audio.hidden = false;
          audio.src = URL.createObjectURL(blob);
          audio.play().catch(function () { /* autoplay refused: the controls are shown */ });
          say("Playing: " + text.trim().slice(0, 80), false);
        })
        .catch(function (e) { say(e.message, true); });
    });
  }

  function problemText(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var m = doc.querySelector("#message p");
    return m ? m.textContent : "The voice could not say this.";
  }

  // Listening by section: highlight the sentence being read.
  document.querySelectorAll("audio[data-timings]").forEach(function (audio) {
    var timings = null, spans = document.getElementById(audio.dataset.transcript).querySelectorAll("span");
    audio.addEventListener("play", function () {
      document.querySelectorAll("audio").forEach(function (other) { if (other !== audio) { other.pause(); } });
      if (!timings) {
        fetch(audio.dataset.timings).then(function (r) { return r.json(); }).then(function (t) { timings = t; });
      }
    });
    audio.addEventListener("timeupdate", function () {
      if (!timings) { return; }
      var ms = audio.currentTime * 1000;
      spans.forEach(function (s, i) {
        var on = timings[i] && ms >= timings[i][0] && ms < timings[i][1];
        s.classList.toggle("reading", !!on);
      });
    });
    audio.addEventListener("ended", function () { spans.forEach(function (s) { s.classList.remove("reading"); }); });
  });

  // Insert text at the editor's cursor (replacing any selection), on a line of its own when it is a block.
  function insertAtCursor(text, block) {
    var editor = document.getElementById("editor");
    var start = editor.selectionStart, end = editor.selectionEnd, value = editor.value;
    var before = value.substring(0, start), after = value.substring(end);
    if (block) {
      if (before.length && !before.endsWith("\n\n")) { text = (before.endsWith("\n") ? "\n" : "\n\n") + text; }
      if (after.length && !after.startsWith("\n")) { text = text + "\n"; }
    }
    editor.value = before + text + after;
    editor.setSelectionRange(start + text.length, start + text.length);
    editor.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // The toolbar above the editor: one tab stop; arrow keys, Home and End move between its buttons.
  var toolbar = document.getElementById("blocks");
  if (toolbar && document.getElementById("editor")) {
    toolbar.hidden = false;
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("button"));
    function focusButton(i) {
      buttons.forEach(function (b, j) { b.tabIndex = j === i ? 0 : -1; });
      buttons[i].focus();
    }
    toolbar.addEventListener("keydown", function (e) {
      var i = buttons.indexOf(document.activeElement);
      if (i < 0) { return; }
      var next = e.key === "ArrowRight" || e.key === "ArrowDown" ? (i + 1) % buttons.length
        : e.key === "ArrowLeft" || e.key === "ArrowUp" ? (i - 1 + buttons.length) % buttons.length
        : e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : -1;
      if (next >= 0) { e.preventDefault(); focusButton(next); }
    });
    buttons.forEach(function (b, i) {
      b.addEventListener("click", function () {
        buttons.forEach(function (o, j) { o.tabIndex = j === i ? 0 : -1; });
        var added = document.getElementById("picture-markdown");
        if (b.dataset.block === "picture" && added) { // a picture just added: its own line, nothing to replace
          insertAtCursor(added.value + "\n", true);
          say("Inserted the new picture's line at the cursor in the editor.", false);
          return;
        }
        insertAtCursor(b.dataset.markdown, b.dataset.block !== "link");
        say("Inserted " + b.dataset.spoken + " at the cursor in the editor; replace the example words.", false);
      });
    });
  }

  // A picture just added: its line goes in at the cursor.
  var insertPicture = document.getElementById("insert-picture");
  if (insertPicture && document.getElementById("editor")) {
    insertPicture.hidden = false;
    insertPicture.addEventListener("click", function () {
      insertAtCursor(document.getElementById("picture-markdown").value + "\n", true);
      say("Inserted the picture's line at the cursor; save to see it in the handout.", false);
    });
  }

  // Section players: the exact length once the sound's details have loaded, in place of the estimate. The
  // duration may be unknown (infinite) when the details load and known only later: both events are heard.
  document.querySelectorAll("audio[data-length]").forEach(function (audio) {
    function showLength() {
      if (!isFinite(audio.duration) || !(audio.duration > 0)) { return; }
      var s = Math.round(audio.duration), text = (s >= 60 ? Math.floor(s / 60) + " min " : "") + (s % 60) + " s";
      var length = document.getElementById(audio.dataset.length);
      if (length.dataset.exact === "true") { return; }
      length.textContent = "Length: " + text;
      length.dataset.exact = "true";
      var title = document.getElementById(audio.getAttribute("aria-labelledby")).textContent;
      say(title + ": " + text + " long.", false);
    }
    audio.addEventListener("loadedmetadata", showLength);
    audio.addEventListener("durationchange", showLength);
    if (audio.readyState >= 1) { showLength(); }
  });

  // Build: follow the progress as it happens.
  var log = document.getElementById("build-log");
  if (log && log.dataset.follow === "true" && window.EventSource) {
    var reload = document.getElementById("reload");
    if (reload) { reload.hidden = true; }
    log.textContent = "";
    var events = new EventSource("/build/events");
    events.addEventListener("line", function (e) {
      var li = document.createElement("li");
      li.textContent = e.data;
      log.appendChild(li);
    });
    // "failed" when a guide was not built: said as a problem, never as "finished"
    ["done", "failed"].forEach(function (ending) {
      events.addEventListener(ending, function (e) {
        events.close();
        say(e.data, ending === "failed");
        setTimeout(function () { window.location.reload(); }, 1500);
      });
    });
  }
})();
