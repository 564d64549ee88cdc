import { Status, TroupeError } from '../../sdk/errors.js';
import type { CancelSignal } from '../../sdk/util/cancellation.js';

interface Waiter {
  readonly wake: () => void;
}

/**
 * Where tasks wait for a free slot when every instance of their capability is at its max
 * concurrency (dispatch with `waitForCapacity`), woken one at a time: one waiter per slot this
 * orchestrator frees (a task of the capability ended) and per registry change of an instance
 * offering it. A woken waiter that gets a slot passes the wake on ({@link CapacityGate.passOn}),
 * so capacity that grows by many (an agent joined) is filled at once, while a slot that one
 * task frees costs one wake-up rather than one per waiter (waking every waiter on each change
 * would make a full agent cost O(waiters) per finished task).
 */
export class CapacityGate {
  readonly #queues = new Map<string, Waiter[]>();

  /** Tasks waiting for `capability`. */
  waiting(capability: string): number {
    return this.#queues.get(capability)?.length ?? 0;
  }

  /**
   * Resolves when woken for `capability` (then pick again); rejects with `timedOut()` at `until`
   * (epoch ms) or CANCELLED when `signal` aborts. `first` puts the waiter at the head of the
   * queue (one that was woken but lost the slot to a newcomer keeps its turn).
   */
  wait(capability: string, until: number, signal: CancelSignal, timedOut: () => TroupeError, first = false): Promise<void> {
    return new Promise((resolve, reject) => {
      const remaining = until - Date.now();
      if (remaining <= 0) return reject(timedOut());
      if (signal.aborted) return reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
      let queue = this.#queues.get(capability);
      if (!queue) this.#queues.set(capability, (queue = []));
      const leave = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        const q = this.#queues.get(capability);
        const at = q?.indexOf(waiter) ?? -1;
        if (q && at >= 0) q.splice(at, 1);
        if (q?.length === 0) this.#queues.delete(capability);
      };
      const waiter: Waiter = {
        wake: () => {
          leave();
          resolve();
        },
      };
      const onAbort = (): void => {
        leave();
        reject(new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
      };
      const timer = setTimeout(() => {
        leave();
        reject(timedOut());
      }, Math.min(remaining, 2_147_483_647));
      signal.addEventListener('abort', onAbort, { once: true });
      if (first) queue.unshift(waiter);
      else queue.push(waiter);
    });
  }

  /** A slot may have freed for `capability`: wakes the longest waiter, if any. */
  release(capability: string): void {
    this.#queues.get(capability)?.[0]?.wake();
  }

  /** A woken waiter got its slot: wakes the next one, which tries too (there may be more room). */
  passOn(capability: string): void {
    this.release(capability);
  }
}
