import type { KV } from 'nats';
import type { Logger } from 'pino';
import type { LifecycleState } from './agent-entry.js';
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
export declare function agentKey(name: string, instanceId: string): string;
/**
 * Keeps the registry's per-instance status history, task counts and latency EWMA
 * in `troupe_agents`, so they survive an orchestrator restart: every `everyMs` each
 * instance whose state, counts or history changed is written (coalesced: at most
 * once per period per instance), and an instance that (re)appears is seeded from
 * its record. Several orchestrators share the bucket: the last writer wins; a
 * record is small (≤ 50 state changes) and the bucket is bounded (history, TTL, size).
 */
export declare class AgentPersistence {
    #private;
    constructor(options: AgentPersistenceOptions);
    /** Seeds the instances already registered, then follows the registry. */
    start(): void;
    /** Writes every instance with something new; concurrent calls share one pass. */
    flush(): Promise<void>;
    /** Stops following the registry, after a last flush. */
    close(): Promise<void>;
}
