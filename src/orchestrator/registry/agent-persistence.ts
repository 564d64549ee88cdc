import type { KV } from 'nats';
import type { Logger } from 'pino';
import { keyToken } from '../store/keys.js';
import type { AgentEntry, LifecycleState } from './agent-entry.js';
import type { SavedAgentHistory } from './agent-history.js';
import type { Registry } from './registry.js';

/** One agent instance's persisted record in `troupe_agents` (key `<name>.<instanceId>`). */
export interface SavedAgent {
  readonly name: string;
  readonly instanceId: string;
  readonly state: LifecycleState;
  readonly history: SavedAgentHistory;
  readonly succeeded: number;
  readonly failed: number;
  readonly latencyEwmaMs: number;
}

/** Options of {@link AgentPersistence}. */
export interface AgentPersistenceOptions {
  /** The `troupe_agents` bucket. */
  readonly kv: KV;
  readonly registry: Registry;
  readonly logger: Logger;
  /** Period of the coalesced writes; an instance is written at most once per period. @default 1000 */
  readonly everyMs?: number;
  /** An active instance with nothing new is still written this often (its uptime). @default 30000 */
  readonly refreshMs?: number;
}

/** The `troupe_agents` key of an agent instance. */
export function agentKey(name: string, instanceId: string): string {
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
  readonly #options: AgentPersistenceOptions;
  /** Instances whose record was read (or found missing): only those are written. */
  readonly #seeded = new Set<AgentEntry>();
  readonly #written = new Map<AgentEntry, string>();
  readonly #onChange = ({ entry, previous }: { entry: AgentEntry; previous: LifecycleState | undefined }): void => {
    if (previous === undefined) void this.#seed(entry);
  };
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor(options: AgentPersistenceOptions) {
    this.#options = options;
  }

  /** Seeds the instances already registered, then follows the registry. */
  start(): void {
    this.#options.registry.on('change', this.#onChange);
    for (const entry of this.#options.registry.list({ includeLeft: true })) void this.#seed(entry);
    this.#timer = setInterval(() => void this.flush(), this.#options.everyMs ?? 1000);
    this.#timer.unref();
  }

  /** Writes every instance with something new; concurrent calls share one pass. */
  flush(): Promise<void> {
    this.#flushing ??= this.#flushAll().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  /** Stops following the registry, after a last flush. */
  async close(): Promise<void> {
    this.#options.registry.off('change', this.#onChange);
    if (this.#timer) clearInterval(this.#timer);
    await this.flush().catch(() => undefined);
  }

  async #seed(entry: AgentEntry): Promise<void> {
    if (this.#seeded.has(entry)) return;
    try {
      const stored = await this.#options.kv.get(agentKey(entry.descriptor.name ?? '', entry.instanceId));
      if (stored?.operation === 'PUT') {
        const saved = stored.json<SavedAgent>();
        entry.history.restore(saved.history);
        entry.succeeded += saved.succeeded;
        entry.failed += saved.failed;
        if (entry.latencyEwmaMs === 0) entry.latencyEwmaMs = saved.latencyEwmaMs;
      }
    } catch (err) {
      this.#options.logger.warn({ instance_id: entry.instanceId, err }, 'could not read the agent history');
    }
    this.#seeded.add(entry);
  }

  async #flushAll(): Promise<void> {
    const now = Date.now();
    const refresh = this.#options.refreshMs ?? 30_000;
    const live = new Set(this.#options.registry.list({ includeLeft: true }));
    for (const entry of this.#seeded) if (!live.has(entry)) this.#forget(entry);
    for (const entry of live) {
      if (!this.#seeded.has(entry)) continue;
      const changes = entry.history.changes();
      const signature = [entry.state, entry.succeeded, entry.failed, changes.length, changes.at(-1)?.at ?? 0, entry.state === 'active' ? Math.floor(now / refresh) : 0].join('|');
      if (this.#written.get(entry) === signature) continue;
      const saved: SavedAgent = {
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
      } catch (err) {
        this.#options.logger.warn({ instance_id: entry.instanceId, err }, 'could not write the agent history');
      }
    }
  }

  #forget(entry: AgentEntry): void {
    this.#seeded.delete(entry);
    this.#written.delete(entry);
  }
}
