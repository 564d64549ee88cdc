/** What one capability's served tasks add up to. */
export interface CapabilityTaskStats {
    /** Tasks that ran (admitted and settled), successful or not. */
    readonly tasks: number;
    /** Of those, the ones that failed (any status but OK). */
    readonly errors: number;
    /** Total time the tasks took, in nanoseconds (the unit of NATS micro stats). */
    readonly processingTimeNs: number;
    /** The status name of the last failure (e.g. `INVALID_ARGUMENT`), never its message. */
    readonly lastError: string | undefined;
    /** Failures by status name. */
    readonly errorsByCode: Readonly<Record<string, number>>;
}
/**
 * Per-capability counts of the tasks an agent instance served over gRPC, which the
 * announcer reports as the NATS micro stats of the capability's endpoint (so
 * `nats micro stats troupe-agent` shows them). Cheap enough to record on every task.
 */
export declare class TaskStats {
    #private;
    /** Records one settled task; `failedWith` is its status name when it failed. */
    record(capability: string, durationMs: number, failedWith?: string): void;
    /** The counts of one capability (zeros when it served nothing yet). */
    get(capability: string): CapabilityTaskStats;
    /** Forgets every count (NATS micro `reset`). */
    reset(): void;
}
