// A log's card: format and timezone (each with an override), lines, time range, levels and top
// patterns.

import * as api from "./api.js";
import { h } from "./dom.js";
import { bytes, num, when } from "./format.js";

// Suggestions for a forced format (the server validates the name), fetched once.
let knownFormats = null;
function formatOptions(datalist) {
  knownFormats ??= api.get("/api/log-formats").catch(() => []);
  knownFormats.then((formats) => datalist.append(...formats.map((f) =>
    h("option", { value: f.name, label: f.description }))));
  return datalist;
}

// Suggestions for a timezone: the IANA names the browser knows (the server validates the name).
function timezoneOptions(datalist) {
  const zones = Intl.supportedValuesOf ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  datalist.append(...["UTC", ...zones].map((z) => h("option", { value: z })));
  return datalist;
}

/** The profile's levels as [[name, count]…], most frequent first. */
function levelsOf(profile) {
  const levels = profile.levels || {};
  const pairs = Array.isArray(levels) ? levels.map((l) => [l.level ?? l.name, l.count]) : Object.entries(levels);
  return pairs.sort((a, b) => (b[1] || 0) - (a[1] || 0));
}

function templatesOf(profile) {
  return (profile.top_templates || profile.top_patterns || []).slice(0, 5).map((t) =>
    typeof t === "string" ? { template: t } : { template: t.template ?? t.pattern ?? t.text, count: t.count });
}

/** A short time range: "Mar 1, 2024 10:00:00 → 10:00:09" when both ends share a day. */
function rangeText(range) {
  if (!range.start) return "no timestamps";
  const [a, b] = [when(range.start), when(range.end)];
  const day = (text) => text.split(",").slice(0, 2).join(",");
  return day(a) === day(b) ? `${a} → ${b.split(", ").at(-1)}` : `${a} → ${b}`;
}

/**
 * Draw one log. `actions`: {onView(log), onReingest(log, {format} or {timezone}), onDetach(log)}.
 */
export function logCard(log, actions) {
  const profile = log;
  const card = h("article", { class: `log-card log-${log.status}`, dataset: { logId: log.id },
    "aria-label": `Log ${log.filename}` });
  const header = h("header", { class: "log-card-header" },
    h("span", { class: "icon icon-file log-icon", "aria-hidden": "true" }),
    h("h3", { class: "log-name", title: log.filename }, log.filename),
    h("span", { class: `badge badge-${log.status}` }, log.status),
    log.status === "ready" ? h("button", { type: "button", class: "button button-small",
      onclick: () => actions.onView(log) }, "View lines") : null,
    h("button", { type: "button", class: "icon-button", title: "Remove from this conversation",
      onclick: () => actions.onDetach(log), "aria-label": `Remove ${log.filename} from this conversation` },
      h("span", { class: "icon icon-close", "aria-hidden": "true" })));
  card.append(header);

  if (log.status === "failed") {
    card.append(h("p", { class: "notice notice-error", role: "alert" },
      log.error?.detail || log.error?.title || "Ingestion failed."));
  }
  const fit = profile.format_fit;
  if (log.status === "ready" && typeof fit === "number" && fit < 0.9) {
    card.append(h("p", { class: "notice notice-warning small", role: "note" },
      `Only ${Math.round(fit * 100)} % of the lines match the detected format; `,
      "if it looks wrong, change it below."));
  }
  for (const text of (profile.warnings || []).slice(0, 3)) {
    card.append(h("p", { class: "notice notice-warning small", role: "note" }, String(text)));
  }
  card.append(h("dl", { class: "log-facts" },
    fact("Format", formatControl(log, actions)),
    fact("Lines", num(profile.line_count ?? profile.lines ?? profile.event_count)),
    fact("Size", bytes(log.size_bytes)),
    fact("Time", rangeText(profile.time_range || {})),
    fact("Timezone", timezoneControl(log, actions))));

  const levels = levelsOf(profile);
  const templates = templatesOf(profile);
  const footer = h("div", { class: "log-card-footer" });
  if (levels.length) {
    footer.append(h("div", { class: "log-levels", role: "list", "aria-label": "Lines by level" },
      levels.map(([name, count]) => h("span", { role: "listitem",
        class: `level-chip level-${String(name).toLowerCase()}` },
        String(name), " ", h("span", { class: "level-count" }, num(count))))));
  }
  if (templates.length) {
    footer.append(h("details", { class: "log-templates" },
      h("summary", {}, "Top patterns"),
      h("ol", {}, templates.map((t) => h("li", {},
        h("code", {}, t.template ?? ""), t.count !== undefined ? h("span", { class: "muted small" }, ` × ${num(t.count)}`) : null)))));
  }
  if (footer.childElementCount) card.append(footer);
  return card;
}

