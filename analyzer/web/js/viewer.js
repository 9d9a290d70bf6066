// The log viewer: a file's raw lines around a cited line, paged; filters run on the server over
// the whole file (level, source, text or regex) and page through the matches. Always plain text.

import * as api from "./api.js";
import { $, clear, h } from "./dom.js";
import { num } from "./format.js";

const PAGE = 200;
const CONTEXT_BEFORE = 40;
const TYPING_DELAY_MS = 250;
const NO_LEVEL = "NONE";

function rowOf(r) {
  return { line: r.line, text: r.text ?? "", level: r.level ?? null, source: r.source ?? null };
}

/** A modal dialog showing one log's lines. */
export class LogViewer {
  constructor() {
    this.dialog = $("viewer");
    this.log = null;
    this.start = 1;
    this.target = null;
    this.rows = [];
    this.next = null;
    this.earlier = []; // starts of the filtered pages before this one
    this.request = 0;
    this.build();
    this.dialog.addEventListener("close", () => { this.log = null; });
  }

  build() {
    this.title = h("h2", { id: "viewer-title", class: "viewer-title" }, "Log");
    this.subtitle = h("p", { class: "viewer-subtitle small muted" });
    this.level = h("select", { class: "input input-small", "aria-label": "Filter by level" });
    this.source = h("select", { class: "input input-small", "aria-label": "Filter by source" });
    this.text = h("input", { type: "search", class: "input input-small", placeholder: "Filter text (whole file)",
      "aria-label": "Filter by text", maxlength: 200 });
    this.regex = h("input", { type: "checkbox", class: "regex-toggle" });
    const regexLabel = h("label", { class: "regex-label small", title: "Treat the text as a regular expression (RE2)" },
      this.regex, "Regex");
    this.goto = h("input", { type: "number", min: 1, class: "input input-small input-line",
      placeholder: "Line", "aria-label": "Go to line" });
    this.status = h("p", { class: "viewer-status small muted", role: "status" });
    this.body = h("ol", { class: "log-lines", "aria-label": "Log lines" });
    this.prev = h("button", { type: "button", class: "button button-small", onclick: () => this.page(-1) }, "← Earlier");
    this.nextButton = h("button", { type: "button", class: "button button-small", onclick: () => this.page(1) }, "Later →");
    const gotoForm = h("form", { class: "goto-form" }, this.goto,
      h("button", { type: "submit", class: "button button-small" }, "Go"));
    gotoForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const line = Number(this.goto.value);
      if (line >= 1) this.showInContext(line);
    });
    for (const control of [this.level, this.source, this.regex]) {
      control.addEventListener("change", () => this.refilter());
    }
    let timer = null;
    this.text.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.refilter(), TYPING_DELAY_MS);
    });
    this.dialog.append(
      h("header", { class: "viewer-header" },
        h("div", {}, this.title, this.subtitle),
        h("button", { type: "button", class: "icon-button", "aria-label": "Close the log viewer",
          onclick: () => this.dialog.close() }, h("span", { class: "icon icon-close", "aria-hidden": "true" }))),
      h("div", { class: "viewer-tools", role: "search", "aria-label": "Filter the log" },
        this.level, this.source, this.text, regexLabel, gotoForm),
      this.status,
      this.body,
      h("footer", { class: "viewer-footer" }, this.prev, this.nextButton));
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
    this.subtitle.textContent = this.total ? `${num(this.total)} lines` : "";
    this.fillSelect(this.level, "All levels", Object.keys(this.log.levels || {}),
      (v) => (v === NO_LEVEL ? "No level" : v));
    this.fillSelect(this.source, "All sources", Object.keys(this.log.sources || {}));
    this.text.value = "";
    this.regex.checked = false;
    await this.load(line ? Math.max(1, line - CONTEXT_BEFORE) : 1, line);
  }

  fillSelect(select, label, values, text = (v) => v) {
    clear(select).append(h("option", { value: "" }, label), ...values.map((v) => h("option", { value: v }, text(v))));
    select.hidden = values.length === 0;
  }

  get total() {
    return this.log?.line_count ?? null;
  }

  /** The filters set, as query parameters (none: the plain file). */
  filters() {
    const q = this.text.value.trim();
    return { level: this.level.value, source: this.source.value, q, regex: q && this.regex.checked ? "true" : "" };
  }

  get filtered() {
    const f = this.filters();
    return Boolean(f.level || f.source || f.q);
  }

  /** The filters changed: the first page of matches over the whole file (or the plain file). */
  refilter() {
    if (!this.log) return;
    this.earlier = [];
    if (this.filtered) this.load(1);
    else this.load(this.target ? Math.max(1, this.target - CONTEXT_BEFORE) : 1, this.target);
  }

  /** Clear the filters and show a line among its neighbours. */
  showInContext(line) {
    this.level.value = "";
    this.source.value = "";
    this.text.value = "";
    this.earlier = [];
    this.load(Math.max(1, line - CONTEXT_BEFORE), line);
  }

  async load(start, target = this.target) {
    const ticket = ++this.request;
    this.start = Math.max(1, start);
    this.target = target;
    const params = this.filtered
      ? { start: this.start, limit: PAGE, ...this.filters() }
      : { start: this.start, end: this.total ? Math.min(this.total, this.start + PAGE - 1) : this.start + PAGE - 1 };
    this.status.textContent = this.filtered ? "Searching the whole file…" : "Loading lines…";
    this.body.setAttribute("aria-busy", "true");
    let answer;
    try {
      answer = await api.get(`/api/logs/${this.log.id}/lines${api.query(params)}`);
    } catch (error) {
      if (ticket !== this.request) return;
      this.rows = [];
      this.next = null;
      this.body.removeAttribute("aria-busy");
      clear(this.body);
      this.status.textContent = error.status === 422
        ? `That filter cannot be used: ${error.message}`
        : `Could not load lines: ${error.message}`;
      this.drawButtons();
      return;
    }
    if (ticket !== this.request) return; // a newer request (e.g. more typing) wins
    this.body.removeAttribute("aria-busy");
    this.rows = (answer.lines || []).map(rowOf);
    this.next = answer.next_start ?? null;
    this.scannedTo = answer.scanned_to ?? null;
    this.draw();
    this.body.querySelector(".target")?.scrollIntoView({ block: "center" });
  }

  page(direction) {
    if (this.filtered) {
      if (direction > 0 && this.next) {
        this.earlier.push(this.start);
        this.load(this.next);
      } else if (direction < 0 && this.earlier.length) {
        this.load(this.earlier.pop());
      }
      return;
    }
    this.load(direction < 0 ? this.start - PAGE : this.start + PAGE);
  }

  draw() {
    this.levels = this.rows.some((r) => r.level);
    clear(this.body).append(...this.rows.map((r) => this.row(r)));
    this.status.textContent = this.filtered ? this.filteredStatus() : this.plainStatus();
    this.drawButtons();
  }

  plainStatus() {
    if (!this.rows.length) return "No lines here.";
    const of = this.total ? ` of ${num(this.total)}` : "";
    return `Lines ${num(this.rows[0].line)}–${num(this.rows.at(-1).line)}${of}`;
  }

  filteredStatus() {
    const from = this.start > 1 ? ` from line ${num(this.start)}` : "";
    if (!this.rows.length) {
      return this.next
        ? `No matching lines${from} up to line ${num(this.scannedTo)} yet — “Later →” searches further.`
        : `No line${from} matches these filters.`;
    }
    const count = `${num(this.rows.length)} matching line${this.rows.length === 1 ? "" : "s"}`;
    const [first, last] = [this.rows[0].line, this.rows.at(-1).line];
    const span = first === last ? `(line ${num(first)})` : `(lines ${num(first)}–${num(last)})`;
    return `${count} ${span}${this.next ? " · more after this page" : " · no more matches"}`;
  }

  drawButtons() {
    if (this.filtered) {
      this.prev.disabled = this.earlier.length === 0;
      this.nextButton.disabled = !this.next;
      return;
    }
    const last = this.rows.at(-1)?.line ?? 0;
    this.prev.disabled = this.start <= 1;
    this.nextButton.disabled = this.total ? last >= this.total : this.rows.length < PAGE;
  }

  row(r) {
    const target = r.line === this.target;
    const number = this.filtered
      ? h("button", { type: "button", class: "line-no line-jump", title: "Show this line in context",
          "aria-label": `Show line ${r.line} in context`, onclick: () => this.showInContext(r.line) }, String(r.line))
      : h("span", { class: "line-no" }, String(r.line));
    const li = h("li", { class: `log-line${target ? " target" : ""}`, dataset: { line: r.line } },
      number,
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
