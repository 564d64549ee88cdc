import { isFinishedStatus } from '../../store/run-record.js';
const STEP_EVENT = {
    running: 'step.started',
    succeeded: 'step.completed',
    failed: 'step.failed',
    skipped: 'step.skipped',
    recovered: 'step.recovered',
    cancelled: 'step.cancelled',
};
/**
 * WatchRun of a run driven by another orchestrator instance: the events are
 * derived from its stored record (what the store knows first, then each new
 * version of the record) until the run ends. Only status events — `run.started`,
 * `step.started`/`completed`/`failed`/`skipped`/…, `step.item_done` (progress of a
 * for_each), and the final `run.*` — every one with `detail.fromStore: true`;
 * chunks, attempts and progress messages live in the owner's memory only.
 */
export async function* followStoredRun(records, signal) {
    let seq = 0;
    let started = false;
    const steps = new Map();
    const event = (type, stepId, detail) => ({
        seq: seq++,
        type,
        ...(stepId === undefined ? {} : { stepId }),
        at: Date.now(),
        detail: { ...detail, fromStore: true },
    });
    for await (const { record } of records) {
        if (signal?.aborted)
            return;
        if (!started) {
            started = true;
            yield event('run.started', undefined, { runId: record.runId, workflow: record.workflow, traceId: record.traceId ?? '', owner: record.owner });
        }
        for (const e of stepEvents(record, steps, event))
            yield e;
        if (isFinishedStatus(record.status)) {
            const c = record.run?.context;
            yield event(`run.${record.status}`, undefined, {
                status: record.status,
                error: c?.error ?? null,
                output: (c?.output ?? null),
                warnings: [...(c?.warnings ?? [])],
            });
            return;
        }
    }
}
function stepEvents(record, seen, event) {
    const c = record.run?.context;
    if (!c)
        return [];
    const out = [];
    for (const id of c.stepIds) {
        const step = c.steps[id];
        if (step === undefined)
            continue;
        const before = seen.get(id) ?? { status: 'pending', done: 0 };
        const done = step.items?.done ?? 0;
        if (step.status !== before.status) {
            const type = STEP_EVENT[step.status] ?? `step.${step.status}`;
            const detail = {};
            if (step.status === 'failed')
                Object.assign(detail, { error: step.error ?? null, tolerated: step.tolerated ?? false });
            if (step.status === 'cancelled')
                detail.reason = step.error ?? null;
            if (step.status === 'skipped')
                detail.reason = step.skipReason ?? null;
            if (step.recovery !== undefined)
                Object.assign(detail, { recovery: step.recovery, error: step.error ?? null, reason: step.skipReason ?? step.warnings.at(-1) ?? null });
            if (step.items !== undefined && step.status === 'running')
                detail.items = step.items.total;
            if (step.status === 'waiting' && step.waitUntil !== undefined)
                detail.until = step.waitUntil;
            out.push(event(type, id, detail));
        }
        if (done > before.done && step.items !== undefined)
            out.push(event('step.item_done', id, { done, total: step.items.total }));
        seen.set(id, { status: step.status, done });
    }
    return out;
}
//# sourceMappingURL=run-follow.js.map