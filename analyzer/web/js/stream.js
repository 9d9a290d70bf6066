// Server-sent events over fetch: resumable by seq (?after=N), reconnecting, never repeating.

import { ApiError, signalUnauthenticated } from "./api.js";

/** Split a text/event-stream into frames {id, event, data}; feed() it chunks of text. */
export class FrameParser {
  constructor(onFrame) {
    this.onFrame = onFrame;
    this.buffer = "";
    this.frame = {};
  }

  feed(text) {
    this.buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) return;
      // A lone "\r" at the very end may be the first half of "\r\n": wait for more.
      if (match[0] === "\r" && match.index === this.buffer.length - 1) return;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
  }

  line(line) {
    if (line === "") {
      if (this.frame.data !== undefined) this.onFrame(this.frame);
      this.frame = {};
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") {
      this.frame.data = this.frame.data === undefined ? value : `${this.frame.data}\n${value}`;
    } else if (field === "id" || field === "event") {
      this.frame[field] = value;
    }
  }
}

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

/**
 * Follow an SSE endpoint until its `done` event (or a 204: nothing more to send).
 * Run streams are resumable: each event's seq is remembered and a reconnection asks for
 * ?after=<last seq>, so nothing is repeated or skipped. Returns {close()}.
 */
export function follow(url, { after = 0, resumable = true, onEvent, onEnd, onError, onState }) {
  let last = after;
  let closed = false;
  let controller = null;
  let attempt = 0;

  const handle = (frame) => {
    let data;
    try {
      data = JSON.parse(frame.data);
    } catch {
      return;
    }
    const seq = Number(frame.id ?? data.seq);
    if (resumable && Number.isFinite(seq) && frame.id !== undefined) {
      if (seq <= last) return; // already seen (a replay overlapping what we have)
      last = seq;
    }
    const type = frame.event || data.type || "message";
    onEvent?.(type, data, last);
    if (type === "done") finish();
  };

  const finish = () => {
    if (closed) return;
    closed = true;
    controller?.abort();
    onEnd?.(last);
  };

  const connect = async () => {
    if (closed) return;
    controller = new AbortController();
    const target = resumable ? withAfter(url, last) : url;
    try {
      const response = await fetch(target, {
        credentials: "same-origin",
        headers: { Accept: "text/event-stream" },
        signal: controller.signal,
        cache: "no-store",
      });
      if (response.status === 204) return finish();
      if (response.status === 401) {
        closed = true;
        signalUnauthenticated();
        return;
      }
      if (!response.ok) {
        let problem = {};
        try { problem = await response.json(); } catch { /* not json */ }
        closed = true;
        onError?.(new ApiError(response.status, problem));
        return;
      }
      onState?.("live");
      attempt = 0;
      const parser = new FrameParser(handle);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done || closed) break;
        parser.feed(value);
      }
    } catch (error) {
      if (closed) return;
      if (error.name !== "AbortError") console.warn("event stream interrupted", error);
    }
    if (!closed) {
      onState?.("reconnecting");
      const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
      attempt += 1;
      setTimeout(connect, wait);
    }
  };

  connect();
  return {
    close() {
      closed = true;
      controller?.abort();
    },
    get last() {
      return last;
    },
  };
}

function withAfter(url, after) {
  const joined = new URL(url, window.location.origin);
  joined.searchParams.set("after", String(after));
  return joined.pathname + joined.search;
}
