import { type RunStore } from './run-record.js';
/** Options of {@link RunRetention}. */
export interface RunRetentionOptions {
    readonly runs: RunStore;
    /** Finished runs older than this (by `updatedAt`, i.e. when they finished) are removed. @default 604800000 (7 days) */
    readonly maxAgeMs?: number;
    /** At most this many finished runs are kept; the oldest go first. @default 10000 */
    readonly maxCount?: number;
    /** Called for each removed run, e.g. to forget it in memory. Errors are ignored. */
    readonly onRemoved?: (runId: string) => Promise<void> | void;
}
/**
 * Removes finished runs (completed, failed, cancelled) older than `maxAgeMs` and
 * beyond `maxCount`, oldest first, and nothing else: an unfinished run is never
 * touched, whatever its age. A removed run's payload objects (values stored by
 * reference, see payload-refs.ts) are deleted after it. Each removal is a compare-and-set on the revision
 * just read, so a run written meanwhile is left alone. The engine calls `sweep`
 * periodically; several orchestrators may sweep at once (a run removed by one
 * is skipped by the other).
 *
 * @example
 * const retention = new RunRetention({ runs, maxAgeMs: 86_400_000, onRemoved: (id) => cache.delete(id) });
 * setInterval(() => void retention.sweep(Date.now()), 60_000).unref();
 */
export declare class RunRetention {
    #private;
    readonly maxAgeMs: number;
    readonly maxCount: number;
    constructor(options: RunRetentionOptions);
    /** Removes what is due at `now` (wall-clock ms); resolves with the removed run ids, oldest first. */
    sweep(now?: number): Promise<string[]>;
}
