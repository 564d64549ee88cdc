/**
 * Latency differences below this are noise, whatever their ratio (0.8 ms against 1.3 ms on a quiet
 * loopback is "1.6×"): the latency rule needs the canary's median this much above the stable's too.
 */
export const LATENCY_NOISE_MS = 5;
const pct = (ratio) => `${Math.round(ratio * 100)}%`;
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
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
export function rollbackReason(versions, canary, stable, policy) {
    if (canary.samples < policy.minSamples || stable.samples < policy.minSamples)
        return undefined;
    const stableName = versions.stable ? `stable ${versions.stable}` : 'stable';
    // A tiny epsilon: 0.98 − 0.1 is 0.88000000000000001 in floating point.
    if (canary.successRate < stable.successRate - policy.maxSuccessDrop - 1e-9) {
        return `canary ${versions.canary} success ${pct(canary.successRate)} < ${stableName} ${pct(stable.successRate)} − ${pct(policy.maxSuccessDrop)} (over ${canary.samples} and ${stable.samples} tasks)`;
    }
    if (canary.latencySamples >= policy.minSamples &&
        stable.latencySamples >= policy.minSamples &&
        canary.latencyP50Ms > stable.latencyP50Ms * policy.maxLatencyRatio &&
        canary.latencyP50Ms - stable.latencyP50Ms > LATENCY_NOISE_MS) {
        return `canary ${versions.canary} latency p50 ${ms(canary.latencyP50Ms)} > ${policy.maxLatencyRatio} × ${stableName} ${ms(stable.latencyP50Ms)} (over ${canary.latencySamples} and ${stable.latencySamples} successful tasks)`;
    }
    return undefined;
}
//# sourceMappingURL=rollback-decision.js.map