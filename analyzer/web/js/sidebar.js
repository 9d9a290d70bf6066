// The conversations sidebar: list, search by title, new, rename, delete.

import * as api from "./api.js";
import { $, clear, h, toast } from "./dom.js";
import { ago } from "./format.js";

const SEARCH_DELAY_MS = 250;

/** Lists the user's conversations and tells the app which one was picked. */
export class Sidebar {
  constructor({ onSelect, onNew, onDeleted }) {
    this.onSelect = onSelect;
    this.onNew = onNew;
    this.onDeleted = onDeleted;
    this.list = $("conversation-list");
    this.empty = $("conversation-empty");
    this.search = $("conversation-search");
    this.currentId = null;
    this.items = [];
    let timer = null;
    this.search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.load(), SEARCH_DELAY_MS);
    });
    $("new-conversation").addEventListener("click", () => this.onNew());
  }

  /** Fetch the list (filtered by the search box) and draw it. */
  async load() {
    const q = this.search.value.trim();
    try {
      const page = await api.get(`/api/conversations${api.query({ limit: 100, q })}`);
      this.items = page.items;
      this.draw(q);
    } catch (error) {
      if (error.status !== 401) toast(`Could not load conversations: ${error.message}`, "error");
    }
  }

  draw(q) {
    clear(this.list).append(...this.items.map((c) => this.item(c)));
    this.empty.hidden = this.items.length > 0;
    this.empty.textContent = q ? `No conversation title matches “${q}”.` : "No conversations yet.";
  }

  /** Highlight the open conversation. */
  select(id) {
    this.currentId = id;
    for (const li of this.list.children) {
      const current = li.dataset.id === id;
      li.classList.toggle("current", current);
      li.querySelector(".conversation-open")?.toggleAttribute("aria-current", current);
      if (current) li.querySelector(".conversation-open")?.setAttribute("aria-current", "page");
    }
  }

  /** Put a conversation at the top (after a message) or update its title. */
  upsert(conversation) {
    this.items = [conversation, ...this.items.filter((c) => c.id !== conversation.id)];
    this.draw(this.search.value.trim());
    this.select(this.currentId);
  }

  item(c) {
    const title = c.title || "Untitled conversation";
    const li = h("li", { class: "conversation-item", dataset: { id: c.id } });
    const open = h("button", { type: "button", class: "conversation-open",
      onclick: () => this.onSelect(c.id) },
      h("span", { class: "conversation-name" }, title),
      h("span", { class: "conversation-time muted small" }, ago(c.updated_at)),
      c.active_run_id ? h("span", { class: "live-dot", title: "Answering" }, h("span", { class: "visually-hidden" }, " (answering)")) : null);
    const actions = h("span", { class: "conversation-actions" },
      h("button", { type: "button", class: "icon-button", "aria-label": `Rename “${title}”`,
        title: "Rename", onclick: () => this.rename(li, c) }, h("span", { class: "icon icon-pencil", "aria-hidden": "true" })),
      h("button", { type: "button", class: "icon-button", "aria-label": `Delete “${title}”`,
        title: "Delete", onclick: () => this.confirmDelete(li, c) }, h("span", { class: "icon icon-trash", "aria-hidden": "true" })));
    li.append(open, actions);
    if (c.id === this.currentId) li.classList.add("current");
    return li;
  }

  rename(li, c) {
    const input = h("input", { class: "input input-small", value: c.title || "", maxlength: 200,
      "aria-label": "New title" });
    const form = h("form", { class: "rename-form" }, input);
    const finish = async (save) => {
      const title = input.value.trim();
      if (save && title && title !== c.title) await renameConversation(c.id, title, this);
      else this.draw(this.search.value.trim());
    };
    form.addEventListener("submit", (event) => { event.preventDefault(); finish(true); });
    input.addEventListener("keydown", (event) => { if (event.key === "Escape") finish(false); });
    input.addEventListener("blur", () => finish(true), { once: true });
    clear(li).append(form);
    input.focus();
    input.select();
  }

  confirmDelete(li, c) {
    const title = c.title || "Untitled conversation";
    const yes = h("button", { type: "button", class: "button button-danger button-small",
      onclick: async () => {
        try {
          await api.del(`/api/conversations/${c.id}`);
          this.items = this.items.filter((x) => x.id !== c.id);
          this.draw(this.search.value.trim());
          toast(`Deleted “${title}”.`);
          this.onDeleted(c.id);
        } catch (error) {
          toast(`Could not delete: ${error.message}`, "error");
        }
      } }, "Delete");
    const no = h("button", { type: "button", class: "button button-quiet button-small",
      onclick: () => this.draw(this.search.value.trim()) }, "Keep");
    clear(li).append(h("div", { class: "confirm", role: "group", "aria-label": "Confirm deletion" },
      h("span", { class: "small" }, `Delete “${title}”?`), yes, no));
    no.focus();
  }
}

/** PATCH the title and refresh what shows it. */
export async function renameConversation(id, title, sidebar) {
  try {
    const updated = await api.patch(`/api/conversations/${id}`, { title });
    sidebar.upsert(updated);
    window.dispatchEvent(new CustomEvent("la:renamed", { detail: updated }));
    return updated;
  } catch (error) {
    toast(`Could not rename: ${error.message}`, "error");
    sidebar.draw(sidebar.search.value.trim());
    return null;
  }
}
