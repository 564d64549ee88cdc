import type { Context } from '@opentelemetry/api';
import type { Json } from '../../../sdk/grpc/struct.js';
import { type RunParent, type StoredRun } from '../../store/run-record.js';
/** Where a child run comes from: its parent run and step (and item), and its nesting depth (kept in its record). */
export type ParentRunLink = RunParent;
/** How a child run ended, as its parent's step sees it. */
export interface ChildEnd {
    readonly status: 'completed' | 'failed' | 'cancelled';
    readonly output: Json;
    /** The child's error (failed) or cancel reason (cancelled). */
    readonly error: string | undefined;
}
/** A child run to start: StartRun's request, plus where it comes from. */
export interface ChildStartRequest {
    readonly workflow: string;
    readonly input: Json;
    readonly idempotencyKey: string;
    readonly priority: number;
    readonly timeoutMs: number;
    readonly traceContext: Context;
    readonly parentRun: ParentRunLink;
}
/**
 * What a `workflow` step needs from the run engine (see child-runs.ts): the narrow
 * interface between a parent run and the runs it starts.
 */
export interface ChildRunHost {
    /** Starts the child through StartRun's path (idempotent on `idempotencyKey`); rejects with StartRun's errors. */
    start(request: ChildStartRequest): Promise<{
        runId: string;
        existing: boolean;
        traceId: string;
    }>;
    /**
     * Resolves with the child's end (at once for a finished child), or undefined when
     * `signal` aborts first. Rejects NOT_FOUND when the run is not known (any more).
     */
    wait(runId: string, signal: AbortSignal): Promise<ChildEnd | undefined>;
    /** CancelRun of the child (wherever it is driven); resolves with its status. */
    cancel(runId: string, reason: string): Promise<string>;
}
/** A run driven by this engine, as far as waiting for its end goes. */
export interface LocalRun {
    readonly attached: boolean;
    readonly done: Promise<void>;
    report(): Json;
}
/** What {@link childRunHost} needs from the engine. */
export interface ChildHostDeps {
    start: ChildRunHost['start'];
    cancel: ChildRunHost['cancel'];
    /** The run if this engine holds it in memory. */
    local(runId: string): LocalRun | undefined;
    /** Durable mode: the stored record of a run, and a live follow of it (the store's watch). */
    readonly durable?: {
        stored(runId: string): Promise<StoredRun | undefined>;
        follow: ((runId: string, signal?: AbortSignal) => AsyncIterable<StoredRun>) | undefined;
    };
    /** Pause between two looks at the store when it cannot be followed (or the follow broke). @default 500 */
    readonly pollMs?: number;
}
/** The end of a run from its report, or undefined while it goes on. */
export declare function endOfReport(report: Json): ChildEnd | undefined;
/**
 * The engine side of child runs. Waiting for a child: a child driven here is awaited in
 * memory; one driven by another instance (or adopted from a dead one) is followed through
 * its stored record until it is finished, so a parent waits the same way wherever its
 * child runs, and after either was restarted or adopted.
 */
export declare function childRunHost(deps: ChildHostDeps): ChildRunHost;
