// The admin report of one conversation (any user's): every message with its runs, their agent
// steps and engine queries, and the LLM calls they made, with roll-ups. Everything as text.

import * as api from "./api.js";
import { clear, h } from "./dom.js";
import { duration, num, usd, when } from "./format.js";
import { coverageText } from "./runstate.js";
import { CallDetail, unavailable } from "./calldetail.js";

const LONG_MESSAGE = 600;

function rate(value) {
  return value === null || value === undefined ? "—" : `${Math.round(value * 1000) / 10} %`;
}

function span(start, end) {
  if (!start || !end) return "";
  return duration(new Date(end).getTime() - new Date(start).getTime());
}

function statusBadge(status) {
  const kind = status === "completed" || status === "success" ? "ready"
    : status === "queued" || status === "in_progress" || status === "running" ? "ingesting" : "failed";
  return h("span", { class: `badge badge-${kind}` }, status || "—");
}

/** Roll-up figures as stat cards. */
function rollupCards(r, withMessages) {
  const cards = [
    withMessages ? ["Messages", num(r.messages)] : null,
    withMessages ? ["Runs", num(r.runs)] : null,
    ["LLM calls", num(r.llm_calls)],
    ["Tokens in / out", `${num(r.input_tokens)} / ${num(r.output_tokens)}`],
    ["Cost", usd(r.cost_usd)],
    ["Model time", duration(r.llm_ms) || "—"],
    ["Success rate", rate(r.success_rate)],
    ["Engine queries", `${num(r.query_count)} · ${duration(r.query_ms) || "0 ms"}`],
  ].filter(Boolean);
  return cards.map(([label, value]) => h("div", { class: "stat-card" },
    h("span", { class: "stat-label" }, label), h("span", { class: "stat-value" }, value)));
}

/** Renders GET /api/admin/conversations/{id} into the admin <main>. */
export class ConversationReport {
  constructor(root) {
    this.root = root;
    this.detail = new CallDetail();
  }

  async show(id) {
    const back = h("a", { class: "button button-quiet button-small back-link", href: "/?view=admin" }, "← LLM calls");
    clear(this.root).append(back, h("h1", { id: "admin-title" }, "Conversation"),
      h("p", { class: "muted" }, "Loading…"));
    let report;
    try {
      report = await api.get(`/api/admin/conversations/${encodeURIComponent(id)}`);
    } catch (error) {
      clear(this.root).append(back, h("h1", { id: "admin-title" }, "Conversation"),
        error.status === 404
          ? h("p", { class: "notice notice-warning", role: "note" }, `No conversation ${id} is stored on this server.`)
          : unavailable("this conversation", error));
      return;
    }
    document.title = `Conversation · Admin · Log Analyzer`;
    const c = report.conversation;
    const unattached = report.unattached_llm_calls || [];
    clear(this.root).append(
      back,
      h("header", { class: "admin-header report-header" },
        h("div", {},
          h("h1", { id: "admin-title" }, c.title || "Untitled conversation"),
          h("p", { class: "small muted report-meta" },
            h("span", {}, "Conversation ", h("code", {}, c.id)), " · ",
            h("span", {}, "user ", h("code", {}, c.user_id)), " · ",
            h("span", {}, `started ${when(c.created_at)}`), " · ",
            h("span", {}, `last active ${when(c.updated_at)}`),
            c.deleted_at ? [" · ", h("span", { class: "badge badge-failed" }, `deleted ${when(c.deleted_at)}`)] : null))),
      h("section", { class: "admin-overview", "aria-label": "Totals of this conversation" }, rollupCards(report.rollup, true)),
      h("section", { class: "report-messages", "aria-labelledby": "report-messages-title" },
        h("h2", { id: "report-messages-title" }, `Messages (${num(report.messages.length)})`),
        report.messages.length
          ? h("ol", { class: "report-list" }, report.messages.map((m) => this.message(m)))
          : h("p", { class: "muted" }, "No messages.")),
      unattached.length
        ? h("section", { class: "report-unattached", "aria-labelledby": "report-unattached-title" },
            h("h2", { id: "report-unattached-title" }, "LLM calls not tied to a message"), this.calls(unattached))
        : null,
      this.detail.dialog);
  }

