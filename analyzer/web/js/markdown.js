// Markdown answers: rendered by marked, sanitised by DOMPurify, citations made into buttons.

import { marked } from "../vendor/marked.esm.js";
import DOMPurify from "../vendor/purify.es.mjs";

const CITE = /^#cite=([A-Za-z0-9_-]+):(\d+)$/;

marked.setOptions({ gfm: true, breaks: false });

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node.tagName !== "A") return;
  const href = node.getAttribute("href") || "";
  const cite = CITE.exec(href);
  if (cite) {
    node.classList.add("cite");
    node.dataset.logId = cite[1];
    node.dataset.line = cite[2];
    node.setAttribute("title", `Open line ${cite[2]} in the log viewer`);
  } else if (/^https?:/i.test(href)) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  } else if (!href.startsWith("#")) {
    node.removeAttribute("href");
  }
});

const PURIFY = {
  FORBID_TAGS: ["img", "style", "form", "input", "button", "textarea", "select", "iframe", "svg", "math"],
  FORBID_ATTR: ["style", "id", "class"],
  ALLOW_DATA_ATTR: false,
};

/** Markdown text -> sanitised HTML string (safe to assign to innerHTML). */
export function toSafeHtml(markdown) {
  const html = marked.parse(markdown || "", { async: false });
  return DOMPurify.sanitize(html, PURIFY);
}

/** Render markdown into an element. */
export function renderMarkdown(el, markdown) {
  el.innerHTML = toSafeHtml(markdown);
}

/** Parse "#cite=<log_id>:<line>" into {logId, line}, or null. */
export function parseCite(href) {
  const match = CITE.exec(href || "");
  return match ? { logId: match[1], line: Number(match[2]) } : null;
}
