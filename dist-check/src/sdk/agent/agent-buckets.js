import { nanos } from 'nats';
/**
 * Opens (creating if needed) a JetStream KV bucket the way the agent's result cache does:
 * history 1, created at R1 (nats.js would copy a `replicas` field into the stream config,
 * which nats-server 2.10+ refuses) and then scaled to `replicas`, its max age grown to
 * `ttlMs` when shorter (a bucket shared by agents with different TTLs keeps values as
 * long as the longest). @internal
 */
export async function openAgentBucket(nc, bucket, { ttlMs, description = '' }, replicas) {
    const kv = await nc.jetstream().views.kv(bucket, { history: 1, ttl: ttlMs, description });
    const jsm = await nc.jetstreamManager();
    const stream = `KV_${bucket}`;
    const { config } = await jsm.streams.info(stream);
    const update = {
        ...(config.max_age !== 0 && config.max_age < nanos(ttlMs) ? { max_age: nanos(ttlMs) } : {}),
        ...(config.num_replicas !== replicas ? { num_replicas: replicas } : {}),
    };
    if (Object.keys(update).length > 0)
        await jsm.streams.update(stream, update);
    return kv;
}
/**
 * The KV buckets an agent instance's handlers open (`TaskContext.openBucket`), once per
 * instance and bucket name, over the instance's NATS connection and at its
 * `storeReplicas`. A failed open is not remembered: the next task tries again. @internal
 */
export class AgentBuckets {
    #nc;
    #replicas;
    #opened = new Map();
    constructor(nc, replicas) {
        this.#nc = nc;
        this.#replicas = replicas;
    }
    open(bucket, options) {
        let opening = this.#opened.get(bucket);
        if (!opening) {
            opening = openAgentBucket(this.#nc, bucket, options, this.#replicas);
            this.#opened.set(bucket, opening);
            opening.catch(() => this.#opened.delete(bucket));
        }
        return opening;
    }
}
//# sourceMappingURL=agent-buckets.js.map