import { FailedPreconditionError, Status, TroupeError } from '../../sdk/errors.js';
import { requireWorkflow } from '../../sdk/security/scopes.js';
import { loadDefinition } from '../workflow/definition/index.js';
import { reusableOutputs } from '../workflow/engine/run-reuse.js';
/**
 * ReplayDeadLetter mode `from_step`: a new run of the dead letter's run's workflow, at the
 * version that run followed, with its input; the original run's steps that succeeded and do
 * not depend on the failed step complete at once with their outputs (run-reuse.ts), the
 * failed step and everything downstream of it run again. FAILED_PRECONDITION when the record
 * belongs to no run, the run is no longer kept, or its workflow version is gone.
 */
export async function replayFromStep(record, call, deps) {
    const { engine } = deps;
    const { runId, stepId } = record;
    if (!runId || !stepId)
        throw new FailedPreconditionError(`task ${record.taskId} belonged to no run; replay it as a step`, { taskId: record.taskId });
    const gone = (err) => {
        if (TroupeError.is(err) && err.code === Status.NOT_FOUND) {
            throw new FailedPreconditionError(`run ${runId} of dead letter ${record.taskId} is no longer kept (retention), so its step outputs are gone; replay the whole run instead (mode run)`, { runId: runId });
        }
        throw err;
    };
    const original = await engine.runInput(runId).catch(gone);
    requireWorkflow(call.principal, original.workflow, 'ReplayDeadLetter');
    const report = (await engine.getRun(runId).catch(gone));
    const versions = (await engine.workflowVersions(original.workflow).catch(() => []));
    const kept = versions.find((v) => v.version === original.workflowVersion) ?? (original.workflowVersion === 0 ? versions[0] : undefined);
    if (!kept) {
        const now = versions.map((v) => v.version).join(', ') || 'none';
        throw new FailedPreconditionError(`workflow ${original.workflow} version ${original.workflowVersion}, which run ${runId} followed, is no longer kept (kept: ${now}); replay the whole run on the latest version instead (mode run)`, { runId: runId, workflow: original.workflow });
    }
    const workflow = loadDefinition(kept.definition);
    if (!workflow.stepsById.has(stepId)) {
        throw new FailedPreconditionError(`step "${stepId}" of dead letter ${record.taskId} is not in workflow ${original.workflow} version ${kept.version}; replay the whole run instead (mode run)`, { runId: runId });
    }
    const outputs = reusableOutputs(workflow.steps, report.steps ?? [], stepId);
    const started = await deps.write(() => engine.startRun({
        workflow: original.workflow,
        workflowVersion: kept.version,
        input: original.input,
        idempotencyKey: '',
        priority: 3,
        timeoutMs: 0,
        traceContext: call.traceContext,
        reuse: { fromRunId: runId, stepId: stepId, outputs },
    }));
    return { runId: started.runId, reused: Object.keys(outputs), replayOf: { runId, stepId } };
}
//# sourceMappingURL=replay-from-step.js.map