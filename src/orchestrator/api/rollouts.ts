import type * as grpc from '@grpc/grpc-js';
import type { Rollout } from '../../gen/troupe/v1/Rollout.js';
import type { RolloutPolicy__Output } from '../../gen/troupe/v1/RolloutPolicy.js';
import type { RolloutSideStats } from '../../gen/troupe/v1/RolloutSideStats.js';
import { FailedPreconditionError } from '../../sdk/errors.js';
import { serveUnary } from '../../sdk/grpc/serve.js';
import { ATTR } from '../../sdk/telemetry/index.js';
import { operatorActor } from '../registry/state-causes.js';
import type { RolloutRecord } from '../rollouts/rollout-record.js';
import type { RolloutChange, RolloutService } from '../rollouts/rollout-service.js';
import type { RolloutHandle } from '../rollouts/setup.js';
import type { SideStats } from '../rollouts/side-window.js';
import { storeCall } from './store-call.js';
import { type ApiDeps, methodPath, serveOptions } from './deps.js';

const iso = (ms: number): string => (ms > 0 ? new Date(ms).toISOString() : '');
const EMPTY: SideStats = { samples: 0, successRate: 1, latencySamples: 0, latencyP50Ms: 0 };
const stats = (s: SideStats): RolloutSideStats => ({ samples: s.samples, successRate: s.successRate, latencyP50Ms: s.latencyP50Ms });

/** A rollout as `troupe.v1.Rollout`, with what this orchestrator measured of its current generation. */
export function rolloutView(r: RolloutRecord, handle: RolloutHandle | undefined): Rollout {
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

function needService(handle: RolloutHandle | undefined): RolloutService {
  if (!handle?.service) throw new FailedPreconditionError('rollouts need durable state: run the orchestrator with durable on (TROUPE_DURABLE=true, nats-server -js)');
  return handle.service;
}

/** GetRollout's answer: one capability's rollout; NOT_FOUND when it has none (shared with `GET /api/rollouts/{capability}`). */
export async function getRolloutView(deps: ApiDeps, handle: RolloutHandle | undefined, capability: string): Promise<Rollout> {
  const s = needService(handle);
  return rolloutView(await storeCall(deps.storeLink, 'read', () => s.get(capability)), handle);
}

/** ListRollouts' answer: every rollout (shared with `GET /api/rollouts`). */
export async function listRolloutViews(deps: ApiDeps, handle: RolloutHandle | undefined): Promise<Rollout[]> {
  const s = needService(handle);
  return (await storeCall(deps.storeLink, 'read', () => s.list())).map((r) => rolloutView(r, handle));
}

interface SetRolloutMessage {
  capability: string;
  canary: string;
  stable: string;
  weight: number;
  policy: RolloutPolicy__Output | null;
}

/** The rollout methods of OrchestratorService (docs/rollouts.md). */
export function rolloutHandlers(deps: ApiDeps, handle: RolloutHandle | undefined): grpc.UntypedServiceImplementation {
  const o = serveOptions(deps);
  type Named = grpc.ServerUnaryCall<{ capability: string }, unknown>;
  const decided = (change: RolloutChange, decision: 'set' | 'promoted' | 'aborted', actor: string): { rollout: Rollout } => {
    const r = change.record;
    if (change.changed) {
      handle?.count(r.capability, decision);
      // Applied here at once; the other orchestrators follow through the watch.
      handle?.rollouts.apply(r.capability, r);
      deps.logger.info({ capability: r.capability, canary: r.canary, stable: r.stable, weight: r.weight, state: r.state, reason: r.reason, actor }, 'rollout changed');
    }
    return { rollout: rolloutView(r, handle) };
  };
  const change = (method: string, decision: 'promoted' | 'aborted', act: (s: RolloutService, capability: string, actor: string) => Promise<RolloutChange>): grpc.handleUnaryCall<{ capability: string }, unknown> =>
    serveUnary(methodPath(method), o, async (call: Named, { principal, span }) => {
      const s = needService(handle);
      span.setAttribute(ATTR.CAPABILITY, call.request.capability);
      const actor = operatorActor(principal.subject);
      return decided(await storeCall(deps.storeLink, 'write', () => act(s, call.request.capability, actor)), decision, actor);
    });
  return {
    SetRollout: serveUnary(methodPath('SetRollout'), o, async (call: grpc.ServerUnaryCall<SetRolloutMessage, unknown>, { principal, span }) => {
      const s = needService(handle);
      const { capability, canary, stable, weight, policy } = call.request;
      span.setAttributes({ [ATTR.CAPABILITY]: capability, [ATTR.ROLLOUT_CANARY]: canary, 'troupe.rollout.weight': weight });
      const actor = operatorActor(principal.subject);
      const spec = { capability, canary, stable, weight, ...(policy ? { policy } : {}) };
      return decided(await storeCall(deps.storeLink, 'write', () => s.set(spec, actor)), 'set', actor);
    }),
    GetRollout: serveUnary(methodPath('GetRollout'), o, async (call: Named) => ({ rollout: await getRolloutView(deps, handle, call.request.capability) })),
    ListRollouts: serveUnary(methodPath('ListRollouts'), o, async () => ({ rollouts: await listRolloutViews(deps, handle) })),
    PromoteRollout: change('PromoteRollout', 'promoted', (s, capability, actor) => s.promote(capability, actor)),
    AbortRollout: change('AbortRollout', 'aborted', (s, capability, actor) => s.abort(capability, actor)),
  };
}
