/** `active`: the canary takes `weight`% of the tasks that name no range; the others send it none (promoted: all). */
export type RolloutState = 'active' | 'promoted' | 'aborted' | 'rolled_back';
/** What a decision did; `set` (re)starts a rollout. */
export type RolloutDecisionName = 'set' | 'promoted' | 'aborted' | 'rolled_back';
/** The values of `troupe_rollout_decisions_total{decision}`. */
export declare const ROLLOUT_DECISIONS: readonly RolloutDecisionName[];
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
export declare const DEFAULT_ROLLOUT_POLICY: RolloutPolicy;
/** Largest window (and min samples). */
export declare const MAX_ROLLOUT_WINDOW = 10000;
/** Decisions kept in a record. */
export declare const MAX_DECISIONS = 20;
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
/** Checks a capability name given to a rollout call; INVALID_ARGUMENT naming the problem. */
export declare function checkRolloutCapability(capability: string): string;
/** The policy with defaults filled in; INVALID_ARGUMENT naming a bad field. */
export declare function compilePolicy(raw?: Partial<RolloutPolicy>): RolloutPolicy;
/** Validates a SetRollout request; INVALID_ARGUMENT with what to write instead. */
export declare function checkRolloutSpec(spec: RolloutSpec): RolloutSpec & {
    readonly stable: string;
    readonly policy: RolloutPolicy;
};
/** `record` with one more decision (the last {@link MAX_DECISIONS} kept). */
export declare function withDecision(record: RolloutRecord, decision: RolloutDecisionRecord, change: Partial<RolloutRecord>): RolloutRecord;
