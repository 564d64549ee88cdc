import { FailedPreconditionError, NotFoundError } from '../../sdk/errors.js';
import { StaleWriteError } from '../store/errors.js';
import type { KvRolloutStore } from '../store/kv-rollout-store.js';
import { checkRolloutCapability, checkRolloutSpec, withDecision, type RolloutDecisionName, type RolloutRecord, type RolloutSpec } from './rollout-record.js';

/** Options of {@link RolloutService}. */
export interface RolloutServiceOptions {
  readonly store: KvRolloutStore;
  /** Whether any agent ever offered the capability (NOT_FOUND otherwise). */
  readonly knows: (capability: string) => boolean;
  /** Names known capabilities in the NOT_FOUND message. */
  readonly knownCapabilities: () => string[];
  /** @default Date.now */
  readonly now?: () => number;
}

/** What a change did; `changed` false when the record was already so (or another decision came first). */
export interface RolloutChange {
  readonly record: RolloutRecord;
  readonly changed: boolean;
}

/**
 * The rollout operations: set, promote, abort (operators, through the API) and roll back (an
 * orchestrator that measured the canary doing worse). Each is a compare-and-set loop on the stored
 * record, so concurrent decisions from several orchestrators and operators serialise.
 */
export class RolloutService {
  readonly #o: RolloutServiceOptions;
  readonly #now: () => number;

  constructor(options: RolloutServiceOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Starts (or restarts) a rollout: state active, measurements from zero. Without `stable`, a
   * rollout that follows a promoted one keeps the promoted canary as its stable.
   * INVALID_ARGUMENT for a bad request, NOT_FOUND for a capability no agent ever offered.
   */
  async set(raw: RolloutSpec, actor: string): Promise<RolloutChange> {
    const spec = checkRolloutSpec(raw);
    if (!this.#o.knows(spec.capability)) {
      const known = this.#o.knownCapabilities();
      throw new NotFoundError(`no agent offers capability "${spec.capability}"; ${known.length ? `known capabilities: ${known.join(', ')}` : 'no agents are registered yet'}`, { capability: spec.capability });
    }
    return this.#change(spec.capability, actor, (current) => {
      const stable = spec.stable || (current?.state === 'promoted' ? current.canary : '');
      const base: RolloutRecord = current ?? { capability: spec.capability, canary: spec.canary, stable, weight: spec.weight, state: 'active', reason: '', policy: spec.policy, decisions: [], generation: 0, updatedAt: 0, updatedBy: '' };
      const reason = `canary ${spec.canary} at ${spec.weight}% (stable: ${stable || `every version but ${spec.canary}`})`;
      return ['set', reason, { canary: spec.canary, stable, weight: spec.weight, state: 'active', policy: spec.policy, generation: base.generation + 1 }, base];
    });
  }

  /** All tasks that name no range go to the canary. FAILED_PRECONDITION after an abort or a rollback. */
  async promote(capability: string, actor: string): Promise<RolloutChange> {
    return this.#change(checkRolloutCapability(capability), actor, (current) => {
      const r = required(capability, current);
      if (r.state === 'promoted') return undefined;
      if (r.state !== 'active') {
        throw new FailedPreconditionError(`the rollout of "${capability}" was ${r.state.replace('_', ' ')} (${r.reason}); set it again (troupe rollout set ${capability} --canary ${r.canary} --weight N) before promoting`, { capability });
      }
      return ['promoted', `canary ${r.canary} promoted: it takes every task that names no range`, { state: 'promoted', weight: 100 }, r];
    });
  }

  /** The canary gets no more traffic. FAILED_PRECONDITION once promoted. */
  async abort(capability: string, actor: string): Promise<RolloutChange> {
    return this.#change(checkRolloutCapability(capability), actor, (current) => {
      const r = required(capability, current);
      if (r.state === 'aborted' || r.state === 'rolled_back') return undefined;
      if (r.state === 'promoted') {
        throw new FailedPreconditionError(`the rollout of "${capability}" was promoted already; to go back, set a new rollout whose canary is the old version`, { capability });
      }
      return ['aborted', `aborted by ${actor}: canary ${r.canary} gets no traffic`, { state: 'aborted', weight: 0 }, r];
    });
  }

  /**
   * The automatic rollback: applies only while the rollout is still the active `generation` that
   * was measured (an operator's newer set, or another orchestrator's rollback, wins).
   */
  async rollback(capability: string, generation: number, reason: string, actor: string): Promise<RolloutChange> {
    return this.#change(capability, actor, (current) => {
      if (current?.state !== 'active' || current.generation !== generation) return undefined;
      return ['rolled_back', reason, { state: 'rolled_back', weight: 0 }, current];
    });
  }

  async get(capability: string): Promise<RolloutRecord> {
    return (await this.#o.store.require(checkRolloutCapability(capability))).record;
  }

  async list(): Promise<RolloutRecord[]> {
    return (await this.#o.store.list()).map((s) => s.record);
  }

  /** Reads, applies `decide` (undefined: nothing to change), writes if the revision still holds, else again. */
  async #change(
    capability: string,
    actor: string,
    decide: (current: RolloutRecord | undefined) => [RolloutDecisionName, string, Partial<RolloutRecord>, RolloutRecord] | undefined,
  ): Promise<RolloutChange> {
    for (;;) {
      const stored = await this.#o.store.get(capability);
      const decided = decide(stored?.record);
      if (!decided) return { record: required(capability, stored?.record), changed: false };
      const [decision, reason, change, base] = decided;
      const next = withDecision(base, { at: this.#now(), decision, reason, actor }, change);
      try {
        await this.#o.store.put(capability, stored?.revision ?? null, next);
        return { record: next, changed: true };
      } catch (err) {
        if (!StaleWriteError.is(err)) throw err; // changed meanwhile: decide again on what is stored now
      }
    }
  }
}

function required(capability: string, record: RolloutRecord | undefined): RolloutRecord {
  if (!record) throw new NotFoundError(`capability "${capability}" has no rollout; start one with \`troupe rollout set ${capability} --canary VERSION --weight 10\``, { capability });
  return record;
}
