/**
 * Tasks waiting for an instance, per capability: the scaling signal `GetQueues` reports
 * (docs/fleet.md). A task enters when it cannot be placed at once (queued by the scheduler,
 * or no routable instance with room) and leaves when an instance is chosen or it fails.
 * Tasks placed at once never touch this (the hot path stays a map-free call).
 */
/** One waiting task; `leave()` is idempotent. */
export interface WaitMark {
    leave(): void;
}
/** A capability's waiting tasks now. */
export interface WaitingSnapshot {
    readonly waiting: number;
    /** Age of the oldest waiting task, ms; 0 when none waits. */
    readonly oldestWaitMs: number;
}
/**
 * Waiting tasks per capability. Marks are kept in insertion order (a `Map`), so the
 * oldest is the first one: O(1) enter, leave and oldest.
 */
export declare class WaitingTasks {
    #private;
    private readonly now;
    constructor(now?: () => number);
    /** A task of `capability` starts waiting. */
    enter(capability: string): WaitMark;
    /** The waiting tasks of `capability`. */
    of(capability: string): WaitingSnapshot;
    /** Capabilities with at least one waiting task. */
    capabilities(): string[];
}
