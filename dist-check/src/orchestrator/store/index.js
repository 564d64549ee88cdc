/**
 * Durable state in NATS JetStream KV: run records with compare-and-set fencing,
 * instance leases and the run-owner index, idempotency keys, workflow definitions, dead letters, retention.
 * See docs/durability.md for what is kept where and what survives which crash.
 * @packageDocumentation
 */
export { BUCKETS, PAYLOAD_BUCKET, bucketLimits, openBuckets, openPayloads, openStores } from './buckets.js';
export { LIT_KEY, PayloadRefs, PayloadUnavailableError, REF_KEY } from './payload-refs.js';
export { StaleWriteError } from './errors.js';
export { keyToken, idFromKeyToken } from './keys.js';
export { FINISHED_RUN_STATUSES, isFinishedStatus } from './run-record.js';
export { KvRunStore } from './run-store.js';
export { MemoryRunStore } from './memory-run-store.js';
export { CoalescingWriter } from './coalescing-writer.js';
export { InstanceLease, leaseKey } from './leases.js';
export { RunOwnerIndex, indexKey } from './run-owners.js';
export { adoptRun } from './adopt.js';
export { IdempotencyStore } from './idempotency.js';
export { KvWorkflowStore } from './kv-workflow-store.js';
export { KvDeadLetterStore } from './kv-dead-letter-store.js';
export { RunRetention } from './retention.js';
export { RunTakeover } from './takeover.js';
export { RetryingDeadLetterStore } from './retrying-dead-letters.js';
//# sourceMappingURL=index.js.map