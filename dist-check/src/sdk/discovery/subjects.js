/**
 * The NATS subject grammar of Troupe discovery — the one place subjects are built.
 *
 * - `$SRV.PING|INFO|STATS.troupe-agent` — the NATS micro services protocol (service name below).
 * - `troupe.agents.hello.<instance>.<agent>` — an agent announces itself (same body as a heartbeat).
 * - `troupe.agents.heartbeat.<instance>.<agent>` — periodic liveness and load.
 * - `troupe.agents.goodbye.<instance>.<agent>` — clean shutdown.
 * - `troupe.agents.control.<instance>` — orchestrator → agent commands (drain).
 * - `troupe.agents.describe.<instance>` — the agent's NATS micro `describe` endpoint.
 * - `troupe.agents.capability.<instance>.<capability>` — one NATS micro endpoint per capability
 *   (a description of it; its stats count the tasks served over gRPC).
 *
 * `<agent>` is the agent's name as a subject token ({@link agentToken}), so NATS subject permissions can
 * restrict a user to its own agent (`troupe.agents.*.*.voice-forge`) and the orchestrator can check that a
 * message's body names the agent its subject does (orchestrator/discovery/sender-check.ts).
 *
 * Deprecated, still parsed: `troupe.agents.hello|heartbeat|goodbye.<instance>` (4 tokens, no agent name),
 * as agents before the agent name was added (and the Go and Python examples) publish. A legacy sender
 * cannot be limited to its own agent by NATS permissions, so any user allowed to publish legacy subjects
 * can send a goodbye or heartbeat for any instance announced the same way.
 */
export const SERVICE_NAME = 'troupe-agent';
const PREFIX = 'troupe.agents';
const utf8 = new TextEncoder();
const DISCOVERY_KINDS = ['hello', 'heartbeat', 'goodbye'];
/**
 * Subject an agent publishes `kind` messages on: `troupe.agents.<kind>.<instance>.<agent>`.
 * Without `agent` (and for `control`, which an orchestrator sends) the 4-token form.
 */
export function agentSubject(kind, instanceId, agent) {
    assertToken(instanceId);
    const base = `${PREFIX}.${kind}.${instanceId}`;
    return agent === undefined || kind === 'control' ? base : `${base}.${agentToken(agent)}`;
}
/**
 * An agent name as one subject token: letters, digits, `-` and `_` as they are, every other
 * byte of its UTF-8 form as `%XX` (`voice.forge` → `voice%2Eforge`). Injective, so two names
 * never share a token (a NATS permission on one agent's token covers no other agent).
 */
export function agentToken(agent) {
    if (agent === '')
        throw new Error('an agent name cannot be empty');
    let out = '';
    for (const ch of agent) {
        if (/^[A-Za-z0-9_-]$/.test(ch))
            out += ch;
        else
            for (const byte of utf8.encode(ch))
                out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/**
 * Subject of the NATS micro endpoint of one capability of an instance: its dotted
 * name as tokens, anything a token cannot hold (wildcards, spaces, empty tokens from
 * `a..b`: a sidecar relays any name) replaced by `_`.
 */
export function capabilitySubject(instanceId, capability) {
    assertToken(instanceId);
    const tokens = capability.split('.').map((t) => t.replace(/[^A-Za-z0-9_-]/g, '_') || '_');
    return `${PREFIX}.capability.${instanceId}.${tokens.join('.')}`;
}
/** Wildcard subscription for every agent's `kind` messages, named and legacy. */
export function allAgentsSubject(kind) {
    return `${PREFIX}.${kind}.>`;
}
/** Subscriptions covering hello, heartbeat and goodbye of every agent (named and legacy subjects). */
export const ALL_DISCOVERY_SUBJECTS = DISCOVERY_KINDS.map(allAgentsSubject);
/**
 * Parses `troupe.agents.<kind>.<instance>.<agent>` (hello, heartbeat, goodbye), the legacy
 * `troupe.agents.<kind>.<instance>` and `troupe.agents.control.<instance>`; undefined for anything else.
 */
export function parseAgentSubject(subject) {
    const parts = subject.split('.');
    if ((parts.length !== 4 && parts.length !== 5) || `${parts[0]}.${parts[1]}` !== PREFIX)
        return undefined;
    const [, , kind, instanceId, agent] = parts;
    if (kind !== 'hello' && kind !== 'heartbeat' && kind !== 'goodbye' && kind !== 'control')
        return undefined;
    if (!instanceId)
        return undefined;
    if (parts.length === 4)
        return { kind, instanceId };
    if (kind === 'control' || !agent)
        return undefined;
    return { kind, instanceId, agentToken: agent };
}
/** Instance ids become subject tokens: no dots, spaces or wildcards. */
export function assertToken(token) {
    if (!/^[A-Za-z0-9_-]+$/.test(token)) {
        throw new Error(`"${token}" is not a valid NATS subject token (use letters, digits, '-' and '_')`);
    }
}
//# sourceMappingURL=subjects.js.map