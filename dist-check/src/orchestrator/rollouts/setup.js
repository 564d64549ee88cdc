import { ATTR, instrument, instruments, SPAN } from '../../sdk/telemetry/index.js';
import { idFromKeyToken } from '../store/keys.js';
import { RolloutService } from './rollout-service.js';
import { Rollouts } from './rollouts.js';
/** Longest pause between tries to store a rollback while NATS is unreachable. */
const MAX_RETRY_MS = 30_000;
/**
 * Builds the rollouts of an orchestrator: the in-memory view every dispatch consults, kept in step
 * with `troupe_rollouts` by a KV watch (restarted if it ends), and the automatic rollback, stored
 * by compare-and-set, logged, audited and counted (docs/rollouts.md).
 */
export function setupRollouts(deps) {
    const { store, logger } = deps;
    const service = store ? new RolloutService({ store, knows: (c) => deps.registry.knows(c), knownCapabilities: () => deps.registry.knownCapabilities() }) : undefined;
    const count = (capability, decision) => instruments().rolloutDecisions.add(1, { [ATTR.CAPABILITY]: capability, decision });
    let stopped = false;
    let stopWatch;
    const actor = `auto-rollback:${deps.instanceId}`;
    const storeRollback = (record, reason, delayMs) => {
        if (!service || stopped)
            return;
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
        }).catch((err) => {
            // Traffic is off the canary here already; the others learn it once the write lands.
            logger.error({ err, capability: record.capability, retry_ms: delayMs }, 'canary rollback could not be stored; retrying');
            const timer = setTimeout(() => storeRollback(record, reason, Math.min(delayMs * 2, MAX_RETRY_MS)), delayMs);
            timer.unref();
        });
    };
    const rollouts = new Rollouts({ ...(deps.random ? { random: deps.random } : {}), onRollback: (record, reason) => storeRollback(record, reason, 1000) });
    const start = async () => {
        if (!store || stopped)
            return;
        let ready;
        const initialized = new Promise((resolve) => (ready = resolve));
        stopWatch = await store.watch((record, key) => rollouts.apply(record?.capability ?? idFromKeyToken(key) ?? key, record), () => ready(), (err) => rewatch(err));
        await initialized;
    };
    // The watch ended by itself (NATS trouble): a new one in a second replays every rollout.
    const rewatch = (err) => {
        if (stopped)
            return;
        logger.warn({ err }, 'rollout watch ended; restarting it');
        const timer = setTimeout(() => void start().catch((e) => rewatch(e)), 1000);
        timer.unref();
    };
    return {
        rollouts,
        service,
        count,
        // A watch that cannot start now (NATS trouble) is retried like one that ended.
        start: () => start().catch((err) => rewatch(err)),
        stop: () => {
            stopped = true;
            stopWatch?.();
        },
    };
}
//# sourceMappingURL=setup.js.map