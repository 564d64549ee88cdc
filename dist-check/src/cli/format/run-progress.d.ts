import type { RunWatchEvent } from '../../sdk/client/index.js';
import type { ReportView } from './run-types.js';
/** What the live view shows for a step; `retrying` is a running step waiting for its next attempt. */
export type StepViewStatus = 'pending' | 'running' | 'waiting' | 'retrying' | 'succeeded' | 'failed' | 'skipped' | 'recovered' | 'cancelled';
/** One step as `troupe run --watch` sees it. Times are ms on the CLI's clock, except `retryAt` (the orchestrator's). */
export interface StepProgress {
    readonly id: string;
    status: StepViewStatus;
    /** Attempts started (all tasks of the step together). */
    attempts: number;
    /** Instance of the latest attempt. */
    instance?: string;
    /** Instance of the latest attempt of each task (a for_each step has one task per item). */
    taskInstances: Record<string, string>;
    /** Capability in use (changes when the fallback takes over). */
    capability?: string;
    /** The step's own capability, from `step.started`; a different {@link capability} is its fallback. */
    primary?: string;
    startedAt?: number;
    endedAt?: number;
    /** When the next attempt is due. */
    retryAt?: number;
    items?: {
        done: number;
        total: number;
    };
    chunks: number;
    bytes: number;
    /** Media time of the chunks (their durationMs, or computed for audio/L16). */
    mediaMs: number;
    /** Media kind of the chunks ("audio"), once any arrived. */
    media?: string;
    /** Media type of the chunks without parameters ("audio/L16"), once any arrived. */
    mediaType?: string;
    progress?: {
        fraction: number;
        message: string;
    };
    /** The latest failed attempt, e.g. "UNAVAILABLE: always down". */
    lastFailure?: string;
    /** Why it failed or was skipped. */
    reason?: string;
    /** Completed with this run's output (a replay from a failed step), not run again. */
    reusedFrom?: string;
    warnings: string[];
    tolerated?: boolean;
}
/** The whole run as the live view sees it. */
export interface RunProgress {
    runId: string;
    workflow: string;
    traceId: string;
    status: 'running' | 'completed' | 'failed' | 'cancelled';
    startedAt: number;
    endedAt?: number;
    error?: string;
    warnings: string[];
    output?: unknown;
    /** Steps in definition order. */
    steps: StepProgress[];
}
/** A fresh view of a run that has just started; `stepIds` (from a first GetRun) fixes the row order. */
export declare function newRunProgress(runId: string, workflow: string, traceId: string, stepIds: readonly string[], now: number): RunProgress;
/** The step `id`, added at the end when the view did not know it. */
export declare function stepOf(run: RunProgress, id: string): StepProgress;
/** Updates `run` with one WatchRun event received at `now`. Unknown event types are ignored. */
export declare function applyRunEvent(run: RunProgress, event: RunWatchEvent, now: number): void;
/**
 * Replaces what the events approximated with the orchestrator's own record once the
 * run has ended: statuses, attempt counts, instances, exact durations and reasons.
 */
export declare function syncWithReport(run: RunProgress, report: ReportView): void;
