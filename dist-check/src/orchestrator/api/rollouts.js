import { FailedPreconditionError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { ATTR } from '../../sdk/telemetry/index.js';
import { operatorActor } from '../registry/state-causes.js';
import { storeCall } from './store-call.js';
import { methodPath, serveOptions } from './deps.js';
const iso = (ms) => (ms > 0 ? new Date(ms).toISOString() : '');
const EMPTY = { samples: 0, successRate: 1, latencySamples: 0, latencyP50Ms: 0 };
const stats = (s) => ({ samples: s.samples, successRate: s.successRate, latencyP50Ms: s.latencyP50Ms });
/** A rollout as `troupe.v1.Rollout`, with what this orchestrator measured of its current generation. */
export function rolloutView(r, handle) {
    const live = handle?.rollouts.get(r.capability);
    const measured = live?.record.generation === r.generation ? live : undefined;
    return {
        capability: r.capability,
        canary: r.canary,
        stable: r.stable,
        weight: r.weight,
        state: r.state,
        reason: r.reason,
        policy: { maxSuccessDrop: r.policy.maxSuccessDrop, maxLatencyRatio: r.policy.maxLatencyRatio, minSamples: r.policy.minSamples, window: r.policy.window },
        canaryStats: stats(measured?.canary ?? EMPTY),
        stableStats: stats(measured?.stable ?? EMPTY),
        decisions: r.decisions.map((d) => ({ at: iso(d.at), decision: d.decision, reason: d.reason, actor: d.actor })),
        updatedAt: iso(r.updatedAt),
        updatedBy: r.updatedBy,
    };
}
function needService(handle) {
    if (!handle?.service)
        throw new FailedPreconditionError('rollouts need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)');
    return handle.service;
}
/** GetRollout's answer: one capability's rollout; NOT_FOUND when it has none (shared with `GET /api/rollouts/{capability}`). */
export async function getRolloutView(deps, handle, capability) {
    const s = needService(handle);
    return rolloutView(await storeCall(deps.storeLink, 'read', () => s.get(capability)), handle);
}
/** ListRollouts' answer: every rollout (shared with `GET /api/rollouts`). */
export async function listRolloutViews(deps, handle) {
    const s = needService(handle);
    return (await storeCall(deps.storeLink, 'read', () => s.list())).map((r) => rolloutView(r, handle));
}
/** The rollout methods of OrchestratorService (docs/rollouts.md). */
export function rolloutHandlers(deps, handle) {
    const o = serveOptions(deps);
    const decided = (change, decision, actor) => {
        const r = change.record;
        if (change.changed) {
            handle?.count(r.capability, decision);
            // Applied here at once; the other orchestrators follow through the watch.
            handle?.rollouts.apply(r.capability, r);
            deps.logger.info({ capability: r.capability, canary: r.canary, stable: r.stable, weight: r.weight, state: r.state, reason: r.reason, actor }, 'rollout changed');
        }
        return { rollout: rolloutView(r, handle) };
    };
    const change = (method, decision, act) => serveUnary(methodPath(method), o, async (call, { principal, span }) => {
        const s = needService(handle);
        span.setAttribute(ATTR.CAPABILITY, call.request.capability);
        const actor = operatorActor(principal.subject);
        return decided(await storeCall(deps.storeLink, 'write', () => act(s, call.request.capability, actor)), decision, actor);
    });
    return {
        SetRollout: serveUnary(methodPath('SetRollout'), o, async (call, { principal, span }) => {
            const s = needService(handle);
            const { capability, canary, stable, weight, policy } = call.request;
            span.setAttributes({ [ATTR.CAPABILITY]: capability, [ATTR.ROLLOUT_CANARY]: canary, 'troupe.rollout.weight': weight });
            const actor = operatorActor(principal.subject);
            const spec = { capability, canary, stable, weight, ...(policy ? { policy } : {}) };
            return decided(await storeCall(deps.storeLink, 'write', () => s.set(spec, actor)), 'set', actor);
        }),
        GetRollout: serveUnary(methodPath('GetRollout'), o, async (call) => ({ rollout: await getRolloutView(deps, handle, call.request.capability) })),
        ListRollouts: serveUnary(methodPath('ListRollouts'), o, async () => ({ rollouts: await listRolloutViews(deps, handle) })),
        PromoteRollout: change('PromoteRollout', 'promoted', (s, capability, actor) => s.promote(capability, actor)),
        AbortRollout: change('AbortRollout', 'aborted', (s, capability, actor) => s.abort(capability, actor)),
    };
}
//# sourceMappingURL=rollouts.js.map