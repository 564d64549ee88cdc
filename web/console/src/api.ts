/**
 * The console's only door to the orchestrator: the same HTTP API scripts use, with the
 * bearer token the operator gave (kept in sessionStorage, shared with the podcast page).
 */

const TOKEN_KEY = 'troupe.token';

/** An answer other than 2xx, with the API's `{ error, message }` when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value: string | null): void {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
  window.dispatchEvent(new Event('troupe-token'));
}

/** Takes a token from `#token=…` (the podcast page's convention) and removes it from the address bar. */
export function adoptFragmentToken(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match?.[1]) return;
  setToken(decodeURIComponent(match[1]));
  history.replaceState(null, '', `${location.pathname}${location.search}#/agents`);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const t = token();
  return t ? { ...extra, authorization: `Bearer ${t}` } : extra;
}

async function answer<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const b = body as { error?: unknown; message?: unknown } | undefined;
    const code = typeof b?.error === 'string' ? b.error : `HTTP ${res.status}`;
    const message = typeof b?.message === 'string' ? b.message : text.trim() || res.statusText;
    throw new ApiError(res.status, code, message);
  }
  return body as T;
}

export async function get<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { headers: headers(), cache: 'no-store' }));
}

export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) }));
}

/** A URL a header-less GET (EventSource, `<audio>`) can use: the token rides as `?access_token=`. */
export function withToken(path: string): string {
  const t = token();
  if (!t) return path;
  return `${path}${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(t)}`;
}

/**
 * Follows Server-Sent Events at `path` (with the token), calling `onEvent` for each event of
 * `types`; reconnects as EventSource does. Returns a function that closes it.
 */
export function follow(path: string, types: readonly string[], onEvent: (type: string, data: unknown) => void, onError?: () => void): () => void {
  const source = new EventSource(withToken(path));
  const listener = (e: Event): void => {
    const m = e as MessageEvent<string>;
    try {
      onEvent(m.type, JSON.parse(m.data) as unknown);
    } catch {
      onEvent(m.type, null);
    }
  };
  for (const t of types) source.addEventListener(t, listener);
  if (onError) source.onerror = onError;
  return () => source.close();
}

/** The message a person sees for a failed call. */
export function describe(err: unknown): string {
  if (err instanceof ApiError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
