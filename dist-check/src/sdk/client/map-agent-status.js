import { InvalidArgumentError } from '../errors.js';
const STATE_PREFIX = 'AGENT_STATE_';
const BREAKER_PREFIX = 'BREAKER_STATE_';
/** The operator modes and their wire names. */
const MODES = {
    active: 'AGENT_MODE_ACTIVE',
    maintenance: 'AGENT_MODE_MAINTENANCE',
    drain: 'AGENT_MODE_DRAIN',
};
/** `AGENT_STATE_ACTIVE` → `'active'`; anything unknown (a newer server) → `'unspecified'`. */
export function agentStateName(state) {
    if (typeof state !== 'string' || !state.startsWith(STATE_PREFIX))
        return 'unspecified';
    return state.slice(STATE_PREFIX.length).toLowerCase();
}
/** `BREAKER_STATE_HALF_OPEN` → `'half_open'`; anything unknown → `'unspecified'`. */
export function breakerStateName(state) {
    if (typeof state !== 'string' || !state.startsWith(BREAKER_PREFIX))
        return 'unspecified';
    return state.slice(BREAKER_PREFIX.length).toLowerCase();
}
/** `'drain'` → `AGENT_MODE_DRAIN`; throws InvalidArgumentError naming the valid modes otherwise. */
export function agentModeToWire(mode) {
    const wire = Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
    if (!wire)
        throw new InvalidArgumentError(`unknown agent mode "${mode}"; expected one of ${Object.keys(MODES).join(', ')}`);
    return wire;
}
/** True for the names {@link agentModeToWire} accepts. */
export function isAgentModeName(mode) {
    return Object.hasOwn(MODES, mode);
}
/** Converts a decoded `troupe.v1.AgentStatus` to a plain {@link AgentInfo}. */
export function toAgentInfo(status) {
    const agent = status.agent;
    return {
        name: agent?.name ?? '',
        version: agent?.version ?? '',
        instanceId: agent?.instanceId ?? '',
        address: status.address,
        capabilities: (agent?.capabilities ?? []).map((c) => ({
            name: c.name,
            version: c.version || (agent?.version ?? ''),
            description: c.description,
            inputTypes: [...c.inputTypes],
            outputTypes: [...c.outputTypes],
            streaming: c.streaming,
            resumable: c.resumable,
            deterministic: c.deterministic,
            ...outputSchemaOf(c.outputSchema),
        })),
        state: agentStateName(status.state),
        inFlight: status.inFlight,
        reportedInFlight: status.reportedInFlight,
        maxConcurrency: Math.max(1, agent?.maxConcurrency ?? 0),
        lastHeartbeat: unixMsToDate(status.lastHeartbeatUnixMs),
        joinedAt: unixMsToDate(status.joinedUnixMs),
        breaker: breakerStateName(status.breaker),
        succeeded: Number(status.succeeded),
        failed: Number(status.failed),
        latencyEwmaMs: status.latencyEwmaMs,
        successRate: status.successRate,
        uptimeRatio: status.uptimeRatio,
        history: status.history.map((h) => ({ state: agentStateName(h.state), at: new Date(Number(h.atUnixMs)), reason: h.reason, actor: h.actor })),
        labels: { ...(agent?.labels ?? {}) },
        refusedReason: status.refusedReason,
    };
}
/** int64 Unix milliseconds (a string with `longs: String`) → Date; 0 or garbage → null. */
function unixMsToDate(ms) {
    const n = Number(ms ?? 0);
    return Number.isFinite(n) && n > 0 ? new Date(n) : null;
}
/** The declared output schema, parsed (`{}` when none or unreadable: the orchestrator reports a bad one when it checks). */
function outputSchemaOf(json) {
    if (!json)
        return {};
    try {
        const parsed = JSON.parse(json);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { outputSchema: parsed } : {};
    }
    catch {
        return {};
    }
}
//# sourceMappingURL=map-agent-status.js.map