/** Who triggered a change. */
export const ACTOR = {
    /** The instance itself: its beats, its goodbye. */
    AGENT: 'agent',
    /** The orchestrator's own checks: liveness timers, probes, the breaker, load. */
    ORCHESTRATOR: 'orchestrator',
    /** Automatic demotion on a low success rate, and the probe that ends it. */
    AUTO_DEMOTION: 'auto-demotion',
};
/** `operator:<subject>`: a SetAgentMode caller (the token subject with auth on, else `anonymous` or `mtls:<cn>`). */
export function operatorActor(subject) {
    return `operator:${subject}`;
}
const orchestrator = (reason) => ({ reason, actor: ACTOR.ORCHESTRATOR });
const agent = (reason) => ({ reason, actor: ACTOR.AGENT });
/** The lifecycle change `from → to` caused by `event` (undefined: a timer fired). */
export function lifecycleCause(event, from, to, ctx) {
    const interval = ctx.heartbeatIntervalMs;
    if (from === undefined)
        return agent('announced itself (hello or $SRV.INFO)');
    if (!event) {
        if (to === 'suspect')
            return orchestrator(`heartbeat missed: none for ${1.5 * interval} ms`);
        if (to === 'unreachable')
            return orchestrator(`heartbeat timeout: none for ${3 * interval} ms`);
        if (to === 'left' && from === 'unreachable')
            return orchestrator(`forgotten: unreachable for ${ctx.forgetAfterMs} ms`);
        if (to === 'left')
            return orchestrator(`silent for ${3 * interval} ms while ${from}`);
        return orchestrator(`timer in ${from}`);
    }
    switch (event.type) {
        case 'READY':
            return orchestrator('probe succeeded (Describe answered)');
        case 'PROBE_FAILED':
            return orchestrator('probe failed');
        case 'REFUSED':
            return orchestrator(`admission refused: ${event.reason}`);
        case 'GOODBYE':
            return agent('said goodbye');
        case 'HEARTBEAT':
            if (to === 'draining')
                return agent('heartbeat says it is draining');
            if (to === 'saturated')
                return agent(`heartbeat at capacity: ${event.inFlight}/${event.maxConcurrency} in flight`);
            if (from === 'saturated')
                return agent(`heartbeat below capacity: ${event.inFlight}/${event.maxConcurrency} in flight`);
            return agent(`heartbeat received while ${from}`);
        case 'LOAD':
            if (event.full)
                return orchestrator('it refused a task as full (RESOURCE_EXHAUSTED)');
            return orchestrator(to === 'saturated' ? `at capacity: ${event.inFlight}/${ctx.maxConcurrency} in flight` : `below capacity: ${event.inFlight}/${ctx.maxConcurrency} in flight`);
        case 'LINK_DOWN':
            return orchestrator("the orchestrator's own NATS link is down: the missed beats prove nothing");
        case 'ENTER_MAINTENANCE':
        case 'RESUME':
        case 'DRAIN':
            return orchestrator(event.type.toLowerCase().replace('_', ' '));
        default:
            return orchestrator(event.type);
    }
}
/** The breaker change `from → to` caused by `event` (undefined: the open timer fired). */
export function breakerCause(event, from, to, ctx) {
    if (to === 'open' && from === 'halfOpen')
        return orchestrator('breaker open again: the trial call failed');
    if (to === 'open')
        return orchestrator(`breaker open: ${ctx.consecutiveFailures} consecutive failed calls`);
    if (to === 'halfOpen')
        return orchestrator(`breaker half-open after ${ctx.breakerOpenMs} ms: one trial call allowed`);
    return orchestrator(event?.type === 'CALL_SUCCEEDED' ? 'breaker closed: the trial call succeeded' : 'breaker closed');
}
//# sourceMappingURL=state-causes.js.map