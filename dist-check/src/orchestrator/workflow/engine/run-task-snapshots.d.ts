import type { Actor } from 'xstate';
import { taskMachine } from '../../machines/task.machine.js';
import type { RunSnapshot } from '../../machines/run.machine.js';
/**
 * The task actors' snapshots a run record is built from: the latest live snapshot
 * of every task driven here, else the persisted one it was restored with. Live
 * snapshots are kept as they are and turned into their persisted form only when a
 * record is built: the writer coalesces many transitions into one write, and a run
 * that is not durable never needs the persisted form.
 */
export declare class RunTaskSnapshots {
    #private;
    private readonly onChange;
    /** @param onChange called on every transition of a tracked task */
    constructor(restored: Record<string, unknown>, onChange: () => void);
    /** Follows a task actor from now on. */
    track(taskId: string, actor: Actor<typeof taskMachine>): void;
    /** Keeps the state of a task that has no actor (a child run's), already in its persisted form. */
    put(taskId: string, snapshot: StoredTask): void;
    /** A task's persisted snapshot: from its live actor's latest snapshot, else as put, else as restored. */
    persisted(taskId: string): unknown;
    /**
     * Every task's snapshot, for the record. A task of a step still to run keeps its whole
     * persisted snapshot (a resumed run restores its actor from it). A settled step is never
     * run again, so its tasks are kept compact: state, ids and attempts (the report's), no
     * policy or output (already in the record's `outputs`): about a third of the bytes, and no
     * `getPersistedSnapshot` per write for work that is over.
     */
    forRecord(steps: RunSnapshot['context']['steps']): Record<string, unknown>;
}
/** The parts of a stored task snapshot (whole or compact) read here. */
export interface StoredTask {
    readonly status?: unknown;
    readonly value?: unknown;
    readonly context?: {
        readonly stepId?: string | null;
        readonly attempts?: unknown;
    };
}
