import { keyToken } from '../store/keys.js';
/** The `troupe_agents` key of an agent instance. */
export function agentKey(name, instanceId) {
    return `${keyToken(name || 'unnamed')}.${keyToken(instanceId)}`;
}
/**
 * Keeps the registry's per-instance status history, task counts and latency EWMA
 * in `troupe_agents`, so they survive an orchestrator restart: every `everyMs` each
 * instance whose state, counts or history changed is written (coalesced: at most
 * once per period per instance), and an instance that (re)appears is seeded from
 * its record. Several orchestrators share the bucket: the last writer wins; a
 * record is small (≤ 50 state changes) and the bucket is bounded (history, TTL, size).
 */
export class AgentPersistence {
    #options;
    /** Instances whose record was read (or found missing): only those are written. */
    #seeded = new Set();
    #written = new Map();
    #onChange = ({ entry, previous }) => {
        if (previous === undefined)
            void this.#seed(entry);
    };
    #timer;
    #flushing;
    constructor(options) {
        this.#options = options;
    }
    /** Seeds the instances already registered, then follows the registry. */
    start() {
        this.#options.registry.on('change', this.#onChange);
        for (const entry of this.#options.registry.list({ includeLeft: true }))
            void this.#seed(entry);
        this.#timer = setInterval(() => void this.flush(), this.#options.everyMs ?? 1000);
        this.#timer.unref();
    }
    /** Writes every instance with something new; concurrent calls share one pass. */
    flush() {
        this.#flushing ??= this.#flushAll().finally(() => (this.#flushing = undefined));
        return this.#flushing;
    }
    /** Stops following the registry, after a last flush. */
    async close() {
        this.#options.registry.off('change', this.#onChange);
        if (this.#timer)
            clearInterval(this.#timer);
        await this.flush().catch(() => undefined);
    }
    async #seed(entry) {
        if (this.#seeded.has(entry))
            return;
        try {
            const stored = await this.#options.kv.get(agentKey(entry.descriptor.name ?? '', entry.instanceId));
            if (stored?.operation === 'PUT') {
                const saved = stored.json();
                entry.history.restore(saved.history);
                entry.succeeded += saved.succeeded;
                entry.failed += saved.failed;
                if (entry.latencyEwmaMs === 0)
                    entry.latencyEwmaMs = saved.latencyEwmaMs;
            }
        }
        catch (err) {
            this.#options.logger.warn({ instance_id: entry.instanceId, err }, 'could not read the agent history');
        }
        this.#seeded.add(entry);
    }
    async #flushAll() {
        const now = Date.now();
        const refresh = this.#options.refreshMs ?? 30_000;
        const live = new Set(this.#options.registry.list({ includeLeft: true }));
        for (const entry of this.#seeded)
            if (!live.has(entry))
                this.#forget(entry);
        for (const entry of live) {
            if (!this.#seeded.has(entry))
                continue;
            const changes = entry.history.changes();
            const signature = [entry.state, entry.succeeded, entry.failed, changes.length, changes.at(-1)?.at ?? 0, entry.state === 'active' ? Math.floor(now / refresh) : 0].join('|');
            if (this.#written.get(entry) === signature)
                continue;
            const saved = {
                name: entry.descriptor.name ?? '',
                instanceId: entry.instanceId,
                state: entry.state,
                history: entry.history.save(now),
                succeeded: entry.succeeded,
                failed: entry.failed,
                latencyEwmaMs: entry.latencyEwmaMs,
            };
            try {
                await this.#options.kv.put(agentKey(saved.name, saved.instanceId), JSON.stringify(saved));
                this.#written.set(entry, signature);
            }
            catch (err) {
                this.#options.logger.warn({ instance_id: entry.instanceId, err }, 'could not write the agent history');
            }
        }
    }
    #forget(entry) {
        this.#seeded.delete(entry);
        this.#written.delete(entry);
    }
}
//# sourceMappingURL=agent-persistence.js.map