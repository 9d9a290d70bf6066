// Uploading logs (drag and drop or picker, several at once) and the conversation's log cards.

import * as api from "./api.js";
import { $, clear, h, toast } from "./dom.js";
import { bytes, num } from "./format.js";
import { follow } from "./stream.js";
import { logCard, progressCard } from "./logcard.js";

/** The logs attached to the open conversation, and new uploads. */
export class LogsPanel {
  constructor({ getConversation, ensureConversation, openViewer }) {
    this.getConversation = getConversation;
    this.ensureConversation = ensureConversation;
    this.openViewer = openViewer;
    this.cards = $("log-cards");
    this.dropzone = $("dropzone");
    this.input = $("file-input");
    this.logs = new Map();
    this.generation = 0;
    this.input.addEventListener("change", () => {
      this.uploadAll([...this.input.files]);
      this.input.value = "";
    });
    for (const type of ["dragenter", "dragover"]) {
      this.dropzone.addEventListener(type, (event) => {
        event.preventDefault();
        this.dropzone.classList.add("dragging");
      });
    }
    for (const type of ["dragleave", "drop"]) {
      this.dropzone.addEventListener(type, () => this.dropzone.classList.remove("dragging"));
    }
    this.dropzone.addEventListener("drop", (event) => {
      event.preventDefault();
      this.uploadAll([...(event.dataTransfer?.files || [])]);
    });
    // Dropping a file anywhere else must not navigate away from the app.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => event.preventDefault());
  }

  /** Ids of the logs shown (attached, or uploaded before the conversation existed). */
  ids() {
    return [...this.logs.keys()];
  }

  /** Show the logs attached to a conversation. */
  async show(logIds) {
    const generation = ++this.generation;
    this.logs.clear();
    clear(this.cards);
    this.dropzone.classList.toggle("compact", logIds.length > 0);
    const found = await Promise.all(logIds.map((id) => api.get(`/api/logs/${id}`).catch(() => null)));
    if (generation !== this.generation) return;
    for (const log of found) if (log) this.put(log);
  }

  put(log) {
    this.logs.set(log.id, log);
    const card = logCard(log, {
      onView: (l) => this.openViewer(l.id, null),
      onReingest: (l, choice) => this.reingest(l, choice),
      onDetach: (l) => this.detach(l),
    });
    const old = this.cards.querySelector(`[data-log-id="${CSS.escape(log.id)}"]`);
    if (old) old.replaceWith(card);
    else this.cards.append(card);
    this.dropzone.classList.add("compact");
    return card;
  }

  uploadAll(files) {
    for (const file of files) this.upload(file);
  }

  /** Send one file, follow its ingestion, then attach it to the conversation. */
  async upload(file) {
    const progress = progressCard(file.name);
    this.cards.append(progress.card);
    this.dropzone.classList.add("compact");
    let log;
    try {
      log = await api.uploadFile("/api/logs?wait=false", file, {
        onProgress: (loaded, total) => progress.set(total ? (loaded / total) * 100 : null,
          `Sending ${bytes(loaded)} of ${bytes(total)}`),
      });
    } catch (error) {
      progress.card.remove();
      toast(`${file.name}: ${error.message}`, "error");
      return;
    }
    progress.phase("reading");
    progress.set(null, "Reading the log…");
    this.logs.set(log.id, log);
    const attached = this.attach(log);
    if (log.status === "ingesting") log = await this.ingestion(log, progress);
    progress.card.remove();
    await attached;
    if (!log) return;
    this.put(log);
    if (log.status === "ready") toast(`${log.filename} is ready: ${num(log.line_count ?? log.lines)} lines.`);
  }

  /** Follow /api/logs/{id}/events until ingestion ends; resolves with the final log view. */
  ingestion(log, progress) {
    return new Promise((resolve) => {
      follow(`/api/logs/${log.id}/events`, {
        resumable: false,
        onEvent: (type, event) => {
          if (type === "ingest.progress") {
            const total = event.total_bytes;
            const done = event.bytes_done ?? event.bytes ?? 0;
            const lines = event.lines_done ?? event.lines ?? 0;
            const percent = total ? (done / total) * 100 : null;
            progress.set(percent, `${event.phase || "parsing"}: ${num(lines)} lines` +
              (total ? ` · ${bytes(done)} of ${bytes(total)}` : ""));
          }
        },
        onEnd: async () => resolve(await api.get(`/api/logs/${log.id}`).catch(() => null)),
        onError: (error) => {
          toast(`${log.filename}: ${error.message}`, "error");
          resolve(null);
        },
      });
    });
  }

  async attach(log) {
    try {
      const conversation = this.getConversation() || (await this.ensureConversation());
      await api.patch(`/api/conversations/${conversation.id}`, { attach_log_ids: [log.id] });
    } catch (error) {
      toast(`Could not attach ${log.filename}: ${error.message}`, "error");
    }
  }

  async detach(log) {
    const conversation = this.getConversation();
    try {
      if (conversation) {
        await api.patch(`/api/conversations/${conversation.id}`, { detach_log_ids: [log.id] });
      }
      this.logs.delete(log.id);
      this.cards.querySelector(`[data-log-id="${CSS.escape(log.id)}"]`)?.remove();
      this.dropzone.classList.toggle("compact", this.logs.size > 0);
    } catch (error) {
      toast(`Could not remove ${log.filename}: ${error.message}`, "error");
    }
  }

  /**
   * Parse the file again with a forced format or in another timezone (`choice`: {format} or
   * {timezone}; the other choice made before is kept), showing ingestion progress.
   */
  async reingest(log, choice) {
    const progress = progressCard(log.filename);
    const card = this.cards.querySelector(`[data-log-id="${CSS.escape(log.id)}"]`);
    card?.replaceWith(progress.card);
    progress.phase("re-reading");
    progress.set(null, choice.format ? `Reading as ${choice.format}…` : `Reading in ${choice.timezone}…`);
    const body = { format: log.format_override ?? null, timezone: log.timezone_override ?? null, ...choice };
    try {
      let view = await api.post(`/api/logs/${log.id}/reingest`, body);
      if (view.status === "ingesting") view = await this.ingestion(view, progress);
      progress.card.replaceWith(this.put(view || log));
    } catch (error) {
      progress.card.replaceWith(this.put(log));
      toast(`Could not re-read ${log.filename}: ${error.message}`, "error");
    }
  }
}

