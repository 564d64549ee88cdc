/**
 * A {@link DeadLetterStore} that does not lose dead letters when the store is
 * briefly unreachable: a failed `add` queues the record (bounded) and retries it
 * in the background, oldest first, with a doubling delay, until it is written.
 * `add` resolves once the record is written or queued; it rejects only when the
 * queue is full (counted in `dropped`). Reads go straight to the store.
 *
 * @example
 * const deadLetters = new RetryingDeadLetterStore(stores.deadLetters, { onDropped: (r) => logger.error({ task_id: r.taskId }, 'dead letter lost') });
 */
export class RetryingDeadLetterStore {
    #store;
    #options;
    #pending = new Map();
    #timer;
    #delay;
    /** Records lost because the retry queue was full. */
    dropped = 0;
    constructor(store, options = {}) {
        this.#store = store;
        this.#options = options;
        this.#delay = options.retryMs ?? 200;
    }
    /** Records waiting for a retry. */
    get pending() {
        return this.#pending.size;
    }
    async add(record) {
        if (this.#pending.size === 0) {
            try {
                await this.#store.add(record);
                return;
            }
            catch (err) {
                this.#options.onRetry?.(err, this.#pending.size + 1);
            }
        }
        if (this.#pending.size >= (this.#options.maxPending ?? 10_000) && !this.#pending.has(record.taskId)) {
            this.dropped++;
            this.#options.onDropped?.(record);
            throw new Error(`dead letter of task ${record.taskId} lost: ${this.#pending.size} dead letters already wait for the store`);
        }
        this.#pending.set(record.taskId, record);
        this.#schedule();
    }
    list(options) {
        return this.#store.list(options);
    }
    get(taskId) {
        return this.#pending.has(taskId) ? Promise.resolve(this.#pending.get(taskId)) : this.#store.get(taskId);
    }
    /** Forgets the record, whether it waits for a retry or is stored. */
    async remove(taskId) {
        const pending = this.#pending.delete(taskId);
        return (await this.#store.remove(taskId)) || pending;
    }
    /** Stops retrying (records still pending are lost; call at shutdown after a last `drain()`). */
    close() {
        clearTimeout(this.#timer);
        this.#timer = undefined;
    }
    /** Tries every pending record once now; resolves with how many are still pending. */
    async drain() {
        for (const [taskId, record] of this.#pending) {
            try {
                await this.#store.add(record);
                this.#pending.delete(taskId);
                this.#delay = this.#options.retryMs ?? 200;
            }
            catch (err) {
                this.#options.onRetry?.(err, this.#pending.size);
                this.#delay = Math.min(this.#delay * 2, this.#options.maxRetryMs ?? 5000);
                break;
            }
        }
        return this.#pending.size;
    }
    #schedule() {
        if (this.#timer !== undefined || this.#pending.size === 0)
            return;
        this.#timer = setTimeout(() => {
            this.#timer = undefined;
            void this.drain().then(() => this.#schedule());
        }, this.#delay);
        this.#timer.unref();
    }
}
//# sourceMappingURL=retrying-dead-letters.js.map