/**
 * Run-level flow control of one orchestrator: `max_concurrent_runs` of a workflow and
 * per-key `concurrency` (at most `limit` runs at once per value of an expression over
 * the run input). Runs over a cap wait in arrival order; they are never failed. Pure
 * bookkeeping, no timers and no I/O: the engine starts what {@link RunGate.enter} and
 * {@link RunGate.leave} say may start.
 *
 * @packageDocumentation
 */
/** One run as the gate sees it: its workflow's caps, taken from the version it runs. */
export interface GateEntry {
    readonly id: string;
    readonly workflow: string;
    /** `max_concurrent_runs`; undefined: no cap. */
    readonly maxRuns?: number;
    /** The value of the workflow's `concurrency.key` for this run. */
    readonly key?: string;
    /** `concurrency.limit`, with `key`. */
    readonly keyLimit?: number;
    /** When the run was accepted: a run held again after a restart takes its place by it. */
    readonly arrivedAt?: number;
}
/**
 * Counts the runs going per workflow and per key, and queues the others in arrival
 * order. A queued run starts as soon as it fits, before any later run that fits too:
 * runs of one key (or of a workflow with only `max_concurrent_runs`) start in the order
 * they arrived; a run held by its own key does not hold back runs of other keys.
 *
 * @example
 * const gate = new RunGate();
 * if (gate.enter({ id, workflow: 'w', maxRuns: 2 })) run.begin(); else run.wait(gate.waiting(id)!.reason);
 * for (const next of gate.leave(id)) runs.get(next.id)?.begin();
 */
export declare class RunGate {
    #private;
    /**
     * A new run: true when it may start now (it is counted as going), false when it
     * waits. `force` counts it as going whatever the caps (a run resumed while running).
     */
    enter(entry: GateEntry, force?: boolean): boolean;
    /**
     * Queues a run without deciding yet (a run that never started, resumed after a
     * restart or adopted: the runs it waited behind may not be back yet), at its place by
     * `arrivedAt`. {@link pump} starts it once the caller has them all.
     */
    hold(entry: GateEntry): void;
    /** Starts the waiting runs that fit, in order; returns them. */
    pump(): GateEntry[];
    /** A run ended (or was cancelled while waiting): frees its place; returns the waiting runs that start now, in order. */
    leave(id: string): GateEntry[];
    /** Why a run waits and its place among the waiting runs of its workflow (1-based); undefined when it does not wait. */
    waiting(id: string): {
        reason: string;
        position: number;
    } | undefined;
    /** Runs going and waiting, for tests and metrics. */
    get size(): {
        active: number;
        waiting: number;
    };
    /** Ids going now. */
    activeIds(): string[];
    /** Ids waiting, in order. */
    waitingIds(): string[];
}
