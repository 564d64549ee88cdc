/**
 * Tasks waiting for an instance, per capability: the scaling signal `GetQueues` reports
 * (docs/fleet.md). A task enters when it cannot be placed at once (queued by the scheduler,
 * or no routable instance with room) and leaves when an instance is chosen or it fails.
 * Tasks placed at once never touch this (the hot path stays a map-free call).
 */
/**
 * Waiting tasks per capability. Marks are kept in insertion order (a `Map`), so the
 * oldest is the first one: O(1) enter, leave and oldest.
 */
export class WaitingTasks {
    now;
    #byCapability = new Map();
    constructor(now = Date.now) {
        this.now = now;
    }
    /** A task of `capability` starts waiting. */
    enter(capability) {
        let marks = this.#byCapability.get(capability);
        if (!marks) {
            marks = new Map();
            this.#byCapability.set(capability, marks);
        }
        const own = marks;
        let left = false;
        const mark = {
            leave: () => {
                if (left)
                    return;
                left = true;
                own.delete(mark);
                if (own.size === 0 && this.#byCapability.get(capability) === own)
                    this.#byCapability.delete(capability);
            },
        };
        marks.set(mark, this.now());
        return mark;
    }
    /** The waiting tasks of `capability`. */
    of(capability) {
        const marks = this.#byCapability.get(capability);
        if (!marks || marks.size === 0)
            return { waiting: 0, oldestWaitMs: 0 };
        const oldest = marks.values().next().value ?? this.now();
        return { waiting: marks.size, oldestWaitMs: Math.max(0, this.now() - oldest) };
    }
    /** Capabilities with at least one waiting task. */
    capabilities() {
        return [...this.#byCapability.keys()];
    }
}
//# sourceMappingURL=waiting-tasks.js.map