import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, describe } from '../api.js';

/** A failed call as people should see it: the API's own status and message, with a hint for 401/403. */
export function ErrorNote({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  const auth = error instanceof ApiError && (error.status === 401 || error.status === 403);
  return (
    <p class="error" role="alert">
      {describe(error)}
      {auth && error.status === 401 && ' — paste an API token above.'}
      {auth && error.status === 403 && ' — this token lacks the scope; use one that has it.'}
    </p>
  );
}

/** Loads `load()` once, again whenever `reload()` is called or `key` changes, and every `everyMs` if set. */
export function useLoad<T>(load: () => Promise<T>, everyMs?: number, key = ''): { data: T | undefined; error: unknown; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const loader = useRef(load);
  loader.current = load;
  const reload = useCallback(() => {
    loader.current().then(
      (d) => {
        setData(d);
        setError(undefined);
      },
      (e: unknown) => setError(e),
    );
  }, []);
  useEffect(() => {
    reload();
    if (!everyMs) return undefined;
    const timer = setInterval(reload, everyMs);
    return () => clearInterval(timer);
  }, [reload, everyMs, key]);
  return { data, error, reload };
}

/** The outcome of the last action, announced to screen readers. */
export function useNotice(): { notice: ComponentChildren; act: (label: string, action: () => Promise<unknown>) => Promise<void> } {
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const act = useCallback(async (label: string, action: () => Promise<unknown>) => {
    setNotice({ ok: true, text: `${label}…` });
    try {
      await action();
      setNotice({ ok: true, text: `${label}: done` });
    } catch (err) {
      setNotice({ ok: false, text: `${label} failed: ${describe(err)}` });
    }
  }, []);
  return {
    notice: notice ? (
      <p class={notice.ok ? 'notice' : 'error'} role={notice.ok ? 'status' : 'alert'} data-testid="notice">
        {notice.text}
      </p>
    ) : (
      <p class="notice" role="status" data-testid="notice" />
    ),
    act,
  };
}

/** A state as a coloured badge; the colour follows `data-state`. */
export function Badge({ state }: { state: string }) {
  return (
    <span class="badge" data-state={state}>
      {state}
    </span>
  );
}