function fact(label, value) {
  return h("div", { class: "log-fact" }, h("dt", {}, label), h("dd", {}, value));
}

/** The detected format and a way to force another one (re-ingests the file). */
function formatControl(log, actions) {
  const name = log.format_override || log.format || "unknown";
  // lines inside an envelope (docker compose, CRI…): the envelope, then the lines' own format
  const current = log.payload_format ? `${name} › ${log.payload_format}` : name;
  return overrideControl(log, {
    kind: "format", current, pattern: "[a-z0-9_.\\-]{1,64}", options: formatOptions,
    choose: (value) => actions.onReingest(log, { format: value.toLowerCase() }),
  });
}

/** The zone the naive stamps were read in and a way to read them in another (re-ingests). */
function timezoneControl(log, actions) {
  const current = log.timezone_override || log.timezone || "UTC";
  return overrideControl(log, {
    kind: "timezone", current, pattern: "[A-Za-z0-9_+\\/\\-]{1,64}", options: timezoneOptions,
    choose: (value) => actions.onReingest(log, { timezone: value }),
  });
}

/** A value of the log's reading, with a `change` link opening a form to choose another. */
function overrideControl(log, { kind, current, pattern, options, choose }) {
  const wrap = h("span", { class: `${kind}-control` }, h("span", { class: `${kind}-name` }, current));
  if (log.status === "ingesting") return wrap;
  const change = h("button", { type: "button", class: "link-button small",
    "aria-label": `Change the ${kind} of ${log.filename}` }, "change");
  change.addEventListener("click", () => {
    const listId = `${kind}s-${log.id}`;
    const input = h("input", { class: "input input-small", list: listId, value: current,
      pattern, "aria-label": kind === "format" ? "Format name" : "Timezone name", required: true });
    const form = h("form", { class: `${kind}-form override-form` }, input,
      options(h("datalist", { id: listId })),
      h("button", { type: "submit", class: "button button-small button-primary" }, "Re-read"),
      h("button", { type: "button", class: "button button-small button-quiet",
        onclick: () => form.replaceWith(wrap) }, "Cancel"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      choose(input.value.trim());
    });
    wrap.replaceWith(form);
    input.focus();
  });
  wrap.append(" ", change);
  return wrap;
}

/** A card for a file on its way: transfer, then ingestion progress. */
export function progressCard(filename) {
  const bar = h("progress", { class: "progress", max: 100, value: 0, "aria-label": `Progress of ${filename}` });
  const status = h("span", { class: "progress-text small muted" }, "Waiting…");
  const card = h("article", { class: "log-card log-uploading", "aria-label": `Uploading ${filename}` },
    h("header", { class: "log-card-header" },
      h("span", { class: "icon icon-upload log-icon", "aria-hidden": "true" }),
      h("h3", { class: "log-name" }, filename),
      h("span", { class: "badge badge-ingesting" }, "uploading")),
    bar, status);
  return {
    card,
    set(percent, text) {
      if (percent === null) bar.removeAttribute("value");
      else bar.value = Math.max(0, Math.min(100, percent));
      status.textContent = text;
    },
    phase(name) {
      card.querySelector(".badge").textContent = name;
    },
  };
}
