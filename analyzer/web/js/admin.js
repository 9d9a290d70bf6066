// The admin page: LLM call ledger (filters, search, detail), charts by model over time, and
// (from a ledger row's conversation) everything about one conversation.

import * as api from "./api.js";
import { clear, h } from "./dom.js";
import { duration, num, usd, when } from "./format.js";
import { seriesChart } from "./chart.js";
import { CallDetail, unavailable } from "./calldetail.js";
import { ConversationReport } from "./admin_conversation.js";

const WINDOWS = [["24", "Last 24 hours"], ["168", "Last 7 days"], ["720", "Last 30 days"]];
const STATUSES = ["", "success", "error", "timeout", "cancelled"];
const PAGE = 50;
const MAX_MODELS = 6;
const LATENCY_DASH = { p50: null, p95: [6, 4], p99: [2, 3] }; // one colour per model

/** First defined value among several possible field names. */
function pick(row, ...names) {
  for (const name of names) {
    const value = name.split(".").reduce((o, k) => (o == null ? undefined : o[k]), row);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

const groupsOf = (answer) => (Array.isArray(answer) ? answer
  : answer?.groups || answer?.items || answer?.rows || answer?.by || []);
const keyOf = (row) => String(pick(row, "key", "group", "model", "agent", "day", "date") ?? "—");
const callsOf = (row) => pick(row, "calls", "count", "total_calls") ?? 0;
const errorsOf = (row) => pick(row, "errors", "error_count") ?? 0;
const errorRateOf = (row) => pick(row, "error_rate") ?? (callsOf(row) ? errorsOf(row) / callsOf(row) : 0);
const tokensOf = (row) => (pick(row, "input_tokens", "tokens_in", "tokens.input") ?? 0) +
  (pick(row, "output_tokens", "tokens_out", "tokens.output") ?? 0);
const costOf = (row) => pick(row, "cost_usd", "cost") ?? 0;
const latencyOf = (row, p) => pick(row, `latency_${p}_ms`, `latency_ms.${p}`, `latency.${p}`,
  `${p}_latency_ms`, `latency_ms_${p}`);
const ttftOf = (row, p) => pick(row, `ttft_${p}_ms`, `ttft_ms.${p}`, `ttft.${p}`, `${p}_ttft_ms`);

/** Renders the admin page into its <main>, or a refusal for non-admins. */
export class AdminPage {
  constructor(root) {
    this.root = root;
    this.cursor = null;
  }

  refuse(me) {
    clear(this.root).append(h("section", { class: "refusal", role: "alert" },
      h("h1", { id: "admin-title" }, "Admins only"),
      h("p", {}, `You are signed in as ${me?.name ?? "a user"}, who is not an administrator.`),
      h("p", { class: "muted" }, "The LLM call ledger shows every user's calls, so only admins can open it."),
      h("a", { class: "button", href: "/" }, "Back to the chat")));
  }

  /** The ledger page, or one conversation's report when `conversationId` is given. */
  show(me, conversationId = null) {
    if (me.role !== "admin") return this.refuse(me);
    if (conversationId) {
      this.report = new ConversationReport(this.root);
      this.report.show(conversationId);
      return undefined;
    }
    this.hours = this.hours || "168";
    const windowSelect = h("select", { class: "input input-small", "aria-label": "Time window" },
      WINDOWS.map(([v, label]) => h("option", { value: v, selected: v === this.hours }, label)));
    windowSelect.addEventListener("change", () => { this.hours = windowSelect.value; this.refresh(); });
    this.overview = h("section", { class: "admin-overview", "aria-label": "Overview" });
    this.charts = h("section", { class: "admin-charts", "aria-label": "Charts by model" });
    this.tableBox = h("div", { class: "table-wrap" });
    this.more = h("button", { type: "button", class: "button button-small", hidden: true,
      onclick: () => this.loadCalls(false) }, "Load more");
    this.detail = new CallDetail();
    clear(this.root).append(
      h("header", { class: "admin-header" },
        h("h1", { id: "admin-title" }, "LLM calls"), windowSelect),
      this.overview, this.charts,
      h("section", { class: "admin-ledger", "aria-labelledby": "ledger-title" },
        h("h2", { id: "ledger-title" }, "Ledger"), this.filterForm(), this.tableBox, this.more),
      this.detail.dialog);
    this.refresh();
    return undefined;
  }

  refresh() {
    this.loadOverview();
    this.loadCharts();
    this.loadCalls(true);
  }

  async loadOverview() {
    clear(this.overview).append(h("p", { class: "muted" }, "Loading…"));
    try {
      const o = await api.get(`/api/admin/overview?hours=${this.hours}`);
      const t = o.totals || o.global || o;
      const cards = [
        ["Calls", num(callsOf(t))],
        ["Error rate", `${(errorRateOf(t) * 100).toFixed(1)} %`],
        ["Tokens", num(tokensOf(t))],
        ["Cost", usd(costOf(t))],
        ["Latency p50", duration(latencyOf(t, "p50"))],
        ["Latency p95", duration(latencyOf(t, "p95"))],
        ["First token p50", duration(ttftOf(t, "p50"))],
      ];
      clear(this.overview).append(...cards.map(([label, value]) =>
        h("div", { class: "stat-card" }, h("span", { class: "stat-label" }, label),
          h("span", { class: "stat-value" }, value || "—"))));
    } catch (error) {
      clear(this.overview).append(unavailable("the overview", error));
    }
  }

  async loadCharts() {
    clear(this.charts).append(h("p", { class: "muted" }, "Loading charts…"));
    try {
      const byModel = groupsOf(await api.get(`/api/admin/llm-calls/stats${api.query({
        scope: "global", hours: this.hours, group_by: "model" })}`));
      const models = byModel.map(keyOf).slice(0, MAX_MODELS);
      const perModel = await Promise.all(models.map((model) => api.get(`/api/admin/llm-calls/stats${
        api.query({ scope: "global", hours: this.hours, group_by: "day", model })}`).then(groupsOf)));
      clear(this.charts);
      if (!models.length) {
        this.charts.append(h("p", { class: "muted" }, "No LLM calls in this window."));
        return;
      }
      const days = [...new Set(perModel.flat().map(keyOf))].sort();
      const x = days.map((d) => new Date(d).getTime() / 1000);
      const series = (metric) => models.map((model, i) => {
        const rows = new Map(perModel[i].map((r) => [keyOf(r), r]));
        return { name: model, values: days.map((d) => (rows.has(d) ? metric(rows.get(d)) : null)) };
      });
      const latency = models.flatMap((model, i) => ["p50", "p95", "p99"].map((p) => {
        const rows = new Map(perModel[i].map((r) => [keyOf(r), r]));
        return { name: `${model} ${p}`, colour: i, dash: LATENCY_DASH[p],
          values: days.map((d) => (rows.has(d) ? latencyOf(rows.get(d), p) ?? null : null)) };
      }));
      this.charts.append(
        seriesChart("Calls", x, series(callsOf)),
        seriesChart("Tokens (in + out)", x, series(tokensOf)),
        seriesChart("Cost (USD)", x, series(costOf)),
        seriesChart("Error rate (%)", x, series((r) => Math.round(errorRateOf(r) * 1000) / 10)),
        seriesChart("Latency percentiles (ms)", x, latency),
        modelTable(byModel));
    } catch (error) {
      clear(this.charts).append(unavailable("the statistics", error));
    }
  }

  filterForm() {
    const field = (name, label, attrs = {}) => h("label", { class: "filter" },
      h("span", { class: "filter-label" }, label),
      h("input", { name, class: "input input-small", ...attrs }));
    const status = h("select", { name: "status", class: "input input-small" },
      STATUSES.map((s) => h("option", { value: s }, s || "any")));
    const form = h("form", { class: "filters", role: "search", "aria-label": "Filter LLM calls" },
      field("q", "Search text", { type: "search", placeholder: "words in prompts or answers" }),
      field("model", "Model"), field("agent", "Agent"),
      h("label", { class: "filter" }, h("span", { class: "filter-label" }, "Status"), status),
      field("user_id", "User id"), field("conversation_id", "Conversation id"),
      field("since", "From", { type: "datetime-local" }), field("until", "To", { type: "datetime-local" }),
      h("div", { class: "filter-actions" },
        h("button", { type: "submit", class: "button button-primary button-small" }, "Apply"),
        h("button", { type: "reset", class: "button button-quiet button-small" }, "Clear")),
      h("div", { class: "filter-actions export-links" },
        this.exportCsv = h("a", { class: "button button-quiet button-small", download: "" }, "Export CSV"),
        this.exportJsonl = h("a", { class: "button button-quiet button-small", download: "" }, "Export JSONL")));
    form.addEventListener("submit", (event) => { event.preventDefault(); this.loadCalls(true); });
    form.addEventListener("reset", () => setTimeout(() => this.loadCalls(true)));
    this.form = form;
    return form;
  }

  filters() {
    const values = Object.fromEntries(new FormData(this.form));
    for (const key of ["since", "until"]) {
      if (values[key]) values[key] = new Date(values[key]).toISOString();
    }
    return values;
  }

  async loadCalls(reset) {
    if (reset) {
      this.cursor = null;
      this.rows = [];
      const filters = this.filters();
      this.exportCsv.href = `/api/admin/llm-calls/export${api.query({ ...filters, format: "csv" })}`;
      this.exportJsonl.href = `/api/admin/llm-calls/export${api.query({ ...filters, format: "jsonl" })}`;
    }
    try {
      const page = await api.get(`/api/admin/llm-calls${api.query({
        ...this.filters(), limit: PAGE, cursor: this.cursor })}`);
      const items = page.items || page;
      this.rows.push(...items);
      this.cursor = page.next_cursor || null;
      this.more.hidden = !this.cursor;
      clear(this.tableBox).append(this.table());
    } catch (error) {
      this.more.hidden = true;
      clear(this.tableBox).append(unavailable("the ledger", error));
    }
  }

  table() {
    if (!this.rows.length) return h("p", { class: "muted" }, "No calls match.");
    const head = ["Time", "Model", "Agent", "Status", "Tokens in / out", "Latency", "First token", "Cost",
      "Conversation", ""];
    return h("table", { class: "ledger" },
      h("caption", { class: "visually-hidden" }, "LLM calls, newest first"),
      h("thead", {}, h("tr", {}, head.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, this.rows.map((c) => h("tr", { class: `status-${c.status}` },
        h("td", {}, when(c.started_at)),
        h("td", {}, c.model || c.model_requested || "—"),
        h("td", {}, c.agent || "—"),
        h("td", {}, h("span", { class: `badge badge-${c.status === "success" ? "ready" : "failed"}` }, c.status)),
        h("td", { class: "num" }, `${num(c.input_tokens)} / ${num(c.output_tokens)}`),
        h("td", { class: "num" }, duration(c.latency_ms)),
        h("td", { class: "num" }, duration(c.ttft_ms)),
        h("td", { class: "num" }, usd(c.cost_usd)),
        h("td", {}, conversationLink(c.conversation_id)),
        h("td", {}, h("button", { type: "button", class: "link-button",
          "aria-label": `Details of the call at ${when(c.started_at)}`, onclick: () => this.detail.open(c.id) }, "Details"))))));
  }
}

/** A link to the admin report of a conversation, labelled with the start of its id. */
export function conversationLink(id) {
  if (!id) return "—";
  return h("a", { class: "conversation-link", href: `/?view=admin&conversation=${encodeURIComponent(id)}`,
    title: id, "aria-label": `Open conversation ${id}` }, h("code", {}, id.length > 10 ? `${id.slice(0, 8)}…` : id));
}

function modelTable(rows) {
  return h("div", { class: "table-wrap model-table" },
    h("table", { class: "ledger" },
      h("caption", {}, "By model"),
      h("thead", {}, h("tr", {}, ["Model", "Calls", "Errors", "Tokens", "Cost", "p50", "p95", "p99"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((r) => h("tr", {},
        h("td", {}, keyOf(r)), h("td", { class: "num" }, num(callsOf(r))), h("td", { class: "num" }, num(errorsOf(r))),
        h("td", { class: "num" }, num(tokensOf(r))), h("td", { class: "num" }, usd(costOf(r))),
        ["p50", "p95", "p99"].map((p) => h("td", { class: "num" }, duration(latencyOf(r, p)))))))));
}
