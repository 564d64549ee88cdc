/**
 * Recommendations in a finished run's report: a few factual sentences drawn from
 * its own metrics and from the recent runs of the same workflow this orchestrator
 * still holds in memory. Pure; no I/O.
 *
 * @packageDocumentation
 */
/** An attempt as the report carries it (see `TaskAttempt`). */
interface AttemptLike {
    readonly instanceId: string;
    readonly capability: string;
    readonly startedAt: number;
    readonly outcome?: string;
}
/** A step as the report carries it (see `RunStepReport` and `buildReport`). */
export interface StepLike {
    readonly id: string;
    readonly status: string;
    readonly startedAt?: number;
    readonly error?: string;
    readonly recovery?: 'skip' | 'use';
    readonly items?: {
        readonly total: number;
        readonly done: number;
    };
    readonly tasks?: readonly {
        readonly attempts: readonly AttemptLike[];
    }[];
}
/** A run as the report carries it. */
export interface RunLike {
    readonly runId: string;
    readonly status: string;
    readonly createdAt?: number;
    readonly startedAt?: number;
    readonly endedAt?: number;
    readonly steps: readonly StepLike[];
}
/** Thresholds of {@link recommendations}. */
export interface RecommendationOptions {
    /** Runs of the workflow looked at, this one included. @default 10 */
    readonly window?: number;
    /** Runs in the window where a step failed on one instance before it is named. @default 2 */
    readonly minFailedRuns?: number;
    /** Share of the run's time spent waiting before queue wait is said to dominate. @default 0.5 */
    readonly queueShare?: number;
    /** Runs shorter than this say nothing about queue wait. @default 100 */
    readonly minRunMs?: number;
}
/**
 * Sentences for a finished run, most useful first:
 * - a step its `on_failure` recovered, or that used its fallback capability (and in how many recent runs);
 * - `step X failed in N of the last M runs on instance Y` (attempts that failed there);
 * - `queue wait dominated (N ms of M ms)`: time before the run started and before each
 *   step's first attempt was dispatched (plain steps; for_each items queue by design).
 *
 * @param run the run's report
 * @param recent earlier runs of the same workflow, newest first (only finished ones count)
 * @example recommendations(report, history) // ['step voice used its fallback capability tts.simple', …]
 */
export declare function recommendations(run: RunLike, recent: readonly RunLike[], options?: RecommendationOptions): string[];
export {};
