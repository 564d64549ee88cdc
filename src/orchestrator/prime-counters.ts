import { ATTR, instruments } from '../sdk/telemetry/index.js';
import { ROLLOUT_DECISIONS } from './rollouts/rollout-record.js';

/** Final run statuses, the values of `troupe_runs_finished_total{status}`. */
export const FINAL_RUN_STATUSES = ['completed', 'failed', 'cancelled'] as const;
/** Values of `troupe_lease_events_total{event}`. */
export const LEASE_EVENTS = ['acquired', 'lost'] as const;
/** Values of `troupe_webhook_deliveries_total{outcome}`. */
export const WEBHOOK_OUTCOMES = ['delivered', 'failed'] as const;
/** Values of `troupe_child_runs_total{outcome}`. */
export const CHILD_RUN_OUTCOMES = ['completed', 'failed', 'cancelled', 'not_started'] as const;
/** Values of `troupe_bulk_run_items_total{outcome}`. */
export const BULK_ITEM_OUTCOMES = ['started', 'existing', 'refused'] as const;

/**
 * Makes the orchestrator's counters whose label sets are known at start-up exist at 0,
 * so a rate, a ratio or an `increase() > 0` alert sees a series from the first scrape
 * rather than nothing (Prometheus conventions; docs/metrics.md).
 */
export function primeCounters(): void {
  const m = instruments();
  for (const status of FINAL_RUN_STATUSES) m.runsFinished.add(0, { status });
  for (const event of LEASE_EVENTS) m.leaseEvents.add(0, { event });
  m.runsAdopted.add(0);
  for (const outcome of ['approved', 'rejected', 'timed_out']) m.stepSignals.add(0, { outcome });
  for (const outcome of WEBHOOK_OUTCOMES) m.webhookDeliveries.add(0, { outcome });
  for (const outcome of CHILD_RUN_OUTCOMES) m.childRuns.add(0, { outcome });
  for (const outcome of BULK_ITEM_OUTCOMES) m.bulkRunItems.add(0, { outcome });
}

const primed = new WeakMap<object, Set<string>>();

/** Whether `key` is primed for the first time on these instruments (per meter provider: a telemetry restart, in tests, starts afresh). */
function firstTime(m: object, key: string): boolean {
  let seen = primed.get(m);
  if (!seen) primed.set(m, (seen = new Set()));
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/**
 * The per-capability series, at 0, the first time the orchestrator learns of a
 * capability (an agent offering it registered): tasks in flight, successful tasks
 * and dead letters. Failed outcomes (one per gRPC status) appear when they happen.
 */
export function primeCapability(capability: string): void {
  const m = instruments();
  if (!firstTime(m, `capability:${capability}`)) return;
  m.tasksActive.add(0, { [ATTR.CAPABILITY]: capability });
  m.tasks.add(0, { [ATTR.CAPABILITY]: capability, [ATTR.OUTCOME]: 'ok' });
  m.deadLetters.add(0, { [ATTR.CAPABILITY]: capability });
}

/**
 * Every `troupe_rollout_decisions_total` series of a capability at 0, at its first decision here, so
 * that `increase(…{decision="rolled_back"}[10m]) > 0` sees its first rollback.
 */
export function primeRolloutDecisions(capability: string): void {
  const m = instruments();
  if (!firstTime(m, `rollout:${capability}`)) return;
  for (const decision of ROLLOUT_DECISIONS) m.rolloutDecisions.add(0, { [ATTR.CAPABILITY]: capability, decision });
}
