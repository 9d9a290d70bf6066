// What the browser remembers between reloads: which run answered which message.
// (The server keeps everything else; this only lets a reload find a run the message list
// does not name, e.g. one interrupted by a server restart before it wrote a reply.)

const RUNS_KEY = "la.runs";
const MAX_REMEMBERED = 500;

function load() {
  try {
    return JSON.parse(localStorage.getItem(RUNS_KEY) || "{}");
  } catch {
    return {};
  }
}

/** Remember that `runId` is the latest run answering user message `messageId`. */
export function rememberRun(messageId, runId) {
  const runs = load();
  delete runs[messageId];
  runs[messageId] = runId;
  const keys = Object.keys(runs);
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete runs[key];
  try {
    localStorage.setItem(RUNS_KEY, JSON.stringify(runs));
  } catch {
    /* storage full or disabled: resume then relies on the server's active run only */
  }
}

/** The latest run remembered for a user message, or null. */
export function runFor(messageId) {
  return load()[messageId] || null;
}
