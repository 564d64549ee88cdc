/** The pool was closed. */
export class PoolClosedError extends Error {
    name = 'PoolClosedError';
    constructor() {
        super('the engine pool is closed');
    }
}
/**
 * A bounded pool of pre-initialised, single-use instances (an eSpeak NG WASM module
 * synthesises once, and starting one is the slow part). `acquire` hands an instance
 * over for good and the pool starts a replacement in the background, so warm ones
 * are usually waiting. An instance acquired but never used can go back with `release`.
 *
 * Callers beyond the ready instances wait in FIFO order. When a creation fails, the
 * oldest waiter gets the error; once nobody waits, background refilling pauses until
 * the next `acquire`, so a broken engine is never retried in a hot loop.
 *
 * @example
 * const pool = new EnginePool({ size: 2, create: createEspeakInstance });
 * const instance = await pool.acquire(signal);
 */
export class EnginePool {
    size;
    #create;
    #destroy;
    #ready = [];
    #waiters = [];
    #inFlight = new Set();
    #created = 0;
    #paused = false;
    #closed = false;
    constructor(options) {
        const size = options.size ?? 2;
        if (!Number.isInteger(size) || size < 1 || size > 64)
            throw new RangeError(`size must be an integer from 1 to 64; got ${options.size}`);
        if (typeof options.create !== 'function')
            throw new TypeError('create must be a function');
        this.size = size;
        this.#create = options.create;
        this.#destroy = options.destroy ?? (() => undefined);
        if (options.prewarm ?? true)
            this.#fill();
    }
    get stats() {
        return { ready: this.#ready.length, creating: this.#inFlight.size, waiting: this.#waiters.length, created: this.#created };
    }
    /** Takes an instance, waiting for one to be created when none is ready. Rejects when `signal` aborts first. */
    acquire(signal) {
        if (this.#closed)
            return Promise.reject(new PoolClosedError());
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        this.#paused = false;
        const ready = this.#ready.shift();
        if (ready !== undefined) {
            this.#fill();
            return Promise.resolve(ready);
        }
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                const i = this.#waiters.indexOf(waiter);
                if (i >= 0)
                    this.#waiters.splice(i, 1);
                reject(signal?.reason);
            };
            const waiter = {
                resolve: (instance) => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve(instance);
                },
                reject: (err) => {
                    signal?.removeEventListener('abort', onAbort);
                    reject(err);
                },
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.#waiters.push(waiter);
            this.#fill();
        });
    }
    /** Gives back an instance that was acquired but not used; kept when there is room. */
    release(instance) {
        this.#offer(instance);
    }
    /** Rejects waiters, disposes of idle instances and waits for creations in flight (then disposes of those too). */
    async close() {
        this.#closed = true;
        for (const waiter of this.#waiters.splice(0))
            waiter.reject(new PoolClosedError());
        for (const instance of this.#ready.splice(0))
            this.#destroy(instance);
        await Promise.all([...this.#inFlight]);
    }
    /** Starts creations until ready + creating covers `size`, or `size` creations run for waiters. */
    #fill() {
        while (!this.#closed && !this.#paused && this.#inFlight.size < this.size && this.#ready.length + this.#inFlight.size < this.size + this.#waiters.length) {
            const creation = new Promise((resolve) => resolve(this.#create())).then((instance) => {
                this.#inFlight.delete(creation);
                this.#created++;
                this.#offer(instance);
                this.#fill();
            }, (err) => {
                this.#inFlight.delete(creation);
                // Each failure fails one waiter, so retries are bounded by the callers waiting;
                // with nobody waiting, refilling pauses until the next acquire.
                this.#waiters.shift()?.reject(err);
                if (this.#waiters.length === 0)
                    this.#paused = true;
                else
                    this.#fill();
            });
            this.#inFlight.add(creation);
        }
    }
    #offer(instance) {
        const waiter = this.#waiters.shift();
        if (waiter)
            waiter.resolve(instance);
        else if (!this.#closed && this.#ready.length < this.size)
            this.#ready.push(instance);
        else
            this.#destroy(instance);
    }
}
//# sourceMappingURL=pool.js.map