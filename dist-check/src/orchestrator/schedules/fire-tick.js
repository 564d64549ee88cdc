import { SpanKind } from '@opentelemetry/api';
import { toGrpcStatus, statusName, TroupeError } from '../../sdk/errors.js';
import { ATTR, instrument, instruments } from '../../sdk/telemetry/index.js';
import { StaleWriteError } from '../store/errors.js';
import { planTick } from './tick-plan.js';
/** How long a claimed tick may stay pending before another orchestrator redoes it, by default (TROUPE_SCHEDULE_PENDING_GRACE_MS). */
export const DEFAULT_PENDING_GRACE_MS = 10_000;
/** The StartRun idempotency key of a tick: the second fence (docs/schedules.md). */
export function tickKey(name, tick) {
    return `schedule:${name}:${new Date(tick).toISOString()}`;
}
/**
 * Fires what is due of schedule `name` now, if this orchestrator wins the claim.
 *
 * 1. Claim: compare-and-set the record from the revision read to `lastTick` = the
 *    planned tick, `pendingTick` = it (missed ticks counted). A lost CAS means another
 *    orchestrator claimed it (or it was paused or deleted): nothing to do.
 * 2. StartRun with the idempotency key `schedule:<name>:<tick>`, in a
 *    `troupe.schedule.fire` span that is the run's parent.
 * 3. Complete: clear `pendingTick` (CAS, re-read on conflict), count the outcome.
 *
 * A pending tick older than the grace (its claimer died between 1 and 3, or StartRun
 * failed retryably) is taken over by a CAS on `pendingSince` and redone from 2: the
 * idempotency key makes a repeat return the run already started.
 */
export async function fireDue(deps, name) {
    const current = await deps.store.get(name);
    if (!current)
        return;
    const now = deps.now();
    const r = current.record;
    if (r.pendingTick !== undefined) {
        if ((r.pendingSince ?? 0) + deps.pendingGraceMs > now)
            return; // its claimer is at it
        const taken = await claim(deps, current, { ...r, pendingSince: now });
        if (taken !== undefined)
            await startAndComplete(deps, { record: { ...r, pendingSince: now }, revision: taken }, r.pendingTick, true);
        return;
    }
    const plan = planTick(r, now);
    if (!plan)
        return;
    const claimed = {
        ...r,
        lastTick: plan.lastTick,
        done: plan.done,
        missed: r.missed + plan.missed,
        updatedAt: now,
        ...(plan.nextTick !== undefined ? { nextTick: plan.nextTick } : { nextTick: undefined }),
        ...(plan.fire !== undefined ? { pendingTick: plan.fire, pendingSince: now } : {}),
    };
    const revision = await claim(deps, current, claimed);
    if (revision === undefined)
        return;
    if (plan.missed > 0) {
        instruments().scheduleMissedTicks.add(plan.missed, { schedule: name });
        deps.logger.warn({ schedule: name, missed: plan.missed, last_tick: new Date(plan.lastTick).toISOString(), caught_up: plan.fire !== undefined }, 'schedule ticks missed');
    }
    if (plan.fire !== undefined)
        await startAndComplete(deps, { record: claimed, revision }, plan.fire, false);
}
/** The CAS write; undefined when another writer came first. */
async function claim(deps, current, next) {
    try {
        return await deps.store.update(current.record.name, current.revision, next);
    }
    catch (err) {
        if (StaleWriteError.is(err))
            return undefined;
        throw err;
    }
}
async function startAndComplete(deps, claimed, tick, redo) {
    const { record } = claimed;
    const iso = new Date(tick).toISOString();
    const attributes = { [ATTR.SCHEDULE_NAME]: record.name, [ATTR.SCHEDULE_TICK]: iso, [ATTR.SCHEDULE_REDO]: redo, [ATTR.WORKFLOW]: record.workflow };
    await instrument('troupe.schedule.fire', { kind: SpanKind.INTERNAL, attributes }, async (span, ctx) => {
        const log = deps.logger.child({ schedule: record.name, tick: iso, workflow: record.workflow });
        let outcome;
        try {
            outcome = await deps.startRun({ workflow: record.workflow, input: record.input, idempotencyKey: tickKey(record.name, tick), priority: 3, timeoutMs: 0, traceContext: ctx });
        }
        catch (err) {
            const { code, details: message } = toGrpcStatus(err);
            if (TroupeError.is(err) ? err.retryable : true) {
                // Left pending: redone (same key) after the grace, here or elsewhere.
                instruments().scheduleFires.add(1, { schedule: record.name, outcome: 'retry' });
                span.setAttribute(ATTR.ERROR_CODE, statusName(code));
                log.warn({ err, redo }, 'schedule tick could not start its run; it will be retried');
                return;
            }
            outcome = { error: `${statusName(code)}: ${message}` };
        }
        const label = 'error' in outcome ? 'failed' : outcome.existing ? 'existing' : 'started';
        instruments().scheduleFires.add(1, { schedule: record.name, outcome: label });
        if ('error' in outcome) {
            span.setAttribute(ATTR.ERROR_CODE, outcome.error.split(':')[0] ?? '');
            log.warn({ error: outcome.error, redo }, 'schedule tick failed to start its run');
        }
        else {
            span.setAttribute(ATTR.RUN_ID, outcome.runId);
            log.info({ run_id: outcome.runId, existing: outcome.existing, redo }, 'schedule fired');
        }
        await complete(deps, record.name, tick, outcome);
    });
}
/** Clears the pending tick and records its outcome (CAS; re-read on conflict). */
async function complete(deps, name, tick, outcome) {
    for (let attempt = 0; attempt < 10; attempt++) {
        const current = await deps.store.get(name);
        // Deleted, or another orchestrator redid and completed it.
        if (current?.record.pendingTick !== tick)
            return;
        const r = current.record;
        const { pendingTick: _t, pendingSince: _s, ...rest } = r;
        const next = 'error' in outcome
            ? { ...rest, failed: r.failed + 1, lastError: outcome.error, updatedAt: deps.now() }
            : { ...rest, fired: r.fired + 1, lastRunId: outcome.runId, lastError: undefined, updatedAt: deps.now() };
        if ((await claim(deps, current, next)) !== undefined)
            return;
    }
    deps.logger.warn({ schedule: name }, 'schedule tick completed but its record could not be updated; another orchestrator will redo it (harmless)');
}
//# sourceMappingURL=fire-tick.js.map