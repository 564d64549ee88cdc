import { deliveryStateName } from '../../sdk/delivery-state.js';
/** Deliveries listed by default; the oldest finished ones go first beyond this. */
export const DEFAULT_DELIVERY_LOG_SIZE = 1000;
export { DELIVERY_STATE_NAMES, deliveryStateName } from '../../sdk/delivery-state.js';
/**
 * The webhook deliveries this orchestrator made or will make (run and task callbacks), newest
 * first, for `GET /api/webhooks` and the console's Webhooks view. In memory and per orchestrator:
 * each orchestrator lists the deliveries it sends. Bounded: beyond `maxSize` the oldest finished
 * delivery is forgotten, or the oldest of all when none has finished. Entries hold the sender's
 * {@link DeliveryState} objects, so they show each attempt as it happens without copying.
 */
export class DeliveryLog {
    maxSize;
    now;
    entries = new Map();
    /** When each delivery's last POST ended, by the sender's state object. */
    moved = new WeakMap();
    constructor(maxSize = DEFAULT_DELIVERY_LOG_SIZE, now = Date.now) {
        this.maxSize = maxSize;
        this.now = now;
    }
    get size() {
        return this.entries.size;
    }
    /** Lists `state` (the object the sender will update) under `subject`; a run or task registered again moves to the front. */
    register(subject, state) {
        const key = `${subject.kind}:${subject.id}`;
        this.entries.delete(key);
        this.entries.set(key, { subject, state, registeredAt: new Date(this.now()).toISOString() });
        this.prune();
    }
    /** Notes that `state` just had a POST answered (or failed): its `updatedAt`. */
    touch(state) {
        this.moved.set(state, new Date(this.now()).toISOString());
    }
    /**
     * The newest `limit` deliveries `visible` lets through, in state `state` when given.
     * @param visible decides per subject (scopes, workflow limits, task owner)
     */
    list(options = {}) {
        const limit = options.limit ?? this.maxSize;
        const out = [];
        for (const entry of [...this.entries.values()].reverse()) {
            if (out.length >= limit)
                break;
            const name = deliveryStateName(entry.state);
            if (options.state && name !== options.state)
                continue;
            if (options.visible && !options.visible(entry.subject))
                continue;
            out.push(view(entry, name, this.moved.get(entry.state)));
        }
        return out;
    }
    prune() {
        if (this.entries.size <= this.maxSize)
            return;
        for (const [key, entry] of this.entries) {
            if (entry.state.done)
                this.entries.delete(key);
            if (this.entries.size <= this.maxSize)
                return;
        }
        // Every kept delivery is unfinished: forget the oldest ones (their run or task still knows its state).
        for (const key of this.entries.keys()) {
            this.entries.delete(key);
            if (this.entries.size <= this.maxSize)
                return;
        }
    }
}
function view(entry, state, movedAt) {
    const { subject, state: s } = entry;
    return {
        kind: subject.kind,
        id: subject.id,
        url: subject.url,
        ...(subject.workflow !== undefined ? { workflow: subject.workflow } : {}),
        ...(subject.capability !== undefined ? { capability: subject.capability } : {}),
        state,
        attempts: s.attempts,
        delivered: s.delivered,
        done: s.done,
        ...(s.lastError !== undefined ? { lastError: s.lastError } : {}),
        registeredAt: entry.registeredAt,
        updatedAt: movedAt ?? entry.registeredAt,
        ...(subject.traceId ? { traceId: subject.traceId } : {}),
    };
}
//# sourceMappingURL=delivery-log.js.map