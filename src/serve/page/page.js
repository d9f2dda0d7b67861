// The search page's script. Every piece of a result is put in the page with
// textContent or createElement, never as HTML, so an article holding markup shows it
// as text. Highlights are byte offsets into the UTF-8 text: the text is sliced as
// bytes, then decoded.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const LANG_NAMES = { id: "Indonesian", fr: "French", other: "other" };
const LANG_COLOURS = { id: "#d9480f", fr: "#1c7ed6", other: "#868e96" };
const FIELDS = ["q", "mode", "lang", "since", "until", "source"];

const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return node;
}

// The text with its highlighted byte ranges as <mark> elements.
function highlighted(text, ranges) {
  const bytes = new TextEncoder().encode(text);
  const decode = (from, to) => new TextDecoder().decode(bytes.subarray(from, to));
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges || []) {
    if (start < at || end > bytes.length || start >= end) continue;
    out.append(document.createTextNode(decode(at, start)));
    out.append(el("mark", null, decode(start, end)));
    at = end;
  }
  out.append(document.createTextNode(decode(at, bytes.length)));
  return out;
}

// A link only to a web address: any other scheme (javascript:, data:) stays text.
function webLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      const a = el("a", null, label);
      a.href = parsed.href;
      a.rel = "noopener noreferrer";
      return a;
    }
  } catch (_) { /* not an address: shown as text */ }
  return el("span", null, label);
}

function form() {
  const values = {};
  for (const name of FIELDS) values[name] = $(name).value.trim();
  return values;
}

function setForm(values) {
  for (const name of FIELDS) if (values[name] !== undefined) $(name).value = values[name];
  if (!$("mode").value) $("mode").value = "search";
}

function status(text, isError) {
  const node = $("status");
  node.textContent = text;
  node.classList.toggle("error", Boolean(isError));
}

function parameters(values, extra) {
  const params = new URLSearchParams();
  params.set("q", values.q);
  for (const name of ["lang", "since", "until"]) if (values[name]) params.set(name, values[name]);
  for (const site of (values.source || "").split(/[\s,]+/)) if (site) params.append("source", site);
  for (const [name, value] of Object.entries(extra || {})) params.set(name, value);
  return params;
}

async function api(path, params) {
  const response = await fetch(path + "?" + params.toString(), { headers: { Accept: "application/json" } });
  let body;
  try { body = await response.json(); } catch (_) { body = { error: "the server answered " + response.status }; }
  if (!response.ok) throw new Error(body.error || "the server answered " + response.status);
  return body;
}

function hitItem(hit) {
  const item = el("li", "hit");
  const meta = el("div", "meta");
  const parts = [];
  if (hit.date) parts.push(el("time", null, hit.date));
  if (hit.source) parts.push(el("span", null, hit.source));
  const where = hit.doc + "#" + hit.passage;
  parts.push(hit.url ? webLink(hit.url, where) : el("span", "doc", where));
  parts.push(el("span", null, LANG_NAMES[hit.lang] || hit.lang));
  parts.forEach((part, i) => { if (i) meta.append(" · "); meta.append(part); });
  item.append(meta);
  item.append(el("h2", null, hit.title || hit.doc));
  const passage = el("p", "passage");
  passage.append(highlighted(hit.text, hit.highlights));
  item.append(passage);
  const more = [];
  if (hit.more_in_article) more.push(hit.more_in_article + " more passages of this article match");
  if (hit.also && hit.also.length) more.push("also in " + hit.also.map((c) => c.source || c.doc).join(", "));
  if (more.length) item.append(el("div", "also", more.join(" · ")));
  return item;
}

function showAnswer(result) {
  const box = $("answer");
  box.replaceChildren();
  const found = result.answer;
  if (found) box.append(el("p", "line", found.text + (found.value && found.value !== found.text ? " (" + found.value + ")" : "")));
  if (result.notice) box.append(el("p", "line", result.notice));
  for (const quote of result.answers || []) {
    const block = el("blockquote");
    block.append(el("p", null, "\u201c" + quote.quote + "\u201d"));
    block.append(el("p", "cite", "\u2014 " + quote.speaker + ", " + quote.title + " (" + quote.doc + "#" + quote.passage + ", " + (LANG_NAMES[quote.lang] || quote.lang) + ")"));
    box.append(block);
  }
  box.hidden = box.childElementCount === 0;
}

// A month ("2024-02") as since/until bounds: the whole of it, as --since and
// --until read a month.
function monthBounds(month) {
  return { since: month, until: month };
}

