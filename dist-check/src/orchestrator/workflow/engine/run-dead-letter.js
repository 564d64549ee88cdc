import { statusName } from '../../../sdk/errors.js';
import { ATTR, instruments } from '../../../sdk/telemetry/index.js';
/**
 * Records a task that exhausted its retries and fallback as a dead letter: logged
 * in the run's event log first (so it precedes the run's final event), then stored.
 * A failed store write is logged, never thrown: the run goes on.
 */
export async function deadLetter(task, to) {
    const { outcome } = task;
    const attempts = task.attempts.map((a) => ({ instanceId: a.instanceId, code: a.code ?? 0, message: a.message ?? '', at: a.endedAt ?? a.startedAt }));
    const last = attempts.at(-1);
    to.log.append({ type: 'task.dead_lettered', stepId: task.stepId, detail: { taskId: outcome.taskId } });
    instruments().deadLetters.add(1, { [ATTR.CAPABILITY]: outcome.capability });
    const record = {
        taskId: outcome.taskId,
        runId: task.runId,
        stepId: task.stepId,
        capability: outcome.capability,
        attempts,
        input: task.input,
        failedAt: Date.now(),
        reason: `${outcome.attempts} attempt(s) failed${last ? `; last: ${statusName(last.code)}: ${last.message}` : ''}`,
    };
    try {
        await to.store.add(record);
    }
    catch (err) {
        to.logger.error({ err, task_id: outcome.taskId }, 'dead letter not stored');
    }
    // The workflow says `on_dead_letter: escalate`: a person hears of it (errors are logged there).
    await to.escalate?.(record);
}
//# sourceMappingURL=run-dead-letter.js.map