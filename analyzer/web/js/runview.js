// One assistant turn on screen: step timeline, warnings, streamed answer, reading, chart, errors.

import { h, clear } from "./dom.js";
import { duration, num } from "./format.js";
import { renderMarkdown } from "./markdown.js";
import { timelineChart } from "./chart.js";

const STATUS_LABEL = {
  running: "running", completed: "done", failed: "failed", stopped: "stopped",
};
const RUN_LABEL = {
  queued: "Queued…", in_progress: "Working…", completed: "Answered",
  failed: "Failed", cancelled: "Cancelled", interrupted: "Interrupted",
};

/** Renders a RunState; call update() after applying events (coalesced per frame). */
export class RunView {
  constructor(state, { onRetry, onCancel } = {}) {
    this.state = state;
    this.onRetry = onRetry;
    this.onCancel = onCancel;
    this.pending = false;
    this.renderedAnswer = null;
    this.renderedResult = null;
    this.renderedError = null;
    this.renderedControls = null;
    this.stepsList = h("ol", { class: "steps-list" });
    this.stepsSummary = h("summary", { class: "steps-summary" });
    this.steps = h("details", { class: "steps" }, this.stepsSummary, this.stepsList);
    this.warnings = h("div", { class: "run-warnings" });
    this.answer = h("div", { class: "answer markdown", "aria-live": "off" });
    this.extras = h("div", { class: "run-extras" });
    this.errorBox = h("div", { class: "run-error" });
    this.controls = h("div", { class: "run-controls" });
    this.el = h("div", { class: "run", dataset: { runId: state.runId } },
      this.steps, this.warnings, this.answer, this.extras, this.errorBox, this.controls);
    this.steps.open = state.active;
    this.wasActive = state.active;
    this.render();
  }

  update() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.render();
    });
  }

  render() {
    const s = this.state;
    this.el.dataset.status = s.status;
    this.el.setAttribute("aria-busy", s.active ? "true" : "false");
    if (this.wasActive && !s.active && s.status === "completed") this.steps.open = false;
    this.wasActive = s.active;
    this.renderSteps();
    this.renderWarnings();
    if (this.renderedAnswer !== s.answer) {
      renderMarkdown(this.answer, s.answer);
      this.answer.classList.toggle("streaming", s.active);
      this.renderedAnswer = s.answer;
    }
    if (!s.active) this.answer.classList.remove("streaming");
    if (this.renderedResult !== s.result && s.result) {
      this.renderExtras(s.result);
      this.renderedResult = s.result;
    }
    this.renderError();
    this.renderControls();
  }

  renderSteps() {
    const s = this.state;
    const items = s.order.map((id) => s.steps.get(id));
    this.steps.hidden = items.length === 0 && !s.active;
    const total = items.filter((x) => x.kind !== "tool").length;
    const tools = items.length - total;
    const elapsed = items.reduce((sum, x) => sum + (x.kind !== "tool" ? x.duration_ms || 0 : 0), 0);
    clear(this.stepsSummary).append(
      h("span", { class: `run-status run-status-${s.status}` }, RUN_LABEL[s.status] || s.status),
      h("span", { class: "muted" },
        ` · ${total} step${total === 1 ? "" : "s"}`,
        tools ? ` · ${tools} quer${tools === 1 ? "y" : "ies"}` : "",
        elapsed ? ` · ${duration(elapsed)}` : ""),
    );
    clear(this.stepsList).append(...items.map(stepItem));
    if (s.active && items.length === 0) {
      this.stepsList.append(h("li", { class: "step step-running" },
        h("span", { class: "step-icon", "aria-hidden": "true" }), h("span", {}, "Waiting to start…")));
    }
  }

  renderWarnings() {
    clear(this.warnings).append(...this.state.warnings.map((w) =>
      h("p", { class: "notice notice-warning", role: "note" },
        h("strong", {}, "Note: "), w.message || w.code || "warning")));
  }

  renderExtras(result) {
    clear(this.extras);
    // The report usually states its coverage in words; the line is for answers that do not.
    const stated = /\bsearched\b/i.test(this.state.answer);
    const coverage = result.coverage && !stated ? coverageLine(result.coverage) : null;
    if (coverage) this.extras.append(coverage);
    for (const chart of result.charts || []) {
      if ((chart.buckets || []).length) this.extras.append(timelineChart(chart));
    }
    if (result.parameters && Object.keys(result.parameters).length) {
      const inAnswer = /how i read your question/i.test(this.state.answer);
      this.extras.append(readingPanel(result.parameters,
        inAnswer ? "All parameters of the analysis" : "How I read your question"));
    }
  }

  renderError() {
    // Rebuilt only when it changes: a rebuilt alert is announced again by screen readers,
    // and a Retry button replaced between press and release loses the click.
    const s = this.state;
    const e = s.error && s.status !== "completed" ? s.error : null;
    const key = e ? JSON.stringify([s.status, e.title, e.detail, e.code]) : "";
    if (key === this.renderedError) return;
    this.renderedError = key;
    clear(this.errorBox);
    if (!e) return;
    const title = s.status === "interrupted"
      ? "The answer was interrupted (the server stopped before it finished)."
      : s.status === "cancelled" ? "You stopped this answer." : e.title || "The analysis failed.";
    this.errorBox.append(h("div", { class: "notice notice-error", role: "alert" },
      h("strong", {}, title), " ",
      e.detail && s.status === "failed" ? h("span", {}, e.detail) : null,
      e.code ? h("span", { class: "code-chip" }, e.code) : null,
      this.onRetry ? h("button", { type: "button", class: "button button-small retry-button",
        onclick: () => this.onRetry(s) }, "Retry") : null));
  }

  renderControls() {
    const stoppable = Boolean(this.state.active && this.onCancel);
    if (stoppable === this.renderedControls) return;
    this.renderedControls = stoppable;
    clear(this.controls);
    if (stoppable) {
      this.controls.append(h("button", { type: "button", class: "button button-quiet button-small",
        onclick: () => this.onCancel(this.state) }, "Stop"));
    }
  }
}

