// The conversation: history, the composer, and live runs (streamed, resumable, retryable).

import * as api from "./api.js";
import { $, clear, h, toast } from "./dom.js";
import { follow } from "./stream.js";
import { ACTIVE_STATUSES, RunState } from "./runstate.js";
import { RunView } from "./runview.js";
import { ConversationTitle } from "./title.js";

const MESSAGE_PAGE = 200;

/** The open conversation and everything said in it. */
export class Chat {
  constructor({ sidebar, logs, navigate }) {
    this.sidebar = sidebar;
    this.logs = logs;
    this.navigate = navigate;
    this.conversation = null;
    this.streams = new Set();
    this.activeRun = null;
    this.list = $("messages");
    this.empty = $("chat-empty");
    this.title = new ConversationTitle({
      sidebar,
      getConversation: () => this.conversation,
      setConversation: (c) => { this.conversation = c; },
    });
    this.input = $("composer-input");
    this.sendButton = $("composer-send");
    this.form = $("composer");
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.send();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.send();
      }
    });
    for (const example of document.querySelectorAll(".example")) {
      example.addEventListener("click", () => {
        this.input.value = example.textContent;
        this.input.focus();
      });
    }
  }

  /** A blank conversation (created on the first message or upload). */
  reset() {
    this.stopStreams();
    this.conversation = null;
    clear(this.list);
    this.title.show(null);
    this.logs.show([]);
    this.updateEmpty();
    this.setBusy(false);
  }

  /** Load a conversation and its history; follow its active run, or show how the last ended. */
  async open(id) {
    this.stopStreams();
    this.setBusy(false);
    clear(this.list);
    let conversation;
    try {
      conversation = await api.get(`/api/conversations/${id}`);
    } catch (error) {
      if (error.status === 404) {
        toast("That conversation no longer exists.", "error");
        this.navigate(null);
      } else if (error.status !== 401) {
        toast(`Could not open the conversation: ${error.message}`, "error");
      }
      return;
    }
    this.conversation = conversation;
    this.title.show(conversation);
    this.logs.show(conversation.log_ids);
    const messages = await this.loadMessages(id);
    this.renderHistory(messages);
    this.updateEmpty();
    this.list.lastElementChild?.scrollIntoView({ block: "end" });
  }

  async loadMessages(id) {
    const all = [];
    for (let page = 1; ; page += 1) {
      const found = await api.get(`/api/conversations/${id}/messages?page=${page}&limit=${MESSAGE_PAGE}`);
      all.push(...found.items);
      if (all.length >= found.total || found.items.length === 0) return all;
    }
  }

  /**
   * Each question, then its stored replies, then (when no reply came from it) the latest run
   * the server started for it: followed live if still active, otherwise shown as it ended
   * (interrupted by a restart, failed, stopped) with Retry. Nothing is taken from the browser.
   */
  renderHistory(messages) {
    let question = null;
    let replies = [];
    const settle = () => {
      const run = question?.latest_run;
      if (run && !replies.some((reply) => reply.run_id === run.id)) {
        this.list.append(this.runTurn(run, question.id));
      } else if (question && !run && replies.length === 0) {
        this.list.append(this.orphanTurn(question));
      }
    };
    for (const message of messages) {
      if (message.role === "user") {
        settle();
        question = message;
        replies = [];
        this.list.append(this.userTurn(message.content));
      } else {
        replies.push(message);
        this.list.append(message.run_id ? this.storedTurn(message) : this.plainTurn(message));
      }
    }
    settle();
  }

  userTurn(text) {
    return h("li", { class: "turn turn-user" },
      h("div", { class: "bubble" }, h("span", { class: "visually-hidden" }, "You: "), text));
  }

  plainTurn(message) {
    const view = new RunView(Object.assign(new RunState(null), { status: "completed", answer: message.content }));
    return this.assistantTurn(view);
  }

  assistantTurn(view) {
    return h("li", { class: "turn turn-assistant" },
      h("div", { class: "avatar", "aria-hidden": "true" }),
      h("div", { class: "assistant-body" }, h("span", { class: "visually-hidden" }, "Analyzer: "), view.el));
  }

  /** A finished answer: its text at once, then steps, warnings and result from the snapshot. */
  storedTurn(message) {
    const state = Object.assign(new RunState(message.run_id), { status: "completed", answer: message.content });
    const view = new RunView(state, this.handlers());
    api.get(`/api/runs/${message.run_id}`).then((snapshot) => {
      view.state = RunState.fromSnapshot(snapshot, message.content);
      view.renderedResult = null;
      view.render();
    }).catch(() => {});
    return this.assistantTurn(view);
  }

  /**
   * A run without a stored reply, from its brief {id, status, error}: an active one is followed
   * from its first event; an ended one shows its status and error at once (with Retry), then
   * its steps and warnings from the snapshot.
   */
  runTurn(brief, messageId) {
    const state = Object.assign(new RunState(brief.id), { status: brief.status, error: brief.error ?? null });
    state.messageId = messageId;
    const view = new RunView(state, this.handlers());
    const turn = this.assistantTurn(view);
    if (ACTIVE_STATUSES.has(brief.status)) {
      this.followRun(view);
      return turn;
    }
    api.get(`/api/runs/${brief.id}`).then((snapshot) => {
      const folded = RunState.fromSnapshot(snapshot);
      folded.messageId = messageId;
      view.state = folded;
      view.steps.open = folded.active;
      if (folded.active) this.followRun(view);
      view.render();
    }).catch((error) => {
      if (error.status === 404) turn.remove();
    });
    return turn;
  }

  /** A question the server has no run for (stored before runs were kept): offer to ask again. */
  orphanTurn(message) {
    const again = h("button", { type: "button", class: "button button-small",
      onclick: () => { this.input.value = message.content; this.send(); } }, "Ask again");
    return h("li", { class: "turn turn-assistant" },
      h("div", { class: "avatar", "aria-hidden": "true" }),
      h("div", { class: "assistant-body" },
        h("p", { class: "notice notice-error", role: "note" },
          "No answer was recorded for this question (it may have been interrupted). ", again)));
  }

  handlers() {
    return { onRetry: (state) => this.retry(state), onCancel: (state) => this.cancel(state) };
  }

  /** Stream a run's events into its view: replay from the first event, then tail live. */
  followRun(view) {
    const state = view.state;
    const fresh = new RunState(state.runId);
    fresh.messageId = state.messageId;
    view.state = fresh;
    this.activeRun = fresh;
    this.setBusy(true);
    const stream = follow(`/api/runs/${fresh.runId}/events`, {
      after: 0,
      onEvent: (_type, event) => {
        fresh.apply(event);
        view.update();
        this.keepScrolled();
      },
      onEnd: () => {
        this.streams.delete(stream);
        this.announce(fresh);
        if (this.activeRun === fresh) {
          this.activeRun = null;
          this.setBusy(false);
        }
        view.update();
        this.sidebar.load();
      },
      onError: (error) => {
        this.streams.delete(stream);
        fresh.status = "failed";
        fresh.error = error.problem;
        this.setBusy(false);
        view.update();
      },
    });
    this.streams.add(stream);
  }

  /** Tell screen readers how a run ended (the streamed text itself is not read out piecemeal). */
  announce(state) {
    const said = {
      completed: "The answer is ready.",
      failed: `The analysis failed: ${state.error?.detail || state.error?.title || "error"}.`,
      cancelled: "The answer was stopped.",
      interrupted: "The answer was interrupted. You can retry it.",
    };
    $("announcer").textContent = said[state.status] || "";
  }

  keepScrolled() {
    const main = document.scrollingElement;
    const near = main.scrollHeight - main.scrollTop - main.clientHeight < 160;
    if (near) this.list.lastElementChild?.scrollIntoView({ block: "end" });
  }

  stopStreams() {
    for (const stream of this.streams) stream.close();
    this.streams.clear();
    this.activeRun = null;
  }

  /** Make sure a conversation exists (created on first use, with the logs uploaded so far). */
  async ensureConversation() {
    if (this.conversation) return this.conversation;
    this.creating ??= api.post("/api/conversations", { log_ids: this.logs.ids() })
      .finally(() => { this.creating = null; });
    const created = await this.creating;
    if (this.conversation) return this.conversation;
    this.conversation = created;
    this.sidebar.upsert(created);
    this.sidebar.select(created.id);
    this.navigate(created.id, { replace: false, load: false });
    this.title.show(created);
    return created;
  }

  /** Send the composer's text as a question. */
  async send() {
    const text = this.input.value.trim();
    if (!text || this.sendButton.disabled) return;
    this.setBusy(true);
    const turn = this.userTurn(text);
    this.list.append(turn);
    this.updateEmpty();
    this.input.value = "";
    try {
      const conversation = await this.ensureConversation();
      const accepted = await api.post(`/api/conversations/${conversation.id}/messages`, { content: text });
      const runTurn = this.runTurn({ id: accepted.run_id, status: "queued" }, accepted.message_id);
      this.list.append(runTurn);
      runTurn.scrollIntoView({ block: "end" });
      this.sidebar.load();
      this.title.refresh(conversation.id);
    } catch (error) {
      turn.remove();
      this.input.value = text;
      this.setBusy(false);
      this.updateEmpty();
      if (error.status !== 401) toast(`Not sent: ${error.message}`, "error");
    }
  }

  /** Start a new run for the same message; it replaces the failed one on screen. */
  async retry(state) {
    try {
      const accepted = await api.post(`/api/runs/${state.runId}/retry`);
      const old = this.list.querySelector(`.run[data-run-id="${CSS.escape(state.runId)}"]`)?.closest(".turn");
      const turn = this.runTurn({ id: accepted.run_id, status: "queued" }, accepted.message_id);
      if (old) old.replaceWith(turn);
      else this.list.append(turn);
    } catch (error) {
      toast(`Could not retry: ${error.message}`, "error");
    }
  }

  async cancel(state) {
    try {
      await api.post(`/api/runs/${state.runId}/cancel`);
    } catch (error) {
      toast(`Could not stop: ${error.message}`, "error");
    }
  }

  setBusy(busy) {
    this.sendButton.disabled = busy;
    this.sendButton.textContent = busy ? "Answering…" : "Send";
  }

  updateEmpty() {
    this.empty.hidden = this.list.children.length > 0;
  }
}
