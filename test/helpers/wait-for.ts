import type { EventEmitter } from 'node:events';

/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** What is awaited, for the error message: "timed out after 2000ms waiting for <what>". */
  what: string;
  /** Poll interval. @default 10 */
  intervalMs?: number;
}

/**
 * Polls `probe` until it returns something other than `undefined` (or `false`) and
 * resolves with that value. Polling a condition is fine; a fixed sleep used as
 * synchronisation is not. A probe that throws is retried; its last error becomes
 * the timeout error's cause.
 *
 * @example const kv = await waitFor(() => registry.get('voice-forge'), { timeoutMs: 2000, what: 'voice-forge to register' });
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: WaitForOptions,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 10;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${options.timeoutMs}ms waiting for ${options.what}`, lastError === undefined ? undefined : { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Resolves with the arguments of the next `event` from `emitter`, rejects on its
 * `error` event or after `timeoutMs`.
 */
export function nextEvent<T extends unknown[] = unknown[]>(
  emitter: EventEmitter,
  event: string,
  options: { timeoutMs: number; what?: string },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (...args: unknown[]): void => {
      cleanup();
      resolve(args as T);
    };
    const onError = (err: unknown): void => {
      cleanup();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${options.timeoutMs}ms waiting for ${options.what ?? `'${event}'`}`));
    }, options.timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      if (event !== 'error') emitter.off('error', onError);
    };
    emitter.on(event, onEvent);
    if (event !== 'error') emitter.on('error', onError);
  });
}
