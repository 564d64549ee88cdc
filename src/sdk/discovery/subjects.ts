/**
 * The NATS subject grammar of Troupe discovery — the one place subjects are built.
 *
 * - `$SRV.PING|INFO|STATS.troupe-agent` — the NATS micro services protocol (service name below).
 * - `troupe.agents.hello.<instance>` — an agent announces itself (same body as a heartbeat).
 * - `troupe.agents.heartbeat.<instance>` — periodic liveness and load.
 * - `troupe.agents.goodbye.<instance>` — clean shutdown.
 * - `troupe.agents.control.<instance>` — orchestrator → agent commands (drain).
 * - `troupe.agents.describe.<instance>` — the agent's NATS micro `describe` endpoint.
 * - `troupe.agents.capability.<instance>.<capability>` — one NATS micro endpoint per capability
 *   (a description of it; its stats count the tasks served over gRPC).
 */
export const SERVICE_NAME = 'troupe-agent';

const PREFIX = 'troupe.agents';

/** Kinds of discovery message an agent publishes. */
export type DiscoveryKind = 'hello' | 'heartbeat' | 'goodbye';

/** Subject an agent publishes `kind` messages on. */
export function agentSubject(kind: DiscoveryKind | 'control', instanceId: string): string {
  assertToken(instanceId);
  return `${PREFIX}.${kind}.${instanceId}`;
}

/**
 * Subject of the NATS micro endpoint of one capability of an instance: its dotted
 * name as tokens, anything a token cannot hold (wildcards, spaces, empty tokens from
 * `a..b`: a sidecar relays any name) replaced by `_`.
 */
export function capabilitySubject(instanceId: string, capability: string): string {
  assertToken(instanceId);
  const tokens = capability.split('.').map((t) => t.replace(/[^A-Za-z0-9_-]/g, '_') || '_');
  return `${PREFIX}.capability.${instanceId}.${tokens.join('.')}`;
}

/** Wildcard subscription for every agent's `kind` messages. */
export function allAgentsSubject(kind: DiscoveryKind): string {
  return `${PREFIX}.${kind}.*`;
}

/** Wildcard covering hello, heartbeat and goodbye of every agent. */
export const ALL_DISCOVERY_SUBJECTS = `${PREFIX}.*.*`;

/** Parses `troupe.agents.<kind>.<instance>`; undefined for anything else. */
export function parseAgentSubject(subject: string): { kind: DiscoveryKind | 'control'; instanceId: string } | undefined {
  const parts = subject.split('.');
  if (parts.length !== 4 || `${parts[0]}.${parts[1]}` !== PREFIX) return undefined;
  const kind = parts[2];
  const instanceId = parts[3];
  if (kind !== 'hello' && kind !== 'heartbeat' && kind !== 'goodbye' && kind !== 'control') return undefined;
  if (!instanceId) return undefined;
  return { kind, instanceId };
}

/** Instance ids become subject tokens: no dots, spaces or wildcards. */
export function assertToken(token: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) {
    throw new Error(`"${token}" is not a valid NATS subject token (use letters, digits, '-' and '_')`);
  }
}
