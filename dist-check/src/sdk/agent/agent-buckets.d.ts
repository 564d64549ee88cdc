import { type KV, type NatsConnection } from 'nats';
/** How a handler's bucket is opened (`TaskContext.openBucket`). */
export interface BucketOptions {
    /** How long values are kept at least, in ms: the bucket's max age is grown to this (never shrunk: buckets are shared by agents). */
    readonly ttlMs: number;
    /** Shown by `nats kv ls`. */
    readonly description?: string;
}
/**
 * Opens (creating if needed) a JetStream KV bucket the way the agent's result cache does:
 * history 1, created at R1 (nats.js would copy a `replicas` field into the stream config,
 * which nats-server 2.10+ refuses) and then scaled to `replicas`, its max age grown to
 * `ttlMs` when shorter (a bucket shared by agents with different TTLs keeps values as
 * long as the longest). @internal
 */
export declare function openAgentBucket(nc: NatsConnection, bucket: string, { ttlMs, description }: BucketOptions, replicas: number): Promise<KV>;
/**
 * The KV buckets an agent instance's handlers open (`TaskContext.openBucket`), once per
 * instance and bucket name, over the instance's NATS connection and at its
 * `storeReplicas`. A failed open is not remembered: the next task tries again. @internal
 */
export declare class AgentBuckets {
    #private;
    constructor(nc: NatsConnection, replicas: number);
    open(bucket: string, options: BucketOptions): Promise<KV>;
}
