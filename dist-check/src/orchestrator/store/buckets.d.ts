import { type KV, type NatsConnection } from 'nats';
import { IdempotencyStore } from './idempotency.js';
import { KvDeadLetterStore } from './kv-dead-letter-store.js';
import type { Bucket } from './kv-util.js';
import { KvWorkflowStore } from './kv-workflow-store.js';
import { InstanceLease, type Lease } from './leases.js';
import { RunOwnerIndex } from './run-owners.js';
/** Default of {@link StoreOptions.maxStoreWrites}. */
export declare const DEFAULT_STORE_WRITES = 1024;
import { PayloadRefs } from './payload-refs.js';
import { KvRunStore } from './run-store.js';
import { RunListIndex } from './run-index.js';
import { KvScheduleStore } from './kv-schedule-store.js';
import { KvRolloutStore } from './kv-rollout-store.js';
/** The KV buckets of Troupe, by role. Stream names are `KV_<bucket>`. */
export declare const BUCKETS: {
    /** Run records (`RunRecord`), one key per run id. */
    readonly runs: "troupe_runs";
    /** Ownership leases (`LeaseValue`), one key per orchestrator instance (`instance.<id>`). */
    readonly leases: "troupe_leases";
    /** Which instance owns which unfinished run: empty keys `<owner>.<runId>` (`RunOwnerIndex`). */
    readonly owners: "troupe_run_owners";
    /** StartRun idempotency key → run id, with a TTL. */
    readonly idempotency: "troupe_idempotency";
    /** Workflow definitions, one key per name, the latest version as value. */
    readonly workflows: "troupe_workflows";
    /** Dead-lettered tasks, bounded. */
    readonly deadLetters: "troupe_dead_letters";
    /** Agent status history and performance data (latency EWMA, success rate, uptime). */
    readonly agents: "troupe_agents";
    /** Durable schedules (`ScheduleRecord`), one key per name; every write is compare-and-set. */
    readonly schedules: "troupe_schedules";
    /** The run list index (`RunListIndex`): run summaries by creation minute, for ListRuns. */
    readonly runIndex: "troupe_run_index";
    /** Escalations of dead letters (`EscalationRecord`), one key per id. */
    readonly escalations: "troupe_escalations";
    /** Canary rollouts (`RolloutRecord`), one key per capability; every write is compare-and-set. */
    readonly rollouts: "troupe_rollouts";
};
/** A bucket role: `runs`, `leases`, … */
export type BucketRole = keyof typeof BUCKETS;
/** The limits a bucket is created (and kept) with. -1 / 0 mean "no limit" as in JetStream. */
export interface BucketLimits {
    readonly description: string;
    /** Values kept per key (1 … 64). */
    readonly history: number;
    /** Age after which the server removes a value; 0: never. */
    readonly ttlMs: number;
    /** Size limit of the whole bucket; -1: none. */
    readonly maxBytes: number;
    /** Limit on stored values (all keys); -1: none. */
    readonly maxMsgs: number;
    /** At a limit: `new` refuses the write, `old` drops the oldest values. */
    readonly discard: 'new' | 'old';
}
/** Options of {@link openBuckets}; every limit is documented in `docs/durability.md`. */
export interface BucketOptions {
    /** Replicas of every bucket (1, 3 or 5; more than 1 needs a cluster). @default 1 */
    replicas?: number;
    /** `file` survives a NATS restart; `memory` does not (tests, demos). @default 'file' */
    storage?: 'file' | 'memory';
    /** Timeout of each KV request. @default 2000 */
    timeoutMs?: number;
    /**
     * How long a KV request that nobody answered ("no responders": the bucket's stream is
     * electing a leader after a node died) is resent before its error is returned. @default DEFAULT_ELECTION_RETRY_MS
     */
    electionRetryMs?: number;
    /** Size limit of `troupe_runs`; when reached, writes fail (runs are never dropped silently). @default -1 (none) */
    runsMaxBytes?: number;
    /** How long a StartRun idempotency key is remembered. @default 86400000 (24 h) */
    idempotencyTtlMs?: number;
    /** Versions of a workflow kept (`KvWorkflowStore.versions`). @default 5 */
    workflowHistory?: number;
    /** Most dead letters kept; the oldest are dropped first. @default 1000 */
    deadLetterMaxRecords?: number;
    /** Size limit of `troupe_dead_letters`; the oldest are dropped first. @default 67108864 (64 MiB) */
    deadLetterMaxBytes?: number;
    /** Values kept per key in `troupe_agents` (status history). @default 16 */
    agentHistory?: number;
    /** Age after which agent data is forgotten (an instance gone that long). @default 604800000 (7 days) */
    agentTtlMs?: number;
    /** Size limit of `troupe_agents`; when reached, the oldest values are dropped. @default 67108864 (64 MiB) */
    agentMaxBytes?: number;
    /**
     * Age after which the server removes a payload object (`troupe_payloads`, values too large
     * for a KV value); 0: never (retention deletes a run's objects with the run). When set, keep
     * it above the run retention and the longest run. @default 0
     */
    payloadMaxAgeMs?: number;
    /** Values of a run record whose JSON is larger go to `troupe_payloads` by reference. @default the NATS max payload / 16 */
    payloadInlineMaxBytes?: number;
}
/** The JetStream object store bucket of values passed by reference. */
export declare const PAYLOAD_BUCKET = "troupe_payloads";
/**
 * Opens (creating if needed) the `troupe_payloads` object store and the
 * {@link PayloadRefs} over it, sized to the server's max payload.
 */
