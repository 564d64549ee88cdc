import { z } from 'zod';
/**
 * Body of hello and heartbeat messages (JSON). Small on purpose: the full
 * descriptor is fetched once over gRPC `Describe` when an instance is new.
 */
export declare const heartbeatSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    instanceId: z.ZodString;
    name: z.ZodString;
    version: z.ZodString;
    address: z.ZodString;
    seq: z.ZodNumber;
    sentAt: z.ZodNumber;
    intervalMs: z.ZodNumber;
    inFlight: z.ZodNumber;
    maxConcurrency: z.ZodNumber;
    draining: z.ZodBoolean;
    capabilities: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type Heartbeat = z.infer<typeof heartbeatSchema>;
/** Body of goodbye messages. */
export declare const goodbyeSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    instanceId: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
    reason: z.ZodString;
}, z.core.$strip>;
export type Goodbye = z.infer<typeof goodbyeSchema>;
/** Body of control messages sent by an orchestrator to one agent. */
export declare const controlSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    action: z.ZodEnum<{
        drain: "drain";
    }>;
    reason: z.ZodDefault<z.ZodString>;
}, z.core.$strip>;
export type Control = z.infer<typeof controlSchema>;
/** Keys of the NATS micro service metadata an agent registers with. */
export declare const META: {
    readonly address: "troupe.grpc_address";
    readonly agent: "troupe.agent";
    readonly agentVersion: "troupe.agent_version";
    readonly instanceId: "troupe.instance_id";
    readonly capabilities: "troupe.capabilities";
    readonly maxConcurrency: "troupe.max_concurrency";
};
/** Parses a JSON message body with a schema; returns the zod error text (cut to 500 characters) instead of throwing. */
export declare function parseMessage<T>(schema: z.ZodType<T>, data: Uint8Array): {
    ok: true;
    value: T;
} | {
    ok: false;
    error: string;
};
