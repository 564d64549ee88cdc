/**
 * Fair scheduling under load: a five-level priority queue with aging, global and
 * per-capability concurrency limits, token-bucket rate limits, backoff with full
 * jitter and a dead-letter store. Pure and clock-injected.
 */
export { PriorityQueue, PRIORITY_LEVELS, compareEntries, queueFullError } from './priority-queue.js';
export type { PerPriority, PriorityQueueOptions, QueueEntry } from './priority-queue.js';
export { TokenBucket, RateLimits, filterByAgentRate } from './token-bucket.js';
export type { RateLimit, RateLimitsOptions, TokenBucketOptions } from './token-bucket.js';
export { ConcurrencyLimits } from './concurrency.js';
export type { ConcurrencyLimitsOptions, Release } from './concurrency.js';
export { Scheduler } from './scheduler.js';
export type { Lease, Schedulable, SchedulerOptions, SchedulerStats, SubmitOptions } from './scheduler.js';
export { DEFAULT_BACKOFF, fullJitterBackoff, retryDelays } from './backoff.js';
export type { BackoffInput, BackoffPolicy } from './backoff.js';
export { InMemoryDeadLetterStore } from './dead-letters.js';
export type { DeadLetterAttempt, DeadLetterListOptions, DeadLetterRecord, DeadLetterStore, InMemoryDeadLetterStoreOptions, } from './dead-letters.js';