// Articles matching by month, a stacked bar per month, a colour per language.
function drawTimeline(perLang) {
  const section = $("timeline");
  section.replaceChildren();
  const months = new Set();
  for (const counts of Object.values(perLang)) for (const month of Object.keys(counts)) months.add(month);
  const sorted = [...months].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!sorted.length) { section.hidden = true; return; }
  const width = 720, height = 120, top = 8, bottom = 20;
  const step = width / sorted.length;
  const totals = sorted.map((m) => Object.values(perLang).reduce((sum, counts) => sum + (counts[m] || 0), 0));
  const max = Math.max(1, ...totals);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", "aria-label": "Matching articles by month" });
  sorted.forEach((month, i) => {
    const group = svg("g", { class: "month", tabindex: 0, role: "button", "data-month": month, "aria-label": `${month}: ${totals[i]} articles; show only this month` });
    const title = svg("title");
    title.textContent = `${month}: ${totals[i]} articles`;
    group.append(title);
    group.append(svg("rect", { class: "frame", x: i * step, y: top, width: step, height: height - top - bottom, fill: "transparent", stroke: "none" }));
    let y = height - bottom;
    for (const [lang, counts] of Object.entries(perLang)) {
      const n = counts[month] || 0;
      if (!n) continue;
      const h = (n / max) * (height - top - bottom);
      y -= h;
      group.append(svg("rect", { class: "bar", "data-lang": lang, x: i * step + step * 0.15, y, width: Math.max(1, step * 0.7), height: h, fill: LANG_COLOURS[lang] || LANG_COLOURS.other }));
    }
    const pick = () => {
      const bounds = monthBounds(month);
      $("since").value = bounds.since;
      $("until").value = bounds.until;
      run(true);
    };
    group.addEventListener("click", pick);
    group.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(); } });
    chart.append(group);
  });
  const labelEvery = Math.ceil(sorted.length / 12);
  sorted.forEach((month, i) => {
    if (i % labelEvery) return;
    const label = svg("text", { class: "axis", x: i * step + step / 2, y: height - 6, "text-anchor": "middle" });
    label.textContent = month;
    chart.append(label);
  });
  section.append(chart);
  const legend = el("div", "legend");
  for (const lang of Object.keys(perLang)) {
    const key = el("span", null, LANG_NAMES[lang] || lang);
    key.style.setProperty("--swatch", LANG_COLOURS[lang] || LANG_COLOURS.other);
    legend.append(key);
  }
  section.append(legend);
  section.hidden = false;
}

// The query's articles by month and language: one count per language the facets
// name, each a request of its own (facets count months over all languages).
async function timeline(values, facets) {
  if (!facets || !facets.lang || !facets.month) { $("timeline").hidden = true; return; }
  const langs = values.lang ? [values.lang] : Object.keys(facets.lang);
  const perLang = {};
  if (langs.length === 1) {
    perLang[langs[0]] = facets.month;
  } else {
    const counted = await Promise.all(langs.map((lang) =>
      api("/search", parameters({ ...values, lang }, { limit: 1, facets: "true" }))
        .then((result) => [lang, (result.facets && result.facets.month) || {}])));
    for (const [lang, months] of counted) perLang[lang] = months;
  }
  drawTimeline(perLang);
}

let generation = 0;

async function run(remember) {
  const values = form();
  if (!values.q) { $("q").focus(); return; }
  const mine = ++generation;
  if (remember) {
    const address = "?" + new URLSearchParams(Object.entries(values).filter(([, v]) => v)).toString();
    history.pushState(values, "", address);
  }
  status("Searching\u2026");
  const ask = values.mode === "ask";
  try {
    const result = await api(ask ? "/ask" : "/search", parameters(values, ask ? {} : { facets: "true" }));
    if (mine !== generation) return;
    if (ask) showAnswer(result); else $("answer").hidden = true;
    const list = $("results");
    list.replaceChildren(...result.hits.map(hitItem));
    const count = ask
      ? `${(result.answers || []).length} quotations, ${result.hits.length} passages`
      : `${result.total_hits} passages match` + (result.total_articles !== undefined ? ` in ${result.total_articles} articles` : "");
    const notes = [];
    for (const c of result.corrections || []) notes.push(`searched ${c.word} as ${c.to.join(", ")}`);
    status(count + (notes.length ? " (" + notes.join("; ") + ")" : ""));
    if (ask) $("timeline").hidden = true; else await timeline(values, result.facets);
  } catch (error) {
    if (mine !== generation) return;
    $("results").replaceChildren();
    $("answer").hidden = true;
    $("timeline").hidden = true;
    status(error.message, true);
  }
}

function fromAddress() {
  const params = new URLSearchParams(location.search);
  const values = {};
  for (const name of FIELDS) values[name] = params.get(name) || "";
  setForm(values);
  if (values.q) run(false);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (event) => { event.preventDefault(); run(true); });
  window.addEventListener("popstate", fromAddress);
  fromAddress();
});
