import { DiscardPolicy, nanos, StorageType, type KV, type KvOptions, type NatsConnection, type StreamConfig } from 'nats';
import { InvalidArgumentError } from '../../sdk/errors.js';
import { DEFAULT_ELECTION_RETRY_MS, retryDuringElections } from './election-retry.js';
import { IdempotencyStore } from './idempotency.js';
import { KvDeadLetterStore } from './kv-dead-letter-store.js';
import type { Bucket } from './kv-util.js';
import { KvWorkflowStore } from './kv-workflow-store.js';
import { InstanceLease, type Lease } from './leases.js';
import { RunOwnerIndex } from './run-owners.js';
import { Limiter } from '../../sdk/util/limiter.js';

/** Default of {@link StoreOptions.maxStoreWrites}. */
export const DEFAULT_STORE_WRITES = 1024;
import { PayloadRefs } from './payload-refs.js';
import { KvRunStore } from './run-store.js';
import { RunListIndex } from './run-index.js';
import { KvScheduleStore } from './kv-schedule-store.js';
import { KvRolloutStore } from './kv-rollout-store.js';

/** The KV buckets of Troupe, by role. Stream names are `KV_<bucket>`. */
export const BUCKETS = {
  /** Run records (`RunRecord`), one key per run id. */
  runs: 'troupe_runs',
  /** Ownership leases (`LeaseValue`), one key per orchestrator instance (`instance.<id>`). */
  leases: 'troupe_leases',
  /** Which instance owns which unfinished run: empty keys `<owner>.<runId>` (`RunOwnerIndex`). */
  owners: 'troupe_run_owners',
  /** StartRun idempotency key → run id, with a TTL. */
  idempotency: 'troupe_idempotency',
  /** Workflow definitions, one key per name, the latest version as value. */
  workflows: 'troupe_workflows',
  /** Dead-lettered tasks, bounded. */
  deadLetters: 'troupe_dead_letters',
  /** Agent status history and performance data (latency EWMA, success rate, uptime). */
  agents: 'troupe_agents',
  /** Durable schedules (`ScheduleRecord`), one key per name; every write is compare-and-set. */
  schedules: 'troupe_schedules',
  /** The run list index (`RunListIndex`): run summaries by creation minute, for ListRuns. */
  runIndex: 'troupe_run_index',
  /** Escalations of dead letters (`EscalationRecord`), one key per id. */
  escalations: 'troupe_escalations',
  /** Canary rollouts (`RolloutRecord`), one key per capability; every write is compare-and-set. */
  rollouts: 'troupe_rollouts',
} as const;

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
export const PAYLOAD_BUCKET = 'troupe_payloads';

/**
 * Opens (creating if needed) the `troupe_payloads` object store and the
 * {@link PayloadRefs} over it, sized to the server's max payload.
 */
export async function openPayloads(nc: NatsConnection, options: BucketOptions = {}): Promise<PayloadRefs> {
  const maxAge = options.payloadMaxAgeMs ?? 0;
  if (!(Number.isInteger(maxAge) && maxAge >= 0)) throw new InvalidArgumentError(`payloadMaxAgeMs must be an integer >= 0, got ${maxAge}`);
  const replicas = checkReplicas(options.replicas);
  const os = await nc.jetstream().views.os(PAYLOAD_BUCKET, {
    description: 'Troupe payloads too large for a KV value, by run',
    storage: (options.storage ?? 'file') === 'file' ? StorageType.File : StorageType.Memory,
    // No `replicas` here: nats.js copies the options into the stream config as they are, and
    // nats-server 2.10+ refuses the unknown field "replicas" (2.9 ignored it). It is set below.
    ...(maxAge > 0 ? { ttl: nanos(maxAge) } : {}),
  });
  const jsm = await nc.jetstreamManager();
  // Created at R1 (see above), and an existing bucket is bound as it is: scale it to `replicas`.
  const stream = `OBJ_${PAYLOAD_BUCKET}`;
  const { config } = await jsm.streams.info(stream);
  if (config.num_replicas !== replicas) await jsm.streams.update(stream, { num_replicas: replicas });
  const maxPayload = nc.info?.max_payload ?? 1024 * 1024;
  return new PayloadRefs({ os, jsm, bucket: PAYLOAD_BUCKET, maxPayload, ...(options.payloadInlineMaxBytes !== undefined ? { inlineMaxBytes: options.payloadInlineMaxBytes } : {}) });
}

