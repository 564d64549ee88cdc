/** Fills in `at`. */
export function stamp(e) {
    return { ...e, at: e.at ?? new Date().toISOString() };
}
/** True when `e` passes `filter`. */
export function matches(e, filter) {
    if (filter.actor && e.actor !== filter.actor)
        return false;
    if (filter.action && e.action !== filter.action)
        return false;
    if (filter.sinceMs !== undefined && Date.parse(e.at) < filter.sinceMs)
        return false;
    return true;
}
/** The newest `limit` of `events` (oldest first). */
export function newest(events, limit = 1000) {
    return events.length > limit ? events.slice(events.length - limit) : events;
}
/**
 * A non-durable audit log: the last `capacity` events in memory (for tests and
 * `durable: false` orchestrators).
 */
export class InMemoryAuditLog {
    capacity;
    #events = [];
    constructor(capacity = 10_000) {
        this.capacity = capacity;
    }
    append(e) {
        this.#events.push(stamp(e));
        if (this.#events.length > this.capacity)
            this.#events.shift();
    }
    list(filter = {}) {
        return Promise.resolve(newest(this.#events.filter((e) => matches(e, filter)), filter.limit));
    }
    close() {
        return Promise.resolve();
    }
}
/** Sends every event to each of `sinks` (e.g. the durable log and a test's in-memory one). */
export function teeAudit(...sinks) {
    return { append: (e) => sinks.forEach((s) => s.append(e)) };
}
//# sourceMappingURL=audit.js.map