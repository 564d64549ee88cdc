/** What one side of a rollout did recently, as compared and reported. */
export interface SideStats {
    /** Finished tasks in the window. */
    readonly samples: number;
    /** Share that succeeded (1 with none). */
    readonly successRate: number;
    /** Successful tasks whose latency is in the window. */
    readonly latencySamples: number;
    /** Median latency of those (ms); 0 with none. */
    readonly latencyP50Ms: number;
}
/**
 * The last `size` outcomes of one side of a rollout (the registry's demotion window), plus the
 * latencies of the last `size` successful ones.
 */
export declare class SideWindow {
    #private;
    private readonly size;
    constructor(size: number);
    push(ok: boolean, latencyMs: number): void;
    stats(): SideStats;
}
