// The page: the search (from the address's fragment, so that a search can be bookmarked and the
// back button works), its facets and results, and the article view. #/?q=…&source=… is a search,
// #/article/<id> an article.

import { denialSpans, el, entitySpans, highlighted, markedNodes } from "./highlight.js";
import { startLivePanel } from "./live.js";

const PAGE_SIZE = 20;
const MAX_ARTICLE_DENIALS = 100;
const MAX_RESULT_DENIALS = 5;
// The facets of /search, and the filter each one sets. A denier is filtered as the entity of that
// name: /search filters articles by entity, and a denier is one of the entities an article names.
const FACETS = [
  { key: "sources", title: "Sources", param: "source" },
  { key: "languages", title: "Languages", param: "lang", single: true },
  { key: "entities", title: "Entities", param: "entity" },
  { key: "deniers", title: "Deniers", param: "entity" },
];
const FILTER_NAMES = { source: "source", lang: "language", entity: "entity", from: "from", to: "to" };

const $ = (id) => document.getElementById(id);
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
let serial = 0; // the newest request: answers to older ones are dropped
let nextPage = null; // how to read the next page of the current search, or null

/** GET `path` with `params`; returns the JSON body, or throws an Error with the API's explanation. */
async function getJson(path, params = new URLSearchParams()) {
  const query = params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const reason = body && (body.detail || body.title);
    throw new Error(typeof reason === "string" ? reason : `${response.status} ${response.statusText}`);
  }
  return body;
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function formatDate(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : "date unknown";
}

