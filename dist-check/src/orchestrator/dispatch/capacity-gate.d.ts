import { TroupeError } from '../../sdk/errors.js';
/**
 * Where tasks wait for a free slot when every instance of their capability is at its max
 * concurrency (dispatch with `waitForCapacity`), woken one at a time: one waiter per slot this
 * orchestrator frees (a task of the capability ended) and per registry change of an instance
 * offering it. A woken waiter that gets a slot passes the wake on ({@link CapacityGate.passOn}),
 * so capacity that grows by many (an agent joined) is filled at once, while a slot that one
 * task frees costs one wake-up rather than one per waiter (waking every waiter on each change
 * would make a full agent cost O(waiters) per finished task).
 */
export declare class CapacityGate {
    #private;
    /** Tasks waiting for `capability`. */
    waiting(capability: string): number;
    /**
     * Resolves when woken for `capability` (then pick again); rejects with `timedOut()` at `until`
     * (epoch ms) or CANCELLED when `signal` aborts. `first` puts the waiter at the head of the
     * queue (one that was woken but lost the slot to a newcomer keeps its turn).
     */
    wait(capability: string, until: number, signal: AbortSignal, timedOut: () => TroupeError, first?: boolean): Promise<void>;
    /** A slot may have freed for `capability`: wakes the longest waiter, if any. */
    release(capability: string): void;
    /** A woken waiter got its slot: wakes the next one, which tries too (there may be more room). */
    passOn(capability: string): void;
}
