/**
 * The tasks of one SubmitTasks stream that have not answered yet, by their client-chosen id, and
 * the stream's flow control: the stream is read only while fewer than `maxInFlight` tasks are in
 * flight, their messages hold fewer than `maxBytes` bytes (a task is always read when none is in
 * flight, so one big task still runs), its responses are not backed up in the transport, and it
 * was not stopped. Past a bound reading pauses, so the client's messages wait in HTTP/2 flow
 * control (no task is refused for it) and every task that does start has a slot.
 */
export class BulkWindow {
    maxInFlight;
    stream;
    maxBytes;
    #tasks = new Map();
    #bytes = 0;
    #writesBlocked = false;
    #stopped = false;
    #reading = true;
    constructor(maxInFlight, stream, maxBytes = Number.POSITIVE_INFINITY) {
        this.maxInFlight = maxInFlight;
        this.stream = stream;
        this.maxBytes = maxBytes;
    }
    /** Tasks in flight. */
    get size() {
        return this.#tasks.size;
    }
    /** Whether the stream is being read now. */
    get reading() {
        return this.#reading;
    }
    /** Whether `id` is in flight. */
    has(id) {
        return this.#tasks.has(id);
    }
    /** Bytes of the messages of the tasks in flight. */
    get bytes() {
        return this.#bytes;
    }
    /** The task in flight under `id`. */
    get(id) {
        return this.#tasks.get(id)?.task;
    }
    /** Starts `task` (whose message had `bytes` bytes) under `id`; false (and nothing changes) when `id` is in flight already. */
    add(id, task, bytes = 0) {
        if (this.#tasks.has(id))
            return false;
        this.#tasks.set(id, { task, bytes });
        this.#bytes += bytes;
        this.#update();
        return true;
    }
    /** Ends the task under `id` (its response is being written); false when none is in flight. */
    delete(id) {
        const entry = this.#tasks.get(id);
        if (!entry)
            return false;
        this.#tasks.delete(id);
        this.#bytes -= entry.bytes;
        this.#update();
        return true;
    }
    /** Every task in flight, e.g. to cancel them all. */
    values() {
        return [...this.#tasks.values()].map((e) => e.task);
    }
    /** The transport's write buffer is full (true) or drained (false): reading waits for it. */
    setWritesBlocked(blocked) {
        this.#writesBlocked = blocked;
        this.#update();
    }
    /** Stops reading for good (the client ended its side, or the server is stopping). */
    stop() {
        this.#stopped = true;
        this.#update();
    }
    #update() {
        const read = !this.#stopped && !this.#writesBlocked && this.#tasks.size < this.maxInFlight && (this.#bytes < this.maxBytes || this.#tasks.size === 0);
        if (read === this.#reading)
            return;
        this.#reading = read;
        if (read)
            this.stream.resume();
        else
            this.stream.pause();
    }
}
//# sourceMappingURL=window.js.map