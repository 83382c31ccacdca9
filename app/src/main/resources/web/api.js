// Talks to the Darkroom REST API (docs/api.md). Errors come back as {code, message, detail}; every failure
// becomes an ApiError carrying the HTTP status so callers can tell "endpoint missing" (404) from "no key" (401).

const KEY_STORE = 'darkroom.apiKey';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function apiKey() {
  return sessionStorage.getItem(KEY_STORE);
}

export function setApiKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_STORE, key);
  } else {
    sessionStorage.removeItem(KEY_STORE);
  }
}

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  const key = apiKey();
  if (key) {
    h.Authorization = `Bearer ${key}`;
  }
  return h;
}

export async function request(path, { method = 'GET', json } = {}) {
  const init = { method, headers: headers(json === undefined ? {} : { 'Content-Type': 'application/json' }) };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network', 'Cannot reach the Darkroom server; check that it is still running.');
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`;
    throw new ApiError(response.status, body && body.code ? body.code : `http_${response.status}`, message);
  }
  return body;
}

export function query(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Downloads a file with the key header (a plain link cannot send it), keeping the server's file name. */
export async function download(path) {
  const response = await fetch(path, { headers: headers({}) });
  if (!response.ok) {
    let message = `The server answered ${response.status}.`;
    try {
      message = (await response.json()).message || message;
    } catch (e) {
      // not JSON: keep the status message
    }
    throw new ApiError(response.status, `http_${response.status}`, message);
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = match ? match[1] : 'original';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
