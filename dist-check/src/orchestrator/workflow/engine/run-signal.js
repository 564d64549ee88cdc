import { ErrorCode } from 'nats';
import { FailedPreconditionError, Status, TroupeError, UnavailableError } from '../../../sdk/errors.js';
import { keyToken } from '../../store/keys.js';
import { isFinishedStatus } from '../../store/run-record.js';
/** The subject an orchestrator instance answers SignalRun requests for its runs on. */
export function signalSubject(owner) {
    return `troupe.runs.signal.${keyToken(owner)}`;
}
/** Parses a forwarded SignalRun (another process's message: every field is checked). */
export function parseSignalRequest(data) {
    if (data === null || typeof data !== 'object')
        return undefined;
    const { runId, stepId, approved, payload, actor } = data;
    if (typeof runId !== 'string' || typeof stepId !== 'string' || typeof approved !== 'boolean' || typeof actor !== 'string')
        return undefined;
    return { runId, stepId, approved, payload: (payload ?? null), actor };
}
/** Answers a forwarded SignalRun with what `here` did (a TroupeError is passed on with its code). */
export function answerSignal(request, here) {
    if (!request)
        return { notDriven: true };
    try {
        const result = here(request);
        return result ? { result } : { notDriven: true };
    }
    catch (err) {
        if (TroupeError.is(err))
            return { error: { code: err.code, message: err.message } };
        throw err;
    }
}
/**
 * SignalRun of a run not driven here, as CancelRun does it (see run-cancel.ts): a
 * finished run → FAILED_PRECONDITION; a run whose owner holds a live lease of the
 * record's epoch is signalled by that owner (a NATS request on its
 * {@link signalSubject}; its NOT_FOUND / FAILED_PRECONDITION come back as they are);
 * a run without a live owner is adopted here (it keeps waiting), then signalled here.
 * Resolves `undefined` if no such run is stored.
 */
export async function signalElsewhere(request, deps) {
    const { runId } = request;
    const finished = (status) => {
        throw new FailedPreconditionError(`run ${runId} is ${status}; its step "${request.stepId}" takes no signal`, { runId });
    };
    const stored = await deps.runs.get(runId);
    if (!stored)
        return undefined;
    if (isFinishedStatus(stored.record.status))
        finished(stored.record.status);
    const { record } = stored;
    const lease = record.owner === deps.owner ? undefined : await deps.lease.read(record.owner);
    const live = lease !== undefined && !deps.lease.isDead(lease) && lease.epoch === record.epoch;
    if (live && deps.nc) {
        try {
            const reply = await deps.nc.request(signalSubject(lease.owner), JSON.stringify(request), { timeout: deps.timeoutMs ?? 5000 });
            const answer = reply.json();
            if ('result' in answer)
                return answer.result;
            if ('error' in answer)
                throw new TroupeError(answer.error.code, answer.error.message);
        }
        catch (err) {
            const code = err.code;
            if (code !== ErrorCode.NoResponders && code !== ErrorCode.Timeout)
                throw err;
        }
    }
    const here = deps.signalHere(request);
    if (here !== undefined)
        return here;
    const current = await deps.runs.get(runId);
    if (!current)
        return undefined;
    if (isFinishedStatus(current.record.status))
        finished(current.record.status);
    // As CancelRun: adopt from the owner whose lease we saw dead (waiting for an adoption of it under
    // way here), then signal it here if it is driven here now.
    if (!live)
        await deps.adopt(runId, { owner: record.owner, epoch: record.epoch });
    const result = deps.signalHere(request);
    if (result !== undefined)
        return result;
    throw new UnavailableError(`run ${runId} is owned by ${lease?.owner ?? 'another instance'}, which does not answer; retry once its lease expired`);
}
//# sourceMappingURL=run-signal.js.map