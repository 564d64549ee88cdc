import { z } from 'zod';
import { boundText } from '../errors.js';
// Bounds on what a discovery message may carry: anyone who can publish on the
// subjects can send one, and every field ends up in the registry, logs and metrics.
const MAX_ID_CHARS = 256;
const MAX_ADDRESS_CHARS = 512;
const MAX_CAPABILITIES = 1000;
const MAX_INTERVAL_MS = 3_600_000;
/**
 * Body of hello and heartbeat messages (JSON). Small on purpose: the full
 * descriptor is fetched once over gRPC `Describe` when an instance is new.
 */
export const heartbeatSchema = z.object({
    /** Protocol version of this message. */
    v: z.literal(1),
    instanceId: z.string().min(1).max(MAX_ID_CHARS),
    name: z.string().min(1).max(MAX_ID_CHARS),
    version: z.string().max(MAX_ID_CHARS),
    /** host:port of the agent's gRPC server. */
    address: z.string().min(1).max(MAX_ADDRESS_CHARS),
    /** Monotonic per instance; lets receivers drop reordered beats. */
    seq: z.number().int().nonnegative(),
    /** Sender clock, Unix ms (informational: receivers use their own clock). */
    sentAt: z.number(),
    /** Within what a Node timer can wait, so a receiver's liveness timer never fires at once. */
    intervalMs: z.number().int().positive().max(MAX_INTERVAL_MS),
    inFlight: z.number().int().nonnegative(),
    maxConcurrency: z.number().int().positive(),
    draining: z.boolean(),
    capabilities: z.array(z.string().max(MAX_ID_CHARS)).max(MAX_CAPABILITIES),
});
/** Body of goodbye messages. */
export const goodbyeSchema = z.object({
    v: z.literal(1),
    instanceId: z.string().min(1).max(MAX_ID_CHARS),
    /** The agent's name (since the agent name is in the subject; older agents leave it out). */
    name: z.string().min(1).max(MAX_ID_CHARS).optional(),
    reason: z.string().max(1024),
});
/** Body of control messages sent by an orchestrator to one agent. */
export const controlSchema = z.object({
    v: z.literal(1),
    action: z.enum(['drain']),
    reason: z.string().max(1024).default(''),
});
/** Keys of the NATS micro service metadata an agent registers with. */
export const META = {
    address: 'troupe.grpc_address',
    agent: 'troupe.agent',
    agentVersion: 'troupe.agent_version',
    instanceId: 'troupe.instance_id',
    capabilities: 'troupe.capabilities',
    maxConcurrency: 'troupe.max_concurrency',
};
const decoder = new TextDecoder();
/** Parses a JSON message body with a schema; returns the zod error text (cut to 500 characters) instead of throwing. */
export function parseMessage(schema, data) {
    let raw;
    try {
        raw = JSON.parse(decoder.decode(data));
    }
    catch (err) {
        return { ok: false, error: boundText(`not JSON: ${err.message}`, 500) };
    }
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, error: boundText(z.prettifyError(result.error), 500) };
}
//# sourceMappingURL=messages.js.map