function stepItem(step) {
  const status = step.status || "running";
  return h("li", { class: `step step-${status} step-kind-${step.kind || "step"}` },
    h("span", { class: "step-icon", "aria-hidden": "true" }),
    h("span", { class: "step-main" },
      step.agent && step.kind !== "tool" ? h("span", { class: "agent-chip" }, step.agent) : null,
      step.kind === "tool" ? h("code", { class: "tool-name" }, step.title) : h("span", { class: "step-title" }, step.title),
      h("span", { class: "visually-hidden" }, ` (${STATUS_LABEL[status] || status})`),
      step.summary ? h("span", { class: "step-summary" }, step.summary) : null,
      step.progress && status === "running" ? h("span", { class: "step-summary" }, step.progress) : null,
      step.error ? h("span", { class: "step-summary step-error" }, step.error.detail || step.error.title || "failed") : null),
    h("span", { class: "step-duration" }, duration(step.duration_ms)));
}

function coverageLine(coverage) {
  const parts = [];
  if (coverage.lines_scanned !== undefined) parts.push(`Searched ${num(coverage.lines_scanned)} lines`);
  const win = coverage.time_window;
  if (win?.start) parts.push(`from ${win.start} to ${win.end}`);
  if (coverage.shown !== undefined && coverage.total !== undefined && coverage.total !== null) {
    parts.push(`showing ${num(coverage.shown)} of ${num(coverage.total)}`);
  }
  return parts.length ? h("p", { class: "coverage small muted" }, parts.join(" · ")) : null;
}

/** "How I read your question": the analysis parameters as a definition list. */
export function readingPanel(parameters, label = "How I read your question") {
  const list = h("dl", { class: "reading-list" });
  for (const [key, value] of Object.entries(parameters)) {
    if (value === null || value === undefined || value === "" ||
        (Array.isArray(value) && value.length === 0)) continue;
    list.append(h("dt", {}, key.replaceAll("_", " ")), h("dd", {}, showValue(value)));
  }
  return h("details", { class: "reading" },
    h("summary", {}, label), list);
}

function showValue(value) {
  if (Array.isArray(value)) return value.map(showValue).join(", ");
  if (typeof value === "object") {
    if ("start" in value || "end" in value) return `${value.start ?? "…"} → ${value.end ?? "…"}`;
    return Object.entries(value).filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${showValue(v)}`).join("; ");
  }
  return String(value);
}
