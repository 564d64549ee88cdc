import { runReport } from '../../machines/run.machine.js';
import { StepReuser } from './run-reuse.js';
import { explainFailure } from '../../../sdk/explain-failure.js';
/** The attempts kept in a stored task snapshot (none when it has not run). */
export function attemptsOfStoredTask(snapshot) {
    return snapshot?.context?.attempts;
}
/**
 * A run's report: its steps, each with every task attempt, and its trace id; a run
 * that failed or was cancelled also gets `explanation`, a plain sentence for people
 * (`error` keeps the technical message).
 */
export function buildReport(snapshot, attemptsOf, traceId, parent, replay) {
    const base = runReport(snapshot);
    const steps = base.steps.map((step) => {
        const tasks = step.taskIds.map((id) => ({ taskId: id, attempts: attemptsOf(id) }));
        // A `workflow` step: the child run of each task's latest attempt, in item order.
        const childRunIds = tasks.flatMap((t) => t.attempts.findLast((a) => a.childRunId !== undefined)?.childRunId ?? []);
        return { ...step, tasks, ...(childRunIds.length > 0 ? { childRunIds } : {}) };
    });
    const explanation = explain(base.status, base.error, base.cancelReason, steps);
    const report = StepReuser.mark({ ...base, traceId, ...(parent ? { parent } : {}), steps, ...(explanation ? { explanation } : {}) }, replay);
    return JSON.parse(JSON.stringify(report));
}
function explain(status, error, cancelReason, steps) {
    if (status === 'cancelled')
        return explainFailure({ cancelReason: cancelReason ?? '' });
    if (status !== 'failed')
        return undefined;
    const step = steps.find((s) => s.status === 'failed' && s.tolerated !== true);
    if (!step)
        return explainFailure({ runDeadline: error === 'deadline exceeded', ...(error ? { message: error } : {}) });
    const attempts = step.tasks.flatMap((t) => t.attempts);
    const last = [...attempts].reverse().find((a) => a.outcome !== 'succeeded') ?? attempts.at(-1);
    return explainFailure({
        stepId: step.id,
        ...(last ? { capability: last.capability } : {}),
        ...(last?.code === undefined ? {} : { code: last.code }),
        message: last?.message ?? step.error ?? error ?? '',
    });
}
/** The report of a run known only from its stored record (finished, or owned elsewhere). */
export function reportFromRecord(record) {
    return buildReport(record.run, (taskId) => attemptsOfStoredTask(record.tasks[taskId]) ?? [], record.traceId ?? '', record.parent, record.replay);
}
//# sourceMappingURL=run-report.js.map