"use strict";
// storylens report page: highlights a fact's (or conflict's, or stance evidence's) sentences in each article.
// Article text is untrusted: it only ever enters the page through textContent, never innerHTML.
(function () {
  const island = document.getElementById("storylens-data");
  if (!island) return;
  const data = JSON.parse(island.textContent);
  const viewer = document.getElementById("viewer");
  const viewerTitle = document.getElementById("viewer-title");
  const viewerBody = document.getElementById("viewer-body");

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function articleWithMarks(articleId, spans) {
    const article = data.articles[articleId];
    const box = el("div", "context");
    box.appendChild(el("h4", "context-outlet", article ? article.outlet : articleId));
    const text = el("div", "article-text");
    const body = article ? article.text : "";
    const sorted = spans.slice().sort(function (a, b) { return a.start - b.start; });
    let pos = 0;
    let first = null;
    sorted.forEach(function (m) {
      if (m.start < pos) return;
      text.appendChild(document.createTextNode(body.slice(pos, m.start)));
      const mark = el("mark", "hl", body.slice(m.start, m.end));
      text.appendChild(mark);
      if (!first) first = mark;
      pos = m.end;
    });
    text.appendChild(document.createTextNode(body.slice(pos)));
    box.appendChild(text);
    return { box: box, text: text, first: first };
  }

  function show(title, mentions) {
    viewerTitle.textContent = title;
    viewerBody.replaceChildren();
    const byArticle = new Map();
    mentions.forEach(function (m) {
      if (!byArticle.has(m.article)) byArticle.set(m.article, []);
      byArticle.get(m.article).push(m);
    });
    const shown = [];
    Object.keys(data.articles).forEach(function (id) {
      if (!byArticle.has(id)) return;
      const part = articleWithMarks(id, byArticle.get(id));
      viewerBody.appendChild(part.box);
      shown.push(part);
    });
    if (!shown.length) viewerBody.appendChild(el("p", "muted", "No sentence to show."));
    viewer.hidden = false;
    shown.forEach(function (part) {
      if (part.first) part.text.scrollTop = Math.max(0, part.first.offsetTop - 40);  // .article-text is the offsetParent
    });
    viewer.scrollIntoView({ block: "start" });
  }

  function bind(selector, pick) {
    document.querySelectorAll(selector).forEach(function (node) {
      const open = function () { const got = pick(node); show(got[0], got[1]); };
      node.addEventListener("click", open);
      node.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } });
    });
  }

  bind("[data-fact]", function (node) {
    const f = data.facts[Number(node.dataset.fact)];
    document.querySelectorAll("[data-fact]").forEach(function (r) { r.classList.toggle("selected", r === node); });
    return ["Fact: " + f.statement, f.mentions];
  });
  bind("[data-conflict]", function (node) {
    const c = data.conflicts[Number(node.dataset.conflict)];
    return ["Conflict: " + c.about, c.mentions];
  });
  bind("[data-evidence]", function (node) {
    const id = node.dataset.evidence;
    return ["Stance evidence: " + data.articles[id].outlet, data.evidence[id] || []];
  });
  const close = document.getElementById("viewer-close");
  if (close) close.addEventListener("click", function () { viewer.hidden = true; });
})();
