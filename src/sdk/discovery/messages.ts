import { z } from 'zod';

/**
 * Body of hello and heartbeat messages (JSON). Small on purpose: the full
 * descriptor is fetched once over gRPC `Describe` when an instance is new.
 */
export const heartbeatSchema = z.object({
  /** Protocol version of this message. */
  v: z.literal(1),
  instanceId: z.string().min(1),
  name: z.string().min(1),
  version: z.string(),
  /** host:port of the agent's gRPC server. */
  address: z.string().min(1),
  /** Monotonic per instance; lets receivers drop reordered beats. */
  seq: z.number().int().nonnegative(),
  /** Sender clock, Unix ms (informational: receivers use their own clock). */
  sentAt: z.number(),
  intervalMs: z.number().int().positive(),
  inFlight: z.number().int().nonnegative(),
  maxConcurrency: z.number().int().positive(),
  draining: z.boolean(),
  capabilities: z.array(z.string()),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** Body of goodbye messages. */
export const goodbyeSchema = z.object({
  v: z.literal(1),
  instanceId: z.string().min(1),
  reason: z.string(),
});
export type Goodbye = z.infer<typeof goodbyeSchema>;

/** Body of control messages sent by an orchestrator to one agent. */
export const controlSchema = z.object({
  v: z.literal(1),
  action: z.enum(['drain']),
  reason: z.string().default(''),
});
export type Control = z.infer<typeof controlSchema>;

/** Keys of the NATS micro service metadata an agent registers with. */
export const META = {
  address: 'troupe.grpc_address',
  agent: 'troupe.agent',
  agentVersion: 'troupe.agent_version',
  instanceId: 'troupe.instance_id',
  capabilities: 'troupe.capabilities',
  maxConcurrency: 'troupe.max_concurrency',
} as const;

const decoder = new TextDecoder();

/** Parses a JSON message body with a schema; returns the zod error text instead of throwing. */
export function parseMessage<T>(schema: z.ZodType<T>, data: Uint8Array): { ok: true; value: T } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(data));
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}` };
  }
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, error: z.prettifyError(result.error) };
}
