/**
 * A capability's canary rollout as stored in `troupe_rollouts` (one key per capability), and the
 * checks of what an operator asks for. Pure: no I/O (rollout-service.ts writes, rollouts.ts routes).
 */
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { rangeProblem } from '../versions/capability-ref.js';
/** The values of `troupe_rollout_decisions_total{decision}`. */
export const ROLLOUT_DECISIONS = ['set', 'promoted', 'aborted', 'rolled_back'];
export const DEFAULT_ROLLOUT_POLICY = { maxSuccessDrop: 0.1, maxLatencyRatio: 1.5, minSamples: 20, window: 100 };
/** Largest window (and min samples). */
export const MAX_ROLLOUT_WINDOW = 10_000;
/** Decisions kept in a record. */
export const MAX_DECISIONS = 20;
/** Capability names as tasks accept them (api/task-request.ts). */
const CAPABILITY = /^[a-z0-9][a-z0-9._-]{0,127}$/;
/** Checks a capability name given to a rollout call; INVALID_ARGUMENT naming the problem. */
export function checkRolloutCapability(capability) {
    if (!capability)
        throw new InvalidArgumentError('capability is required, e.g. "tts.synthesize"');
    if (capability.includes('@')) {
        throw new InvalidArgumentError(`capability "${boundText(capability, 160)}" has a version range; name the capability alone and give the versions as canary (and stable)`, { capability });
    }
    if (!CAPABILITY.test(capability))
        throw new InvalidArgumentError(`capability "${boundText(capability, 160)}" is not a valid name (lowercase letters, digits, '.', '-', '_')`, { capability });
    return capability;
}
function fraction(name, v, fallback, ok, expect) {
    if (v === undefined || v === 0)
        return fallback;
    if (!Number.isFinite(v) || !ok(v))
        throw new InvalidArgumentError(`policy.${name} must be ${expect} (0 for the default ${fallback}); got ${v}`);
    return v;
}
/** The policy with defaults filled in; INVALID_ARGUMENT naming a bad field. */
export function compilePolicy(raw = {}) {
    const d = DEFAULT_ROLLOUT_POLICY;
    const maxSuccessDrop = fraction('max_success_drop', raw.maxSuccessDrop, d.maxSuccessDrop, (v) => v > 0 && v <= 1, 'a fraction in (0, 1], e.g. 0.1 for 10 points');
    const maxLatencyRatio = fraction('max_latency_ratio', raw.maxLatencyRatio, d.maxLatencyRatio, (v) => v >= 1, 'a ratio of at least 1, e.g. 1.5');
    const whole = (v) => Number.isInteger(v) && v >= 1 && v <= MAX_ROLLOUT_WINDOW;
    const minSamples = fraction('min_samples', raw.minSamples, d.minSamples, whole, `a whole number from 1 to ${MAX_ROLLOUT_WINDOW}`);
    const window = fraction('window', raw.window, Math.max(d.window, minSamples), whole, `a whole number from 1 to ${MAX_ROLLOUT_WINDOW}`);
    if (window < minSamples)
        throw new InvalidArgumentError(`policy.window (${window}) must be at least policy.min_samples (${minSamples}): a decision needs min_samples tasks in the window`);
    return { maxSuccessDrop, maxLatencyRatio, minSamples, window };
}
/** Validates a SetRollout request; INVALID_ARGUMENT with what to write instead. */
export function checkRolloutSpec(spec) {
    checkRolloutCapability(spec.capability);
    const canary = spec.canary.trim();
    if (!canary)
        throw new InvalidArgumentError('canary is required: the canary version or range, e.g. 2.1.0');
    const canaryProblem = rangeProblem(canary);
    if (canaryProblem)
        throw new InvalidArgumentError(`canary: ${canaryProblem}`, { capability: spec.capability });
    const stable = (spec.stable ?? '').trim();
    const stableProblem = stable ? rangeProblem(stable) : undefined;
    if (stableProblem)
        throw new InvalidArgumentError(`stable: ${stableProblem}`, { capability: spec.capability });
    if (stable && stable === canary)
        throw new InvalidArgumentError(`canary and stable are both "${canary}"; the canary must be another version`, { capability: spec.capability });
    if (!Number.isInteger(spec.weight) || spec.weight < 0 || spec.weight > 100) {
        throw new InvalidArgumentError(`weight must be a whole percent from 0 to 100 (the share of tasks sent to the canary); got ${spec.weight}`, { capability: spec.capability });
    }
    return { ...spec, canary, stable, policy: compilePolicy(spec.policy) };
}
/** `record` with one more decision (the last {@link MAX_DECISIONS} kept). */
export function withDecision(record, decision, change) {
    return { ...record, ...change, reason: decision.reason, updatedAt: decision.at, updatedBy: decision.actor, decisions: [...record.decisions, decision].slice(-MAX_DECISIONS) };
}
//# sourceMappingURL=rollout-record.js.map