import { FailedPreconditionError, InvalidArgumentError, NotFoundError, TroupeError, Status } from '../errors.js';
import { fromValue } from '../grpc/struct.js';
import { ATTR, withTraceIds } from '../telemetry/index.js';
/** A cancel this close to the deadline is the deadline (see onCancel). */
const DEADLINE_SLACK_MS = 50;
/**
 * Validates the request, admits the task and builds its context. Throws a TroupeError
 * when the task cannot start (unknown capability, wrong RPC, full, draining).
 * @internal
 */
export function beginTask(runtime, call, served, streaming) {
    const { span, traceContext } = served;
    const task = call.request.task;
    if (!task)
        throw new InvalidArgumentError('request.task is required: send { task: { capability, input } }');
    if (!task.capability)
        throw new InvalidArgumentError('task.capability is required: name the capability to run');
    span.setAttributes({
        [ATTR.CAPABILITY]: task.capability,
        [ATTR.TASK_ID]: task.taskId,
        [ATTR.ATTEMPT]: task.attempt || 1,
        ...(task.runId ? { [ATTR.RUN_ID]: task.runId } : {}),
        ...(task.stepId ? { [ATTR.STEP_ID]: task.stepId } : {}),
    });
    const { definition } = runtime;
    const unary = definition.unary.get(task.capability);
    const stream = definition.streaming.get(task.capability);
    if (!unary && !stream) {
        const offered = definition.capabilities.map((c) => c.name).join(', ');
        throw new NotFoundError(`agent ${definition.name} offers no capability "${task.capability}"; it offers: ${offered}`, {
            capability: task.capability,
        });
    }
    if (streaming && !stream) {
        throw new FailedPreconditionError(`capability "${task.capability}" is unary; call Execute, not ExecuteStream`);
    }
    if (!streaming && !unary) {
        throw new FailedPreconditionError(`capability "${task.capability}" streams its output; call ExecuteStream, not Execute`);
    }
    const resumable = definition.capabilities.find((c) => c.name === task.capability)?.resumable ?? false;
    const release = runtime.admission.enter();
    const controller = new AbortController();
    const deadlineValue = call.getDeadline();
    const deadline = deadlineValue instanceof Date ? deadlineValue : Number.isFinite(deadlineValue) ? new Date(deadlineValue) : undefined;
    // At the deadline the caller's own timer (which started before the timeout travelled here) or
    // grpc-js' ends the call and it arrives as 'cancelled', often just before ours fires: within
    // DEADLINE_SLACK_MS of the deadline the handler learns it ran out of time, not that it was cancelled.
    const onCancel = () => controller.abort(deadline && Date.now() >= deadline.getTime() - DEADLINE_SLACK_MS
        ? new TroupeError(Status.DEADLINE_EXCEEDED, 'the task ran past its deadline')
        : new TroupeError(Status.CANCELLED, 'the caller cancelled the task'));
    call.on('cancelled', onCancel);
    const onStop = () => controller.abort(new TroupeError(Status.UNAVAILABLE, 'the agent is shutting down'));
    runtime.onStop.add(onStop);
    let timer;
    if (deadline) {
        timer = setTimeout(() => controller.abort(new TroupeError(Status.DEADLINE_EXCEEDED, 'the task ran past its deadline')), 
        // A Node timer waits at most 2^31-1 ms; a longer wait (grpc-timeout allows ~11,000 years) would fire at once.
        Math.min(2_147_483_647, Math.max(0, deadline.getTime() - Date.now() || 0)));
        timer.unref();
    }
    const taskId = task.taskId || `local-${Date.now().toString(36)}`;
    // Made on first use: a pino child with bindings runs the redaction over them, ~8% of an echo
    // agent's CPU per task when every task made one and most handlers never log.
    let logger;
    const ctx = {
        taskId,
        capability: task.capability,
        attempt: task.attempt || 1,
        resumeFromSequence: resumeFrom(call.request.resumeFromSequence, resumable),
        idempotencyKey: task.idempotencyKey,
        runId: task.runId,
        stepId: task.stepId,
        data: task.data,
        contentType: task.contentType,
        signal: controller.signal,
        deadline,
        get logger() {
            return (logger ??= runtime.logger.child({ task_id: taskId, capability: task.capability, ...withTraceIds(traceContext) }));
        },
        span,
        traceContext,
        openBucket: (bucket, options) => (runtime.buckets ? runtime.buckets.open(bucket, options) : Promise.resolve(undefined)),
    };
    let finished = false;
    return {
        handler: (stream ?? unary),
        input: fromValue(task.input),
        ctx,
        span,
        traceContext,
        resumable,
        finish: () => {
            if (finished)
                return;
            finished = true;
            if (timer)
                clearTimeout(timer);
            call.removeListener('cancelled', onCancel);
            runtime.onStop.delete(onStop);
            release();
        },
    };
}
/**
 * The sequence a resumed stream starts at: the request's `resume_from_sequence` for a
 * capability that declared itself resumable, else 0 (a caller must not make a
 * non-resumable agent skip output).
 */
function resumeFrom(raw, resumable) {
    if (resumable === false || raw === undefined)
        return 0;
    const n = Number(raw);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
}
//# sourceMappingURL=begin-task.js.map