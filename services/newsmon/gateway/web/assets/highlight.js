// Text with highlighted parts, built as DOM nodes: no article, snippet or alert text is ever parsed
// as markup.

/** An element `tag` with `className` and the given children (strings become text nodes). */
export function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of an HTML-escaped string (the API's snippets escape every character of the article). */
export function unescapeHtml(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Nodes of a highlighted snippet as the API sends it (escaped text with <mark>…</mark> around matches):
 * the marks become <mark> elements, everything else text. Any other tag would stay visible as text.
 */
export function markedNodes(snippet) {
  const nodes = [];
  snippet.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    if (!part) return;
    const marked = part.startsWith("<mark>") && part.endsWith("</mark>");
    const text = unescapeHtml(marked ? part.slice(6, -7) : part);
    nodes.push(marked ? el("mark", null, text) : document.createTextNode(text));
  });
  return nodes;
}

/**
 * Split `text` at the boundaries of `spans` ({start, end, kind, label?, title?}, character offsets):
 * returns [{text, spans}] in order, each piece with the spans that cover it. Spans out of range or
 * empty are left out; overlapping spans are allowed (a claim may hold an entity).
 */
export function segments(text, spans) {
  // The API counts characters as Python does (code points), not as UTF-16 units.
  const chars = Array.from(text);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end);
  const cuts = new Set([0, chars.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    pieces.push({ text: chars.slice(from, to).join(""), spans: valid.filter((s) => s.start <= from && s.end >= to) });
  }
  return pieces;
}

/** A piece of highlighted text: plain text, or nested <span>s, one per covering span (widest outside). */
function pieceNode(piece) {
  let node = document.createTextNode(piece.text);
  // Narrowest innermost; of equal spans the denial's part inside the entity, so that it shows.
  const rank = (s) => (s.kind === "ent" ? 1 : 0);
  const inner = [...piece.spans].sort((a, b) => a.end - a.start - (b.end - b.start) || rank(a) - rank(b));
  for (const span of inner) {
    const wrapper = el("span", `hl ${span.kind}`, node);
    if (span.label) wrapper.dataset.label = span.label;
    if (span.title) wrapper.title = span.title;
    node = wrapper;
  }
  return node;
}

/** A fragment of `text` with `spans` highlighted (see `segments`). */
export function highlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  for (const piece of segments(text, spans)) fragment.append(pieceNode(piece));
  return fragment;
}

/**
 * The spans of a denial record, as offsets into the text that starts at `origin` in the article body
 * (0 for the body itself, the evidence's start for the evidence sentence).
 */
export function denialSpans(denial, origin = 0) {
  const spans = [];
  const add = (part, kind, title) => {
    if (part && Number.isInteger(part.start)) spans.push({ start: part.start - origin, end: part.end - origin, kind, title });
  };
  add(denial.claim, "claim", "denied claim");
  add(denial.denier, "denier", denial.denier ? `denier: ${denial.denier.canonical}` : "");
  add(denial.trigger, denial.type === "non_denial" ? "trigger non-denial" : "trigger", denial.type);
  return spans;
}

/** The spans of an article's entity mentions. */
export function entitySpans(entities) {
  return (entities || []).map((e) => ({ start: e.start, end: e.end, kind: "ent", label: e.label, title: `${e.label}: ${e.canonical}` }));
}
