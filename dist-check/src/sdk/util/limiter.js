/**
 * At most `max` operations at once; the others wait their turn, first come first served.
 * A finishing operation hands its place straight to the next waiter.
 *
 * @example
 * const writes = new Limiter(1024);
 * await writes.run(() => kv.put(key, value));
 */
export class Limiter {
    max;
    #active = 0;
    #queue = [];
    #head = 0;
    constructor(max) {
        this.max = max;
        if (!(Number.isInteger(max) && max >= 1))
            throw new RangeError(`Limiter: max must be an integer >= 1, got ${max}`);
    }
    /** Operations running now. */
    get active() {
        return this.#active;
    }
    /** Operations waiting for a place. */
    get waiting() {
        return this.#queue.length - this.#head;
    }
    /** Runs `operation` once a place is free; resolves or rejects as it does. */
    async run(operation) {
        if (this.#active < this.max)
            this.#active++;
        else
            await new Promise((resolve) => this.#queue.push(resolve));
        try {
            return await operation();
        }
        finally {
            this.#next();
        }
    }
    #next() {
        if (this.#head === this.#queue.length) {
            this.#active--;
            return;
        }
        const wake = this.#queue[this.#head++];
        // Drop the woken part now and then: shifting a queue of 100,000 waiters one by one costs O(n²).
        if (this.#head >= 1024 && this.#head * 2 >= this.#queue.length) {
            this.#queue = this.#queue.slice(this.#head);
            this.#head = 0;
        }
        wake();
    }
}
/** Runs `operation` through `limiter` when there is one, at once otherwise. */
export function runLimited(limiter, operation) {
    return limiter ? limiter.run(operation) : operation();
}
//# sourceMappingURL=limiter.js.map