import { FailedPreconditionError, NotFoundError } from '../../sdk/errors.js';
import { StaleWriteError } from '../store/errors.js';
import { checkRolloutCapability, checkRolloutSpec, withDecision } from './rollout-record.js';
/**
 * The rollout operations: set, promote, abort (operators, through the API) and roll back (an
 * orchestrator that measured the canary doing worse). Each is a compare-and-set loop on the stored
 * record, so concurrent decisions from several orchestrators and operators serialise.
 */
export class RolloutService {
    #o;
    #now;
    constructor(options) {
        this.#o = options;
        this.#now = options.now ?? Date.now;
    }
    /**
     * Starts (or restarts) a rollout: state active, measurements from zero. Without `stable`, a
     * rollout that follows a promoted one keeps the promoted canary as its stable.
     * INVALID_ARGUMENT for a bad request, NOT_FOUND for a capability no agent ever offered.
     */
    async set(raw, actor) {
        const spec = checkRolloutSpec(raw);
        if (!this.#o.knows(spec.capability)) {
            const known = this.#o.knownCapabilities();
            throw new NotFoundError(`no agent offers capability "${spec.capability}"; ${known.length ? `known capabilities: ${known.join(', ')}` : 'no agents are registered yet'}`, { capability: spec.capability });
        }
        return this.#change(spec.capability, actor, (current) => {
            const stable = spec.stable || (current?.state === 'promoted' ? current.canary : '');
            const base = current ?? { capability: spec.capability, canary: spec.canary, stable, weight: spec.weight, state: 'active', reason: '', policy: spec.policy, decisions: [], generation: 0, updatedAt: 0, updatedBy: '' };
            const reason = `canary ${spec.canary} at ${spec.weight}% (stable: ${stable || `every version but ${spec.canary}`})`;
            return ['set', reason, { canary: spec.canary, stable, weight: spec.weight, state: 'active', policy: spec.policy, generation: base.generation + 1 }, base];
        });
    }
    /** All tasks that name no range go to the canary. FAILED_PRECONDITION after an abort or a rollback. */
    async promote(capability, actor) {
        return this.#change(checkRolloutCapability(capability), actor, (current) => {
            const r = required(capability, current);
            if (r.state === 'promoted')
                return undefined;
            if (r.state !== 'active') {
                throw new FailedPreconditionError(`the rollout of "${capability}" was ${r.state.replace('_', ' ')} (${r.reason}); set it again (troupe rollout set ${capability} --canary ${r.canary} --weight N) before promoting`, { capability });
            }
            return ['promoted', `canary ${r.canary} promoted: it takes every task that names no range`, { state: 'promoted', weight: 100 }, r];
        });
    }
    /** The canary gets no more traffic. FAILED_PRECONDITION once promoted. */
    async abort(capability, actor) {
        return this.#change(checkRolloutCapability(capability), actor, (current) => {
            const r = required(capability, current);
            if (r.state === 'aborted' || r.state === 'rolled_back')
                return undefined;
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
    async rollback(capability, generation, reason, actor) {
        return this.#change(capability, actor, (current) => {
            if (current?.state !== 'active' || current.generation !== generation)
                return undefined;
            return ['rolled_back', reason, { state: 'rolled_back', weight: 0 }, current];
        });
    }
    async get(capability) {
        return (await this.#o.store.require(checkRolloutCapability(capability))).record;
    }
    async list() {
        return (await this.#o.store.list()).map((s) => s.record);
    }
    /** Reads, applies `decide` (undefined: nothing to change), writes if the revision still holds, else again. */
    async #change(capability, actor, decide) {
        for (;;) {
            const stored = await this.#o.store.get(capability);
            const decided = decide(stored?.record);
            if (!decided)
                return { record: required(capability, stored?.record), changed: false };
            const [decision, reason, change, base] = decided;
            const next = withDecision(base, { at: this.#now(), decision, reason, actor }, change);
            try {
                await this.#o.store.put(capability, stored?.revision ?? null, next);
                return { record: next, changed: true };
            }
            catch (err) {
                if (!StaleWriteError.is(err))
                    throw err; // changed meanwhile: decide again on what is stored now
            }
        }
    }
}
function required(capability, record) {
    if (!record)
        throw new NotFoundError(`capability "${capability}" has no rollout; start one with \`troupe rollout set ${capability} --canary VERSION --weight 10\``, { capability });
    return record;
}
//# sourceMappingURL=rollout-service.js.map