  message(m) {
    const text = m.content || "";
    const content = text.length > LONG_MESSAGE
      ? h("details", { class: "report-text" },
          h("summary", {}, `${text.slice(0, 200)}… (${num(text.length)} characters)`), h("pre", {}, text))
      : h("pre", { class: "report-text" }, text);
    const r = m.rollup || {};
    return h("li", { class: `report-message report-${m.role}`, dataset: { messageId: m.id } },
      h("header", { class: "report-message-header" },
        h("span", { class: "agent-chip" }, m.role), h("span", { class: "small muted" }, when(m.created_at)),
        r.llm_calls || r.query_count
          ? h("span", { class: "small muted" },
              `${num(r.llm_calls)} LLM call${r.llm_calls === 1 ? "" : "s"} · ${usd(r.cost_usd)} · ` +
              `${num(r.query_count)} quer${r.query_count === 1 ? "y" : "ies"}`)
          : null),
      content,
      (m.runs || []).map((run) => this.run(run)),
      (m.llm_calls || []).length ? this.calls(m.llm_calls) : null);
  }

  run(run) {
    const error = run.error;
    return h("section", { class: "report-run", "aria-label": `Run ${run.id}` },
      h("p", { class: "report-run-header small" },
        h("strong", {}, "Run "), h("code", {}, run.id), " ", statusBadge(run.status),
        run.intent ? [" · ", run.intent] : null,
        run.retry_of ? [" · retry of ", h("code", {}, run.retry_of)] : null,
        ` · ${when(run.created_at)}`,
        run.started_at && run.finished_at ? ` · took ${span(run.started_at, run.finished_at)}` : null),
      error ? h("p", { class: "notice notice-error" }, h("strong", {}, error.code || "error"), " ", error.detail || error.title || "") : null,
      (run.steps || []).length
        ? h("ol", { class: "steps-list report-steps", "aria-label": "Agent steps" }, run.steps.map((s) =>
            h("li", { class: `step step-${s.status || "running"}` },
              h("span", { class: "step-icon", "aria-hidden": "true" }),
              h("span", { class: "step-main" },
                s.agent ? h("span", { class: "agent-chip" }, s.agent) : null,
                h("span", { class: "step-title" }, s.title || s.step_id),
                h("span", { class: "visually-hidden" }, ` (${s.status})`),
                s.summary ? h("span", { class: "step-summary" }, String(s.summary)) : null,
                s.error ? h("span", { class: "step-summary step-error" }, s.error.detail || s.error.code || "failed") : null),
              h("span", { class: "step-duration" }, duration(s.duration_ms)))))
        : null,
      (run.queries || []).length ? this.queries(run.queries) : null);
  }

  queries(queries) {
    return h("div", { class: "table-wrap" }, h("table", { class: "ledger report-queries" },
      h("caption", {}, "Engine queries"),
      h("thead", {}, h("tr", {}, ["Query", "Arguments", "Coverage", "Time"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, queries.map((q) => h("tr", {},
        h("td", {}, h("code", {}, q.primitive || "query")),
        h("td", { class: "wrap" }, h("code", {}, q.arguments ? JSON.stringify(q.arguments) : "")),
        h("td", { class: "wrap" }, coverageText(q.coverage) || q.status),
        h("td", { class: "num" }, duration(q.duration_ms)))))));
  }

  calls(calls) {
    return h("div", { class: "table-wrap" }, h("table", { class: "ledger report-calls" },
      h("caption", {}, "LLM calls"),
      h("thead", {}, h("tr", {}, ["Time", "Model", "Agent", "Status", "Tokens in / out", "Latency", "Cost", ""]
        .map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, calls.map((c) => h("tr", { class: `status-${c.status}` },
        h("td", {}, when(c.started_at)),
        h("td", {}, c.model || c.model_requested || "—"),
        h("td", {}, c.agent || "—"),
        h("td", {}, statusBadge(c.status)),
        h("td", { class: "num" }, `${num(c.input_tokens)} / ${num(c.output_tokens)}`),
        h("td", { class: "num" }, duration(c.latency_ms)),
        h("td", { class: "num" }, usd(c.cost_usd)),
        h("td", {}, h("button", { type: "button", class: "link-button",
          "aria-label": `Details of the call at ${when(c.started_at)}`, onclick: () => this.detail.open(c.id) }, "Details")))))));
  }
}
