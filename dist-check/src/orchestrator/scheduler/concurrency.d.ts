/** Options of {@link ConcurrencyLimits}. */
export interface ConcurrencyLimitsOptions {
    /** Most tasks in flight in total. @default 256 */
    global?: number;
    /** Most tasks in flight per capability name. @default {} */
    perCapability?: Record<string, number>;
    /** Limit of a capability not in `perCapability`. @default Infinity (only the global limit applies) */
    defaultPerCapability?: number;
}
/** A function that gives back a slot; calling it again does nothing. */
export type Release = () => void;
/**
 * Counts tasks in flight, globally and per capability, against limits.
 *
 * @example
 * const limits = new ConcurrencyLimits({ global: 64, perCapability: { 'tts.synthesize': 4 } });
 * const release = limits.tryAcquire('tts.synthesize');
 * if (release) try { await run(); } finally { release(); }
 */
export declare class ConcurrencyLimits {
    readonly global: number;
    private readonly perCapability;
    private readonly defaultPerCapability;
    private readonly counts;
    private total;
    constructor(options?: ConcurrencyLimitsOptions);
    /** The limit that applies to `capability`. */
    limitFor(capability: string): number;
    /** Whether a slot for `capability` is free now (both limits). */
    canAcquire(capability: string): boolean;
    /** True when the global limit is reached. */
    globalFull(): boolean;
    /** Takes a slot for `capability`; returns its idempotent release, or undefined when a limit is reached. */
    tryAcquire(capability: string): Release | undefined;
    /** Tasks in flight for `capability`, or in total when omitted. */
    inFlight(capability?: string): number;
    /** Tasks in flight per capability (only capabilities with some in flight). */
    byCapability(): Record<string, number>;
}
