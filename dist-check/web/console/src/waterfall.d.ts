/**
 * A run's trace as a waterfall drawn from its own timings (the report's steps and their task
 * attempts), pure: one bar per step and one per attempt, each as an offset and a length in
 * milliseconds from the run's start. Open ends (still running) reach `now`.
 */
export interface Bar {
    readonly label: string;
    /** 'span': a span of the real trace (jaeger-waterfall.ts); the others are the run's own timings. */
    readonly kind: 'run' | 'step' | 'attempt' | 'span';
    readonly status: string;
    readonly startMs: number;
    readonly durationMs: number;
    /** Who ran it: the agent instance (attempts), the service and agent or step (spans). */
    readonly detail?: string;
    /** How deep in the trace tree (spans): 0 for a root. */
    readonly depth?: number;
}
interface Attempt {
    readonly instanceId?: string;
    readonly startedAt?: number;
    readonly endedAt?: number;
    readonly outcome?: string;
    readonly attempt?: number;
}
interface ReportLike {
    readonly status?: string;
    readonly createdAt?: number;
    readonly startedAt?: number | null;
    readonly endedAt?: number | null;
    readonly steps?: readonly {
        id: string;
        status: string;
        startedAt?: number;
        endedAt?: number;
        tasks?: readonly {
            attempts?: readonly Attempt[];
        }[];
    }[];
}
export declare function waterfall(report: ReportLike, now: number): {
    bars: Bar[];
    totalMs: number;
};
export {};
