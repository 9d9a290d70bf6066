// One LLM call in a dialog: every recorded field, its input messages and its output, as text.

import * as api from "./api.js";
import { append, clear, h } from "./dom.js";

/** A message for an admin API answer that is not a success. */
export function unavailable(what, error) {
  if (error.status === 404) {
    return h("p", { class: "notice notice-warning", role: "note" },
      `Not available on this server yet: ${what} (the API answered 404). `,
      "It appears once the LLM call ledger is installed.");
  }
  return h("p", { class: "notice notice-error", role: "alert" }, `Could not load ${what}: ${error.message}`);
}

/** The call-detail <dialog>; open(id) loads and shows one call. */
export class CallDetail {
  constructor() {
    this.dialog = h("dialog", { class: "call-detail", "aria-labelledby": "call-detail-title" });
  }

  close() {
    this.dialog.close();
  }

  async open(id) {
    clear(this.dialog).append(h("p", {}, "Loading…"));
    if (!this.dialog.open) this.dialog.showModal();
    let call;
    try {
      call = await api.get(`/api/admin/llm-calls/${id}`);
    } catch (error) {
      clear(this.dialog).append(unavailable("this call", error),
        h("button", { type: "button", class: "button", onclick: () => this.close() }, "Close"));
      return;
    }
    const scalars = Object.entries(call).filter(([, v]) => v === null || typeof v !== "object");
    const messages = call.input_messages || [];
    const output = call.output_text ?? null;
    append(clear(this.dialog), [
      h("header", { class: "viewer-header" },
        h("h2", { id: "call-detail-title" }, `Call ${call.model || ""} · ${call.agent || ""}`),
        h("button", { type: "button", class: "icon-button", "aria-label": "Close", onclick: () => this.close() },
          h("span", { class: "icon icon-close", "aria-hidden": "true" }))),
      call.error_message ? h("p", { class: "notice notice-error" }, `${call.error_type || "error"}: ${call.error_message}`) : null,
      h("dl", { class: "call-fields" }, scalars.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v === null ? "—" : String(v))])),
      messages.length ? h("h3", {}, "Input") : null,
      (Array.isArray(messages) ? messages : [messages]).map((m) => h("div", { class: "call-message" },
        h("span", { class: "agent-chip" }, m.role || "message"),
        h("pre", {}, typeof m === "string" ? m : m.content ?? JSON.stringify(m)))),
      output !== null ? [h("h3", {}, "Output"), h("pre", { class: "call-output" }, String(output))] : null]);
  }
}
