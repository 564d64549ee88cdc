/**
 * What a task's cancellation looks like to the code it reaches (scheduler, dispatcher, agent
 * channel): the part of `AbortSignal` that code uses. An `AbortSignal` is one; so is a
 * {@link Cancellation}.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * An `AbortController` for the hot paths: one per task attempt and per SubmitTask. Node's
 * controller with one listener is ~930 bytes (an `EventTarget` with a hidden class of its own
 * and two maps) and builds a `DOMException` on abort; this is ~100 bytes. It is its own
 * `signal`; `toAbortSignal()` gives a standard one for APIs that need it (NATS, fetch, timers).
 *
 * @example
 * const attempt = new Cancellation();
 * dispatcher.unary(task, { ...call, signal: attempt.signal });
 * attempt.abort('the task moved on');
 */
export class Cancellation implements CancelSignal {
  #aborted = false;
  #reason: unknown = undefined;
  #listeners: (() => void)[] | undefined;

  get aborted(): boolean {
    return this.#aborted;
  }

  /** What `abort()` was given; an `AbortError` DOMException (as `AbortController`'s) when it was given nothing. */
  get reason(): unknown {
    return this.#reason;
  }

  get signal(): this {
    return this;
  }

  /** Aborts once: listeners run in the order they were added; later calls do nothing. */
  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  /** A listener is called at most once (abort happens once), so `once` changes nothing. Added after the abort: never called, as with `AbortSignal`. */
  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (this.#aborted) return;
    (this.#listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const listeners = this.#listeners;
    if (!listeners) return;
    const at = listeners.indexOf(listener);
    if (at >= 0) listeners.splice(at, 1);
  }

  /** A standard `AbortSignal` that aborts (with the same reason) when this does. */
  toAbortSignal(): AbortSignal {
    if (this.#aborted) return AbortSignal.abort(this.#reason);
    const controller = new AbortController();
    this.addEventListener('abort', () => controller.abort(this.#reason));
    return controller.signal;
  }
}

/** `signal` as a standard `AbortSignal` (itself when it is one), for APIs that need one. */
export function asAbortSignal(signal: CancelSignal): AbortSignal {
  if (signal instanceof AbortSignal) return signal;
  if (signal instanceof Cancellation) return signal.toAbortSignal();
  if (signal.aborted) return AbortSignal.abort(signal.reason);
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

/** Why `signal` aborted, as text: its reason when that is a string or an Error, else `fallback`. */
export function abortText(signal: CancelSignal, fallback: string): string {
  const reason = signal.reason;
  if (typeof reason === 'string') return reason;
  return reason instanceof Error ? reason.message : fallback;
}

/**
 * Resolves true after `ms`, or false as soon as `signal` aborts (at once if it already has); either
 * way nothing is left on `signal`. `unref`: the timer alone does not keep the process alive.
 */
export function pause(ms: number, signal: CancelSignal, options: { unref?: boolean } = {}): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    if (options.unref) timer.unref();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
