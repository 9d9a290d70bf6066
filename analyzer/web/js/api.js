// The HTTP API: JSON requests with the session cookie, problem+json errors, 401 handling.

/** An error answered by the API, carrying its problem object (code, detail, retryable…). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.code = this.problem.code || `HTTP_${status}`;
  }
}

/** Tell the app that the session is gone (it shows the sign-in screen). */
export function signalUnauthenticated() {
  window.dispatchEvent(new CustomEvent("la:unauthenticated"));
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch {
    return { title: response.statusText, status: response.status };
  }
}

/** Call the API; resolves with parsed JSON (or null for 204), rejects with ApiError. */
export async function request(method, path, body = undefined, options = {}) {
  const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  if (options.signal) init.signal = options.signal;
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, { title: "Network error", detail: "The server could not be reached." });
  }
  if (response.status === 401) {
    signalUnauthenticated();
    throw new ApiError(401, await problemOf(response));
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return null;
  const type = response.headers.get("Content-Type") || "";
  return type.includes("json") ? response.json() : response.text();
}

export const get = (path, options) => request("GET", path, undefined, options);
export const post = (path, body, options) => request("POST", path, body ?? {}, options);
export const patch = (path, body) => request("PATCH", path, body);
export const del = (path) => request("DELETE", path);

/** A query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * Upload one file as multipart `file` with XMLHttpRequest (for transfer progress).
 * onProgress(loaded, total) is called while bytes go out; resolves with the JSON answer.
 */
export function uploadFile(path, file, { onProgress, format } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.responseType = "json";
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (onProgress) onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status === 401) signalUnauthenticated();
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response);
      else reject(new ApiError(xhr.status, xhr.response || {}));
    });
    xhr.addEventListener("error", () =>
      reject(new ApiError(0, { title: "Network error", detail: "The upload was interrupted." })));
    xhr.addEventListener("abort", () =>
      reject(new ApiError(0, { title: "Cancelled", detail: "The upload was cancelled." })));
    const form = new FormData();
    form.append("file", file, file.name);
    if (format) form.append("format", format);
    xhr.send(form);
  });
}
