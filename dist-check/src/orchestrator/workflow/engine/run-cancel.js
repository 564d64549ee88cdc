import { ErrorCode } from 'nats';
import { UnavailableError } from '../../../sdk/errors.js';
import { keyToken } from '../../store/keys.js';
import { isFinishedStatus } from '../../store/run-record.js';
/** The subject an orchestrator instance answers cancel requests for its runs on. */
export function cancelSubject(owner) {
    return `troupe.runs.cancel.${keyToken(owner)}`;
}
/**
 * CancelRun of a run not driven here: a finished run answers its status; a run
 * whose owner's instance lease is live (and of the record's epoch) is cancelled by
 * that owner (a NATS request on its {@link cancelSubject}); a run without a live
 * owner is adopted here, then cancelled here. Resolves with the status, or
 * `undefined` if no such run is stored. Throws `UnavailableError` when the owner
 * holds a live lease but does not answer (retry once its lease expired).
 */
export async function cancelElsewhere(runId, reason, deps) {
    const stored = await deps.runs.get(runId);
    if (!stored)
        return undefined;
    if (isFinishedStatus(stored.record.status))
        return stored.record.status;
    const { record } = stored;
    const lease = record.owner === deps.owner ? undefined : await deps.lease.read(record.owner);
    // The owner protects the run while its lease is live and still of the record's epoch.
    const live = lease !== undefined && !deps.lease.isDead(lease) && lease.epoch === record.epoch;
    if (live && deps.nc) {
        try {
            const reply = await deps.nc.request(cancelSubject(lease.owner), JSON.stringify({ runId, reason }), { timeout: deps.cancelTimeoutMs ?? 5000 });
            const answer = reply.json();
            if (answer.status !== undefined)
                return answer.status;
        }
        catch (err) {
            const code = err.code;
            if (code !== ErrorCode.NoResponders && code !== ErrorCode.Timeout)
                throw err;
        }
    }
    // No live owner answered: adopt the run here, then cancel it.
    const here = deps.cancelHere(runId, reason);
    if (here !== undefined)
        return here;
    const current = await deps.runs.get(runId);
    if (!current)
        return undefined;
    if (isFinishedStatus(current.record.status))
        return current.record.status;
    // From the owner whose lease we saw dead (not whoever holds the record now: a third instance that
    // adopted it meanwhile is alive). The adoption pass may be adopting it here at this moment: adopt
    // then waits for it, and either way a run driven here now is cancelled here.
    if (!live)
        await deps.adopt(runId, { owner: record.owner, epoch: record.epoch });
    const status = deps.cancelHere(runId, reason);
    if (status !== undefined)
        return status;
    const after = await deps.runs.get(runId);
    if (after && isFinishedStatus(after.record.status))
        return after.record.status;
    throw new UnavailableError(`run ${runId} is owned by ${lease?.owner ?? 'another instance'}, which does not answer; retry once its lease expired`);
}
//# sourceMappingURL=run-cancel.js.map