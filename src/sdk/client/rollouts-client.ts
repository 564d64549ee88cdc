import type { OrchestratorServiceClient } from '../../gen/troupe/v1/OrchestratorService.js';
import type { Rollout__Output } from '../../gen/troupe/v1/Rollout.js';
import type { RolloutSideStats__Output } from '../../gen/troupe/v1/RolloutSideStats.js';
import { InvalidArgumentError } from '../errors.js';
import { unaryCall, type GrpcCallArgs } from './calls.js';
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
  decisions: { at: string; decision: string; reason: string; actor: string }[];
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

const side = (s: RolloutSideStats__Output | null): RolloutSideInfo => ({ samples: s?.samples ?? 0, successRate: s?.successRate ?? 1, latencyP50Ms: s?.latencyP50Ms ?? 0 });

/** The wire `Rollout` as {@link RolloutInfo}. @internal */
export function toRolloutInfo(r: Rollout__Output | null): RolloutInfo {
  const m = r ?? ({} as Partial<Rollout__Output>);
  const state = m.state === 'promoted' || m.state === 'aborted' || m.state === 'rolled_back' ? m.state : 'active';
  return {
    capability: m.capability ?? '',
    canary: m.canary ?? '',
    stable: m.stable ?? '',
    weight: m.weight ?? 0,
    state,
    reason: m.reason ?? '',
    policy: { maxSuccessDrop: m.policy?.maxSuccessDrop ?? 0, maxLatencyRatio: m.policy?.maxLatencyRatio ?? 0, minSamples: m.policy?.minSamples ?? 0, window: m.policy?.window ?? 0 },
    canaryStats: side(m.canaryStats ?? null),
    stableStats: side(m.stableStats ?? null),
    decisions: (m.decisions ?? []).map((d) => ({ at: d.at, decision: d.decision, reason: d.reason, actor: d.actor })),
    updatedAt: m.updatedAt ?? '',
    updatedBy: m.updatedBy ?? '',
  };
}

interface One {
  rollout: Rollout__Output | null;
}

/** Builds the rollout methods over a raw grpc client. @internal */
export function rolloutsClient(raw: OrchestratorServiceClient, unaryArgs: (call?: CallOptions) => GrpcCallArgs): RolloutsClient {
  return {
    async setRollout(req, call) {
      // The wire field is unsigned: a negative weight would arrive as 4294967291; say what was given.
      if (!Number.isInteger(req.weight) || req.weight < 0 || req.weight > 100) throw new InvalidArgumentError(`weight must be a whole percent from 0 to 100; got ${req.weight}`);
      const p = req.policy ?? {};
      const request = { capability: req.capability, canary: req.canary, stable: req.stable ?? '', weight: req.weight, policy: { maxSuccessDrop: p.maxSuccessDrop ?? 0, maxLatencyRatio: p.maxLatencyRatio ?? 0, minSamples: p.minSamples ?? 0, window: p.window ?? 0 } };
      return toRolloutInfo((await unaryCall<One>((md, o, cb) => raw.setRollout(request, md, o, cb), unaryArgs(call), call?.signal)).rollout);
    },
    async getRollout(capability, call) {
      return toRolloutInfo((await unaryCall<One>((md, o, cb) => raw.getRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
    },
    async listRollouts(call) {
      const res = await unaryCall<{ rollouts: Rollout__Output[] }>((md, o, cb) => raw.listRollouts({}, md, o, cb), unaryArgs(call), call?.signal);
      return res.rollouts.map(toRolloutInfo);
    },
    async promoteRollout(capability, call) {
      return toRolloutInfo((await unaryCall<One>((md, o, cb) => raw.promoteRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
    },
    async abortRollout(capability, call) {
      return toRolloutInfo((await unaryCall<One>((md, o, cb) => raw.abortRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
    },
  };
}
