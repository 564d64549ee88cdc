import { InvalidArgumentError } from '../errors.js';
import { unaryCall } from './calls.js';
const side = (s) => ({ samples: s?.samples ?? 0, successRate: s?.successRate ?? 1, latencyP50Ms: s?.latencyP50Ms ?? 0 });
/** The wire `Rollout` as {@link RolloutInfo}. @internal */
export function toRolloutInfo(r) {
    const m = r ?? {};
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
/** Builds the rollout methods over a raw grpc client. @internal */
export function rolloutsClient(raw, unaryArgs) {
    return {
        async setRollout(req, call) {
            // The wire field is unsigned: a negative weight would arrive as 4294967291; say what was given.
            if (!Number.isInteger(req.weight) || req.weight < 0 || req.weight > 100)
                throw new InvalidArgumentError(`weight must be a whole percent from 0 to 100; got ${req.weight}`);
            const p = req.policy ?? {};
            const request = { capability: req.capability, canary: req.canary, stable: req.stable ?? '', weight: req.weight, policy: { maxSuccessDrop: p.maxSuccessDrop ?? 0, maxLatencyRatio: p.maxLatencyRatio ?? 0, minSamples: p.minSamples ?? 0, window: p.window ?? 0 } };
            return toRolloutInfo((await unaryCall((md, o, cb) => raw.setRollout(request, md, o, cb), unaryArgs(call), call?.signal)).rollout);
        },
        async getRollout(capability, call) {
            return toRolloutInfo((await unaryCall((md, o, cb) => raw.getRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
        },
        async listRollouts(call) {
            const res = await unaryCall((md, o, cb) => raw.listRollouts({}, md, o, cb), unaryArgs(call), call?.signal);
            return res.rollouts.map(toRolloutInfo);
        },
        async promoteRollout(capability, call) {
            return toRolloutInfo((await unaryCall((md, o, cb) => raw.promoteRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
        },
        async abortRollout(capability, call) {
            return toRolloutInfo((await unaryCall((md, o, cb) => raw.abortRollout({ capability }, md, o, cb), unaryArgs(call), call?.signal)).rollout);
        },
    };
}
//# sourceMappingURL=rollouts-client.js.map