/** Validates a replicas option (1, 3 or 5; more than 1 needs a NATS cluster). */
export function checkReplicas(replicas = 1): number {
  if (![1, 3, 5].includes(replicas)) throw new InvalidArgumentError(`replicas must be 1, 3 or 5, got ${replicas}`);
  return replicas;
}

/** The opened buckets, by role. */
export type Buckets = Readonly<Record<BucketRole, Bucket>>;

const MiB = 1024 * 1024;
const HOUR = 3_600_000;

/** The limits of every bucket for `options` (defaults applied); throws naming a bad option. */
export function bucketLimits(options: BucketOptions = {}): Readonly<Record<BucketRole, BucketLimits>> {
  const history = (name: string, v: number): number => {
    if (!Number.isInteger(v) || v < 1 || v > 64) throw new InvalidArgumentError(`${name} must be an integer in 1…64, got ${v}`);
    return v;
  };
  const positive = (name: string, v: number, allowNone: boolean): number => {
    if (!(Number.isInteger(v) && (v > 0 || (allowNone && v === -1)))) {
      throw new InvalidArgumentError(`${name} must be a positive integer${allowNone ? ' or -1' : ''}, got ${v}`);
    }
    return v;
  };
  return {
    runs: {
      description: 'Troupe run records (one per run, latest snapshot)',
      history: 1,
      ttlMs: 0,
      maxBytes: positive('runsMaxBytes', options.runsMaxBytes ?? -1, true),
      maxMsgs: -1,
      discard: 'new',
    },
    leases: { description: 'Troupe orchestrator instance leases', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: -1, discard: 'new' },
    owners: { description: 'Troupe run ownership index (owner.run keys)', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: -1, discard: 'new' },
    idempotency: {
      description: 'Troupe StartRun idempotency keys',
      history: 1,
      ttlMs: positive('idempotencyTtlMs', options.idempotencyTtlMs ?? 24 * HOUR, false),
      maxBytes: -1,
      maxMsgs: -1,
      discard: 'new',
    },
    workflows: {
      description: 'Troupe workflow definitions',
      history: history('workflowHistory', options.workflowHistory ?? 5),
      ttlMs: 0,
      maxBytes: -1,
      maxMsgs: -1,
      discard: 'new',
    },
    deadLetters: {
      description: 'Troupe dead-lettered tasks (bounded, oldest dropped)',
      history: 1,
      ttlMs: 0,
      maxBytes: positive('deadLetterMaxBytes', options.deadLetterMaxBytes ?? 64 * MiB, false),
      maxMsgs: positive('deadLetterMaxRecords', options.deadLetterMaxRecords ?? 1000, false),
      discard: 'old',
    },
    agents: {
      description: 'Troupe agent status history and performance',
      history: history('agentHistory', options.agentHistory ?? 16),
      ttlMs: positive('agentTtlMs', options.agentTtlMs ?? 7 * 24 * HOUR, false),
      maxBytes: positive('agentMaxBytes', options.agentMaxBytes ?? 64 * MiB, false),
      maxMsgs: -1,
      discard: 'old',
    },
    schedules: { description: 'Troupe schedules (cron and one-off runs of workflows)', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: -1, discard: 'new' },
    runIndex: { description: 'Troupe run list index (run summaries by creation minute)', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: -1, discard: 'new' },
    escalations: { description: 'Troupe escalations of dead letters (bounded, oldest dropped)', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: 10_000, discard: 'old' },
    rollouts: { description: 'Troupe canary rollouts (one per capability)', history: 1, ttlMs: 0, maxBytes: -1, maxMsgs: -1, discard: 'new' },
  };
}

/**
 * Opens (creating if needed) every Troupe bucket with its documented limits. A
 * bucket that exists with other limits is updated to these, so changing an
 * option takes effect on the next start.
 *
 * @example
 * const buckets = await openBuckets(nc, { deadLetterMaxRecords: 500 });
 */
