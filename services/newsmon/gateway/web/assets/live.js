// The live alerts panel: recent alerts from GET /alerts, then each new one from GET /alerts/stream
// (Server-Sent Events). An alert that grows (another outlet reports the story) comes again with the
// same id and a higher version: it replaces the one shown.

import { el } from "./highlight.js";

const HISTORY_SIZE = 20;
const MAX_SHOWN = 100;
// Waits before reconnecting when the browser has given up on the stream (it retries by itself otherwise).
const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "short" });

function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : timeFormat.format(date);
}

/** The outlets that reported the alert's story (older alerts carry only their denial). */
function reportsOf(alert) {
  if (Array.isArray(alert.reports) && alert.reports.length) return alert.reports;
  const d = alert.denial;
  return [{ source: d.source, title: d.title, article_id: d.article_id }];
}

function alertItem(alert) {
  const denial = alert.denial;
  const reports = reportsOf(alert);
  const stamp = alert.updated_at || alert.created_at;
  const who = el("p", "alert-who");
  who.append(el("span", "hl denier", denial.denier ? denial.denier.canonical : "Someone"), " ");
  who.append(el("span", `hl trigger${denial.type === "non_denial" ? " non-denial" : ""}`, denial.trigger.text));
  const link = el("a", "alert-title", denial.title);
  link.href = `#/article/${encodeURIComponent(denial.article_id)}`;
  const sources = [...new Set(reports.map((r) => r.source))];
  const item = el(
    "li",
    "alert fresh",
    el("p", "alert-meta", el("span", "rule", alert.rule_name), " · ", el("time", null, when(stamp))),
    who,
    denial.claim ? el("p", "alert-claim", el("span", "hl claim", denial.claim.text)) : null,
    link,
    el("p", "alert-sources", `${reports.length} report${reports.length === 1 ? "" : "s"}: ${sources.join(", ")}`),
  );
  item.dataset.alertId = alert.id;
  item.dataset.version = String(alert.version ?? 1);
  item.querySelector("time").dateTime = stamp;
  setTimeout(() => item.classList.remove("fresh"), 4000);
  return item;
}

/** Start the panel in `list` (with `empty` shown while it is empty and `state` telling the connection). */
export function startLivePanel({ list, empty, state }) {
  let lastEventId = null;
  let failures = 0;

  const setState = (name, text) => {
    state.dataset.state = name;
    state.textContent = text;
    document.body.dataset.live = name;
  };

  const show = (alert, { newest }) => {
    const old = list.querySelector(`li[data-alert-id="${CSS.escape(alert.id)}"]`);
    if (old && Number(old.dataset.version) >= (alert.version ?? 1)) return;
    if (old) old.remove();
    const item = alertItem(alert);
    if (newest) list.prepend(item);
    else list.append(item);
    while (list.children.length > MAX_SHOWN) list.lastElementChild.remove();
    empty.hidden = list.children.length > 0;
  };

  const onEvent = (event) => {
    if (event.lastEventId) lastEventId = event.lastEventId;
    failures = 0;
    setState("live", "live");
    if (event.type === "ready") return;
    try {
      show(JSON.parse(event.data), { newest: true });
    } catch (error) {
      console.warn("newsmon: an alert event could not be read", error);
    }
  };

  const connect = () => {
    // After the browser gave up, a new EventSource would lose Last-Event-ID: pass it in the URL.
    const url = lastEventId ? `/alerts/stream?last_event_id=${encodeURIComponent(lastEventId)}` : "/alerts/stream";
    const source = new EventSource(url);
    for (const type of ["ready", "alert", "message"]) source.addEventListener(type, onEvent);
    source.addEventListener("error", () => {
      if (source.readyState !== EventSource.CLOSED) {
        setState("reconnecting", "reconnecting…");
        return;
      }
      const wait = BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)];
      failures += 1;
      setState("offline", `offline, retrying in ${Math.round(wait / 1000)} s`);
      setTimeout(connect, wait);
    });
  };

  fetch(`/alerts?size=${HISTORY_SIZE}`, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? response.json() : { alerts: [] }))
    .then((page) => (page.alerts || []).forEach((alert) => show(alert, { newest: false })))
    .catch(() => {})
    .finally(connect);
}
