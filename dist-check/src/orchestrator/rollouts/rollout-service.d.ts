import type { KvRolloutStore } from '../store/kv-rollout-store.js';
import { type RolloutRecord, type RolloutSpec } from './rollout-record.js';
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
export declare class RolloutService {
    #private;
    constructor(options: RolloutServiceOptions);
    /**
     * Starts (or restarts) a rollout: state active, measurements from zero. Without `stable`, a
     * rollout that follows a promoted one keeps the promoted canary as its stable.
     * INVALID_ARGUMENT for a bad request, NOT_FOUND for a capability no agent ever offered.
     */
    set(raw: RolloutSpec, actor: string): Promise<RolloutChange>;
    /** All tasks that name no range go to the canary. FAILED_PRECONDITION after an abort or a rollback. */
    promote(capability: string, actor: string): Promise<RolloutChange>;
    /** The canary gets no more traffic. FAILED_PRECONDITION once promoted. */
    abort(capability: string, actor: string): Promise<RolloutChange>;
    /**
     * The automatic rollback: applies only while the rollout is still the active `generation` that
     * was measured (an operator's newer set, or another orchestrator's rollback, wins).
     */
    rollback(capability: string, generation: number, reason: string, actor: string): Promise<RolloutChange>;
    get(capability: string): Promise<RolloutRecord>;
    list(): Promise<RolloutRecord[]>;
}
