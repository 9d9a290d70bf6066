// A run's state folded from its events (live or replayed) or from its stored snapshot.

export const TERMINAL = new Set(["run.completed", "run.failed", "run.cancelled", "run.interrupted"]);
export const ACTIVE_STATUSES = new Set(["queued", "in_progress"]);

/** Everything the chat shows about one run; apply() each event in seq order. */
export class RunState {
  constructor(runId) {
    this.runId = runId;
    this.status = "queued";
    this.intent = null;
    this.steps = new Map();
    this.order = [];
    this.answer = "";
    this.result = null;
    this.warnings = [];
    this.error = null;
    this.lastSeq = 0;
    this.startedAt = null;
    this.finishedAt = null;
  }

  get active() {
    return ACTIVE_STATUSES.has(this.status);
  }

  /** Fold one event envelope {seq, type, agent, payload, created_at}. */
  apply(event) {
    const p = event.payload || {};
    if (event.seq) this.lastSeq = Math.max(this.lastSeq, event.seq);
    switch (event.type) {
      case "run.created":
        this.status = "queued";
        break;
      case "run.in_progress":
        this.status = "in_progress";
        this.startedAt = event.created_at;
        break;
      case "intent.resolved":
        this.intent = p.intent;
        break;
      case "step.created":
        this.step(p.step_id ?? `s${event.seq}`, {
          kind: "step", agent: event.agent, title: p.title || event.agent || "Step",
          status: "running", started: event.created_at,
        });
        break;
      case "step.delta":
        this.step(p.step_id, { progress: p.text ?? p.progress ?? p.message });
        break;
      case "step.completed":
        this.step(p.step_id, {
          status: "completed", summary: p.summary, duration_ms: p.duration_ms,
        });
        break;
      case "step.failed":
        this.step(p.step_id, { status: "failed", error: p.error });
        break;
      case "tool.called":
        this.step(p.call_id ?? `t${event.seq}`, {
          kind: "tool", agent: event.agent, title: p.primitive || p.tool || "query",
          arguments: p.arguments, status: "running", parent: p.step_id,
        });
        break;
      case "tool.result":
        this.step(p.call_id, {
          status: p.error ? "failed" : "completed", summary: coverageText(p.coverage),
          duration_ms: p.duration_ms, error: p.error,
        });
        break;
      case "message.delta":
        this.answer += p.text || "";
        break;
      case "result.created":
        this.result = p.result && typeof p.result === "object" ? p.result : p;
        break;
      case "warning":
        this.warnings.push(p);
        break;
      default:
        if (TERMINAL.has(event.type)) {
          this.status = p.status || event.type.slice(4);
          this.error = p.error || null;
          this.finishedAt = event.created_at;
          this.settleSteps();
        }
    }
  }

  step(id, fields) {
    if (id === undefined || id === null) return;
    const key = String(id);
    if (!this.steps.has(key)) {
      this.steps.set(key, { id: key, status: "running" });
      this.order.push(key);
    }
    const step = this.steps.get(key);
    for (const [name, value] of Object.entries(fields)) {
      if (value !== undefined) step[name] = value;
    }
  }

  /** A run that ended leaves no step spinning. */
  settleSteps() {
    for (const step of this.steps.values()) {
      if (step.status === "running") step.status = this.status === "completed" ? "completed" : "stopped";
    }
  }

  /** Load a stored snapshot (GET /api/runs/{id}) plus the answer text from the message. */
  static fromSnapshot(snapshot, answer = "") {
    const state = new RunState(snapshot.id);
    state.status = snapshot.status;
    state.intent = snapshot.intent;
    state.lastSeq = snapshot.last_seq;
    state.error = snapshot.error;
    state.warnings = snapshot.warnings || [];
    state.result = snapshot.result;
    state.answer = answer || snapshot.result?.answer || "";
    state.startedAt = snapshot.started_at;
    state.finishedAt = snapshot.finished_at;
    for (const step of snapshot.steps || []) {
      state.step(step.step_id, {
        kind: step.kind || "step", agent: step.agent, title: step.title, status: step.status,
        duration_ms: step.duration_ms, summary: coverageText(step.summary), error: step.error,
      });
    }
    if (!state.active) state.settleSteps();
    return state;
  }
}

/** Coverage may be a sentence or {lines_scanned, shown, total, time_window}. */
export function coverageText(coverage) {
  if (coverage === null || coverage === undefined) return undefined;
  if (typeof coverage !== "object") return String(coverage);
  const parts = [];
  if (coverage.text) return String(coverage.text);
  if (coverage.shown !== undefined && coverage.total !== undefined) {
    parts.push(`${coverage.shown} of ${coverage.total}`);
  }
  if (coverage.lines_scanned !== undefined) parts.push(`${coverage.lines_scanned} lines scanned`);
  const win = coverage.time_window || coverage.window;
  if (win?.start || win?.end) parts.push(`window ${win.start ?? "…"} – ${win.end ?? "…"}`);
  if (coverage.note) parts.push(String(coverage.note));
  return parts.join(", ") || JSON.stringify(coverage);
}
