// wgec-parse serve: the validator page. Plain script, no framework, no third party:
// files go to /api/report on this server, one request each.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const state = { results: [], current: -1 };
  const DOWNLOADS = {
    full: { suffix: ".json", type: "application/json" },
    clean: { suffix: ".outline.json", type: "application/json" },
    sarif: { suffix: ".sarif", type: "application/sarif+json" },
    markdown: { suffix: ".md", type: "text/markdown" },
    text: { suffix: ".clean.txt", type: "text/plain" },
  };
  const KIND_NAMES = {
    front: "Front matter",
    closing: "Closing",
    field: "Field",
    question: "Question",
    paragraph: "Paragraph",
    table: "Table",
    clause: "Clause",
    bullet: "Bullet",
    noise: "Noise",
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  function counts(diagnostics) {
    const c = { error: 0, warning: 0, info: 0 };
    for (const d of diagnostics) c[d.severity] += 1;
    return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.info, "note")}`;
  }

  // -- sending ----------------------------------------------------------------------

  async function check(name, body, headers) {
    let response;
    try {
      response = await fetch(`/api/report${headers ? `?name=${encodeURIComponent(name)}` : ""}`, {
        method: "POST",
        body,
        headers: headers || {},
      });
    } catch (err) {
      return { name, error: `${name}: the server did not answer (${err.message})` };
    }
    let data;
    try {
      data = await response.json();
    } catch (err) {
      return { name, error: `${name}: the server answered ${response.status} without JSON` };
    }
    if (!response.ok) return { name, error: data.error || `${name}: error ${response.status}` };
    return data;
  }

  async function checkFiles(files) {
    const list = Array.from(files);
    if (!list.length) return;
    setStatus(`Checking ${plural(list.length, "file")}…`);
    let first = -1;
    for (const file of list) {
      const form = new FormData();
      form.append("file", file, file.name);
      const result = await check(file.name, form, null);
      const index = addResult(result);
      if (first < 0) first = index;
    }
    show(first);
    announce(list.length);
  }

  async function checkPasted() {
    const text = $("paste").value;
    if (!text.trim()) {
      setStatus("There is no text to check: paste a submission first.");
      return;
    }
    setStatus("Checking the pasted text…");
    const result = await check("pasted.txt", text, { "Content-Type": "text/plain; charset=utf-8" });
    show(addResult(result));
    announce(1);
  }

  function announce(n) {
    const shown = state.results[state.current];
    const what = shown.error ? shown.error : `${shown.name}: ${counts(shown.diagnostics)}`;
    setStatus(n === 1 ? `Checked ${what}.` : `Checked ${plural(n, "file")}; showing ${what}.`);
  }

  function addResult(result) {
    state.results.push(result);
    const index = state.results.length - 1;
    const label = result.error
      ? el("span", { class: "failed" }, `${result.name}: could not be read`)
      : `${result.name} (${counts(result.diagnostics)})`;
    const button = el("button", { type: "button", "data-result": String(index) }, label);
    button.addEventListener("click", () => show(index));
    $("checked").append(el("li", {}, button));
    return index;
  }

  // -- showing ----------------------------------------------------------------------

  function show(index) {
    state.current = index;
    for (const b of $("checked").querySelectorAll("button")) {
      b.setAttribute("aria-current", b.dataset.result === String(index) ? "true" : "false");
    }
    const result = state.results[index];
    $("result").hidden = false;
    $("result-title").textContent = result.name;
    $("outline").replaceChildren();
    $("source").replaceChildren();
    $("findings").replaceChildren();
    $("source-note").textContent = "";
    const failed = !!result.error;
    $("downloads").hidden = failed;
    $("findings-box").hidden = failed;
    if (failed) {
      $("summary").replaceChildren(el("span", { class: "error-box", role: "alert" }, result.error));
      return;
    }
    $("summary").textContent = counts(result.diagnostics) + ".";
    const noise = new Set();
    collectNoise(result.tree, noise);
    renderSource(result, noise);
    renderOutline(result);
    renderFindings(result);
  }

  function collectNoise(entries, noise) {
    for (const e of entries) {
      if (e.kind === "noise") noise.add(e.line);
      collectNoise(e.children, noise);
    }
  }

  function sourceLines(source) {
    // Lines as the parser counts them: \r\n, \r and \n end a line.
    const lines = source.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return lines;
  }

  function renderSource(result, noise) {
    const lines = sourceLines(result.source);
    const paged = lines.some((line) => line.includes("\f"));
    const byLine = new Map();
    result.diagnostics.forEach((d, i) => {
      if (!byLine.has(d.line)) byLine.set(d.line, []);
      byLine.get(d.line).push(i);
    });
    const fragment = document.createDocumentFragment();
    let page = 1;
    lines.forEach((text, i) => {
      const n = i + 1;
      const row = el("div", { class: "src-line", id: `L${n}`, "data-line": String(n) });
      if (paged) {
        row.classList.add("paged");
        row.append(el("span", { class: "pg", title: "page" }, `p${page}`));
      }
      row.append(el("span", { class: "ln" }, String(n)), el("span", { class: "tx" }, text));
      if (noise.has(n)) row.classList.add("noise");
      page += (text.match(/\f/g) || []).length;
      fragment.append(row);
      for (const k of byLine.get(n) || []) {
        row.classList.add("has-finding");
        const d = result.diagnostics[k];
        fragment.append(
          el(
            "div",
            { class: `inline-finding sev-${d.severity}`, id: `F${k}`, "data-finding": String(k), "data-line": String(n) },
            el("span", { class: `sev sev-${d.severity}` }, d.severity === "info" ? "note" : d.severity),
            " ",
            el("span", { class: "code" }, d.code),
            " ",
            el("span", { class: "msg" }, d.message),
          ),
        );
      }
    });
    $("source").append(fragment);
    if (paged) $("source-note").textContent = "(with page numbers)";
  }

  function nodeLabel(entry) {
    const parts = [];
    if (entry.kind === "question") {
      parts.push(el("span", { class: "kind" }, `Question ${entry.id ? entry.id : entry.number || "(unnumbered)"}`));
      if (entry.id && entry.number) parts.push(el("span", { class: "qid" }, ` (numbered ${entry.number})`));
      parts.push(`: ${entry.label}`);
    } else if (entry.kind === "clause") {
      parts.push(el("span", { class: "kind" }, `${entry.number}`), ` ${entry.label}`);
    } else if (entry.kind === "bullet") {
      parts.push(el("span", { class: "kind" }, entry.glyph), ` ${entry.label}`);
    } else if (entry.kind === "front" || entry.kind === "closing") {
      parts.push(KIND_NAMES[entry.kind]);
    } else {
      parts.push(el("span", { class: "kind" }, `${KIND_NAMES[entry.kind]}:`), ` ${entry.label}`);
    }
    return parts;
  }

  function renderOutline(result) {
    const list = (entries) => {
      const ul = el("ul", {});
      for (const entry of entries) {
        const lines = entry.line === entry.end_line ? `line ${entry.line}` : `lines ${entry.line} to ${entry.end_line}`;
        const button = el("button", {
          type: "button",
          class: "node",
          "data-line": String(entry.line),
          "data-end": String(entry.end_line),
          "data-kind": entry.kind,
          title: `${KIND_NAMES[entry.kind]}, ${lines}`,
        }, ...nodeLabel(entry));
        button.addEventListener("click", () => selectNode(button));
        const li = el("li", { class: `kind-${entry.kind}` }, button);
        if (entry.children.length) li.append(list(entry.children));
        ul.append(li);
      }
      return ul;
    };
    $("outline").append(result.tree.length ? list(result.tree) : el("p", {}, "Nothing was read: the text is empty."));
  }

  function renderFindings(result) {
    if (!result.diagnostics.length) {
      $("findings").append(el("li", {}, "No findings."));
      return;
    }
    result.diagnostics.forEach((d, k) => {
      const button = el(
        "button",
        { type: "button", "data-finding": String(k), "data-line": String(d.line) },
        el("span", { class: `sev sev-${d.severity}` }, d.severity === "info" ? "note" : d.severity),
        ` line ${d.line}: `,
        el("span", { class: "code" }, d.code),
        ` ${d.message}`,
      );
      button.addEventListener("click", () => selectFinding(k));
      $("findings").append(el("li", {}, button));
    });
  }

  // -- selecting ----------------------------------------------------------------------

  function scrollWithin(pane, target) {
    const top = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
  }

  function clearSelection() {
    for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
  }

  function highlight(first, last) {
    for (let n = first; n <= last; n += 1) {
      const row = $(`L${n}`);
      if (row) row.classList.add("selected");
    }
    const row = $(`L${first}`);
    if (row) scrollWithin($("source"), row);
  }

  function bringPanesIntoView() {
    // On a narrow screen the panes stand one above the other: show the source.
    const narrow = window.matchMedia("(max-width: 50rem)").matches;
    const target = narrow ? $("source") : document.querySelector(".panes");
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight / 2) target.scrollIntoView({ block: "start" });
  }

  function selectNode(button) {
    clearSelection();
    bringPanesIntoView();
    button.classList.add("selected");
    highlight(Number(button.dataset.line), Number(button.dataset.end));
    scrollWithin($("outline"), button);
  }

  function deepestNode(line) {
    let best = null;
    for (const b of $("outline").querySelectorAll("button.node")) {
      if (Number(b.dataset.line) <= line && line <= Number(b.dataset.end)) best = b;
    }
    return best;
  }

  function selectFinding(k) {
    const result = state.results[state.current];
    const d = result.diagnostics[k];
    clearSelection();
    bringPanesIntoView();
    highlight(d.line, Math.max(d.line, d.end_line));
    const inline = $(`F${k}`);
    if (inline) inline.classList.add("selected");
    const node = deepestNode(d.line);
    if (node) {
      node.classList.add("selected");
      scrollWithin($("outline"), node);
    }
  }

  // -- downloads ----------------------------------------------------------------------

  function download(kind) {
    const result = state.results[state.current];
    if (!result || result.error) return;
    const spec = DOWNLOADS[kind];
    const base = result.name.replace(/\.(txt|docx|pdf)$/i, "") || "submission";
    const blob = new Blob([result.downloads[kind]], { type: `${spec.type};charset=utf-8` });
    const link = el("a", { href: URL.createObjectURL(blob), download: base + spec.suffix });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  // -- wiring ---------------------------------------------------------------------------

  function init() {
    $("files").addEventListener("change", (event) => {
      checkFiles(event.target.files).then(() => {
        event.target.value = "";
      });
    });
    $("paste-check").addEventListener("click", checkPasted);
    for (const button of $("downloads").querySelectorAll("button")) {
      button.addEventListener("click", () => download(button.dataset.download));
    }
    const drop = $("drop");
    for (const name of ["dragenter", "dragover"]) {
      drop.addEventListener(name, (event) => {
        event.preventDefault();
        drop.classList.add("over");
      });
    }
    for (const name of ["dragleave", "drop"]) {
      drop.addEventListener(name, () => drop.classList.remove("over"));
    }
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      checkFiles(event.dataTransfer.files);
    });
    // A file dropped beside the box should not replace the page.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => event.preventDefault());
  }

  document.addEventListener("DOMContentLoaded", init);
})();
