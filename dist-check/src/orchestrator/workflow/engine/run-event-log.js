/** Event types after which nothing more is logged. */
const FINAL = new Set(['run.completed', 'run.failed', 'run.cancelled']);
/**
 * A run's events: appended by the engine, read by any number of watchers, each at
 * its own pace from a shared history (a late watcher replays from the start, a slow
 * one does not make the log buffer per watcher). Chunk payloads count against
 * `maxChunkBytes`; past it the oldest payloads are dropped (the events stay, marked).
 */
export class RunEventLog {
    maxChunkBytes;
    #events = [];
    #waiters = new Set();
    #chunkBytes = 0;
    #firstKeptChunk = 0;
    #closed = false;
    constructor(maxChunkBytes = 64 * 1024 * 1024) {
        this.maxChunkBytes = maxChunkBytes;
    }
    get closed() {
        return this.#closed;
    }
    get size() {
        return this.#events.length;
    }
    /**
     * Appends an event; the log closes itself after a final run event. Events that
     * arrive after that (a task's late news once the run was cancelled) are dropped.
     */
    append(event) {
        if (this.#closed)
            return undefined;
        const full = logged(event, this.#events.length);
        this.#events.push(full);
        if (full.chunk)
            this.#account(full.chunk.data.length);
        if (FINAL.has(full.type))
            this.#closed = true;
        for (const wake of this.#waiters)
            wake();
        return full;
    }
    /** Every event so far. */
    history() {
        return this.#events;
    }
    /** Events from `fromSeq` on, live until the run ends or `signal` aborts. */
    async *watch(fromSeq = 0, signal) {
        let next = fromSeq;
        for (;;) {
            while (next < this.#events.length)
                yield this.#events[next++];
            if (this.#closed || signal?.aborted)
                return;
            await new Promise((resolve) => {
                const wake = () => {
                    this.#waiters.delete(wake);
                    signal?.removeEventListener('abort', wake);
                    resolve();
                };
                this.#waiters.add(wake);
                signal?.addEventListener('abort', wake, { once: true });
            });
        }
    }
    #account(bytes) {
        this.#chunkBytes += bytes;
        while (this.#chunkBytes > this.maxChunkBytes && this.#firstKeptChunk < this.#events.length) {
            const old = this.#events[this.#firstKeptChunk++];
            if (!old.chunk || old.chunk.data.length === 0)
                continue;
            this.#chunkBytes -= old.chunk.data.length;
            this.#events[old.seq] = { ...old, chunk: { ...old.chunk, data: Buffer.alloc(0) }, detail: { dropped: true } };
        }
    }
}
/**
 * The logged form of `event`: its fields copied one by one in a fixed order. A spread
 * (`{ ...event, seq, at }`) from the engine's many event shapes went megamorphic and gave every
 * event a hidden class of its own (~250 bytes each; three per run in flight).
 */
function logged(event, seq) {
    const full = { seq, type: event.type, at: event.at ?? Date.now() };
    if (event.stepId !== undefined)
        full.stepId = event.stepId;
    if (event.attempt !== undefined)
        full.attempt = event.attempt;
    if (event.detail !== undefined)
        full.detail = event.detail;
    if (event.chunk !== undefined)
        full.chunk = event.chunk;
    if (event.restart !== undefined)
        full.restart = event.restart;
    return full;
}
//# sourceMappingURL=run-event-log.js.map