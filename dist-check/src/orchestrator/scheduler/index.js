/**
 * Fair scheduling under load: a five-level priority queue with aging, global and
 * per-capability concurrency limits, token-bucket rate limits, backoff with full
 * jitter and a dead-letter store. Pure and clock-injected.
 */
export { PriorityQueue, PRIORITY_LEVELS, compareEntries, queueFullError } from './priority-queue.js';
export { TokenBucket, RateLimits, filterByAgentRate } from './token-bucket.js';
export { ConcurrencyLimits } from './concurrency.js';
export { Scheduler } from './scheduler.js';
export { DEFAULT_BACKOFF, fullJitterBackoff, retryDelays } from './backoff.js';
export { InMemoryDeadLetterStore } from './dead-letters.js';
//# sourceMappingURL=index.js.map