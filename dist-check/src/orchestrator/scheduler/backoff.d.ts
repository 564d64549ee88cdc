/** Exponential backoff with full jitter. */
export interface BackoffPolicy {
    /** Cap of the first retry's delay, in ms. @default 200 */
    initialMs?: number;
    /** Largest delay, in ms. @default 10000 */
    maxMs?: number;
    /** Growth of the cap per attempt (≥ 1). @default 2 */
    multiplier?: number;
    /** Attempts in total, the first one included; `retryDelays` yields `maxAttempts - 1` delays. @default 3 */
    maxAttempts?: number;
}
/** The policy with every default applied. */
export declare const DEFAULT_BACKOFF: Readonly<Required<BackoffPolicy>>;
/** Input of {@link fullJitterBackoff}. */
export interface BackoffInput extends Omit<BackoffPolicy, 'maxAttempts'> {
    /** The attempt that just failed, from 1; values below 1 count as 1. */
    attempt: number;
    /** Uniform in [0, 1). @default Math.random */
    random?: () => number;
}
/**
 * Delay before the next try, in whole ms: `random() × min(maxMs, initialMs × multiplier^(attempt−1))`
 * ("full jitter", which spreads retries of many clients evenly instead of in waves).
 * Always `0 ≤ delay ≤ maxMs`.
 *
 * @example
 * fullJitterBackoff({ attempt: 3, initialMs: 100, maxMs: 5000, multiplier: 2 }); // 0–399 ms
 */
export declare function fullJitterBackoff(input: BackoffInput): number;
/**
 * The delays a policy produces, one per retry (`maxAttempts - 1` of them; endless
 * when `maxAttempts` is Infinity). For docs and tests.
 *
 * @example
 * [...retryDelays({ maxAttempts: 4 }, () => 0.5)]; // [100, 200, 400]
 */
export declare function retryDelays(policy?: BackoffPolicy, random?: () => number): Generator<number, void, undefined>;