export async function openBuckets(nc: NatsConnection, options: BucketOptions = {}): Promise<Buckets> {
  const limits = bucketLimits(options);
  const replicas = checkReplicas(options.replicas);
  const storage = options.storage ?? 'file';
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options may come from plain JavaScript
  if (storage !== 'file' && storage !== 'memory') throw new InvalidArgumentError(`storage must be 'file' or 'memory', got ${String(storage)}`);
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const roles = Object.keys(BUCKETS) as BucketRole[];
  const opened = await Promise.all(
    roles.map(async (role): Promise<Bucket> => {
      const name = BUCKETS[role];
      const l = limits[role];
      const kvOptions: Partial<KvOptions> = {
        description: l.description,
        history: l.history,
        replicas,
        storage: storage === 'file' ? StorageType.File : StorageType.Memory,
        max_bytes: l.maxBytes,
        ...(l.ttlMs > 0 ? { ttl: l.ttlMs } : {}),
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
      };
      // Two orchestrators creating a bucket at once may collide once; the second try binds.
      let kv;
      try {
        kv = await js.views.kv(name, kvOptions);
      } catch {
        kv = await js.views.kv(name, kvOptions);
      }
      const bucket = { name, kv: retryDuringElections(kv, { windowMs: options.electionRetryMs ?? DEFAULT_ELECTION_RETRY_MS }), direct: kv, jsm };
      await reconcile(bucket, l, replicas);
      return bucket;
    }),
  );
  return Object.fromEntries(roles.map((role, i) => [role, opened[i]])) as unknown as Buckets;
}

/** Brings an existing bucket's stream limits to `l` (the KV API sets only some at creation). */
async function reconcile(bucket: Bucket, l: BucketLimits, replicas: number): Promise<void> {
  const stream = `KV_${bucket.name}`;
  const { config } = await bucket.jsm.streams.info(stream);
  const want: Partial<StreamConfig> = {
    max_msgs_per_subject: l.history,
    max_age: l.ttlMs > 0 ? nanos(l.ttlMs) : 0,
    max_bytes: l.maxBytes,
    max_msgs: l.maxMsgs,
    discard: l.discard === 'old' ? DiscardPolicy.Old : DiscardPolicy.New,
    // Scaling a stream's replicas up or down is an ordinary update on a cluster.
    num_replicas: replicas,
  };
  // The server refuses a duplicate window longer than the max age.
  if (l.ttlMs > 0 && config.duplicate_window > nanos(l.ttlMs)) want.duplicate_window = nanos(l.ttlMs);
  const differs = (Object.keys(want) as (keyof typeof want)[]).some((k) => config[k] !== want[k]);
  if (differs) await bucket.jsm.streams.update(stream, want);
}

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
  /** {@link RunListIndexOptions.batchMs}: how long an unfinished run's list entry may wait. @default 0 */
  runListDelayMs?: number;
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
export async function openStores(nc: NatsConnection, options: StoreOptions): Promise<Stores> {
  const buckets = await openBuckets(nc, options);
  const payloads = await openPayloads(nc, options);
  const now = options.now ?? Date.now;
  const lease = new InstanceLease({
    bucket: buckets.leases,
    owner: options.owner,
    now,
    ...(options.leaseTtlMs !== undefined ? { ttlMs: options.leaseTtlMs } : {}),
    ...(options.leaseRenewEveryMs !== undefined ? { renewEveryMs: options.leaseRenewEveryMs } : {}),
    ...(options.onLeaseLost ? { onLost: options.onLeaseLost } : {}),
    ...(options.onLeaseAcquired ? { onAcquired: options.onLeaseAcquired } : {}),
    ...(options.onLeaseError ? { onError: options.onLeaseError } : {}),
    ...(options.electionRetryMs !== undefined ? { electionRetryMs: options.electionRetryMs } : {}),
  });
  const writes = new Limiter(options.maxStoreWrites ?? DEFAULT_STORE_WRITES);
  const runIndex = new RunListIndex(buckets.runIndex, {
    now,
    writes,
    ...(options.runListDelayMs !== undefined ? { batchMs: options.runListDelayMs } : {}),
    ...(options.onIndexError ? { onError: options.onIndexError } : {}),
  });
  return {
    buckets,
    runs: new KvRunStore(buckets.runs, { payloads, index: runIndex, writes }),
    runIndex,
    payloads,
    lease,
    owners: new RunOwnerIndex(buckets.owners, { writes }),
    idempotency: new IdempotencyStore(buckets.idempotency, { now }),
    workflows: new KvWorkflowStore(buckets.workflows, { now }),
    deadLetters: new KvDeadLetterStore(buckets.deadLetters),
    agents: buckets.agents.kv,
    schedules: new KvScheduleStore(buckets.schedules),
    rollouts: new KvRolloutStore(buckets.rollouts),
    close: () => {
      lease.stop();
      runIndex.close();
    },
  };
}
