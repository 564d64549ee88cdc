import type { Json } from '../../../sdk/grpc/struct.js';
import type { StreamRestart } from './stream-cursor.js';
/** One event of a run, as WatchRun delivers it. */
export interface RunEvent {
    /** Position in the run's log, from 0. */
    readonly seq: number;
    /** e.g. `run.started`, `step.started`, `attempt.failed`, `step.retrying`, `chunk`, `step.completed`, `run.completed`. */
    readonly type: string;
    readonly stepId?: string;
    /** Unix ms. */
    readonly at: number;
    readonly detail?: Json;
    /** For `chunk` events: the chunk as relayed from the agent. */
    readonly chunk?: RunChunk;
    /** The step task's attempt that produced the event (chunks, progress, attempts, restarts). */
    readonly attempt?: number;
    /** For `stream.restarted` events: how the new attempt continues the stream. */
    readonly restart?: StreamRestart;
}
/** A streamed chunk relayed into a run's log. */
export interface RunChunk {
    sequence: number;
    contentType: string;
    data: Buffer;
    durationMs: number;
    traceparent: string;
}
/**
 * A run's events: appended by the engine, read by any number of watchers, each at
 * its own pace from a shared history (a late watcher replays from the start, a slow
 * one does not make the log buffer per watcher). Chunk payloads count against
 * `maxChunkBytes`; past it the oldest payloads are dropped (the events stay, marked).
 */
export declare class RunEventLog {
    #private;
    private readonly maxChunkBytes;
    constructor(maxChunkBytes?: number);
    get closed(): boolean;
    get size(): number;
    /**
     * Appends an event; the log closes itself after a final run event. Events that
     * arrive after that (a task's late news once the run was cancelled) are dropped.
     */
    append(event: Omit<RunEvent, 'seq' | 'at'> & {
        at?: number;
    }): RunEvent | undefined;
    /** Every event so far. */
    history(): readonly RunEvent[];
    /** Events from `fromSeq` on, live until the run ends or `signal` aborts. */
    watch(fromSeq?: number, signal?: AbortSignal): AsyncGenerator<RunEvent>;
}
