import { ResourceExhaustedError, Status, TroupeError, UnavailableError } from '../../sdk/errors.js';
import { filterByAgentRate } from '../scheduler/index.js';
import { admits, narrowByVersion, runningVersions } from '../versions/version-filter.js';
/** `context.reason` of the RESOURCE_EXHAUSTED thrown when every instance is at its max concurrency (busy, not gone). */
export const BUSY = 'max_concurrency';
/** Whether `err` says every instance of the capability is busy: a caller that may wait, waits for capacity. */
export function allBusy(err) {
    return TroupeError.is(err) && err.code === Status.RESOURCE_EXHAUSTED && err.context.reason === BUSY;
}
/**
 * Chooses an instance for `req.capability`, skipping `exclude` (instances already
 * tried by this call) and, while others exist, `avoid` (instances that failed this
 * task in an earlier attempt), or throws the error a person can act on:
 * NOT_FOUND (no agent ever offered it), RESOURCE_EXHAUSTED (all at capacity),
 * UNAVAILABLE (none active, or none of the versions asked for).
 */
export function pickInstance(registry, select, req) {
    const picked = tryPickInstance(registry, select, req);
    if (picked === BUSY)
        throw busyError(registry, req);
    return picked;
}
/**
 * {@link pickInstance}, except that "every instance is at its max concurrency" is the value
 * {@link BUSY} rather than an error: a task that waits for capacity asks again and again, and an
 * error (with its stack) per ask cost more than the pick. `hasRoom` narrows the instances further
 * (one without room counts as busy).
 */
export function tryPickInstance(registry, select, req) {
    const { capability, exclude, avoid, agentRates, hasRoom, versions } = req;
    let roomless = 0;
    let offered = registry.candidates(capability).filter((e) => !exclude.has(e.instanceId));
    // A range, or a rollout's side: the first group of versions with a routable instance.
    if (versions)
        offered = narrowByVersion(offered, versions);
    const routable = hasRoom
        ? offered.filter((e) => {
            if (hasRoom(e))
                return true;
            roomless++;
            return false;
        })
        : offered;
    // Instances out of rate-limit tokens sit this one out.
    const all = agentRates ? filterByAgentRate(routable, agentRates) : routable;
    // Instances to avoid (they failed this task before) are used only when nothing else is left.
    const preferred = avoid && avoid.size > 0 ? all.filter((e) => !avoid.has(e.instanceId)) : all;
    const candidates = preferred.length > 0 ? preferred : all;
    const chosen = select(candidates, capability);
    if (chosen) {
        agentRates?.takeFor(chosen.instanceId);
        return chosen;
    }
    if (agentRates && routable.length > 0 && all.length === 0) {
        throw new ResourceExhaustedError(`every active instance of "${capability}" is over its rate limit; retry shortly`, { capability });
    }
    if (!registry.knows(capability)) {
        const known = registry.knownCapabilities();
        // NOT_FOUND for a caller, yet retryable for a workflow step: after a restart the
        // registry learns agents again, and a step's capability was known when it was registered.
        throw new TroupeError(Status.NOT_FOUND, `no agent offers capability "${capability}"; ${known.length ? `known capabilities: ${known.join(', ')}` : 'no agents are registered yet'}`, { context: { capability }, retryable: true });
    }
    const listed = registry.list({ capability });
    const eligible = versions ? listed.filter((e) => admits(versions, e)) : listed;
    // An instance at its max concurrency is `saturated` (not a candidate): busy, not gone; so is one without the room `hasRoom` asks for.
    if (candidates.length > 0 || roomless > 0 || (exclude.size === 0 && eligible.some((e) => e.state === 'saturated')))
        return BUSY;
    if (versions && eligible.length === 0) {
        throw new UnavailableError(`no instance of "${capability}" ${versions.wanted} is running (${listed.length > 0 ? `running versions: ${runningVersions(listed, capability)}` : 'none is running'}); start one, or ask for another version range`, { capability, versions: versions.wanted });
    }
    const states = eligible.map((e) => `${e.instanceId}: ${e.state}${e.breaker === 'open' ? ' (breaker open)' : ''}`).join(', ');
    const which = versions ? `instance of "${capability}" ${versions.wanted}` : `instance of "${capability}"`;
    throw new UnavailableError(exclude.size > 0
        ? `every ${which} failed or is unavailable (${states || 'none left'}); retry later`
        : `no active ${versions ? which : `instance offers "${capability}"`} right now (${states || 'all have left'}); start one or take one out of maintenance`, { capability });
}
/** The RESOURCE_EXHAUSTED of a pick that found every instance at its max concurrency. */
function busyError(registry, req) {
    const { capability, exclude, versions } = req;
    const ok = (e) => !versions || admits(versions, e);
    const candidates = registry.candidates(capability).filter((e) => !exclude.has(e.instanceId) && ok(e));
    const busy = candidates.length > 0 ? candidates.length : registry.list({ capability }).filter((e) => e.state === 'saturated' && ok(e)).length;
    return new ResourceExhaustedError(`all ${busy} active instance(s) of "${capability}"${versions ? ` ${versions.wanted}` : ''} are at their max concurrency; retry later or start more instances`, { capability, reason: BUSY });
}
//# sourceMappingURL=pick.js.map