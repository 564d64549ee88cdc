const STATES = {
    joining: 'AGENT_STATE_JOINING',
    active: 'AGENT_STATE_ACTIVE',
    saturated: 'AGENT_STATE_SATURATED',
    maintenance: 'AGENT_STATE_MAINTENANCE',
    draining: 'AGENT_STATE_DRAINING',
    suspect: 'AGENT_STATE_SUSPECT',
    unreachable: 'AGENT_STATE_UNREACHABLE',
    left: 'AGENT_STATE_LEFT',
    refused: 'AGENT_STATE_REFUSED',
};
const BREAKERS = {
    closed: 'BREAKER_STATE_CLOSED',
    open: 'BREAKER_STATE_OPEN',
    halfOpen: 'BREAKER_STATE_HALF_OPEN',
};
/** The wire enum of a lifecycle state. */
export function toAgentState(state) {
    return state ? STATES[state] : 'AGENT_STATE_UNSPECIFIED';
}
/** The registry's view of one instance, as `troupe.v1.AgentStatus`. */
export function toAgentStatus(entry) {
    return {
        agent: entry.descriptor,
        address: entry.address,
        state: toAgentState(entry.state),
        inFlight: entry.localInFlight,
        reportedInFlight: entry.reportedInFlight,
        lastHeartbeatUnixMs: String(entry.lastHeartbeatAt),
        joinedUnixMs: String(entry.joinedAt),
        breaker: BREAKERS[entry.breaker],
        succeeded: String(entry.succeeded),
        failed: String(entry.failed),
        latencyEwmaMs: entry.latencyEwmaMs,
        successRate: entry.successRate,
        uptimeRatio: entry.history.uptimeRatio(Date.now()),
        refusedReason: entry.refusedReason ?? '',
        history: entry.history.changes().map((c) => ({ state: toAgentState(c.state), atUnixMs: String(c.at), reason: c.reason ?? '', actor: c.actor ?? '' })),
    };
}
//# sourceMappingURL=agent-status.js.map