/** The search in the address: its parameters (q, sort and the filters). */
function searchInAddress() {
  const hash = location.hash.replace(/^#\/?/, "");
  return new URLSearchParams(hash.startsWith("?") ? hash.slice(1) : "");
}

function go(params) {
  const query = params.toString();
  location.hash = query ? `#/?${query}` : "#/";
}

function toggled(params, name, value, single) {
  const next = new URLSearchParams(params);
  const values = params.getAll(name);
  next.delete(name);
  if (!values.includes(value)) (single ? [value] : [...values, value]).forEach((v) => next.append(name, v));
  else values.filter((v) => v !== value).forEach((v) => next.append(name, v));
  return next;
}

// ---- facets ------------------------------------------------------------------------------------

function facetList(facet, buckets, params) {
  const items = buckets.map((bucket) => {
    const pressed = params.getAll(facet.param).includes(bucket.value);
    const button = el("button", "facet-value", el("span", "facet-name", bucket.value), el("span", "count", String(bucket.count)));
    button.type = "button";
    button.setAttribute("aria-pressed", String(pressed));
    button.addEventListener("click", () => go(toggled(params, facet.param, bucket.value, facet.single)));
    return el("li", null, button);
  });
  return el("section", "facet", el("h3", null, facet.title), el("ul", null, ...items));
}

function dayHistogram(days, params) {
  const most = Math.max(...days.map((d) => d.count));
  const bars = days.map((day) => {
    const from = `${day.value}T00:00:00Z`;
    const bar = el("button", "bar");
    bar.type = "button";
    bar.style.setProperty("--share", String(day.count / most));
    bar.title = `${day.value}: ${day.count}`;
    bar.setAttribute("aria-label", `${day.value}: ${day.count} articles`);
    bar.setAttribute("aria-pressed", String(params.get("from") === from));
    bar.addEventListener("click", () => {
      const next = new URLSearchParams(params);
      const same = params.get("from") === from;
      next.delete("from");
      next.delete("to");
      if (!same) {
        next.set("from", from);
        next.set("to", `${day.value}T23:59:59Z`);
      }
      go(next);
    });
    return bar;
  });
  const axis = el("p", "axis", el("span", null, days[0].value), el("span", null, days[days.length - 1].value));
  return el("section", "facet", el("h3", null, "By day"), el("div", "histogram", ...bars), axis);
}

function renderFacets(facets, params) {
  const lists = $("facet-lists");
  lists.replaceChildren();
  $("facets").hidden = !facets;
  if (!facets) return;
  for (const facet of FACETS) {
    const buckets = facets[facet.key];
    if (Array.isArray(buckets) && buckets.length) lists.append(facetList(facet, buckets, params));
  }
  const days = facets.days || facets.by_day || facets.histogram;
  if (Array.isArray(days) && days.length) lists.append(dayHistogram(days, params));
}

function renderActiveFilters(params) {
  const chips = [];
  for (const [name, value] of params) {
    if (!(name in FILTER_NAMES)) continue;
    const remove = el("button", "chip", `${FILTER_NAMES[name]}: ${value} `, el("span", null, "×"));
    remove.type = "button";
    remove.setAttribute("aria-label", `Remove filter ${FILTER_NAMES[name]} ${value}`);
    remove.addEventListener("click", () => go(toggled(params, name, value, false)));
    chips.push(remove);
  }
  $("active-filters").replaceChildren(...chips);
}

// ---- results -----------------------------------------------------------------------------------

function denialLine(denial) {
  const evidence = denial.evidence;
  const sentence = evidence ? highlighted(evidence.text, denialSpans(denial, evidence.start)) : denial.trigger.text;
  const badge = el("span", `badge type-${denial.type}`, denial.type === "denial" ? "denial" : "non-denial");
  const who = denial.denier ? el("span", "who", ` — ${denial.denier.canonical}`) : null;
  const confidence = el("span", "confidence", ` (${Math.round(denial.confidence * 100)}%)`);
  return el("li", "denial", badge, " ", el("q", null, sentence), who, confidence);
}

async function loadDenials(articleId, size) {
  const params = new URLSearchParams({ article_id: articleId, size: String(size) });
  return (await getJson("/denials", params)).denials || [];
}

function entityChips(entities) {
  const chips = (entities || []).slice(0, 12).map((e) => el("li", null, el("span", "hl ent", e.canonical)));
  chips.forEach((chip, i) => (chip.firstChild.dataset.label = entities[i].label));
  return el("ul", "entities", ...chips);
}

function resultItem(article) {
  const link = el("a", null, ...(article.title_highlight ? markedNodes(article.title_highlight) : [article.title]));
  link.href = `#/article/${encodeURIComponent(article.id)}`;
  const count = article.denial_count;
  const meta = el(
    "p",
    "meta",
    `${article.source} · ${article.language} · ${formatDate(article.published)}`,
    count ? el("span", "badge type-denial", `${count} denial${count === 1 ? "" : "s"}`) : null,
  );
  const snippets = (article.snippets || []).map((s) => el("p", "snippet", ...markedNodes(s)));
  const denials = el("ul", "denials");
  if (count) {
    loadDenials(article.id, MAX_RESULT_DENIALS)
      .then((list) => denials.replaceChildren(...list.map(denialLine)))
      .catch(() => {});
  }
  const item = el("li", "result", el("h3", "result-title", link), meta, ...snippets, denials, entityChips(article.entities));
  item.dataset.articleId = article.id;
  return item;
}

function pageParams(params, page) {
  const query = new URLSearchParams(params);
  query.set("size", String(PAGE_SIZE));
  if (page.cursor) query.set("cursor", page.cursor);
  else if (page.number > 1) query.set("page", String(page.number));
  return query;
}

/** How to read the page after `data`: its cursor, or (an API without cursors) the page number. */
function pageAfter(data, page) {
  if ("next_cursor" in data) return data.next_cursor ? { cursor: data.next_cursor } : null;
  const number = page.number || 1;
  return number * PAGE_SIZE < data.total ? { number: number + 1 } : null;
}

async function search(params, page = { number: 1 }) {
  const mine = ++serial;
  const append = Boolean(page.cursor) || page.number > 1;
  setStatus(append ? "Loading more…" : "Searching…");
  $("more").hidden = true;
  try {
    const data = await getJson("/search", pageParams(params, page));
    if (mine !== serial) return;
    if (!append) {
      $("results").replaceChildren();
      renderFacets(data.facets, params);
    }
    $("results").append(...data.articles.map(resultItem));
    nextPage = pageAfter(data, page);
    $("more").hidden = !nextPage;
    const shown = $("results").children.length;
    const total = `${data.total}${data.total_relation === "gte" ? "+" : ""}`;
    setStatus(data.total ? `${total} article${data.total === 1 ? "" : "s"}${shown < data.total ? `, ${shown} shown` : ""}` : "No article matches.");
    document.body.dataset.searched = params.get("q") || "";
  } catch (error) {
    if (mine === serial) setStatus(`The search failed: ${error.message}`, true);
  }
}

// ---- article view ------------------------------------------------------------------------------

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function articleHeader(article, denials) {
  const original = safeUrl(article.url);
  const link = original ? el("a", null, "original") : null;
  if (link) {
    link.href = original;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
  }
  const back = el("a", "back", "← Back to the results");
  back.href = "#/";
  back.addEventListener("click", (event) => {
    event.preventDefault();
    history.length > 1 ? history.back() : go(new URLSearchParams());
  });
  const title = el("h2", null, article.title);
  title.id = "article-title";
  const meta = el("p", "meta", `${article.source} · ${article.language} · ${formatDate(article.published)} · `, link);
  const summary = el("ul", "denials", ...denials.map(denialLine));
  const count = `${denials.length} denial${denials.length === 1 ? "" : "s"} found`;
  return [back, title, meta, el("h3", null, count), summary];
}

async function showArticle(id) {
  const mine = ++serial;
  setStatus("Loading the article…");
  $("results-view").hidden = true;
  $("facets").hidden = true;
  const view = $("article-view");
  view.hidden = false;
  view.replaceChildren();
  try {
    const [article, denials] = await Promise.all([
      getJson(`/articles/${encodeURIComponent(id)}`),
      loadDenials(id, MAX_ARTICLE_DENIALS).catch(() => []),
    ]);
    if (mine !== serial) return;
    const spans = [...entitySpans(article.entities), ...denials.flatMap((d) => denialSpans(d))];
    view.lang = article.language || "";
    view.append(...articleHeader(article, denials), el("div", "body", highlighted(article.body, spans)));
    setStatus("");
    $("main").focus();
  } catch (error) {
    if (mine === serial) setStatus(`The article could not be loaded: ${error.message}`, true);
  }
}

// ---- routing -----------------------------------------------------------------------------------

function route() {
  const article = location.hash.match(/^#\/article\/([^/?]+)/);
  if (article) {
    showArticle(decodeURIComponent(article[1]));
    return;
  }
  const params = searchInAddress();
  $("article-view").hidden = true;
  $("results-view").hidden = false;
  $("q").value = params.get("q") || "";
  $("sort").value = params.get("sort") || "";
  renderActiveFilters(params);
  search(params);
}

function submitSearch(event) {
  event.preventDefault();
  const params = searchInAddress();
  const q = $("q").value.trim();
  const sort = $("sort").value;
  q ? params.set("q", q) : params.delete("q");
  sort ? params.set("sort", sort) : params.delete("sort");
  const before = location.hash;
  go(params);
  if (location.hash === before) route(); // the same search again: run it anyway (new articles)
}

$("search-form").addEventListener("submit", submitSearch);
$("sort").addEventListener("change", () => $("search-form").requestSubmit());
$("more").addEventListener("click", () => nextPage && search(searchInAddress(), nextPage));
window.addEventListener("hashchange", route);
startLivePanel({ list: $("alerts"), empty: $("no-alerts"), state: $("live-state") });
route();
