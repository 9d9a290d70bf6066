// Human-readable numbers, sizes, durations and times.

const numberFormat = new Intl.NumberFormat();

/** 1234567 -> "1,234,567" (locale aware); null -> "—". */
export function num(value) {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/** Bytes as B / KB / MB / GB. */
export function bytes(value) {
  if (value === null || value === undefined) return "—";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** Milliseconds as "420 ms" or "3.2 s". */
export function duration(ms) {
  if (ms === null || ms === undefined) return "";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

/** An ISO time as a short local date and time. */
export function when(iso) {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleString(undefined, {
    year: "numeric", month: "short", day: "numeric",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  });
}

/** An ISO time relative to now: "3 min ago", or the date when older than a week. */
export function ago(iso) {
  const date = new Date(iso);
  const seconds = (Date.now() - date.getTime()) / 1000;
  if (Number.isNaN(seconds)) return "";
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  if (seconds < 604800) return `${Math.floor(seconds / 86400)} d ago`;
  return date.toLocaleDateString();
}

/** A dollar amount with enough decimals for tiny per-call costs. */
export function usd(value) {
  if (value === null || value === undefined) return "—";
  return `$${Number(value).toFixed(value > 0 && value < 0.01 ? 5 : 2)}`;
}
