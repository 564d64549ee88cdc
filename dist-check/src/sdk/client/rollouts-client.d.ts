import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { Rollout__Output } from '../../gen/troupe/v1/Rollout.js';
import { type GrpcCallArgs } from './calls.js';
import type { CallOptions } from './types.js';
/** What one orchestrator measured of one side of a rollout. */
export interface RolloutSideInfo {
    samples: number;
    /** 0..1 (1 with no samples). */
    successRate: number;
    /** Median latency of the successful tasks, ms (0 with none). */
    latencyP50Ms: number;
}
/** The rollback margins of a rollout. */
export interface RolloutPolicyInfo {
    /** Largest success-rate drop tolerated, 0..1. @default 0.1 */
    maxSuccessDrop: number;
    /** Largest ratio of median latencies tolerated. @default 1.5 */
    maxLatencyRatio: number;
    /** Tasks each side needs before a decision. @default 20 */
    minSamples: number;
    /** Recent tasks per side compared. @default 100 */
    window: number;
}
/** A capability's canary rollout (docs/rollouts.md). */
export interface RolloutInfo {
    capability: string;
    canary: string;
    /** '' for every version the canary does not match. */
    stable: string;
    /** Percent of the tasks naming no range sent to the canary. */
    weight: number;
    state: 'active' | 'promoted' | 'aborted' | 'rolled_back';
    reason: string;
    policy: RolloutPolicyInfo;
    /** This orchestrator's measurements since the rollout was last set. */
    canaryStats: RolloutSideInfo;
    stableStats: RolloutSideInfo;
    /** Decisions, oldest first, each with why and who. */
    decisions: {
        at: string;
        decision: string;
        reason: string;
        actor: string;
    }[];
    updatedAt: string;
    updatedBy: string;
}
/** What {@link RolloutsClient.setRollout} takes. */
export interface SetRolloutRequest {
    capability: string;
    /** The canary version or range, e.g. `2.1.0`. */
    canary: string;
    /** The stable version or range. @default every version the canary does not match */
    stable?: string;
    /** 0..100. */
    weight: number;
    /** Margins; absent fields take their defaults. */
    policy?: Partial<RolloutPolicyInfo>;
}
/** Rollout methods of the orchestrator client. */
export interface RolloutsClient {
    /**
     * Starts or changes a capability's rollout (needs agents:admin). INVALID_ARGUMENT for a bad range,
     * weight or policy, NOT_FOUND for a capability no agent offers.
     * @example await client.setRollout({ capability: 'tts.synthesize', canary: '2.1.0', weight: 10 });
     */
    setRollout(req: SetRolloutRequest, call?: CallOptions): Promise<RolloutInfo>;
    /** One rollout; NOT_FOUND when the capability has none. */
    getRollout(capability: string, call?: CallOptions): Promise<RolloutInfo>;
    /** Every rollout, by capability. */
    listRollouts(call?: CallOptions): Promise<RolloutInfo[]>;
    /** Sends every task naming no range to the canary. */
    promoteRollout(capability: string, call?: CallOptions): Promise<RolloutInfo>;
    /** Sends the canary no more traffic. */
    abortRollout(capability: string, call?: CallOptions): Promise<RolloutInfo>;
}
/** The wire `Rollout` as {@link RolloutInfo}. @internal */
export declare function toRolloutInfo(r: Rollout__Output | null): RolloutInfo;
/** Builds the rollout methods over a raw grpc client. @internal */
export declare function rolloutsClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): RolloutsClient;
