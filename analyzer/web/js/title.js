// The conversation's title in the chat header: shown, refreshed, renamed in place.

import * as api from "./api.js";
import { $, h } from "./dom.js";
import { renameConversation } from "./sidebar.js";

/** The header title of the open conversation. */
export class ConversationTitle {
  constructor({ sidebar, getConversation, setConversation }) {
    this.sidebar = sidebar;
    this.getConversation = getConversation;
    this.setConversation = setConversation;
    this.title = $("conversation-title");
    this.renameButton = $("rename-conversation");
    this.renameButton.addEventListener("click", () => this.startRename());
    window.addEventListener("la:renamed", (event) => {
      if (event.detail.id === this.getConversation()?.id) this.show(event.detail);
    });
  }

  /** The server names an untitled conversation after its first question. */
  async refresh(id) {
    try {
      const fresh = await api.get(`/api/conversations/${id}`);
      if (this.getConversation()?.id === id) {
        this.setConversation(fresh);
        this.show(fresh);
      }
    } catch {
      /* the title stays as it was */
    }
  }

  show(conversation) {
    this.title.textContent = conversation?.title || (conversation ? "Untitled conversation" : "New conversation");
    this.renameButton.hidden = !conversation;
    document.title = conversation?.title ? `${conversation.title} · Log Analyzer` : "Log Analyzer";
  }

  startRename() {
    const c = this.getConversation();
    if (!c) return;
    const input = h("input", { class: "input title-input", value: c.title || "", maxlength: 200,
      "aria-label": "Conversation title" });
    const form = h("form", { class: "title-form" }, input,
      h("button", { type: "submit", class: "button button-small button-primary" }, "Save"));
    const restore = () => { form.replaceWith(this.title); this.renameButton.hidden = false; };
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const title = input.value.trim();
      if (title && title !== c.title) {
        const updated = await renameConversation(c.id, title, this.sidebar);
        if (updated) this.setConversation({ ...c, ...updated });
      }
      restore();
    });
    input.addEventListener("keydown", (event) => { if (event.key === "Escape") restore(); });
    this.title.replaceWith(form);
    this.renameButton.hidden = true;
    input.focus();
    input.select();
  }
}