export declare function openPayloads(nc: NatsConnection, options?: BucketOptions): Promise<PayloadRefs>;
/** Validates a replicas option (1, 3 or 5; more than 1 needs a NATS cluster). */
export declare function checkReplicas(replicas?: number): number;
/** The opened buckets, by role. */
export type Buckets = Readonly<Record<BucketRole, Bucket>>;
/** The limits of every bucket for `options` (defaults applied); throws naming a bad option. */
export declare function bucketLimits(options?: BucketOptions): Readonly<Record<BucketRole, BucketLimits>>;
/**
 * Opens (creating if needed) every Troupe bucket with its documented limits. A
 * bucket that exists with other limits is updated to these, so changing an
 * option takes effect on the next start.
 *
 * @example
 * const buckets = await openBuckets(nc, { deadLetterMaxRecords: 500 });
 */
export declare function openBuckets(nc: NatsConnection, options?: BucketOptions): Promise<Buckets>;
/** Options of {@link openStores}: the bucket limits plus the lease settings. */
export interface StoreOptions extends BucketOptions {
    /** This orchestrator instance's id: the owner in leases and run records. */
    owner: string;
    /**
     * Run-record, run-index and owner-index writes in flight at once; more wait their turn
     * (a run's later transitions coalesce meanwhile). 100,000 runs finishing at once would
     * otherwise send 400,000 requests together and see them time out. @default DEFAULT_STORE_WRITES
     */
    maxStoreWrites?: number;
    /** Instance lease time to live. @default 4000 */
    leaseTtlMs?: number;
    /** Instance lease renewal period; 0: no timer. @default 1000 */
    leaseRenewEveryMs?: number;
    /** Wall clock for leases and timestamps. @default Date.now */
    now?: () => number;
    /** The store proved another owner took this instance's runs over: drop them all. */
    onLeaseLost?: (lost: Lease | undefined) => void;
    /** The instance lease was (re)acquired with a new epoch. */
    onLeaseAcquired?: (lease: Lease) => void;
    /** A lease renewal failed (NATS slow or down): log it; it is retried, not a loss. */
    onLeaseError?: (err: unknown) => void;
    /** A run list index write failed (NATS slow or down): log it; it is retried. */
    onIndexError?: (runId: string, err: unknown) => void;
}
/** Every durable store, over the buckets of {@link BUCKETS}. */
export interface Stores {
    readonly buckets: Buckets;
    readonly runs: KvRunStore;
    /** The run list index the run store keeps (ListRuns reads it). */
    readonly runIndex: RunListIndex;
    /** This instance's lease (acquire it with `lease.acquire()`). */
    readonly lease: InstanceLease;
    readonly owners: RunOwnerIndex;
    /** Large values of run records, by reference (`troupe_payloads`). */
    readonly payloads: PayloadRefs;
    readonly idempotency: IdempotencyStore;
    readonly workflows: KvWorkflowStore;
    readonly deadLetters: KvDeadLetterStore;
    /** The raw `troupe_agents` bucket (written by `AgentPersistence`, registry/agent-persistence.ts). */
    readonly agents: KV;
    /** Durable schedules (`troupe_schedules`). */
    readonly schedules: KvScheduleStore;
    /** Canary rollouts (`troupe_rollouts`). */
    readonly rollouts: KvRolloutStore;
    /** Stops the lease renewal timer (leases are not released). The connection stays open. */
    close(): void;
}
/**
 * Opens every bucket and builds the stores over them.
 *
 * @example
 * const stores = await openStores(nc, { owner: instanceId, onLeaseLost: () => engine.dropAll() });
 * const winner = await stores.idempotency.claim(key, runId);
 */
export declare function openStores(nc: NatsConnection, options: StoreOptions): Promise<Stores>;
