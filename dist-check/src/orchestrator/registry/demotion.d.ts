/**
 * Automatic demotion: the sliding window of an instance's task outcomes and the
 * verdict on it. The registry acts on the verdict (maintenance, probe, return).
 */
/** When to demote; `belowPercent` 0 turns demotion off. */
export interface DemotionPolicy {
    readonly belowPercent: number;
    readonly window: number;
    readonly minSamples: number;
    readonly cooldownMs: number;
}
/** The last `size` outcomes (true = succeeded) of one instance. */
export declare class OutcomeWindow {
    #private;
    private readonly size;
    constructor(size: number);
    push(ok: boolean): void;
    clear(): void;
    get samples(): number;
    /** Share that succeeded, in [0, 1]; 1 when empty. */
    get rate(): number;
}
/**
 * The reason to demote, e.g. `demoted: success rate 40% < 80% over the last 10 tasks`,
 * or undefined when the window is too small or the rate is good enough.
 */
export declare function demotionReason(window: OutcomeWindow, policy: DemotionPolicy): string | undefined;
