import type { Logger } from 'pino';
import type { AuditSink } from '../../sdk/security/audit.js';
import { ATTR, instrument, instruments, SPAN } from '../../sdk/telemetry/index.js';
import type { Registry } from '../registry/registry.js';
import type { KvRolloutStore } from '../store/kv-rollout-store.js';
import { idFromKeyToken } from '../store/keys.js';
import type { RolloutDecisionName, RolloutRecord } from './rollout-record.js';
import { primeRolloutDecisions } from '../prime-counters.js';
import { RolloutService } from './rollout-service.js';
import { Rollouts } from './rollouts.js';

/** What {@link setupRollouts} needs from the orchestrator. */
export interface RolloutDeps {
  /** `troupe_rollouts`; undefined without durable state (then there are no rollouts, and SetRollout answers FAILED_PRECONDITION). */
  readonly store: KvRolloutStore | undefined;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly audit: AuditSink;
  /** This orchestrator's id, in the actor of its automatic decisions. */
  readonly instanceId: string;
  /** Source of the weighted draw. @default Math.random */
  readonly random?: (() => number) | undefined;
}

/** The rollouts of a running orchestrator. */
export interface RolloutHandle {
  /** Routing and measurements (the dispatcher's `versions`). */
  readonly rollouts: Rollouts;
  /** The API's operations; undefined without durable state. */
  readonly service: RolloutService | undefined;
  /** Counts a decision in `troupe_rollout_decisions_total`. */
  count(capability: string, decision: RolloutDecisionName): void;
  /** Follows `troupe_rollouts`; resolves once the stored rollouts apply. */
  start(): Promise<void>;
  stop(): void;
}

/** Longest pause between tries to store a rollback while NATS is unreachable. */
const MAX_RETRY_MS = 30_000;

/**
 * Builds the rollouts of an orchestrator: the in-memory view every dispatch consults, kept in step
 * with `troupe_rollouts` by a KV watch (restarted if it ends), and the automatic rollback, stored
 * by compare-and-set, logged, audited and counted (docs/rollouts.md).
 */
export function setupRollouts(deps: RolloutDeps): RolloutHandle {
  const { store, logger } = deps;
  const service = store ? new RolloutService({ store, knows: (c) => deps.registry.knows(c), knownCapabilities: () => deps.registry.knownCapabilities() }) : undefined;
  const count = (capability: string, decision: RolloutDecisionName): void => {
    primeRolloutDecisions(capability);
    instruments().rolloutDecisions.add(1, { [ATTR.CAPABILITY]: capability, decision });
  };
  let stopped = false;
  let stopWatch: (() => void) | undefined;
  const actor = `auto-rollback:${deps.instanceId}`;

  const storeRollback = (record: RolloutRecord, reason: string, delayMs: number): void => {
    if (!service || stopped) return;
    void instrument(SPAN.ROLLOUT_ROLLBACK, { attributes: { [ATTR.CAPABILITY]: record.capability, [ATTR.ROLLOUT_CANARY]: record.canary } }, async (span) => {
      const { changed } = await service.rollback(record.capability, record.generation, reason, actor);
      span.setAttribute('troupe.rollout.changed', changed);
      if (!changed) {
        logger.info({ capability: record.capability, canary: record.canary, reason }, 'canary rollback not stored: the rollout changed meanwhile');
        return;
      }
      count(record.capability, 'rolled_back');
      logger.warn({ capability: record.capability, canary: record.canary, stable: record.stable, weight: record.weight, reason, actor }, 'canary rolled back');
      const traceId = span.spanContext().traceId;
      deps.audit.append({ actor, action: 'RolloutRolledBack', target: record.capability, outcome: 'ok', reason, traceId });
    }).catch((err: unknown) => {
      // Traffic is off the canary here already; the others learn it once the write lands.
      logger.error({ err, capability: record.capability, retry_ms: delayMs }, 'canary rollback could not be stored; retrying');
      const timer = setTimeout(() => storeRollback(record, reason, Math.min(delayMs * 2, MAX_RETRY_MS)), delayMs);
      timer.unref();
    });
  };
  const rollouts = new Rollouts({ ...(deps.random ? { random: deps.random } : {}), onRollback: (record, reason) => storeRollback(record, reason, 1000) });

  const start = async (): Promise<void> => {
    if (!store || stopped) return;
    let ready!: () => void;
    const initialized = new Promise<void>((resolve) => (ready = resolve));
    stopWatch = await store.watch(
      (record, key) => rollouts.apply(record?.capability ?? idFromKeyToken(key) ?? key, record),
      () => ready(),
      (err) => rewatch(err),
    );
    await initialized;
  };
  // The watch ended by itself (NATS trouble): a new one in a second replays every rollout.
  const rewatch = (err: unknown): void => {
    if (stopped) return;
    logger.warn({ err }, 'rollout watch ended; restarting it');
    const timer = setTimeout(() => void start().catch((e: unknown) => rewatch(e)), 1000);
    timer.unref();
  };
  return {
    rollouts,
    service,
    count,
    // A watch that cannot start now (NATS trouble) is retried like one that ended.
    start: () => start().catch((err: unknown) => rewatch(err)),
    stop: () => {
      stopped = true;
      stopWatch?.();
    },
  };
}
