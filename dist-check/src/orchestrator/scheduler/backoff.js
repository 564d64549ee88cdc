import { InvalidArgumentError } from '../../sdk/errors.js';
/** The policy with every default applied. */
export const DEFAULT_BACKOFF = Object.freeze({
    initialMs: 200,
    maxMs: 10_000,
    multiplier: 2,
    maxAttempts: 3,
});
/**
 * Delay before the next try, in whole ms: `random() × min(maxMs, initialMs × multiplier^(attempt−1))`
 * ("full jitter", which spreads retries of many clients evenly instead of in waves).
 * Always `0 ≤ delay ≤ maxMs`.
 *
 * @example
 * fullJitterBackoff({ attempt: 3, initialMs: 100, maxMs: 5000, multiplier: 2 }); // 0–399 ms
 */
export function fullJitterBackoff(input) {
    const { initialMs, maxMs, multiplier } = compile(input);
    const attempt = Math.max(1, Math.floor(Number.isFinite(input.attempt) ? input.attempt : 1));
    // initialMs = 0 would give 0 × Infinity = NaN for huge attempts.
    const cap = initialMs === 0 ? 0 : Math.min(maxMs, initialMs * multiplier ** (attempt - 1));
    const r = (input.random ?? Math.random)();
    const jitter = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
    return Math.min(maxMs, Math.floor(jitter * cap));
}
/**
 * The delays a policy produces, one per retry (`maxAttempts - 1` of them; endless
 * when `maxAttempts` is Infinity). For docs and tests.
 *
 * @example
 * [...retryDelays({ maxAttempts: 4 }, () => 0.5)]; // [100, 200, 400]
 */
export function* retryDelays(policy = {}, random = Math.random) {
    const compiled = compile(policy);
    for (let attempt = 1; attempt < compiled.maxAttempts; attempt++) {
        yield fullJitterBackoff({ ...compiled, attempt, random });
    }
}
function compile(policy) {
    const p = { ...DEFAULT_BACKOFF, ...dropUndefined(policy) };
    if (!(p.initialMs >= 0) || !Number.isFinite(p.initialMs))
        throw new InvalidArgumentError(`backoff initialMs must be a finite number ≥ 0; got ${p.initialMs}`);
    if (!(p.maxMs >= 0) || !Number.isFinite(p.maxMs))
        throw new InvalidArgumentError(`backoff maxMs must be a finite number ≥ 0; got ${p.maxMs}`);
    if (!(p.multiplier >= 1) || !Number.isFinite(p.multiplier))
        throw new InvalidArgumentError(`backoff multiplier must be a finite number ≥ 1; got ${p.multiplier}`);
    if (!(p.maxAttempts >= 1))
        throw new InvalidArgumentError(`backoff maxAttempts must be at least 1; got ${p.maxAttempts}`);
    return p;
}
function dropUndefined(policy) {
    return Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=backoff.js.map