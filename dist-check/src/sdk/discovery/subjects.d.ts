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
export declare const SERVICE_NAME = "troupe-agent";
/** Kinds of discovery message an agent publishes. */
export type DiscoveryKind = 'hello' | 'heartbeat' | 'goodbye';
/**
 * Subject an agent publishes `kind` messages on: `troupe.agents.<kind>.<instance>.<agent>`.
 * Without `agent` (and for `control`, which an orchestrator sends) the 4-token form.
 */
export declare function agentSubject(kind: DiscoveryKind | 'control', instanceId: string, agent?: string): string;
/**
 * An agent name as one subject token: letters, digits, `-` and `_` as they are, every other
 * byte of its UTF-8 form as `%XX` (`voice.forge` → `voice%2Eforge`). Injective, so two names
 * never share a token (a NATS permission on one agent's token covers no other agent).
 */
export declare function agentToken(agent: string): string;
/**
 * Subject of the NATS micro endpoint of one capability of an instance: its dotted
 * name as tokens, anything a token cannot hold (wildcards, spaces, empty tokens from
 * `a..b`: a sidecar relays any name) replaced by `_`.
 */
export declare function capabilitySubject(instanceId: string, capability: string): string;
/** Wildcard subscription for every agent's `kind` messages, named and legacy. */
export declare function allAgentsSubject(kind: DiscoveryKind): string;
/** Subscriptions covering hello, heartbeat and goodbye of every agent (named and legacy subjects). */
export declare const ALL_DISCOVERY_SUBJECTS: readonly string[];
/** A parsed discovery or control subject. */
export interface AgentSubject {
    kind: DiscoveryKind | 'control';
    instanceId: string;
    /** The agent-name token ({@link agentToken}); undefined for the legacy 4-token form and for control. */
    agentToken?: string;
}
/**
 * Parses `troupe.agents.<kind>.<instance>.<agent>` (hello, heartbeat, goodbye), the legacy
 * `troupe.agents.<kind>.<instance>` and `troupe.agents.control.<instance>`; undefined for anything else.
 */
export declare function parseAgentSubject(subject: string): AgentSubject | undefined;
/** Instance ids become subject tokens: no dots, spaces or wildcards. */
export declare function assertToken(token: string): void;
