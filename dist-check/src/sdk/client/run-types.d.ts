import type { Json } from '../grpc/struct.js';
/** What {@link RunsClient.startRun} needs. */
export interface StartRunRequest {
    /** Name of a registered workflow. */
    workflow: string;
    /** The run's input (JSON). */
    input?: Json;
    /** Starting twice with the same key returns the first run. */
    idempotencyKey?: string;
    /** 1 (highest) … 5 (lowest). @default 3 */
    priority?: number;
    /** Time budget of the whole run in ms. @default the orchestrator's */
    timeoutMs?: number;
    /** http(s) URL the run's result is POSTed to when it ends, signed (docs/http-api.md); its delivery shows in GetRun's `callback`. @default none */
    callbackUrl?: string;
    /** Which orchestrator webhook secret signs the callback. @default "default" */
    callbackSecretId?: string;
}
/** A started (or, with a reused idempotency key, existing) run. */
export interface StartedRun {
    runId: string;
    /** True when the idempotency key matched an existing run. */
    existing: boolean;
    traceId: string;
}
/**
 * One item of {@link RunsClient.startRuns}, in the order of the requests: the run, or why
 * it did not start (`code` is the gRPC status StartRun would have answered, e.g.
 * 8 RESOURCE_EXHAUSTED when the orchestrator is at its limit of active runs).
 */
export type StartRunsResult = {
    run: StartedRun;
} | {
    error: {
        code: number;
        message: string;
    };
};
/** One WatchRun event. */
export interface RunWatchEvent {
    type: string;
    stepId: string;
    detail: Json;
    /**
     * Present for `chunk` events. Within a step, sequences never repeat or go back, even
     * across attempts: a retried stream continues where the failed attempt stopped.
     */
    chunk?: {
        sequence: number;
        contentType: string;
        data: Buffer;
        durationMs: number;
        traceparent: string;
    };
    /** The step task's attempt that produced the event (chunks, progress, `attempt.*`, `stream.restarted`). */
    attempt?: number;
    /** Present for `stream.restarted` events. */
    restart?: StreamRestartInfo;
}
/** A streaming step's retried attempt took over its stream (proto `StreamRestart`). */
export interface StreamRestartInfo {
    taskId: string;
    failedAttempt: number;
    attempt: number;
    /** Sequence of the next chunk: the count already relayed. */
    resumeFromSequence: number;
    /**
     * `resumed`: the agent resumed there; `deduplicated`: it restarted, its output is
     * deterministic and the re-sent chunks were dropped (exact join); `spliced`: re-sent
     * chunks were dropped but the output is not deterministic, so the join may not be exact.
     */
    mode: 'resumed' | 'deduplicated' | 'spliced';
    instanceId: string;
}
/** Filters of {@link RunsClient.listRuns}. */
export interface ListRunsFilter {
    workflow?: string;
    status?: string;
    /** Only runs created at or after this time (ms since the epoch). */
    createdAfterMs?: number;
    /** Only runs created before this time (ms since the epoch). */
    createdBeforeMs?: number;
    /** Most runs: `listRuns` follows pages up to it; `listRunsPage` returns one page of at most this many (≤ 1000). @default 100 */
    limit?: number;
}
/** One page of {@link RunsClient.listRunsPage}; `nextPageToken` is empty on the last page. */
export interface RunsPage {
    runs: Json[];
    nextPageToken: string;
}
