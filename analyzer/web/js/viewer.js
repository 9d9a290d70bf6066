// The log viewer: a file's raw lines around a cited line, paged, filtered; always plain text.

import * as api from "./api.js";
import { $, clear, h } from "./dom.js";
import { num } from "./format.js";

const PAGE = 200;
const CONTEXT_BEFORE = 40;

function rowsOf(answer) {
  const rows = Array.isArray(answer) ? answer : answer.lines || answer.items || [];
  return rows.map((r, i) => (typeof r === "string" ? { line: (answer.start || 1) + i, text: r } : {
    line: r.line ?? r.line_no ?? r.number ?? r.n,
    text: r.text ?? r.raw ?? r.message ?? "",
    level: r.level ?? r.fields?.level ?? null,
    source: r.source ?? r.component ?? r.fields?.source ?? r.fields?.component ?? null,
    ts: r.ts ?? r.timestamp ?? r.time ?? null,
  }));
}

/** A modal dialog showing one log's lines. */
export class LogViewer {
  constructor() {
    this.dialog = $("viewer");
    this.log = null;
    this.start = 1;
    this.target = null;
    this.rows = [];
    this.build();
    this.dialog.addEventListener("close", () => { this.log = null; });
  }

  build() {
    this.title = h("h2", { id: "viewer-title", class: "viewer-title" }, "Log");
    this.subtitle = h("p", { class: "viewer-subtitle small muted" });
    this.level = h("select", { class: "input input-small", "aria-label": "Filter by level" });
    this.source = h("select", { class: "input input-small", "aria-label": "Filter by source" });
    this.text = h("input", { type: "search", class: "input input-small", placeholder: "Filter text",
      "aria-label": "Filter by text" });
    this.goto = h("input", { type: "number", min: 1, class: "input input-small input-line",
      placeholder: "Line", "aria-label": "Go to line" });
    this.status = h("p", { class: "viewer-status small muted", role: "status" });
    this.body = h("ol", { class: "log-lines", "aria-label": "Log lines" });
    this.prev = h("button", { type: "button", class: "button button-small", onclick: () => this.page(-1) }, "← Earlier");
    this.next = h("button", { type: "button", class: "button button-small", onclick: () => this.page(1) }, "Later →");
    const gotoForm = h("form", { class: "goto-form" }, this.goto,
      h("button", { type: "submit", class: "button button-small" }, "Go"));
    gotoForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const line = Number(this.goto.value);
      if (line >= 1) this.load(line, line);
    });
    for (const control of [this.level, this.source]) control.addEventListener("change", () => this.draw());
    this.text.addEventListener("input", () => this.draw());
    this.dialog.append(
      h("header", { class: "viewer-header" },
        h("div", {}, this.title, this.subtitle),
        h("button", { type: "button", class: "icon-button", "aria-label": "Close the log viewer",
          onclick: () => this.dialog.close() }, h("span", { class: "icon icon-close", "aria-hidden": "true" }))),
      h("div", { class: "viewer-tools" }, this.level, this.source, this.text, gotoForm),
      this.status,
      this.body,
      h("footer", { class: "viewer-footer" }, this.prev, this.next));
  }

  /** Open a log at a cited line (highlighted, with context before and after), or at its start. */
  async open(logId, line = null) {
    if (!this.dialog.open) this.dialog.showModal();
    this.title.textContent = "Loading…";
    try {
      this.log = await api.get(`/api/logs/${logId}`);
    } catch (error) {
      this.title.textContent = "This log cannot be shown";
      this.subtitle.textContent = error.message;
      clear(this.body);
      return;
    }
    this.title.textContent = this.log.filename;
    this.fillSelect(this.level, "All levels", Object.keys(this.log.levels || {}));
    this.fillSelect(this.source, "All sources", Object.keys(this.log.sources || {}));
    this.text.value = "";
    await this.load(line ? Math.max(1, line - CONTEXT_BEFORE) : 1, line);
  }

  fillSelect(select, label, values) {
    clear(select).append(h("option", { value: "" }, label), ...values.map((v) => h("option", { value: v }, v)));
    select.hidden = values.length === 0;
  }

  get total() {
    return this.log?.line_count ?? this.log?.lines ?? null;
  }

  async load(start, target = null) {
    this.start = Math.max(1, start);
    this.target = target;
    const end = this.total ? Math.min(this.total, this.start + PAGE - 1) : this.start + PAGE - 1;
    this.status.textContent = "Loading lines…";
    try {
      const answer = await api.get(`/api/logs/${this.log.id}/lines?start=${this.start}&end=${end}`);
      this.rows = rowsOf(answer);
    } catch (error) {
      this.rows = [];
      this.status.textContent = `Could not load lines: ${error.message}`;
      clear(this.body);
      return;
    }
    this.draw();
    this.body.querySelector(".target")?.scrollIntoView({ block: "center" });
  }

  page(direction) {
    this.load(direction < 0 ? this.start - PAGE : this.start + PAGE);
  }

  draw() {
    const level = this.level.value;
    const source = this.source.value;
    const text = this.text.value.trim().toLowerCase();
    const shown = this.rows.filter((r) => (!level || r.level === level) &&
      (!source || r.source === source) && (!text || r.text.toLowerCase().includes(text)));
    this.levels = this.rows.some((r) => r.level);
    clear(this.body).append(...shown.map((r) => this.row(r)));
    const first = this.rows[0]?.line;
    const last = this.rows.at(-1)?.line;
    this.subtitle.textContent = this.total ? `${num(this.total)} lines` : "";
    this.status.textContent = this.rows.length
      ? `Lines ${num(first)}–${num(last)}${this.total ? ` of ${num(this.total)}` : ""}` +
        (shown.length !== this.rows.length ? ` · ${shown.length} match the filters` : "")
      : "No lines here.";
    this.prev.disabled = this.start <= 1;
    this.next.disabled = this.total ? (last ?? 0) >= this.total : this.rows.length < PAGE;
  }

  row(r) {
    const target = r.line === this.target;
    const li = h("li", { class: `log-line${target ? " target" : ""}`, dataset: { line: r.line } },
      h("span", { class: "line-no" }, String(r.line)),
      this.levels ? h("span", { class: `level-chip level-${String(r.level).toLowerCase()}` }, r.level || "") : null,
      h("span", { class: "line-text" }));
    // Log text is data: textContent only, so markup in a line can never run or load.
    li.querySelector(".line-text").textContent = r.text;
    if (target) {
      li.setAttribute("aria-current", "true");
      li.append(h("span", { class: "visually-hidden" }, " (the cited line)"));
    }
    return li;
  }
}
