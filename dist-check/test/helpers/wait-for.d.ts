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
export declare function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, options: WaitForOptions): Promise<T>;
/**
 * Resolves with the arguments of the next `event` from `emitter`, rejects on its
 * `error` event or after `timeoutMs`.
 */
export declare function nextEvent<T extends unknown[] = unknown[]>(emitter: EventEmitter, event: string, options: {
    timeoutMs: number;
    what?: string;
}): Promise<T>;
