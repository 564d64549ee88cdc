/**
 * A capability's canary rollout as stored in `troupe_rollouts` (one key per capability), and the
 * checks of what an operator asks for. Pure: no I/O (rollout-service.ts writes, rollouts.ts routes).
 */
import { boundText, InvalidArgumentError } from '../../sdk/errors.js';
import { rangeProblem } from '../versions/capability-ref.js';

/** `active`: the canary takes `weight`% of the tasks that name no range; the others send it none (promoted: all). */
export type RolloutState = 'active' | 'promoted' | 'aborted' | 'rolled_back';
/** The values of `troupe_rollout_decisions_total{decision}`: what a decision did; `set` (re)starts a rollout. */
export const ROLLOUT_DECISIONS = ['set', 'promoted', 'aborted', 'rolled_back'] as const;
/** One of {@link ROLLOUT_DECISIONS}. */
export type RolloutDecisionName = (typeof ROLLOUT_DECISIONS)[number];

/** When the canary rolls back, compared with the stable over the same window of tasks. */
export interface RolloutPolicy {
  /** Largest drop of the success rate (0..1) tolerated. @default 0.1 */
  readonly maxSuccessDrop: number;
  /** Largest ratio of the canary's median latency to the stable's (>= 1). @default 1.5 */
  readonly maxLatencyRatio: number;
  /** Finished tasks each side needs before a decision. @default 20 */
  readonly minSamples: number;
  /** Most recent tasks per side compared. @default max(100, minSamples) */
  readonly window: number;
}

export const DEFAULT_ROLLOUT_POLICY: RolloutPolicy = { maxSuccessDrop: 0.1, maxLatencyRatio: 1.5, minSamples: 20, window: 100 };

/** Largest window (and min samples). */
export const MAX_ROLLOUT_WINDOW = 10_000;
/** Decisions kept in a record. */
export const MAX_DECISIONS = 20;

/** One decision, kept in the record (the last {@link MAX_DECISIONS}). */
export interface RolloutDecisionRecord {
  readonly at: number;
  readonly decision: RolloutDecisionName;
  readonly reason: string;
  /** `operator:<subject>` or `auto-rollback:<orchestrator instance>`. */
  readonly actor: string;
}

export interface RolloutRecord {
  readonly capability: string;
  /** Version or range of the canary. */
  readonly canary: string;
  /** Version or range of the stable; '' for every version the canary does not match. */
  readonly stable: string;
  /** Percent of the tasks naming no range sent to the canary. */
  readonly weight: number;
  readonly state: RolloutState;
  /** Why it is in its state. */
  readonly reason: string;
  readonly policy: RolloutPolicy;
  readonly decisions: readonly RolloutDecisionRecord[];
  /** Counts the `set`s: measurements restart when it changes, and an automatic rollback applies only to the generation it measured. */
  readonly generation: number;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

/** What SetRollout asks for (policy fields 0 or absent take their defaults). */
export interface RolloutSpec {
  readonly capability: string;
  readonly canary: string;
  readonly stable?: string;
  readonly weight: number;
  readonly policy?: Partial<RolloutPolicy>;
}

/** Capability names as tasks accept them (api/task-request.ts). */
const CAPABILITY = /^[a-z0-9][a-z0-9._-]{0,127}$/;

/** Checks a capability name given to a rollout call; INVALID_ARGUMENT naming the problem. */
export function checkRolloutCapability(capability: string): string {
  if (!capability) throw new InvalidArgumentError('capability is required, e.g. "tts.synthesize"');
  if (capability.includes('@')) {
    throw new InvalidArgumentError(`capability "${boundText(capability, 160)}" has a version range; name the capability alone and give the versions as canary (and stable)`, { capability });
  }
  if (!CAPABILITY.test(capability)) throw new InvalidArgumentError(`capability "${boundText(capability, 160)}" is not a valid name (lowercase letters, digits, '.', '-', '_')`, { capability });
  return capability;
}

function fraction(name: string, v: number | undefined, fallback: number, ok: (v: number) => boolean, expect: string): number {
  if (v === undefined || v === 0) return fallback;
  if (!Number.isFinite(v) || !ok(v)) throw new InvalidArgumentError(`policy.${name} must be ${expect} (0 for the default ${fallback}); got ${v}`);
  return v;
}

/** The policy with defaults filled in; INVALID_ARGUMENT naming a bad field. */
export function compilePolicy(raw: Partial<RolloutPolicy> = {}): RolloutPolicy {
  const d = DEFAULT_ROLLOUT_POLICY;
  const maxSuccessDrop = fraction('max_success_drop', raw.maxSuccessDrop, d.maxSuccessDrop, (v) => v > 0 && v <= 1, 'a fraction in (0, 1], e.g. 0.1 for 10 points');
  const maxLatencyRatio = fraction('max_latency_ratio', raw.maxLatencyRatio, d.maxLatencyRatio, (v) => v >= 1, 'a ratio of at least 1, e.g. 1.5');
  const whole = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= MAX_ROLLOUT_WINDOW;
  const minSamples = fraction('min_samples', raw.minSamples, d.minSamples, whole, `a whole number from 1 to ${MAX_ROLLOUT_WINDOW}`);
  const window = fraction('window', raw.window, Math.max(d.window, minSamples), whole, `a whole number from 1 to ${MAX_ROLLOUT_WINDOW}`);
  if (window < minSamples) throw new InvalidArgumentError(`policy.window (${window}) must be at least policy.min_samples (${minSamples}): a decision needs min_samples tasks in the window`);
  return { maxSuccessDrop, maxLatencyRatio, minSamples, window };
}

/** Validates a SetRollout request; INVALID_ARGUMENT with what to write instead. */
export function checkRolloutSpec(spec: RolloutSpec): RolloutSpec & { readonly stable: string; readonly policy: RolloutPolicy } {
  checkRolloutCapability(spec.capability);
  const canary = spec.canary.trim();
  if (!canary) throw new InvalidArgumentError('canary is required: the canary version or range, e.g. 2.1.0');
  const canaryProblem = rangeProblem(canary);
  if (canaryProblem) throw new InvalidArgumentError(`canary: ${canaryProblem}`, { capability: spec.capability });
  const stable = (spec.stable ?? '').trim();
  const stableProblem = stable ? rangeProblem(stable) : undefined;
  if (stableProblem) throw new InvalidArgumentError(`stable: ${stableProblem}`, { capability: spec.capability });
  if (stable && stable === canary) throw new InvalidArgumentError(`canary and stable are both "${canary}"; the canary must be another version`, { capability: spec.capability });
  if (!Number.isInteger(spec.weight) || spec.weight < 0 || spec.weight > 100) {
    throw new InvalidArgumentError(`weight must be a whole percent from 0 to 100 (the share of tasks sent to the canary); got ${spec.weight}`, { capability: spec.capability });
  }
  return { ...spec, canary, stable, policy: compilePolicy(spec.policy) };
}

/** `record` with one more decision (the last {@link MAX_DECISIONS} kept). */
export function withDecision(record: RolloutRecord, decision: RolloutDecisionRecord, change: Partial<RolloutRecord>): RolloutRecord {
  return { ...record, ...change, reason: decision.reason, updatedAt: decision.at, updatedBy: decision.actor, decisions: [...record.decisions, decision].slice(-MAX_DECISIONS) };
}
