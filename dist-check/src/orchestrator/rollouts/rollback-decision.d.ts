import type { RolloutPolicy } from './rollout-record.js';
import type { SideStats } from './side-window.js';
/**
 * Latency differences below this are noise, whatever their ratio (0.8 ms against 1.3 ms on a quiet
 * loopback is "1.6×"): the latency rule needs the canary's median this much above the stable's too.
 */
export declare const LATENCY_NOISE_MS = 5;
/**
 * Why the canary must roll back, or undefined while it holds up (or there is too little to tell).
 * Both sides need `minSamples` finished tasks in their windows. The canary rolls back when its
 * success rate is below the stable's minus `maxSuccessDrop`, or (both sides with `minSamples`
 * successful tasks) its median latency is above the stable's times `maxLatencyRatio` (and more than
 * {@link LATENCY_NOISE_MS} above it).
 *
 * @example
 * rollbackReason({ canary: '2.1.0' }, { samples: 20, successRate: 0.6, ... }, { samples: 50, successRate: 0.98, ... }, policy)
 * // 'canary 2.1.0 success 60% < stable 98% − 10% (over 20 and 50 tasks)'
 */
export declare function rollbackReason(versions: {
    canary: string;
    stable: string;
}, canary: SideStats, stable: SideStats, policy: RolloutPolicy): string | undefined;
