// Entry point: sign-in state, routing (?c=<conversation>, ?view=admin[&conversation=<id>]),
// and wiring the parts.

import * as api from "./api.js";
import { $, toast } from "./dom.js";
import { Sidebar } from "./sidebar.js";
import { Chat } from "./chat.js";
import { LogsPanel } from "./upload.js";
import { LogViewer } from "./viewer.js";
import { AdminPage } from "./admin.js";
import { parseCite } from "./markdown.js";

const SIGNED_IN_KEY = "la.signedIn";
const app = { me: null };

function showOnly(id) {
  for (const section of ["boot", "signin", "app"]) $(section).hidden = section !== id;
}

/** The sign-in screen, with the reason it is shown. */
function showSignIn(reason) {
  app.chat?.stopStreams();
  const texts = {
    expired: "Your session has expired or was ended. Sign in again to continue.",
    "invalid-link": "That sign-in link is invalid, has expired, or was already used. Ask for a new one.",
    signedout: "You are signed out.",
    none: "You are not signed in.",
  };
  $("signin-reason").textContent = texts[reason] || texts.none;
  $("signin-reason").className = `signin-reason notice ${reason === "none" || reason === "signedout" ? "notice-info" : "notice-warning"}`;
  showOnly("signin");
  document.title = "Sign in · Log Analyzer";
}

function route() {
  const params = new URLSearchParams(window.location.search);
  return { conversation: params.get("c"), view: params.get("view"), report: params.get("conversation") };
}

/** Change the URL (and optionally load what it names). */
function navigate(conversationId, { replace = false, load = true, view = null } = {}) {
  const url = view ? `/?view=${view}` : conversationId ? `/?c=${encodeURIComponent(conversationId)}` : "/";
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  if (load) render();
}

async function render() {
  const { conversation, view, report } = route();
  const admin = view === "admin";
  document.body.classList.toggle("view-admin", admin);
  $("chat-view").hidden = admin;
  $("admin-view").hidden = !admin;
  $("nav-chat").toggleAttribute("aria-current", !admin);
  $("nav-admin").toggleAttribute("aria-current", admin);
  if (!admin) $("nav-chat").setAttribute("aria-current", "page");
  else $("nav-admin").setAttribute("aria-current", "page");
  closeSidebar();
  if (admin) {
    document.title = "Admin · Log Analyzer";
    app.chat.stopStreams();
    app.admin.show(app.me, report);
    window.scrollTo(0, 0);
    return;
  }
  app.sidebar.select(conversation);
  if (conversation) await app.chat.open(conversation);
  else app.chat.reset();
}

function closeSidebar() {
  document.body.classList.remove("sidebar-open");
  $("sidebar-toggle").setAttribute("aria-expanded", "false");
}

function wire() {
  app.viewer = new LogViewer();
  app.sidebar = new Sidebar({
    onSelect: (id) => navigate(id),
    onNew: () => navigate(null),
    onDeleted: (id) => { if (route().conversation === id) navigate(null, { replace: true }); },
  });
  app.logs = new LogsPanel({
    getConversation: () => app.chat.conversation,
    ensureConversation: () => app.chat.ensureConversation(),
    openViewer: (logId, line) => app.viewer.open(logId, line),
  });
  app.chat = new Chat({ sidebar: app.sidebar, logs: app.logs, navigate });
  app.admin = new AdminPage($("admin-view"));

  window.addEventListener("popstate", render);
  window.addEventListener("la:unauthenticated", () => {
    localStorage.removeItem(SIGNED_IN_KEY);
    showSignIn("expired");
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link) return;
    const cite = parseCite(link.getAttribute("href"));
    if (cite) {
      event.preventDefault();
      app.viewer.open(cite.logId, cite.line);
    } else if (link.origin === window.location.origin && link.pathname === "/" && !link.target
      && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      history.pushState(null, "", link.pathname + link.search);
      render();
    }
  });
  // On a phone the sidebar floats over the chat: a tap outside it or Escape closes it.
  $("chat-view").addEventListener("click", () => closeSidebar());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.body.classList.contains("sidebar-open")) {
      closeSidebar();
      $("sidebar-toggle").focus();
    }
  });
  $("sidebar-toggle").addEventListener("click", () => {
    const open = document.body.classList.toggle("sidebar-open");
    $("sidebar-toggle").setAttribute("aria-expanded", String(open));
  });
  $("signout").addEventListener("click", async () => {
    try {
      await api.post("/api/auth/logout");
    } catch {
      /* already signed out */
    }
    localStorage.removeItem(SIGNED_IN_KEY);
    showSignIn("signedout");
  });
  $("signin-retry").addEventListener("click", () => start());
}

/** Ask who we are; show the app or the sign-in screen. */
async function start() {
  const params = new URLSearchParams(window.location.search);
  const signin = params.get("signin");
  if (signin) {
    params.delete("signin");
    history.replaceState(null, "", `/${params.toString() ? `?${params}` : ""}`);
  }
  try {
    app.me = await api.get("/api/me");
  } catch (error) {
    if (error.status === 401) {
      const wasSignedIn = localStorage.getItem(SIGNED_IN_KEY);
      localStorage.removeItem(SIGNED_IN_KEY);
      showSignIn(signin || (wasSignedIn ? "expired" : "none"));
    } else {
      $("boot").textContent = `The server could not be reached: ${error.message}`;
    }
    return;
  }
  localStorage.setItem(SIGNED_IN_KEY, "1");
  $("user-name").textContent = app.me.name;
  $("nav-admin").hidden = app.me.role !== "admin";
  showOnly("app");
  await Promise.all([app.sidebar.load(), render()]);
}

wire();
start().catch((error) => toast(`Something went wrong: ${error.message}`, "error"));
