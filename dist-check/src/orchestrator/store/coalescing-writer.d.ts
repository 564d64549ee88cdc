import { StaleWriteError } from './errors.js';
import type { RunRecord, RunStore } from './run-record.js';
/** Options of {@link CoalescingWriter}. */
export interface CoalescingWriterOptions {
    readonly store: RunStore;
    /**
     * A write of the run lost its compare-and-set: someone else (a survivor that
     * adopted the run) wrote first. The engine drops the run; later `schedule`
     * calls for it are ignored until `track()` is called again. Called once.
     * @default ignore
     */
    readonly onStale?: (runId: string, err: StaleWriteError) => void;
    /**
     * A write failed for another reason (NATS down, value too large, `build` threw).
     * The latest state stays pending and is retried after `retryMs`, by the next
     * `schedule`, or by `flush()`. @default ignore
     */
    readonly onError?: (runId: string, err: unknown) => void;
    /** Defers a write to the end of the current tick. @default setImmediate */
    readonly defer?: (fn: () => void) => void;
    /** Delay before retrying a write that failed (not stale). @default 1000 */
    readonly retryMs?: number;
}
/**
 * Turns a run's state transitions into as few compare-and-set writes as possible.
 * `schedule(runId, build)` marks the run dirty; at the end of the tick ONE write
 * stores `build()` of the latest call. Writes of one run are serialised (never
 * two in flight for one key); whatever was scheduled meanwhile is written right
 * after, once. The writer tracks each run's revision and reports a lost
 * compare-and-set to `onStale` (fencing: the engine drops the run).
 *
 * After a write failed with an unknown outcome (a timeout after the server may
 * have stored it), the next attempt re-reads the record: if it carries our
 * `owner` and `epoch`, our write landed and its revision is adopted; otherwise
 * someone else wrote, and the run is stale. A lost compare-and-set is judged the
 * same way: stale only when the record names another owner or epoch.
 *
 * @example
 * const writer = new CoalescingWriter({ store: runs, onStale: (runId) => engine.drop(runId) });
 * writer.track(runId, null); // a new run; after adoption pass the revision read
 * actor.subscribe(() => writer.schedule(runId, () => toRecord(actor)));
 * await writer.flush(); // on shutdown
 */
export declare class CoalescingWriter {
    #private;
    /** Successful writes so far. */
    writes: number;
    constructor(options: CoalescingWriterOptions);
    /**
     * Sets the revision the run is stored at (`null`: not stored yet), e.g. after
     * loading or adopting it, and clears a stale mark. Call before the first
     * `schedule` of a run that already exists; an untracked run is assumed new.
     */
    track(runId: string, revision: number | null): void;
    /** The revision last written or tracked; undefined for an unknown run. */
    revision(runId: string): number | null | undefined;
    /** True while the run has a write pending or in flight. */
    dirty(runId: string): boolean;
    /**
     * Resolves once the run has nothing pending or in flight (`dirty` turns false), or is
     * forgotten, found stale or the writer closed; at once if it is not dirty now.
     */
    idle(runId: string): Promise<void>;
    /**
     * Marks the run dirty; `build` is called once, when the write happens, and only
     * the latest `build` of a run is used. Ignored for a stale run.
     */
    schedule(runId: string, build: () => RunRecord): void;
    /**
     * Forgets a run (after its final write, e.g. when it finished and was flushed).
     * A pending write is dropped.
     */
    forget(runId: string): void;
    /**
     * Writes everything pending now (a run whose earlier write failed included) and
     * waits for all writes in flight, including ones scheduled meanwhile. Each run
     * is tried once per flush: if its write fails, `onError` is told, the state
     * stays pending, and flush still resolves.
     */
    flush(): Promise<void>;
    /** Cancels retry timers; pending writes are dropped (call `flush()` first). */
    close(): void;
}
