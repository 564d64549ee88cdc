import { createHash } from 'node:crypto';
import { UnavailableError } from '../errors.js';
import { openAgentBucket } from './agent-buckets.js';
/** The JetStream KV bucket cached results are kept in, shared by all agents. */
export const RESULT_BUCKET = 'troupe_agent_results';
/**
 * The result cache of an agent instance (`cacheByIdempotencyKey` capabilities):
 * the first task with an idempotency key runs the handler and stores its result
 * (with the capability's TTL); a redo with the same key (an orchestrator that
 * crashed with the task in flight and redid it, a client retry) gets the stored
 * result without running the handler. Duplicates that arrive at this instance
 * while the first is still running wait for it (and run the handler themselves
 * if it fails). Duplicates at two instances at once both run: there is no
 * cross-instance lock. Keys are
 * SHA-256(agent, capability, idempotency key), so neither agents nor
 * capabilities share results. A result too large for a KV value is not cached
 * (the task still succeeds; logged at warn).
 * @internal
 */
export class ResultCache {
    #store;
    #agent;
    #logger;
    #maxValueBytes;
    #now;
    #running = new Map();
    constructor(store, agent, logger, maxValueBytes, now) {
        this.#store = store;
        this.#agent = agent;
        this.#logger = logger;
        this.#maxValueBytes = maxValueBytes;
        this.#now = now;
    }
    /**
     * Opens the cache: over the `troupe_agent_results` bucket when `nc` is given
     * (its max age grown to the longest TTL asked for, scaled to `replicas`), else in memory.
     */
    static async open(nc, agent, policies, logger, { replicas = 1, now = Date.now } = {}) {
        const ttlMs = Math.max(...[...policies].map((p) => p.ttlMs));
        if (!nc)
            return new ResultCache(memoryStore(now), agent, logger, Number.POSITIVE_INFINITY, now);
        let kv;
        try {
            // Shared by agents with different TTLs: the bucket keeps values as long as the longest; each entry carries its own expiry.
            kv = await openAgentBucket(nc, RESULT_BUCKET, { ttlMs, description: 'Troupe agent results by idempotency key (cacheByIdempotencyKey)' }, replicas);
        }
        catch (err) {
            throw new UnavailableError(`cacheByIdempotencyKey needs NATS JetStream (nats-server -js) for the ${RESULT_BUCKET} bucket: ${err.message}`, { agent }, err);
        }
        return new ResultCache(kvStore(kv), agent, logger, (nc.info?.max_payload ?? 1024 * 1024) - 1024, now);
    }
    /**
     * The result for `idempotencyKey`: stored, or being computed here, or from
     * `execute` (stored before it resolves). `hit` says whether `execute` was skipped.
     */
    async run(capability, idempotencyKey, policy, execute) {
        const key = createHash('sha256').update(`${this.#agent}\0${capability}\0${idempotencyKey}`).digest('base64url');
        for (;;) {
            const running = this.#running.get(key);
            if (running) {
                // A duplicate of a task running here: its result, or (if it failed, e.g. was cancelled) a run of our own.
                const result = await running.catch(() => undefined);
                if (result)
                    return { result, hit: true };
                continue;
            }
            const stored = await this.#store.get(key);
            if (stored && stored.expiresAt > this.#now())
                return { result: fromStored(stored), hit: true };
            if (!this.#running.has(key))
                break; // else another duplicate started while we read
        }
        const work = (async () => {
            const result = await execute();
            await this.#save(key, capability, result, policy);
            return result;
        })();
        this.#running.set(key, work);
        try {
            return { result: await work, hit: false };
        }
        finally {
            this.#running.delete(key);
        }
    }
    async #save(key, capability, result, policy) {
        const data = result.data ? Buffer.from(result.data).toString('base64') : '';
        const value = {
            v: 1,
            expiresAt: this.#now() + policy.ttlMs,
            output: result.output ?? null,
            data,
            contentType: result.contentType ?? '',
            metrics: { ...(result.metrics ?? {}) },
            warnings: [...(result.warnings ?? [])],
        };
        try {
            const bytes = Buffer.byteLength(JSON.stringify(value));
            if (bytes > this.#maxValueBytes) {
                this.#logger.warn({ capability, bytes, limit: this.#maxValueBytes }, 'result too large for the result cache; not cached');
                return;
            }
            await this.#store.put(key, value);
        }
        catch (err) {
            // The task succeeded; a redo will run the handler again.
            this.#logger.warn({ capability, err }, 'could not store the result in the result cache');
        }
    }
}
function fromStored(s) {
    return {
        output: s.output,
        data: Buffer.from(s.data, 'base64'),
        contentType: s.contentType,
        metrics: { ...s.metrics },
        warnings: [...s.warnings],
    };
}
function kvStore(kv) {
    return {
        async get(key) {
            const entry = await kv.get(key);
            return entry?.operation === 'PUT' ? entry.json() : undefined;
        },
        async put(key, value) {
            await kv.put(key, JSON.stringify(value));
        },
    };
}
function memoryStore(now) {
    const map = new Map();
    return {
        get(key) {
            const found = map.get(key);
            if (found && found.expiresAt <= now())
                map.delete(key);
            return Promise.resolve(map.get(key));
        },
        put(key, value) {
            map.set(key, value);
            if (map.size % 256 === 0)
                for (const [k, v] of map)
                    if (v.expiresAt <= now())
                        map.delete(k);
            return Promise.resolve();
        },
    };
}
//# sourceMappingURL=result-cache.js.map